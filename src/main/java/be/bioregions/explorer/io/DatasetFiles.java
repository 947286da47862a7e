package be.bioregions.explorer.io;

import java.util.List;

/**
 * The files of a dataset and their columns: the public format of {@code sample-data/}, documented column by
 * column in {@code sample-data/README.md}. Required columns come first; optional ones may be left out.
 */
public final class DatasetFiles {
    public static final CsvTable SOURCES = new CsvTable("sources.csv",
            List.of("id", "citation", "url", "accessed"), List.of("note"));
    public static final CsvTable FIRMS = new CsvTable("firms.csv",
            List.of("id", "name", "region", "city", "founded", "origin", "source_id", "verified"),
            List.of("origin_kind", "focus", "status_2016", "note"));
    public static final CsvTable EVENTS = new CsvTable("events.csv",
            List.of("id", "firm_id", "year", "kind", "detail", "source_id", "verified"),
            List.of("month", "note"));
    public static final CsvTable PARTNERS = new CsvTable("partners.csv",
            List.of("id", "name", "country", "kind"),
            List.of("source_id", "verified", "note"));
    public static final CsvTable ALLIANCES = new CsvTable("alliances.csv",
            List.of("id", "firm_id", "partner_id", "year", "kind", "direction", "subject", "source_id", "verified"),
            List.of("end_year", "value_musd", "note"));
    public static final CsvTable EVIDENCE = new CsvTable("evidence.csv",
            List.of("id", "firm_id", "year", "kind", "detail", "source_id", "verified"), List.of("end_year", "note"));
    public static final CsvTable INDICATORS = new CsvTable("indicators.csv",
            List.of("code", "dataset", "name", "unit", "definition"),
            List.of("source_id"));
    public static final CsvTable INDICATOR_VALUES = new CsvTable("indicator_values.csv",
            List.of("code", "geo", "year", "value", "source_id", "verified"),
            List.of("edition", "note")).withoutKey();

    public static final CsvTable PERFORMANCE_GROUPS = new CsvTable("performance_groups.csv",
            List.of("geo", "edition", "group", "source_id", "verified"),
            List.of("note"));

    /** The policy context behind the timeline; {@code region} is Flanders, Wallonia, Brussels or Belgium. */
    public static final CsvTable POLICY_CONTEXT = new CsvTable("policy_context.csv",
            List.of("id", "name", "region", "start_year", "kind", "source_id", "verified"),
            List.of("end_year", "detail", "note"));

    /** Field notes: {@code firm_ids} and {@code tags} hold several values separated by semicolons. */
    public static final CsvTable NOTES = new CsvTable("notes.csv",
            List.of("id", "title", "body", "created", "updated"),
            List.of("firm_ids", "tags", "source_id", "interview_date", "interviewee", "role", "organisation", "consent",
                    "alliance_ids", "partner_ids"));

    /**
     * The researcher's business-model overrides: the model a firm had as of a year, why, and when that was decided;
     * {@code withdrawn} is when the researcher withdrew it, empty while it is in force (a withdrawn override is kept
     * for the history). Several rows may concern the same firm and year, so the file has no key.
     */
    public static final CsvTable MODEL_OVERRIDES = new CsvTable("model_overrides.csv",
            List.of("firm_id", "as_of_year", "model", "rationale", "created"),
            List.of("withdrawn"));

    /** Files that every dataset has; the evidence, indicator, group, policy, note and override files may be absent. */
    public static final List<CsvTable> REQUIRED = List.of(SOURCES, FIRMS, EVENTS, PARTNERS, ALLIANCES);
    public static final List<CsvTable> ALL = List.of(SOURCES, FIRMS, EVENTS, PARTNERS, ALLIANCES, EVIDENCE, INDICATORS,
            INDICATOR_VALUES, PERFORMANCE_GROUPS, POLICY_CONTEXT, NOTES, MODEL_OVERRIDES);

    private DatasetFiles() {
    }
}
