package be.bioregions.explorer.domain;

/** The business models the thesis discusses (after Dixon 2011 and Fisken and Rutherford 2002). */
public enum BusinessModel {
    FIPCO,
    PLATFORM,
    HYBRID,
    ROYALTY,
    PURE_LICENSING,
    IPO_FINANCING,
    RESEARCH_SERVICES,
    INSUFFICIENT_EVIDENCE
}
