package be.bioregions.explorer.domain;

/** How a firm came to be. */
public enum OriginKind {
    UNIVERSITY_SPIN_OFF,
    INSTITUTE_SPIN_OFF,
    CORPORATE_SPIN_OUT,
    JOINT_VENTURE,
    INDEPENDENT,
    INCUMBENT
}
