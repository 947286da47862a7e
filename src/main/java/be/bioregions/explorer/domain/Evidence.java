package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * A sourced fact about how a firm makes its money in a year: a product sold, a platform deal, a pipeline phase...
 * {@code endYear} is the last year the fact held (a sales force handed to a partner, a product withdrawn), or null
 * while it holds or when its end is not known. {@code note} is the researcher's remark on it (how the year was
 * worked out, why the kind), or null.
 */
public record Evidence(String id, String firmId, int year, Integer endYear, EvidenceKind kind, String detail,
                       String sourceId, boolean verified, String note) implements Sourced {
    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(kind, "kind");
    }
}
