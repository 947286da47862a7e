package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * The performance group ("Leader", "Strong innovator", ...) in which an edition of a scoreboard places a region
 * or country.
 */
public record PerformanceGroup(String geo, String edition, String group, String sourceId, boolean verified,
                               String note) implements Sourced {
    public PerformanceGroup {
        Objects.requireNonNull(geo, "geo");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(group, "group");
    }
}
