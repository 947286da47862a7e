package be.bioregions.explorer.domain;

/** What sort of organisation a partner is. */
public enum PartnerKind {
    BIG_PHARMA,
    BIOTECH,
    DIAGNOSTICS,
    MEDTECH,
    UNIVERSITY,
    INSTITUTE,
    INVESTOR,
    OTHER
}
