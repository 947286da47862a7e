package be.bioregions.explorer.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.PolicyKind;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;

/**
 * Makes a synthetic dataset of any size in the shape of the real one, for measuring the app at scale: firms
 * founded 1982-2016 with their life events, about one partner per twenty firms (a few partners much sought
 * after, as in the thesis), about twenty alliances per firm, business-model evidence and one field note per firm.
 * The same size and seed always give the same dataset. Every row cites the one source row that says the data is
 * synthetic, and no row is marked verified.
 */
public final class SyntheticDataset {
    /** The size the benchmark measures: 10,000 firms, 500 partners, about 200,000 alliances, 10,000 notes. */
    public static final int REFERENCE_FIRMS = 10_000;
    public static final String SOURCE_ID = "synthetic";

    private static final int FIRST_YEAR = 1982;
    private static final int LAST_YEAR = 2016;
    private static final String[] SYLLABLES = {"ab", "bio", "cel", "cyt", "gen", "ix", "lyn", "mab", "neo", "nov",
        "on", "ox", "pha", "ro", "sys", "tha", "vir", "zy"};
    private static final Map<Region, String[]> CITIES = Map.of(
        Region.FLANDERS, new String[] {"Ghent", "Leuven", "Mechelen", "Antwerp", "Hasselt", "Zwijnaarde", "Diepenbeek"},
        Region.WALLONIA, new String[] {"Liège", "Gosselies", "Mont-Saint-Guibert", "Louvain-la-Neuve", "Charleroi",
            "Namur", "Seraing"},
        Region.BRUSSELS, new String[] {"Brussels", "Anderlecht", "Ixelles"});
    private static final String[] FOCUS = {"antibodies for inflammation", "cell therapy for cartilage repair",
        "molecular diagnostics for cancer", "small molecules for fibrosis", "vaccines", "gene therapy for rare diseases",
        "biomanufacturing services", "women's health", "oncology immunotherapy", "drug discovery platform"};
    private static final String[] WORDS = {"alliance", "licence", "platform", "milestone", "royalty", "phase",
        "trial", "partner", "spin-off", "venture", "capital", "university", "pipeline", "antibody", "cell", "board",
        "founder", "region", "cluster", "incubator", "grant", "patent", "market", "sales", "manufacturing",
        "regulator", "approval", "interview", "strategy", "openness", "network", "pharma", "biotech", "science"};

    private SyntheticDataset() {
    }

    /** A dataset of {@code firms} firms; the same arguments always give the same rows. */
    public static Dataset generate(int firms, long seed) {
        if (firms < 1) {
            throw new IllegalArgumentException("a synthetic dataset needs at least one firm, not " + firms);
        }
        Random random = new Random(seed);
        Source source = new Source(SOURCE_ID, "Synthetic data made by bioRegions Explorer (seed " + seed + ", "
                + firms + " firms): invented for measuring the application, not facts about real firms", null, null,
                "every row of this dataset cites this source");
        List<Partner> partners = partners(Math.max(1, firms / 20), random);
        List<Firm> firmRows = new ArrayList<>(firms);
        List<FirmEvent> events = new ArrayList<>(firms * 4);
        List<Alliance> alliances = new ArrayList<>(firms * 20);
        List<Evidence> evidence = new ArrayList<>(firms * 3);
        List<Note> notes = new ArrayList<>(firms);
        for (int i = 1; i <= firms; i++) {
            Firm f = firm(i, random);
            firmRows.add(f);
            events(f, random, events);
            alliances(f, partners, random, alliances);
            evidence(f, random, evidence);
            notes.add(note(f, i, random));
        }
        return new Dataset(List.of(source), firmRows, events, partners, alliances, evidence, List.of(), List.of(),
                List.of(), notes, policy());
    }

    /** One invented programme per region and decade, so that the timeline has bands to draw at every size. */
    private static List<PolicyBand> policy() {
        List<PolicyBand> bands = new ArrayList<>();
        for (Region region : Region.values()) {
            for (int decade = 1980; decade <= 2010; decade += 10) {
                int start = decade + 2 + region.ordinal();
                bands.add(new PolicyBand("synthetic-" + region.nuts().toLowerCase(java.util.Locale.ROOT) + "-" + decade,
                        "Programme " + region.nuts() + " " + decade + "s", region, start, Math.min(start + 5, LAST_YEAR),
                        PolicyKind.PROGRAMME, "An invented regional programme", SOURCE_ID, false, null));
            }
        }
        return bands;
    }

