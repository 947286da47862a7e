package be.bioregions.explorer.domain;

import java.util.Objects;

/** An indicator of a dataset, with its unit and a plain-words definition. */
public record Indicator(String code, IndicatorDataset dataset, String name, String unit, String definition,
                        String sourceId) {
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(name, "name");
    }
}
