package be.bioregions.explorer.domain;

import java.time.Instant;

/** A field note. {@code id} is null until the note is stored. */
public record Note(Long id, Instant created, Instant updated, String title, String body) {
}
