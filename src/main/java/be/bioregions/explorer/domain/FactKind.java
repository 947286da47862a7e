package be.bioregions.explorer.domain;

/** The kinds of fact a researcher edits in the app, with the table that holds each. */
public enum FactKind {
    FIRM("firm"),
    EVENT("firm_event"),
    PARTNER("partner"),
    ALLIANCE("alliance"),
    SOURCE("source"),
    /** Business-model evidence of a firm (a product on the market, a platform deal...), which the rules read. */
    EVIDENCE("evidence"),
    /** A whole dataset imported at once: a line of the change log, not a fact one can edit. */
    DATASET(null);

    private final String table;

    FactKind(String table) {
        this.table = table;
    }

    /** The table of this kind of fact; null for {@link #DATASET}. */
    public String table() {
        return table;
    }
}
