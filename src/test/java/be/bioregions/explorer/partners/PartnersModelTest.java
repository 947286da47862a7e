package be.bioregions.explorer.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;

/**
 * The matrix, its filters, the network of a year and the leaders, on a small dataset whose answers are worked
 * out by hand in the comments.
 */
class PartnersModelTest {
    // three firms: Alpha (Flanders, 1990), Beta (Wallonia, 2000), Gamma (Brussels, 2010, never allied)
    private static final List<Firm> FIRMS = List.of(
            firm("alpha", "Alpha", Region.FLANDERS, 1990),
            firm("beta", "Beta", Region.WALLONIA, 2000),
            firm("gamma", "Gamma", Region.BRUSSELS, 2010));
    // three partners: Pharma One and Pharma Three (big pharma), Uni Two (university)
    private static final List<Partner> PARTNERS = List.of(
            new Partner("p1", "Pharma One", "US", PartnerKind.BIG_PHARMA, "s", true, null),
            new Partner("p2", "Uni Two", "BE", PartnerKind.UNIVERSITY, "s", true, null),
            new Partner("p3", "Pharma Three", "CH", PartnerKind.BIG_PHARMA, "s", true, null));
    private static final List<Alliance> ALLIANCES = List.of(
            alliance("a1", "alpha", "p1", 1995, AllianceKind.LICENSING, Direction.OUTBOUND, true),
            alliance("a2", "alpha", "p1", 1998, AllianceKind.RESEARCH, Direction.INBOUND, true),
            alliance("a3", "alpha", "p1", 2001, AllianceKind.LICENSING, null, false),
            alliance("a4", "beta", "p1", 2003, AllianceKind.CO_DEVELOPMENT, Direction.COUPLED, true),
            alliance("a5", "beta", "p2", 2004, AllianceKind.RESEARCH, Direction.INBOUND, true),
            alliance("a6", "alpha", "p3", 2012, AllianceKind.EQUITY, Direction.OUTBOUND, true));
    private static final PartnerData DATA = new PartnerData(FIRMS, PARTNERS, ALLIANCES, Map.of());

    private static Firm firm(String id, String name, Region region, int founded) {
        return new Firm(id, name, region, "City", founded, null, OriginKind.INDEPENDENT, null, null, "s", true, null);
    }

    private static Alliance alliance(String id, String firm, String partner, int year, AllianceKind kind,
                                     Direction direction, boolean verified) {
        return new Alliance(id, firm, partner, year, null, kind, direction, "subject " + id, null, "s", verified, null);
    }

    private static Matrix matrix(AllianceFilter filter, int year) {
        return new PartnerModel(DATA, filter).matrix(year, Matrix.RowOrder.TOTAL, Matrix.ColumnOrder.TOTAL);
    }

    @Test
    void theMatrixOfAYearCountsTheAlliancesBegunByThenAndTheFirmsThatExisted() {
        Matrix m = matrix(AllianceFilter.all(), 2000);
        // by 2000: Alpha (founded 1990) and Beta (founded 2000) exist, Gamma not yet; only Pharma One is allied
        assertEquals(2, m.rowCount());
        assertEquals(1, m.columnCount());
        assertEquals("Pharma One", m.partner(0).name());
        Matrix.Cell cell = m.cell(m.rowOf("alpha"), 0);
        // a1 licensing 1995 and a2 research 1998: a tie, broken by the order of the kinds (research first)
        assertEquals(2, cell.count());
        assertEquals(AllianceKind.RESEARCH, cell.dominant());
        assertEquals(0, cell.unverified());
        assertNull(m.cell(m.rowOf("beta"), 0), "Beta has no alliance by 2000: its cell is blank");
        assertEquals(List.of("a1", "a2"), m.alliances(m.rowOf("alpha"), 0).stream().map(Alliance::id).toList());
    }

    @Test
    void theFullMatrixHasTheDominantKindTheUnverifiedAndTheTotals() {
        Matrix m = matrix(AllianceFilter.all(), 2016);
        // rows by total: Alpha 4 (a1 a2 a3 a6), Beta 2 (a4 a5), Gamma 0
        assertEquals(List.of("Alpha", "Beta", "Gamma"), List.of(m.firm(0).name(), m.firm(1).name(), m.firm(2).name()));
        assertEquals(List.of(4, 2, 0), List.of(m.rowTotal(0), m.rowTotal(1), m.rowTotal(2)));
        // columns by total: Pharma One 4, then Pharma Three 1 and Uni Two 1 by name
        assertEquals(List.of("Pharma One", "Pharma Three", "Uni Two"),
                List.of(m.partner(0).name(), m.partner(1).name(), m.partner(2).name()));
        assertEquals(List.of(4, 1, 1), List.of(m.columnTotal(0), m.columnTotal(1), m.columnTotal(2)));
        assertEquals(6, m.total());
        Matrix.Cell alphaOne = m.cell(0, 0);
        // a1, a3 licensing and a2 research: licensing dominates; a3 is unverified
        assertEquals(3, alphaOne.count());
        assertEquals(AllianceKind.LICENSING, alphaOne.dominant());
        assertEquals(1, alphaOne.unverified());
        assertEquals("2 licensing, 1 research", alphaOne.kindsInWords(k -> k.name()));
    }

