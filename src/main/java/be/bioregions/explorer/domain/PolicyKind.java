package be.bioregions.explorer.domain;

/** What a piece of the policy context is: a programme with a life span, or a body set up in a given year. */
public enum PolicyKind {
    PROGRAMME,
    INSTITUTION,
    CLUSTER,
    FUND
}
