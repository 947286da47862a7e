package be.bioregions.explorer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Region;

/** The arithmetic of the axis and the choice and order of the lanes, without a screen. */
class TimelineModelTest {
    private static Firm firm(String id, String name, Region region, int founded) {
        return new Firm(id, name, region, "City", founded, null, null, null, null, "s", true, null);
    }

    private static Mark event(String id, String firm, int year, Integer month, MarkKind kind, boolean verified) {
        return new Mark(id, firm, year, month, kind, kind.name(), null, "s", verified);
    }

    private static Mark alliance(String id, String firm, int year, String partner) {
        return new Mark(id, firm, year, null, MarkKind.ALLIANCE, "alliance", partner, "s", true);
    }

    private static TimelineData data() {
        List<Firm> firms = List.of(firm("b", "Beta", Region.WALLONIA, 1999), firm("a", "Alpha", Region.FLANDERS, 2004),
                firm("c", "Gamma", Region.FLANDERS, 1985));
        Map<String, List<Mark>> marks = Map.of(
                "a", List.of(event("a1", "a", 2004, null, MarkKind.FOUNDING, true), alliance("a2", "a", 2010, "roche"),
                        event("a3", "a", 2018, 5, MarkKind.IPO, false)),
                "b", List.of(alliance("b1", "b", 2001, "pfizer"), event("b2", "b", 2008, null, MarkKind.ACQUISITION, false)),
                "c", List.of(alliance("c1", "c", 1990, "roche"), alliance("c2", "c", 1991, "pfizer")));
        return new TimelineData(firms, marks, Map.of("b", 2008), List.of(), Map.of(), Map.of(),
                Map.of("a", BusinessModel.PLATFORM), 2018);
    }

    private static List<String> ids(List<Lane> lanes) {
        return lanes.stream().map(l -> l.isHeading() ? "#" + l.heading() : l.firm().id()).toList();
    }

    @Test
    void lanesFollowTheChosenOrderAndGroupByRegionUnderHeadings() {
        TimelineData d = data();
        assertEquals(List.of("c", "b", "a"), ids(Lanes.build(d, LaneQuery.all())), "by founding year");
        assertEquals(List.of("a", "b", "c"), ids(Lanes.build(d, LaneQuery.all().withOrder(LaneQuery.Order.NAME))));
        assertEquals(List.of("a", "c", "b"), ids(Lanes.build(d, LaneQuery.all().withOrder(LaneQuery.Order.MODEL))),
                "classified firms first, then by founding year");
        assertEquals(List.of("#Flanders (2)", "c", "a", "#Wallonia (1)", "b"),
                ids(Lanes.build(d, LaneQuery.all().withByRegion(true))));
        assertEquals(2008, Lanes.build(d, LaneQuery.all()).get(1).end(), "an acquired firm's bar ends");
    }

    @Test
    void filtersChooseFirmsAndMarks() {
        TimelineData d = data();
        assertEquals(List.of("c", "a"), ids(Lanes.build(d, LaneQuery.all().withRegions(EnumSet.of(Region.FLANDERS)))));
        List<Lane> roche = Lanes.build(d, LaneQuery.all().withPartner("roche"));
        assertEquals(List.of("c", "a"), ids(roche), "only firms allied with the partner");
        assertEquals(List.of("c1"), roche.get(0).marks().stream().map(Mark::factId).toList(),
                "and of their alliances only those with the partner");
        assertEquals(List.of("a"), ids(Lanes.build(d, LaneQuery.all().withModel(BusinessModel.PLATFORM, false))));
        assertEquals(List.of("c", "b"), ids(Lanes.build(d, LaneQuery.all().withModel(null, true))), "not classified");
        List<Lane> verified = Lanes.build(d, LaneQuery.all().withVerifiedOnly(true));
        assertTrue(verified.stream().flatMap(l -> l.marks().stream()).allMatch(Mark::verified));
        assertEquals(3, verified.size(), "verified-only hides marks, not firms");
        List<Lane> founding = Lanes.build(d, LaneQuery.all().withKinds(EnumSet.of(MarkKind.FOUNDING)));
        assertEquals(List.of("a1"), founding.stream().flatMap(l -> l.marks().stream()).map(Mark::factId).toList());
    }

    @Test
    void factsAfter2016AreShownOnlyOnRequest() {
        TimelineData d = data();
        Lane alpha = Lanes.build(d, LaneQuery.all()).get(2);
        assertTrue(alpha.marks().stream().noneMatch(m -> m.year() > 2016));
        Lane later = Lanes.build(d, LaneQuery.all().withAfterThesis(true)).get(2);
        assertTrue(later.marks().stream().anyMatch(m -> m.year() == 2018));
    }

    @Test
    void theSearchFindsAFirmByTheStartOfItsNameFirst() {
        List<Lane> lanes = Lanes.build(data(), LaneQuery.all().withOrder(LaneQuery.Order.NAME));
        assertEquals(2, Lanes.find(lanes, "gam"));
        assertEquals(0, Lanes.find(lanes, "ALPHA"));
        assertEquals(0, Lanes.find(lanes, "ph"), "contained in a name when no name starts with it");
        assertEquals(-1, Lanes.find(lanes, "zeta"));
    }

    @Test
    void zoomKeepsTheYearUnderThePointerAndStaysWithinTheBounds() {
        TimeScale s = new TimeScale(1982, 2017);
        s.setWidth(700);
        assertEquals(20, s.pixelsPerYear(), 1e-9);
        assertEquals(5, s.labelStep(), "20 px a year: a label every 5 years");
        double anchorX = s.x(2000);
        s.zoom(4, anchorX);
        assertEquals(2000, s.year(anchorX), 1e-9, "the year under the pointer stays under it");
        assertEquals(35 / 4.0, s.span(), 1e-9);
        assertEquals(1, s.labelStep(), "80 px a year: every year labelled");
        s.pan(-100);
        assertEquals(1982, s.from(), 1e-9, "panning stops at the first year");
        s.zoom(0.01, 0);
        assertEquals(1982, s.from(), 1e-9);
        assertEquals(2017, s.to(), 1e-9, "zooming out stops at the whole axis");
        s.zoom(1000, 350);
        assertEquals(TimeScale.MIN_SPAN, s.span(), 1e-9, "zooming in stops at two years");
        s.show(2005, 2017);
        assertEquals(2005, s.firstYear());
        assertEquals(2016, s.lastYear());
    }

    @Test
    void marksOfAYearWithoutMonthShareTheYear() {
        List<Mark> marks = new ArrayList<>(List.of(alliance("x1", "a", 2010, "p"), alliance("x2", "a", 2010, "q"),
                event("x3", "a", 2010, 3, MarkKind.IPO, true), alliance("x4", "a", 2011, "p")));
        List<Mark> spread = Mark.spread(marks);
        assertEquals(List.of(2010.25, 2010.2083333333333, 2010.75, 2011.5).stream().sorted().toList(),
                spread.stream().map(Mark::time).toList());
    }
}
