package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * A piece of the regional policy context the thesis describes (a technology programme, an institute, a cluster,
 * a public fund), drawn behind the timeline. {@code region} is null for a Belgian (federal) measure;
 * {@code endYear} is null for a body that still exists or a programme whose end is not known.
 */
public record PolicyBand(String id, String name, Region region, int startYear, Integer endYear, PolicyKind kind,
                         String detail, String sourceId, boolean verified, String note) implements Sourced {
    public PolicyBand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (endYear != null && endYear < startYear) {
            throw new IllegalArgumentException(id + " ends before it starts");
        }
    }

    /** "Flanders", "Wallonia", "Brussels" or "Belgium". */
    public String place() {
        return region == null ? "Belgium" : region.label();
    }
}
