package be.bioregions.explorer.domain;

import java.util.Objects;

/** A sourced fact about how a firm makes its money in a year: a product sold, a platform deal, a pipeline phase... */
public record Evidence(String id, String firmId, int year, EvidenceKind kind, String detail, String sourceId,
                       boolean verified) implements Sourced {
    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(kind, "kind");
    }
}
