package be.bioregions.explorer.domain;

/** The publications indicators come from. */
public enum IndicatorDataset {
    /** OECD key biotechnology indicators. */
    OECD_KBI,
    /** EU Regional Innovation Scoreboard. */
    RIS,
    /** Other published statistics the thesis quotes (industry associations, regional statistics offices). */
    OTHER
}
