package be.bioregions.explorer.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An alliance between a firm and a partner, begun in {@code year}. {@code direction} may be null when unknown;
 * {@code valueMusd} is the announced total value in millions of US dollars, null when not published.
 */
public record Alliance(String id, String firmId, String partnerId, int year, Integer endYear, AllianceKind kind,
                       Direction direction, String subject, BigDecimal valueMusd, String sourceId, boolean verified,
                       String note) implements Sourced {
    public Alliance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(kind, "kind");
    }
}
