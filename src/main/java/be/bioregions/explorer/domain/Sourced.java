package be.bioregions.explorer.domain;

/**
 * A fact that names where it comes from. {@code sourceId} is null for a fact entered without a source
 * ("unsourced"); {@code verified} is true only when the cited source was read and states the fact.
 */
public interface Sourced {
    String sourceId();

    boolean verified();

    /** The researcher's remark on the fact (how a year was worked out, why a kind), or null when it has none. */
    default String note() {
        return null;
    }

    default boolean unsourced() {
        return sourceId() == null || sourceId().isBlank();
    }
}
