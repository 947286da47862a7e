package be.bioregions.explorer.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One change of the change log: which fact, what was done, the fact's row before and after (column to value as
 * text; empty before an addition and after a deletion), when, a summary for the list, and whether it was undone.
 */
public record Change(long id, Instant at, FactKind kind, String factId, Action action, Map<String, String> before,
                     Map<String, String> after, String summary, boolean undone) {
    public enum Action { ADD, EDIT, DELETE, IMPORT }

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The columns whose value differs between before and after, in the row's order. */
    public Set<String> changedColumns() {
        Set<String> columns = new LinkedHashSet<>(before.keySet());
        columns.addAll(after.keySet());
        columns.removeIf(c -> Objects.equals(before.get(c), after.get(c)));
        return columns;
    }
}
