package be.bioregions.explorer.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A document a fact was taken from: citation, address and the day it was read. */
public record Source(String id, String citation, String url, LocalDate accessed, String note) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
    }

    public boolean hasUrl() {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }
}
