package be.bioregions.explorer.domain;

/** The nature of an alliance between a firm and a partner. */
public enum AllianceKind {
    RESEARCH,
    LICENSING,
    CO_DEVELOPMENT,
    PLATFORM,
    MARKETING,
    EQUITY,
    ACQUISITION,
    MANUFACTURING,
    SERVICES
}
