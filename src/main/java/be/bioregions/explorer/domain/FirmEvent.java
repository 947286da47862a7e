package be.bioregions.explorer.domain;

import java.util.Objects;

/** A dated event in a firm's life. {@code month} is 1-12 or null when only the year is known. */
public record FirmEvent(String id, String firmId, int year, Integer month, EventKind kind, String detail,
                        String sourceId, boolean verified, String note) implements Sourced {
    public FirmEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firmId, "firmId");
        Objects.requireNonNull(kind, "kind");
    }
}
