package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * A firm of the case study. {@code origin} says in words where it came from (which university, institute or
 * company); {@code originKind} classifies that; {@code status} is the firm's situation at the end of 2016.
 */
public record Firm(String id, String name, Region region, String city, int founded, String origin,
                   OriginKind originKind, String focus, String status, String sourceId, boolean verified,
                   String note) implements Sourced {
    public Firm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }
}
