package be.bioregions.explorer.domain;

/** The kinds of business-model evidence the classifier reasons with. */
public enum EvidenceKind {
    PRODUCT_ON_MARKET,
    OWN_MANUFACTURING,
    OWN_SALES_FORCE,
    PLATFORM_DEAL,
    SERVICES_REVENUE,
    ROYALTY_INCOME,
    PIPELINE_PHASE
}
