package be.bioregions.explorer.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a defense's story: a view and what it showed when it was saved (its part, its selection, its years,
 * its filters as words by control id), with a label for the list. {@code id} is null until stored.
 */
public record StoryStep(Long id, int position, String viewId, String part, String selection, Integer yearFrom,
                        Integer yearTo, Map<String, String> filters, String label) {
    public StoryStep {
        Objects.requireNonNull(viewId, "viewId");
        filters = filters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        label = label == null ? viewId : label;
    }
}
