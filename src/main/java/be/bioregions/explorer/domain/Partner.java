package be.bioregions.explorer.domain;

import java.util.Objects;

/** An organisation the firms ally with. {@code country} is an ISO 3166 alpha-2 code. */
public record Partner(String id, String name, String country, PartnerKind kind, String sourceId, boolean verified,
                      String note) implements Sourced {
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
