package be.bioregions.explorer.store;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.bioregions.explorer.domain.StoryStep;

/** The steps of the defense's story, in their order. */
public final class StoryRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FILTERS = 4000;
    private final Store store;

    StoryRepository(Store store) {
        this.store = store;
    }

    public List<StoryStep> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM story_step ORDER BY position, id", rs -> new StoryStep(
                rs.getLong("id"), rs.getInt("position"), rs.getString("view_id"), rs.getString("part"),
                rs.getString("selection"), Jdbc.intOrNull(rs, "year_from"), Jdbc.intOrNull(rs, "year_to"),
                filters(rs.getString("filters")), rs.getString("label"))));
    }

    /** Adds a step at the end of the story. */
    public void add(StoryStep step) {
        store.transaction(c -> {
            Jdbc.update(c, "INSERT INTO story_step (position, view_id, part, selection, year_from, year_to, filters,"
                    + " label) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM story_step), ?, ?, ?, ?, ?, ?, ?)",
                    step.viewId(), step.part(), step.selection(), step.yearFrom(), step.yearTo(),
                    json(step.filters()), step.label());
            return null;
        });
    }

    /** Moves a step one place earlier (-1) or later (+1), swapping it with its neighbour. */
    public void move(long id, int by) {
        store.transaction(c -> {
            List<StoryStep> steps = Jdbc.query(c, "SELECT id, position FROM story_step ORDER BY position, id",
                    rs -> new StoryStep(rs.getLong(1), rs.getInt(2), "-", null, null, null, null, null, null));
            for (int i = 0; i < steps.size(); i++) {
                int j = i + by;
                if (steps.get(i).id() == id && j >= 0 && j < steps.size()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE story_step SET position = ? WHERE id = ?")) {
                        // renumbered whole, so that equal positions cannot keep two steps from changing places
                        for (int k = 0; k < steps.size(); k++) {
                            int at = k == i ? j : k == j ? i : k;
                            Jdbc.bind(ps, at + 1, steps.get(k).id());
                            ps.executeUpdate();
                        }
                    }
                    break;
                }
            }
            return null;
        });
    }

    public void delete(long id) {
        store.transaction(c -> {
            Jdbc.update(c, "DELETE FROM story_step WHERE id = ?", id);
            return null;
        });
    }

    /** The filters as a JSON object; longer than the column holds, they are not kept (the step still shows its view). */
    private static String json(Map<String, String> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        try {
            String json = JSON.writeValueAsString(filters);
            return json.length() > MAX_FILTERS ? null : json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, String> filters(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of(); // written by another version: the step shows its view without its filters
        }
    }
}
