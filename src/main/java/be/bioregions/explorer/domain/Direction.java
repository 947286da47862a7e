package be.bioregions.explorer.domain;

/**
 * The open-innovation direction of an alliance, seen from the firm: knowledge flowing out to the partner
 * (outbound), in from the partner (inbound), or created together (coupled).
 */
public enum Direction {
    INBOUND,
    OUTBOUND,
    COUPLED
}
