package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.FactCheck;
import be.bioregions.explorer.domain.FactKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Source;

/**
 * The researcher's own changes to firms, events, partners, alliances and sources: each is checked, written in one
 * transaction together with its line in the change log (the row before and after, column by column), and made
 * durable at once. The last changes can be undone, in the reverse order they were made, also after a restart; an
 * import of a whole dataset is a line of the log that undoing stops at.
 * <p>
 * A deletion that would leave other facts pointing at nothing is refused with the list of those facts: a source
 * still cited, a firm with events or alliances, a partner with alliances, an alliance a note is linked to.
 */
public final class FactEditor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> ROW = new TypeReference<>() { };
    /** How many of the facts in the way a refusal names; the rest are counted. */
    private static final int NAMED = 12;
    /** The tables whose rows cite a source, and what a fact of each is called in a refusal. */
    private static final String[][] CITING = {
        {"firm", "name"}, {"firm_event", "id"}, {"partner", "name"}, {"alliance", "id"}, {"evidence", "id"},
        {"indicator", "code"}, {"indicator_value", "code || ' ' || geo"}, {"performance_group", "geo || ' ' || edition"},
        {"policy_context", "name"}, {"note", "title"}
    };

    /** The text columns stored as given, not trimmed: keys and the names the checks look at. */
    private static final java.util.Set<String> AS_GIVEN = java.util.Set.of("id", "firm_id", "partner_id", "name",
            "citation");

    private final Store store;

    FactEditor(Store store) {
        this.store = store;
    }

    /** A fact the store will not take, with each problem by field. */
    public static final class Refused extends StoreException {
        private final transient List<FactCheck.Problem> problems;

        Refused(Store store, List<FactCheck.Problem> problems) {
            super(store.file(), String.join("; ", problems.stream().map(FactCheck.Problem::toString).toList()), null);
            this.problems = List.copyOf(problems);
        }

        public List<FactCheck.Problem> problems() {
            return problems;
        }
    }

    // ---- saving ------------------------------------------------------------------------------------------------

    /** Adds the firm, or changes the stored firm with its id. */
    public Change save(Firm f) {
        return save(FactKind.FIRM, row(FactKind.FIRM, f), FactCheck.of(f), f.name(), c -> {
            List<FactCheck.Problem> p = new ArrayList<>();
            unique(c, p, "firm", "name", f.name(), f.id());
            source(c, p, f.sourceId());
            return p;
        });
    }

    public Change save(FirmEvent e) {
        return save(FactKind.EVENT, row(FactKind.EVENT, e), FactCheck.of(e), null, c -> {
            List<FactCheck.Problem> p = new ArrayList<>();
            exists(c, p, "firm", "firm_id", e.firmId());
            source(c, p, e.sourceId());
            return p;
        });
    }

    public Change save(Partner partner) {
        return save(FactKind.PARTNER, row(FactKind.PARTNER, partner), FactCheck.of(partner), partner.name(), c -> {
            List<FactCheck.Problem> p = new ArrayList<>();
            unique(c, p, "partner", "name", partner.name(), partner.id());
            source(c, p, partner.sourceId());
            return p;
        });
    }

    public Change save(Alliance a) {
        return save(FactKind.ALLIANCE, row(FactKind.ALLIANCE, a), FactCheck.of(a), null, c -> {
            List<FactCheck.Problem> p = new ArrayList<>();
            exists(c, p, "firm", "firm_id", a.firmId());
            exists(c, p, "partner", "partner_id", a.partnerId());
            source(c, p, a.sourceId());
            return p;
        });
    }

    public Change save(Evidence x) {
        return save(FactKind.EVIDENCE, row(FactKind.EVIDENCE, x), FactCheck.of(x), null, c -> {
            List<FactCheck.Problem> p = new ArrayList<>();
            exists(c, p, "firm", "firm_id", x.firmId());
            source(c, p, x.sourceId());
            return p;
        });
    }

    public Change save(Source s) {
        String summary = s.citation() == null || s.citation().length() <= 80 ? s.citation()
                : s.citation().substring(0, 79) + "\u2026";
        return save(FactKind.SOURCE, row(FactKind.SOURCE, s), FactCheck.of(s), summary, c -> List.of());
    }

    /**
     * The fact's row as an import writes it ({@link DatasetMerge#rowOf}), its free texts trimmed and an empty one
     * stored as none; ids, names and citations are kept as given (the checks refuse what they cannot take).
     */
    private static Map<String, Object> row(FactKind kind, Object fact) {
        Map<String, Object> row = new LinkedHashMap<>(DatasetMerge.rowOf(kind, fact));
        row.replaceAll((column, v) -> v instanceof String text && !AS_GIVEN.contains(column) ? blank(text) : v);
        return row;
    }

    @FunctionalInterface
    private interface Checks {
        List<FactCheck.Problem> of(Connection c) throws SQLException;
    }

    private Change save(FactKind kind, Map<String, Object> row, List<FactCheck.Problem> problems, String name,
                        Checks references) {
        if (!problems.isEmpty()) {
            throw new Refused(store, problems);
        }
        String id = (String) row.get("id");
        return store.durablyAlone(c -> {
            List<FactCheck.Problem> found = references.of(c);
            if (!found.isEmpty()) {
                throw new Refused(store, found);
            }
            Map<String, String> before = row(c, kind.table(), id);
            if (before.isEmpty()) {
                insert(c, kind.table(), row);
            } else {
                update(c, kind.table(), id, row);
            }
            Map<String, String> after = row(c, kind.table(), id);
            Change.Action action = before.isEmpty() ? Change.Action.ADD : Change.Action.EDIT;
            return log(c, kind, id, action, before, after, name != null ? name : summary(c, kind, after));
        });
    }

    // ---- deleting ----------------------------------------------------------------------------------------------

    /** Deletes a fact, unless other facts still point at it: then nothing changes and the refusal lists them. */
    public Change delete(FactKind kind, String id) {
        return store.durablyAlone(c -> {
            Map<String, String> before = row(c, kind.table(), id);
            if (before.isEmpty()) {
                throw new StoreException(store.file(), null, "fact.gone", id);
            }
            List<String> inTheWay = dependants(c, kind, id);
            if (!inTheWay.isEmpty()) {
                throw new StoreException(store.file(), null, "fact.delete.refused", summary(c, kind, before),
                        inTheWay.size(), named(inTheWay));
            }
            String summary = summary(c, kind, before);
            Jdbc.update(c, "DELETE FROM " + kind.table() + " WHERE id = ?", id);
            return log(c, kind, id, Change.Action.DELETE, before, Map.of(), summary);
        });
    }

    /** The facts that cite a source, in words ("firm Ablynx"), for a refusal or a warning. */
    public List<String> citing(String sourceId) {
        return store.read(c -> dependants(c, FactKind.SOURCE, sourceId));
    }

    /** How many facts cite each source (sources nothing cites are absent). */
    public Map<String, Integer> citationCounts() {
        return store.read(c -> {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (String[] t : CITING) {
                Jdbc.query(c, "SELECT source_id, COUNT(*) FROM " + t[0] + " WHERE source_id IS NOT NULL GROUP BY source_id",
                        rs -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum));
            }
            return counts;
        });
    }

    private static List<String> dependants(Connection c, FactKind kind, String id) throws SQLException {
        List<String> found = new ArrayList<>();
        switch (kind) {
            case SOURCE -> {
                for (String[] t : CITING) {
                    found.addAll(Jdbc.query(c, "SELECT " + t[1] + " FROM " + t[0] + " WHERE source_id = ?",
                            rs -> t[0] + " " + rs.getString(1), id));
                }
            }
            case FIRM -> {
                found.addAll(Jdbc.query(c, "SELECT id FROM firm_event WHERE firm_id = ?", rs -> "firm_event " + rs.getString(1), id));
                found.addAll(Jdbc.query(c, "SELECT id FROM alliance WHERE firm_id = ?", rs -> "alliance " + rs.getString(1), id));
                found.addAll(Jdbc.query(c, "SELECT id FROM evidence WHERE firm_id = ?", rs -> "evidence " + rs.getString(1), id));
                found.addAll(Jdbc.query(c, "SELECT DISTINCT n.title FROM note_link l JOIN note n ON n.id = l.note_id"
                        + " WHERE l.firm_id = ?", rs -> "note " + rs.getString(1), id));
                found.addAll(Jdbc.query(c, "SELECT as_of_year FROM classification WHERE firm_id = ?",
                        rs -> "classification " + rs.getInt(1), id));
            }
            case PARTNER -> {
                found.addAll(Jdbc.query(c, "SELECT id FROM alliance WHERE partner_id = ?", rs -> "alliance " + rs.getString(1), id));
                found.addAll(Jdbc.query(c, "SELECT DISTINCT n.title FROM note_link l JOIN note n ON n.id = l.note_id"
                        + " WHERE l.partner_id = ?", rs -> "note " + rs.getString(1), id));
            }
            case ALLIANCE -> found.addAll(Jdbc.query(c, "SELECT DISTINCT n.title FROM note_link l JOIN note n"
                    + " ON n.id = l.note_id WHERE l.alliance_id = ?", rs -> "note " + rs.getString(1), id));
            default -> {
            }
        }
        return found;
    }

    private static String named(List<String> facts) {
        String shown = String.join(", ", facts.subList(0, Math.min(NAMED, facts.size())));
        return facts.size() <= NAMED ? shown : shown + " " + Problems.text("fact.more", facts.size() - NAMED);
    }

    // ---- the log and undo -------------------------------------------------------------------------------------

    /** The change log, newest first. */
    public List<Change> log(int limit) {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM change_log ORDER BY id DESC LIMIT ?", FactEditor::change,
                limit));
    }

    /** The change that {@link #undo()} would undo now, if any. */
    public Optional<Change> undoable() {
        return store.read(FactEditor::nextToUndo);
    }

    /**
     * Undoes the newest change not undone yet: the fact is put back as it was before it (an addition is removed, a
     * deletion comes back). Stops at an import: what came before it cannot be undone.
     *
     * @return the change undone, or empty when there is nothing to undo
     */
    public Optional<Change> undo() {
        return store.durablyAlone(c -> {
            Optional<Change> next = nextToUndo(c);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Change ch = next.get();
            String table = ch.kind().table();
            if (!row(c, table, ch.factId()).equals(ch.after())) {
                // changed since by something the log does not hold (an import): putting back 'before' would undo that too
                throw new StoreException(store.file(), null, "fact.undo.moved", ch.summary());
            }
            if (ch.before().isEmpty()) {
                List<String> inTheWay = dependants(c, ch.kind(), ch.factId());
                if (!inTheWay.isEmpty()) {
                    throw new StoreException(store.file(), null, "fact.undo.refused", ch.summary(),
                            Problems.text("fact.undo.dependants", inTheWay.size(), named(inTheWay)));
                }
            }
            try {
                if (ch.before().isEmpty()) {
                    Jdbc.update(c, "DELETE FROM " + table + " WHERE id = ?", ch.factId());
                } else if (row(c, table, ch.factId()).isEmpty()) {
                    insert(c, table, new LinkedHashMap<>(ch.before()));
                } else {
                    update(c, table, ch.factId(), new LinkedHashMap<>(ch.before()));
                }
            } catch (SQLException e) {
                throw new StoreException(store.file(), e, "fact.undo.refused", ch.summary(), e.getMessage());
            }
            Jdbc.update(c, "UPDATE change_log SET undone = TRUE WHERE id = ?", ch.id());
            return Optional.of(new Change(ch.id(), ch.at(), ch.kind(), ch.factId(), ch.action(), ch.before(),
                    ch.after(), ch.summary(), true));
        });
    }

    private static Optional<Change> nextToUndo(Connection c) throws SQLException {
        List<Change> last = Jdbc.query(c, "SELECT * FROM change_log WHERE undone = FALSE ORDER BY id DESC LIMIT 1",
                FactEditor::change);
        return last.stream().filter(ch -> ch.action() != Change.Action.IMPORT).findFirst();
    }

    /** Writes the line of an import of a whole dataset: changes made before it can no longer be undone. */
    static void logImport(Connection c, String summary) throws SQLException {
        log(c, FactKind.DATASET, null, Change.Action.IMPORT, Map.of(), Map.of(), summary);
    }

    private static Change log(Connection c, FactKind kind, String id, Change.Action action, Map<String, String> before,
                              Map<String, String> after, String summary) throws SQLException {
        Instant now = Instant.now();
        String shortSummary = summary == null ? "" : summary.length() > 400 ? summary.substring(0, 399) : summary;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (changed_at, fact, fact_id, action,"
                + " old_value, new_value, summary) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            Jdbc.bind(ps, now, kind, id, action, json(before), json(after), shortSummary);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Change(keys.getLong(1), now, kind, id, action, before, after, shortSummary, false);
            }
        }
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getLong("id"), Jdbc.instant(rs, "changed_at"), FactKind.valueOf(rs.getString("fact")),
                rs.getString("fact_id"), Change.Action.valueOf(rs.getString("action")), map(rs.getString("old_value")),
                map(rs.getString("new_value")), rs.getString("summary"), rs.getBoolean("undone"));
    }

    private static String json(Map<String, String> row) {
        if (row.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** A row the change log keeps as a JSON object, as column to text value; empty for none. */
    static Map<String, String> map(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the change log holds a value that is not a JSON object: " + json, e);
        }
    }

    // ---- rows --------------------------------------------------------------------------------------------------

    /** A fact new to the store gets this id: the base made into an id word, with a number added if it is taken. */
    public String freeId(FactKind kind, String base) {
        String word = base == null ? "" : java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String stem = word.isEmpty() ? kind.name().toLowerCase(Locale.ROOT) : word.length() > 56 ? word.substring(0, 56) : word;
        return store.read(c -> {
            String id = stem;
            for (int n = 2; !row(c, kind.table(), id).isEmpty(); n++) {
                id = stem + "-" + n;
            }
            return id;
        });
    }

    /**
     * The row with this id as column name to value as text, as the change log keeps it; empty when there is none.
     * The import's plan compares stored rows with the log through it too.
     */
    static Map<String, String> row(Connection c, String table, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, String> row = new LinkedHashMap<>();
                if (rs.next()) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                    }
                }
                return row;
            }
        }
    }

    private static void insert(Connection c, String table, Map<String, ?> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        Jdbc.update(c, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    private static void update(Connection c, String table, String id, Map<String, ?> row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.remove("id");
        String set = String.join(", ", values.keySet().stream().map(k -> k + " = ?").toList());
        List<Object> params = new ArrayList<>(values.values());
        params.add(id);
        Jdbc.update(c, "UPDATE " + table + " SET " + set + " WHERE id = ?", params.toArray());
    }

    private static String summary(Connection c, FactKind kind, Map<String, String> row) throws SQLException {
        return switch (kind) {
            // the kind is not written here: the change log shows it from the row, in the interface's language
            case EVENT -> name(c, "firm", row.get("firm_id")) + " \u00B7 " + row.get("event_year");
            case EVIDENCE -> name(c, "firm", row.get("firm_id")) + " \u00B7 " + row.get("ev_year");
            case ALLIANCE -> name(c, "firm", row.get("firm_id")) + " \u00D7 " + name(c, "partner", row.get("partner_id"))
                    + " \u00B7 " + row.get("start_year");
            case FIRM, PARTNER -> row.get("name");
            case SOURCE -> row.get("citation");
            case DATASET -> "";
        };
    }

    private static String name(Connection c, String table, String id) throws SQLException {
        List<String> names = Jdbc.query(c, "SELECT name FROM " + table + " WHERE id = ?", rs -> rs.getString(1), id);
        return names.isEmpty() ? id : names.get(0);
    }

    private static void unique(Connection c, List<FactCheck.Problem> p, String table, String column, String value,
                               String id) throws SQLException {
        if (!Jdbc.query(c, "SELECT id FROM " + table + " WHERE LOWER(" + column + ") = LOWER(?) AND id <> ?",
                rs -> rs.getString(1), value, id).isEmpty()) {
            p.add(new FactCheck.Problem(column, Problems.text("fact.check.taken", value)));
        }
    }

    private static void exists(Connection c, List<FactCheck.Problem> p, String table, String field, String id)
            throws SQLException {
        if (id != null && !id.isBlank() && Jdbc.query(c, "SELECT id FROM " + table + " WHERE id = ?",
                rs -> rs.getString(1), id).isEmpty()) {
            p.add(new FactCheck.Problem(field, Problems.text("fact.check.unknown", id)));
        }
    }

    private static void source(Connection c, List<FactCheck.Problem> p, String sourceId) throws SQLException {
        exists(c, p, "source", "source_id", sourceId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
