package be.bioregions.explorer.domain;

import java.util.Objects;

/**
 * One step of a defense's story: a view and what it showed when it was saved (its part, its selection, its years),
 * with a label for the list. {@code id} is null until stored.
 */
public record StoryStep(Long id, int position, String viewId, String part, String selection, Integer yearFrom,
                        Integer yearTo, String label) {
    public StoryStep {
        Objects.requireNonNull(viewId, "viewId");
        label = label == null ? viewId : label;
    }
}
