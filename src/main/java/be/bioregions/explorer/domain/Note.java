package be.bioregions.explorer.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A field note: its title and Markdown body, when it was written and last changed, the firms it is about and its
 * tags. {@code id} is the database's number (null until stored); {@code key} is the note's id in a dataset file
 * (null for a note written in the app). {@code sourceId} is optional: a note is the researcher's own text.
 */
public record Note(Long id, String key, Instant created, Instant updated, String title, String body,
                   List<String> firmIds, List<String> tags, String sourceId) {
    public Note {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        firmIds = List.copyOf(firmIds);
        tags = List.copyOf(tags);
    }
}
