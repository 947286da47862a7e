package be.bioregions.explorer.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The researcher's choice of a firm's business model for a year, with the rationale written for it. It stands
 * beside the rules' output and does not replace it: both stay visible. {@code id} is the database's number;
 * {@code created} is when the override was set; {@code withdrawn} is when the researcher withdrew it, or null
 * while it is in force. A withdrawn override is kept for the history.
 */
public record ModelOverride(long id, String firmId, int year, BusinessModel model, String rationale,
                            Instant created, Instant withdrawn) {
    public ModelOverride {
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(created, "created");
    }

    /** Whether the override is in force, that is, not withdrawn. */
    public boolean active() {
        return withdrawn == null;
    }
}
