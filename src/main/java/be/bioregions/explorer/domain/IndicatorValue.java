package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * The value of an indicator for a geography (ISO country or NUTS region) and year, as published in an
 * edition. A null {@code value} is a missing value, never zero; a null {@code year} is a value whose source
 * gives no data year.
 */
public record IndicatorValue(String code, String geo, Integer year, String edition, Double value, String sourceId,
                             boolean verified, String note) implements Sourced {
    public IndicatorValue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(geo, "geo");
        edition = edition == null ? "" : edition;
    }
}
