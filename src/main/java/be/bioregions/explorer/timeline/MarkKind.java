package be.bioregions.explorer.timeline;

import be.bioregions.explorer.domain.EventKind;

/** The kinds of marks on the timeline, each with its own glyph and colour (see {@link Glyphs}). */
public enum MarkKind {
    FOUNDING,
    IPO,
    RENAME,
    ACQUISITION,
    MERGER,
    ALLIANCE,
    APPROVAL,
    CLOSURE,
    /** Spin-offs of other companies, secondary listings, listing changes, takeovers of others, divestments. */
    OTHER;

    /** The mark an event of a firm's life is drawn with. */
    public static MarkKind of(EventKind kind) {
        return switch (kind) {
            case FOUNDED -> FOUNDING;
            case IPO -> IPO;
            case RENAME -> RENAME;
            case ACQUISITION -> ACQUISITION;
            case MERGER -> MERGER;
            case APPROVAL -> APPROVAL;
            case CLOSURE -> CLOSURE;
            case SPIN_OFF, SPIN_OUT, SECONDARY_LISTING, LISTING_CHANGE, TAKEOVER, DIVESTMENT -> OTHER;
        };
    }

    /** The key of the kind's name in the texts, e.g. {@code timeline.kind.ipo}. */
    public String textKey() {
        return "timeline.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