    @Test
    void theRowsSortByNameAndByRegionToo() {
        PartnerModel model = new PartnerModel(DATA, AllianceFilter.all());
        Matrix byName = model.matrix(2016, Matrix.RowOrder.NAME, Matrix.ColumnOrder.NAME);
        assertEquals("Alpha", byName.firm(0).name());
        assertEquals("Pharma One", byName.partner(0).name());
        assertEquals("Uni Two", byName.partner(2).name());
        // regions in their order: Flanders, Wallonia, Brussels
        Matrix byRegion = model.matrix(2016, Matrix.RowOrder.REGION, Matrix.ColumnOrder.NAME);
        assertEquals(List.of(Region.FLANDERS, Region.WALLONIA, Region.BRUSSELS),
                List.of(byRegion.firm(0).region(), byRegion.firm(1).region(), byRegion.firm(2).region()));
    }

    @Test
    void eachFilterLeavesOutWhatItShould() {
        // big pharma only: Uni Two and its alliance a5 go, so Beta keeps a4 alone
        Matrix pharma = matrix(AllianceFilter.all().withPartnerKinds(EnumSet.of(PartnerKind.BIG_PHARMA)), 2016);
        assertEquals(2, pharma.columnCount());
        assertEquals(1, pharma.rowTotal(pharma.rowOf("beta")));
        // without the alliances of unknown direction, a3 goes
        Matrix known = matrix(AllianceFilter.all().withDirections(EnumSet.allOf(Direction.class), false), 2016);
        assertEquals(2, known.cell(known.rowOf("alpha"), known.columnOf("p1")).count());
        // outbound only: a1 and a6
        Matrix outbound = matrix(AllianceFilter.all().withDirections(EnumSet.of(Direction.OUTBOUND), false), 2016);
        assertEquals(2, outbound.total());
        // verified only: a3 goes
        assertEquals(5, matrix(AllianceFilter.all().withVerifiedOnly(true), 2016).total());
        // Wallonia only: the row of Beta alone, with its two alliances
        Matrix wallonia = matrix(AllianceFilter.all().withRegions(EnumSet.of(Region.WALLONIA)), 2016);
        assertEquals(1, wallonia.rowCount());
        assertEquals("Beta", wallonia.firm(0).name());
        assertEquals(2, wallonia.total());
        // research only: a2 and a5
        Matrix research = matrix(AllianceFilter.all().withKinds(EnumSet.of(AllianceKind.RESEARCH)), 2016);
        assertEquals(2, research.total());
        assertEquals(AllianceKind.RESEARCH, research.cell(research.rowOf("beta"), research.columnOf("p2")).dominant());
    }