    private static List<Partner> partners(int count, Random random) {
        PartnerKind[] kinds = {PartnerKind.BIG_PHARMA, PartnerKind.BIG_PHARMA, PartnerKind.BIOTECH,
            PartnerKind.UNIVERSITY, PartnerKind.INSTITUTE, PartnerKind.DIAGNOSTICS, PartnerKind.INVESTOR};
        String[] countries = {"US", "CH", "GB", "DE", "FR", "JP", "BE", "NL", "DK"};
        List<Partner> partners = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            partners.add(new Partner(String.format("p%05d", i), name(random) + " " + String.format("%05d", i)
                    + " Pharma", countries[random.nextInt(countries.length)], kinds[random.nextInt(kinds.length)],
                    SOURCE_ID, false, null));
        }
        return partners;
    }

    private static Firm firm(int i, Random random) {
        int r = random.nextInt(100);
        Region region = r < 55 ? Region.FLANDERS : r < 92 ? Region.WALLONIA : Region.BRUSSELS;
        String[] cities = CITIES.get(region);
        OriginKind[] origins = {OriginKind.UNIVERSITY_SPIN_OFF, OriginKind.UNIVERSITY_SPIN_OFF,
            OriginKind.INSTITUTE_SPIN_OFF, OriginKind.CORPORATE_SPIN_OUT, OriginKind.JOINT_VENTURE,
            OriginKind.INDEPENDENT};
        OriginKind origin = origins[random.nextInt(origins.length)];
        int founded = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        return new Firm(String.format("f%05d", i), name(random) + " " + String.format("%05d", i),
                region, cities[random.nextInt(cities.length)], founded, Codes.label(origin),
                origin, FOCUS[random.nextInt(FOCUS.length)], random.nextInt(4) == 0 ? "listed" : "private",
                SOURCE_ID, false, null);
    }

    private static void events(Firm f, Random random, List<FirmEvent> out) {
        int n = 0;
        out.add(event(f, ++n, f.founded(), EventKind.FOUNDED, "founded in " + f.city()));
        int year = f.founded();
        EventKind[] later = {EventKind.RENAME, EventKind.IPO, EventKind.APPROVAL, EventKind.TAKEOVER,
            EventKind.SECONDARY_LISTING, EventKind.APPROVAL};
        int more = random.nextInt(5);
        for (int k = 0; k < more && year < LAST_YEAR + 4; k++) {
            year += 1 + random.nextInt(4);
            EventKind kind = later[random.nextInt(later.length)];
            out.add(event(f, ++n, Math.min(year, LAST_YEAR + 4), kind, Codes.label(kind)));
        }
        if (random.nextInt(6) == 0 && year < LAST_YEAR) {
            boolean bought = random.nextBoolean();
            out.add(event(f, ++n, year + 1, bought ? EventKind.ACQUISITION : EventKind.CLOSURE,
                    bought ? "acquired by a larger company" : "closed"));
        }
    }

    private static FirmEvent event(Firm f, int n, int year, EventKind kind, String detail) {
        return new FirmEvent(f.id() + "-e" + n, f.id(), year, null, kind, detail, SOURCE_ID, false, null);
    }

    private static void alliances(Firm f, List<Partner> partners, Random random, List<Alliance> out) {
        int count = 10 + random.nextInt(21);
        AllianceKind[] kinds = AllianceKind.values();
        Direction[] directions = Direction.values();
        for (int k = 1; k <= count; k++) {
            // a skewed choice: the first partners are chosen far more often, as the most preferred partners are
            double u = random.nextDouble();
            Partner p = partners.get((int) (partners.size() * u * u * u));
            int year = f.founded() + random.nextInt(LAST_YEAR - f.founded() + 1);
            Integer end = random.nextInt(3) == 0 ? Math.min(year + 1 + random.nextInt(8), LAST_YEAR + 4) : null;
            BigDecimal value = random.nextInt(4) == 0 ? BigDecimal.valueOf(1 + random.nextInt(900)) : null;
            AllianceKind kind = kinds[random.nextInt(kinds.length)];
            out.add(new Alliance(f.id() + "-a" + k, f.id(), p.id(), year, end, kind,
                    directions[random.nextInt(directions.length)], Codes.label(kind)
                    + " deal on " + FOCUS[random.nextInt(FOCUS.length)], value, SOURCE_ID, false, null));
        }
    }

    private static void evidence(Firm f, Random random, List<Evidence> out) {
        EvidenceKind[] kinds = EvidenceKind.values();
        int count = 1 + random.nextInt(5);
        for (int k = 1; k <= count; k++) {
            EvidenceKind kind = kinds[random.nextInt(kinds.length)];
            int year = f.founded() + random.nextInt(LAST_YEAR - f.founded() + 1);
            out.add(new Evidence(f.id() + "-x" + k, f.id(), year, null, kind, Codes.label(kind),
                    SOURCE_ID, false, null));
        }
    }

    private static Note note(Firm f, int i, Random random) {
        LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3 * 365));
        Instant created = day.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        Instant updated = created.plusSeconds(random.nextInt(86_400 * 30));
        StringBuilder body = new StringBuilder("Interview about ").append(f.name()).append(".\n\n");
        int words = 40 + random.nextInt(160);
        for (int w = 0; w < words; w++) {
            body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
        }
        return new Note(null, String.format("n%05d", i), created, updated, "Interview notes " + f.name(),
                body.toString().strip(), List.of(f.id()), List.of("interview", Codes.code(f.region())),
                SOURCE_ID);
    }

    private static String name(Random random) {
        StringBuilder s = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int k = 0; k < parts; k++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
