package be.bioregions.explorer.domain;

/**
 * What happened to a firm in a given year. {@code ACQUISITION} is the firm being bought (the detail names the
 * acquirer); {@code TAKEOVER} is the firm buying another company.
 */
public enum EventKind {
    FOUNDED,
    SPIN_OFF,
    SPIN_OUT,
    IPO,
    SECONDARY_LISTING,
    LISTING_CHANGE,
    RENAME,
    ACQUISITION,
    TAKEOVER,
    MERGER,
    DIVESTMENT,
    APPROVAL,
    CLOSURE
}