    @Test
    void theCsvHoldsTheCountsTheTotalsAndZerosForBlankCells() throws Exception {
        Matrix m = matrix(AllianceFilter.all(), 2016);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(m.csv())).getRecords();
        assertEquals(List.of("firm", "region", "Pharma One", "Pharma Three", "Uni Two", "total"),
                records.get(0).toList());
        assertEquals(List.of("Alpha", "Flanders", "3", "1", "0", "4"), records.get(1).toList());
        assertEquals(List.of("Beta", "Wallonia", "1", "0", "1", "2"), records.get(2).toList());
        assertEquals(List.of("Gamma", "Brussels", "0", "0", "0", "0"), records.get(3).toList());
        assertEquals(List.of("total", "", "4", "1", "1", "6"), records.get(4).toList());
    }

    @Test
    void theLeadersAreTheMostConnectedAndSayFromWhen() {
        PartnerModel model = new PartnerModel(DATA, AllianceFilter.all());
        // partners: Pharma One is the only partner from 1995 and keeps the most firms (2 from 2003): since 1995
        PartnerModel.Leader partner = model.leader(2016, false);
        assertEquals("Pharma One", partner.name());
        assertEquals(2, partner.degree());
        assertEquals(1995, partner.since());
        // firms in 2016: Alpha (Pharma One, Three) and Beta (Pharma One, Uni Two) both have 2 partners; Alpha has more
        // alliances (4 to 2). Alpha led alone from 1995, tied with Beta in 2003, fell behind in 2004 (1 to 2), and
        // drew level again in 2012: the most since 2012
        PartnerModel.Leader firm = model.leader(2016, true);
        assertEquals("Alpha", firm.name());
        assertEquals(2012, firm.since());
        // in 2005 Beta leads: level with Alpha from its first alliance in 2003 (ties count), ahead from 2004
        assertEquals("Beta", model.leader(2005, true).name());
        assertEquals(2003, model.leader(2005, true).since());
        assertNull(model.leader(1994, true), "no alliance before 1995");
    }

    @Test
    void theNetworkOfAYearHasItsPairsAndThePictureKeepsTheLayoutOfTheWholePeriod() {
        PartnerModel model = new PartnerModel(DATA, AllianceFilter.all());
        AllianceNetwork net = model.network(2003);
        // by 2003: Alpha–One (3 alliances), Beta–One (1)
        assertEquals(3, net.nodeCount());
        assertEquals(2, net.linkCount());
        Map<AllianceNetwork.Node, double[]> layout = PartnersController.layoutOf(model);
        assertEquals(5, layout.size(), "the layout places every node of the whole period");
        NetworkPicture picture = NetworkPicture.of(model, 2003, layout);
        assertEquals(3, picture.dots().size());
        assertEquals(2, picture.lines().size());
        NetworkPicture.Dot one = picture.dots().stream().filter(d -> d.node().id().equals("p1")).findFirst()
                .orElseThrow();
        assertEquals(2, one.degree());
        assertEquals(4, one.alliances());
        double[] place = layout.get(new AllianceNetwork.Node("p1", false));
        assertEquals(place[0], one.x());
        assertEquals(place[1], one.y());
        assertTrue(NetworkPicture.of(model, 1990, layout).dots().isEmpty());
    }

    @Test
    void theFirstYearOfEachNodeIsItsFirstAlliance() {
        Map<AllianceNetwork.Node, Integer> first = new PartnerModel(DATA, AllianceFilter.all()).firstYears();
        assertEquals(1995, first.get(new AllianceNetwork.Node("alpha", true)));
        assertEquals(2003, first.get(new AllianceNetwork.Node("beta", true)));
        assertEquals(2004, first.get(new AllianceNetwork.Node("p2", false)));
        assertEquals(2012, first.get(new AllianceNetwork.Node("p3", false)));
    }

    @Test
    void aNetworkTooLargeToDrawKeepsTheBestOfBothSides() {
        // best first: six partners then four firms; four places: two of each side, in their order
        List<String> best = List.of("p1", "p2", "p3", "p4", "p5", "p6", "f1", "f2", "f3", "f4");
        assertEquals(List.of("p1", "p2", "f1", "f2"), NetworkPicture.bestOfEachSide(best, n -> n.startsWith("f"), 4));
        // when one side has too few, the other fills the places
        List<String> fewFirms = List.of("p1", "p2", "p3", "p4", "f1");
        assertEquals(List.of("p1", "p2", "p3", "f1"), NetworkPicture.bestOfEachSide(fewFirms, n -> n.startsWith("f"), 4));
        // a list that fits is kept whole
        assertEquals(fewFirms, NetworkPicture.bestOfEachSide(fewFirms, n -> n.startsWith("f"), 5));
    }

    @Test
    void aNetworkTooLargeToDrawStillShowsFirmsPartnersAndTheirLinks() {
        // 900 firms, each allied with 3 of 100 partners: 1,000 nodes, more than twice the dots a picture can hold
        List<Firm> firms = new java.util.ArrayList<>();
        List<Partner> partners = new java.util.ArrayList<>();
        List<Alliance> alliances = new java.util.ArrayList<>();
        for (int p = 0; p < 100; p++) {
            partners.add(new Partner("p" + p, "Partner " + p, "US", PartnerKind.BIG_PHARMA, "s", true, null));
        }
        for (int f = 0; f < 900; f++) {
            firms.add(firm("f" + f, "Firm " + f, Region.FLANDERS, 1990));
            for (int k = 0; k < 3; k++) {
                alliances.add(alliance("a" + f + "-" + k, "f" + f, "p" + ((f * 7 + k * 31) % 100), 2000,
                        AllianceKind.RESEARCH, Direction.INBOUND, true));
            }
        }
        PartnerModel model = new PartnerModel(new PartnerData(firms, partners, alliances, Map.of()),
                AllianceFilter.all());
        NetworkPicture picture = NetworkPicture.of(model, 2016, PartnersController.layoutOf(model));
        assertEquals(NetworkPicture.MAX_DOTS, picture.dots().size());
        assertEquals(1_000, picture.nodesInYear());
        long drawnFirms = picture.dots().stream().filter(NetworkPicture.Dot::firm).count();
        // every partner (100) fits in its half; the firms fill the other places
        assertEquals(NetworkPicture.MAX_DOTS - 100, drawnFirms);
        assertTrue(picture.lines().size() >= Math.min(NetworkPicture.MAX_LINES, drawnFirms),
                "links among the drawn nodes are drawn");
        assertTrue(picture.lines().size() <= NetworkPicture.MAX_LINES);
        assertEquals(2_700, picture.linksInYear(), "900 firms with 3 partners each");
    }
}
