package be.bioregions.explorer.domain;

import java.time.Instant;
import java.util.Objects;

/** A firm's business model as of a year, either computed by the rules or set by the researcher. */
public record Classification(String firmId, int asOfYear, BusinessModel model, Origin origin, String rationale,
                             Instant created) {
    public enum Origin {
        RULES,
        RESEARCHER
    }

    public Classification {
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(origin, "origin");
    }
}
