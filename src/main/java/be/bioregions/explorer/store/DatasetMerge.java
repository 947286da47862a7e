package be.bioregions.explorer.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.FactKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PerformanceGroup;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Source;

/**
 * A whole dataset imported into a database that already holds data: first a plan that says, table by table, which
 * rows of the file are new, which are already stored as they are, which would change a stored row and which are
 * in conflict with it; then, when the researcher agrees, the plan carried out in one transaction.
 *
 * <p>Rows are matched by their key: the id, or for the tables without one the columns that tell their rows apart
 * (an indicator value by code, place, year and edition; a performance group by place and edition; a note by its
 * key; a business-model override by firm, year and the time it was set). A row is in conflict when
 * <ul>
 * <li>the file would change (or bring back) a fact the researcher changed (or deleted) in the app since the last
 * import, or whose version in the database is still the researcher's own; a note written later in the app than
 * in the file; an override withdrawn in the app ({@link Conflict#EDITED}: the researcher chooses whose version
 * to keep);</li>
 * <li>its name is already another firm's or partner's ({@link Conflict#NAME_TAKEN});</li>
 * <li>it refers to a firm, partner, alliance, indicator or source that neither the database nor the file has
 * ({@link Conflict#UNKNOWN_REFERENCE}).</li>
 * </ul>
 * The last two cannot be resolved by a choice: a plan that has them is not carried out.
 *
 * <p>An import adds and changes rows; it never deletes one. What a file leaves out of a note (its interview and
 * its links to alliances and partners, which the CSV files do not carry) is kept as it is stored.
 */
public final class DatasetMerge {
    /** Between the parts of a key made of several columns. */
    private static final String KEY_SEPARATOR = " / ";
    /** The columns of a note that hold lists (its links and tags), kept in their own tables. */
    private static final Set<String> LISTS = Set.of("firm_ids", "alliance_ids", "partner_ids", "tags");
    private static final String RESEARCHER = "RESEARCHER";

    private final Store store;

    DatasetMerge(Store store) {
        this.store = store;
    }

    // ---- what a plan says ---------------------------------------------------------------------------------------

    /** What the import would do with one row of the file. */
    public enum Action {
        /** no stored row has its key: it is added */
        ADD,
        /** stored exactly so: nothing to do */
        SAME,
        /** stored with other values: they are replaced by the file's */
        CHANGE,
        /** see {@link Conflict} */
        CONFLICT
    }

    /** Why a row is in conflict. */
    public enum Conflict {
        /** The researcher changed or deleted the fact in the app; the file has another version. A choice resolves it. */
        EDITED,
        /** The row's name is another row's already (firm and partner names are unique). Refuses the import. */
        NAME_TAKEN,
        /** The row refers to something neither the database nor the file has. Refuses the import. */
        UNKNOWN_REFERENCE;

        /** Whether a plan with such a conflict cannot be carried out, whatever the researcher chooses. */
        public boolean blocking() {
            return this != EDITED;
        }
    }

    /** One column of a row: its value as stored and in the file, as text (null: none). */
    public record Field(String name, String stored, String incoming) {
    }

    /**
     * One row of the file, other than those stored as they are. {@code table} is the database table; {@code key}
     * the row's key in words; {@code stored} whether the database has a row with that key; {@code fields} the
     * columns that differ (for a change or a conflict; empty for an addition); {@code reason} why a conflict is
     * one, in the interface's language (null for other rows).
     */
    public record Row(String table, String key, Action action, Conflict conflict, boolean stored, List<Field> fields,
                      String reason) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** One table of a plan: how many of the file's rows are added, the same, changed or in conflict, and those rows. */
    public record Table(String name, int added, int same, int changed, int conflicts, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }

        public int total() {
            return added + same + changed + conflicts;
        }
    }

    /**
     * What importing {@code incoming} (read from {@code source}) would do, table by table in the order they are
     * written. A plan is carried out by {@link #apply}, which checks first that the database has not changed since.
     */
    public record Plan(String source, Dataset incoming, List<Table> tables) {
        public Plan {
            tables = List.copyOf(tables);
        }

        public boolean hasConflicts() {
            return conflicts() > 0;
        }

        /** Whether a conflict no choice can resolve (a name taken, a reference to nothing) refuses the import. */
        public boolean blocked() {
            return rows().stream().anyMatch(r -> r.conflict() != null && r.conflict().blocking());
        }

        public int added() {
            return tables.stream().mapToInt(Table::added).sum();
        }

        public int same() {
            return tables.stream().mapToInt(Table::same).sum();
        }

        public int changed() {
            return tables.stream().mapToInt(Table::changed).sum();
        }

        public int conflicts() {
            return tables.stream().mapToInt(Table::conflicts).sum();
        }

        /** Whether importing would write nothing at all: every row of the file is stored as it is. */
        public boolean nothingToDo() {
            return added() + changed() + conflicts() == 0;
        }

        /** Every row listed: additions, changes and conflicts, table by table. */
        public List<Row> rows() {
            return tables.stream().flatMap(t -> t.rows().stream()).toList();
        }

        public List<Row> conflictRows() {
            return rows().stream().filter(r -> r.action() == Action.CONFLICT).toList();
        }
    }

    /**
     * What an import did: rows added, rows changed (the file's versions taken on conflict included), conflicts in
     * which the researcher's version was kept, and the line written to the change log (empty when nothing was
     * written).
     */
    public record Result(int added, int changed, int kept, String summary) {
    }

    /**
     * A value of the file that the database cannot hold (too long, missing, too large) or a key given twice. The
     * plan stops at the first; nothing is written. {@code table} and {@code key} say which row, {@code index} where
     * it is in its list of the dataset (0: the first), {@code field} which column, {@code reason} what is wrong, in
     * the interface's language.
     */
    public static final class Invalid extends StoreException {
        private final String table;
        private final String key;
        private final int index;
        private final String field;
        private final String reason;

        Invalid(Store store, String table, String key, int index, String field, String reason) {
            super(store.file(), Problems.text("transfer.invalid", table, key, field, reason), null);
            this.table = table;
            this.key = key;
            this.index = index;
            this.field = field;
            this.reason = reason;
        }

        public String table() {
            return table;
        }

        public String key() {
            return key;
        }

        public int index() {
            return index;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    // ---- the tables ---------------------------------------------------------------------------------------------

    /**
     * How one table takes part in a merge: its key columns, the columns compared and written (keys first), the
     * columns that refer to other tables, the unique name if any, and the kind of fact the change log calls its
     * rows.
     */
    private record Spec(String table, String where, List<String> keys, List<String> columns,
                        Function<Dataset, List<?>> rows, Function<Object, Map<String, Object>> values,
                        Map<String, String> refs, String unique, FactKind fact) {
        String select() {
            return "SELECT " + String.join(", ", columns.stream().filter(c -> !LISTS.contains(c)).toList())
                    + (table.equals("note") ? ", id" : "") + " FROM " + table
                    + (where == null ? "" : " WHERE " + where);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Spec spec(String table, String where, List<String> keys, List<String> columns,
                                 Function<Dataset, List<T>> rows, Function<T, Map<String, Object>> values,
                                 Map<String, String> refs, String unique, FactKind fact) {
        return new Spec(table, where, keys, columns, d -> rows.apply(d), o -> values.apply((T) o), refs, unique, fact);
    }

    /** Column names and values, in order; a value may be null. */
    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A fact's row as an import writes it, column to value: what the researcher's own edits write too. */
    static Map<String, Object> rowOf(FactKind kind, Object fact) {
        Spec spec = SPECS.stream().filter(s -> s.fact() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table holds facts of the kind " + kind));
        return spec.values().apply(fact);
    }

    private static final List<Spec> SPECS = List.of(
            spec("source", null, List.of("id"), List.of("id", "citation", "url", "accessed", "note"),
                    Dataset::sources, (Source s) -> row("id", s.id(), "citation", s.citation(), "url", s.url(),
                            "accessed", s.accessed(), "note", s.note()),
                    Map.of(), null, FactKind.SOURCE),
            spec("firm", null, List.of("id"), List.of("id", "name", "region", "city", "founded", "origin",
                            "origin_kind", "focus", "status", "source_id", "verified", "note"),
                    Dataset::firms, (Firm f) -> row("id", f.id(), "name", f.name(), "region", f.region(),
                            "city", f.city(), "founded", f.founded(), "origin", f.origin(), "origin_kind",
                            f.originKind(), "focus", f.focus(), "status", f.status(), "source_id",
                            blankToNull(f.sourceId()), "verified", f.verified(), "note", f.note()),
                    Map.of("source_id", "source"), "name", FactKind.FIRM),
            spec("firm_event", null, List.of("id"), List.of("id", "firm_id", "event_year", "event_month", "kind",
                            "detail", "source_id", "verified", "note"),
                    Dataset::events, (FirmEvent e) -> row("id", e.id(), "firm_id", e.firmId(), "event_year",
                            e.year(), "event_month", e.month(), "kind", e.kind(), "detail", e.detail(), "source_id",
                            blankToNull(e.sourceId()), "verified", e.verified(), "note", e.note()),
                    Map.of("firm_id", "firm", "source_id", "source"), null, FactKind.EVENT),
            spec("partner", null, List.of("id"), List.of("id", "name", "country", "kind", "source_id", "verified",
                            "note"),
                    Dataset::partners, (Partner p) -> row("id", p.id(), "name", p.name(), "country", p.country(),
                            "kind", p.kind(), "source_id", blankToNull(p.sourceId()), "verified", p.verified(),
                            "note", p.note()),
                    Map.of("source_id", "source"), "name", FactKind.PARTNER),
            spec("alliance", null, List.of("id"), List.of("id", "firm_id", "partner_id", "start_year", "end_year",
                            "kind", "direction", "subject", "value_musd", "source_id", "verified", "note"),
                    Dataset::alliances, (Alliance a) -> row("id", a.id(), "firm_id", a.firmId(), "partner_id",
                            a.partnerId(), "start_year", a.year(), "end_year", a.endYear(), "kind", a.kind(),
                            "direction", a.direction(), "subject", a.subject(), "value_musd", a.valueMusd(),
                            "source_id", blankToNull(a.sourceId()), "verified", a.verified(), "note", a.note()),
                    Map.of("firm_id", "firm", "partner_id", "partner", "source_id", "source"), null,
                    FactKind.ALLIANCE),
            spec("evidence", null, List.of("id"), List.of("id", "firm_id", "ev_year", "end_year", "kind", "detail",
                            "source_id", "verified", "note"),
                    Dataset::evidence, (Evidence x) -> row("id", x.id(), "firm_id", x.firmId(), "ev_year", x.year(),
                            "end_year", x.endYear(), "kind", x.kind(), "detail", x.detail(), "source_id",
                            blankToNull(x.sourceId()), "verified", x.verified(), "note", x.note()),
                    Map.of("firm_id", "firm", "source_id", "source"), null, FactKind.EVIDENCE),
            spec("indicator", null, List.of("code"), List.of("code", "dataset", "name", "unit", "definition",
                            "source_id"),
                    Dataset::indicators, (Indicator i) -> row("code", i.code(), "dataset", i.dataset(), "name",
                            i.name(), "unit", i.unit(), "definition", i.definition(), "source_id",
                            blankToNull(i.sourceId())),
                    Map.of("source_id", "source"), null, null),
            spec("indicator_value", null, List.of("code", "geo", "data_year", "edition"), List.of("code", "geo",
                            "data_year", "edition", "val", "source_id", "verified", "note"),
                    Dataset::indicatorValues, (IndicatorValue v) -> row("code", v.code(), "geo", v.geo(),
                            "data_year", v.year(), "edition", v.edition(), "val", v.value(), "source_id",
                            blankToNull(v.sourceId()), "verified", v.verified(), "note", v.note()),
                    Map.of("code", "indicator", "source_id", "source"), null, null),
            spec("performance_group", null, List.of("geo", "edition"), List.of("geo", "edition", "grp", "source_id",
                            "verified", "note"),
                    Dataset::performanceGroups, (PerformanceGroup g) -> row("geo", g.geo(), "edition", g.edition(),
                            "grp", g.group(), "source_id", blankToNull(g.sourceId()), "verified", g.verified(),
                            "note", g.note()),
                    Map.of("source_id", "source"), null, null),
            spec("policy_context", null, List.of("id"), List.of("id", "name", "region", "start_year", "end_year",
                            "kind", "detail", "source_id", "verified", "note"),
                    Dataset::policyBands, (PolicyBand b) -> row("id", b.id(), "name", b.name(), "region", b.region(),
                            "start_year", b.startYear(), "end_year", b.endYear(), "kind", b.kind(), "detail",
                            b.detail(), "source_id", blankToNull(b.sourceId()), "verified", b.verified(), "note",
                            b.note()),
                    Map.of("source_id", "source"), null, null),
            spec("note", "ext_id IS NOT NULL", List.of("ext_id"), List.of("ext_id", "created", "updated", "title",
                            "body", "source_id", "interview_date", "interviewee", "interviewee_role", "organisation",
                            "consent", "firm_ids", "tags", "alliance_ids", "partner_ids"),
                    Dataset::notes, DatasetMerge::noteRow,
                    Map.of("source_id", "source", "firm_ids", "firm", "alliance_ids", "alliance", "partner_ids",
                            "partner"), null, null),
            spec("classification", "origin = '" + RESEARCHER + "'", List.of("firm_id", "as_of_year", "created"),
                    List.of("firm_id", "as_of_year", "created", "model", "rationale", "withdrawn"),
                    Dataset::overrides, (ModelOverride o) -> row("firm_id", o.firmId(), "as_of_year", o.year(),
                            "created", o.created(), "model", o.model(), "rationale", o.rationale(), "withdrawn",
                            o.withdrawn()),
                    Map.of("firm_id", "firm"), null, null));

    /**
     * A note's columns. The interview and the links to alliances and partners are compared and written only when
     * the file gives them: a CSV file has neither, and importing it keeps what the app recorded.
     */
    private static Map<String, Object> noteRow(Note n) {
        Map<String, Object> row = row("ext_id", n.key(), "created", n.created(), "updated", n.updated(), "title",
                n.title(), "body", n.body(), "source_id", blankToNull(n.sourceId()));
        Note.Interview i = n.interview();
        if (!i.isEmpty()) {
            row.putAll(row("interview_date", i.date(), "interviewee", i.interviewee(), "interviewee_role", i.role(),
                    "organisation", i.organisation(), "consent", i.consent()));
        }
        row.put("firm_ids", n.firmIds());
        row.put("tags", n.tags());
        if (!n.allianceIds().isEmpty()) {
            row.put("alliance_ids", n.allianceIds());
        }
        if (!n.partnerIds().isEmpty()) {
            row.put("partner_ids", n.partnerIds());
        }
        return row;
    }

    /** The tables of a dataset in the order they are compared and written. */
    public static List<String> tables() {
        return SPECS.stream().map(Spec::table).toList();
    }

    // ---- planning -----------------------------------------------------------------------------------------------

    /** The plan of importing a dataset; see {@link #plan(Dataset, String)}. */
    public Plan plan(Dataset incoming) {
        return plan(incoming, "");
    }

    /**
     * Compares every row of a dataset with the database and says what importing it would do. Reads only.
     *
     * @param source what the dataset was read from (a folder, a file), for the change log's line
     * @throws Invalid when a value of the dataset cannot be stored, or a key appears twice
     */
    public Plan plan(Dataset incoming, String source) {
        return store.read(c -> work(c, source, incoming)).plan();
    }

    /** One row of the file to write (or not), with its values as they would be stored. */
    private record Pending(Spec spec, String key, Map<String, Object> values, Action action, Conflict conflict,
                           boolean stored) {
    }

    /** A plan and the rows behind it. */
    private record Work(Plan plan, List<Pending> pending) {
    }

    /** The size, digits and nullability of a column. */
    private record Column(long length, int precision, int scale, boolean nullable) {
    }

    private Work work(Connection c, String source, Dataset incoming) throws SQLException {
        Map<String, Map<String, Column>> columns = columns(c);
        EditLog edits = EditLog.read(c);
        // every row of the file, as it would be stored, by table and key
        Map<String, Map<String, Map<String, Object>>> coming = new LinkedHashMap<>();
        for (Spec spec : SPECS) {
            Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
            int index = 0;
            for (Object o : spec.rows().apply(incoming)) {
                Map<String, Object> values = spec.values().apply(o);
                normalise(spec, values, columns, index);
                String key = key(spec, values);
                if (rows.put(key, values) != null) {
                    throw new Invalid(store, spec.table(), key, index, spec.keys().get(0),
                            Problems.text("transfer.key.twice", key));
                }
                index++;
            }
            coming.put(spec.table(), rows);
        }
        Map<String, Map<String, Map<String, String>>> stored = new HashMap<>();
        for (Spec spec : SPECS) {
            stored.put(spec.table(), stored(c, spec));
        }
        List<Table> tables = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (Spec spec : SPECS) {
            tables.add(classify(c, spec, coming, stored, edits, pending));
        }
        return new Work(new Plan(source, incoming, tables), pending);
    }

    private Table classify(Connection c, Spec spec, Map<String, Map<String, Map<String, Object>>> coming,
                           Map<String, Map<String, Map<String, String>>> stored, EditLog edits,
                           List<Pending> pending) throws SQLException {
        Map<String, Map<String, String>> here = stored.get(spec.table());
        Map<String, Map<String, Object>> rows = coming.get(spec.table());
        Map<String, String> namesTaken = spec.unique() == null ? Map.of() : namesTaken(spec, here, rows);
        int added = 0;
        int same = 0;
        int changed = 0;
        int conflicts = 0;
        List<Row> listed = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : rows.entrySet()) {
            String key = e.getKey();
            Map<String, Object> values = e.getValue();
            Map<String, String> old = here.get(key);
            List<Field> fields = new ArrayList<>();
            if (old != null) {
                for (Map.Entry<String, Object> v : values.entrySet()) {
                    String was = old.get(v.getKey());
                    String now = canon(v.getValue());
                    if (!spec.keys().contains(v.getKey()) && !Objects.equals(was, now)) {
                        fields.add(new Field(v.getKey(), was, now));
                    }
                }
            }
            Action action = old == null ? Action.ADD : fields.isEmpty() ? Action.SAME : Action.CHANGE;
            Conflict conflict = null;
            String reason = null;
            // a reference to nothing comes first: it refuses the import whatever else is said of the row
            for (Map.Entry<String, String> ref : spec.refs().entrySet()) {
                Object value = values.get(ref.getKey());
                for (String id : ids(value)) {
                    if (!stored.get(ref.getValue()).containsKey(id) && !coming.get(ref.getValue()).containsKey(id)) {
                        conflict = Conflict.UNKNOWN_REFERENCE;
                        reason = Problems.text("transfer.conflict.reference", Problems.text("transfer.table."
                                + ref.getValue()), id);
                        fields = List.of(new Field(ref.getKey(), old == null ? null : old.get(ref.getKey()),
                                canon(value)));
                        break;
                    }
                }
                if (conflict != null) {
                    break;
                }
            }
            if (conflict == null && spec.unique() != null && action != Action.SAME) {
                String name = (String) values.get(spec.unique());
                String holder = namesTaken.get(key);
                if (holder != null && (old == null || !Objects.equals(old.get(spec.unique()), canon(name)))) {
                    conflict = Conflict.NAME_TAKEN;
                    reason = Problems.text("transfer.conflict.name", name, holder);
                    if (fields.isEmpty()) {
                        fields = List.of(new Field(spec.unique(), null, name));
                    }
                }
            }
            if (conflict == null && action != Action.SAME && edited(c, spec, key, old, values, edits)) {
                conflict = Conflict.EDITED;
                reason = Problems.text(old == null ? "transfer.conflict.deleted" : "transfer.conflict.edited");
            }
            if (conflict != null) {
                conflicts++;
                listed.add(new Row(spec.table(), key, Action.CONFLICT, conflict, old != null, fields, reason));
                pending.add(new Pending(spec, key, values, Action.CONFLICT, conflict, old != null));
            } else if (action == Action.SAME) {
                same++;
            } else {
                if (action == Action.ADD) {
                    added++;
                } else {
                    changed++;
                }
                listed.add(new Row(spec.table(), key, action, null, old != null, fields, null));
                pending.add(new Pending(spec, key, values, action, null, old != null));
            }
        }
        return new Table(spec.table(), added, same, changed, conflicts, listed);
    }

    /**
     * The rows of the file whose name another row would also have once the file is imported (compared without
     * regard to case, as the app's forms do), each with the key of one such other row.
     */
    private static Map<String, String> namesTaken(Spec spec, Map<String, Map<String, String>> here,
                                                  Map<String, Map<String, Object>> rows) {
        Map<String, String> nameOf = new HashMap<>();
        here.forEach((key, row) -> nameOf.put(key, row.get(spec.unique())));
        rows.forEach((key, row) -> nameOf.put(key, (String) row.get(spec.unique())));
        Map<String, List<String>> holders = new HashMap<>();
        nameOf.forEach((key, name) -> {
            if (name != null) {
                holders.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(key);
            }
        });
        Map<String, String> taken = new HashMap<>();
        for (String key : rows.keySet()) {
            String name = nameOf.get(key);
            List<String> all = name == null ? List.of() : holders.get(name.toLowerCase(Locale.ROOT));
            if (all.size() > 1) {
                taken.put(key, new TreeSet<>(all).stream().filter(k -> !k.equals(key)).findFirst().orElseThrow());
            }
        }
        return taken;
    }

    /**
     * Whether the stored version of a row is the researcher's own, which the file would replace: a fact of the
     * change log whose last change (not undone) came after the last import or still stands as it was made (a
     * deletion included); a note changed later in the app than in the file; an override withdrawn in the app.
     */
    private static boolean edited(Connection c, Spec spec, String key, Map<String, String> old,
                                  Map<String, Object> values, EditLog edits) throws SQLException {
        if (spec.fact() != null) {
            EditLog.Line last = edits.last(spec.fact(), key);
            if (last == null) {
                return false;
            }
            if (last.id() > edits.lastImport()) {
                return true;
            }
            if (last.deletion()) {
                return old == null;
            }
            return old != null && last.after().equals(FactEditor.row(c, spec.table(), key));
        }
        if (old == null) {
            return false;
        }
        if (spec.table().equals("note")) {
            Instant mine = Instant.parse(old.get("updated"));
            return mine.isAfter((Instant) values.get("updated"));
        }
        if (spec.table().equals("classification")) {
            return old.get("withdrawn") != null && values.get("withdrawn") == null;
        }
        return false;
    }

    /** The lines of the change log that say which facts the researcher changed, and where the last import is. */
    private record EditLog(long lastImport, Map<String, Line> last) {
        /** The last change (not undone) of one fact: its number, whether it deleted the fact, the row after it. */
        record Line(long id, boolean deletion, Map<String, String> after) {
        }

        static EditLog read(Connection c) throws SQLException {
            long lastImport = Jdbc.query(c, "SELECT COALESCE(MAX(id), 0) FROM change_log WHERE action = 'IMPORT'",
                    rs -> rs.getLong(1)).get(0);
            Map<String, Line> last = new HashMap<>();
            Jdbc.query(c, "SELECT id, fact, fact_id, action, new_value FROM change_log WHERE undone = FALSE"
                    + " AND fact_id IS NOT NULL ORDER BY id", rs -> {
                        last.put(rs.getString(2) + "\u0000" + rs.getString(3), new Line(rs.getLong(1),
                                rs.getString(4).equals("DELETE"), FactEditor.map(rs.getString(5))));
                        return null;
                    });
            return new EditLog(lastImport, last);
        }

        Line last(FactKind kind, String id) {
            return last.get(kind.name() + "\u0000" + id);
        }
    }

    /** The ids a reference column holds: none, one, or a list's. */
    private static List<String> ids(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).filter(s -> !s.isBlank()).distinct().toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }

    /** Every stored row of a table, by key, its columns as text. */
    private static Map<String, Map<String, String>> stored(Connection c, Spec spec) throws SQLException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        Map<Long, String> noteKeys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(spec.select()); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            // the spec's own names, whose hash codes are computed once
            String[] labels = new String[md.getColumnCount()];
            for (int i = 0; i < labels.length; i++) {
                String label = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                labels[i] = spec.columns().stream().filter(label::equals).findFirst().orElse(label);
            }
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= labels.length; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof Clob) {
                        v = rs.getString(i);
                    }
                    row.put(labels[i - 1], canon(v));
                }
                String key = key(spec, row);
                if (spec.table().equals("note")) {
                    noteKeys.put(Long.valueOf(row.remove("id")), key);
                }
                rows.putIfAbsent(key, row);
            }
        }
        if (spec.table().equals("note")) {
            noteLists(c, rows, noteKeys);
        }
        return rows;
    }

    /** Adds to each stored note its links and tags, as the lists a file gives them in. */
    private static void noteLists(Connection c, Map<String, Map<String, String>> notes, Map<Long, String> keys)
            throws SQLException {
        Map<String, Map<String, List<String>>> lists = new HashMap<>();
        String[][] sources = {
            {"firm_ids", "SELECT note_id, firm_id FROM note_link WHERE firm_id IS NOT NULL"},
            {"alliance_ids", "SELECT note_id, alliance_id FROM note_link WHERE alliance_id IS NOT NULL"},
            {"partner_ids", "SELECT note_id, partner_id FROM note_link WHERE partner_id IS NOT NULL"},
            {"tags", "SELECT note_id, tag FROM note_tag"}};
        for (String[] s : sources) {
            Jdbc.query(c, s[1], rs -> {
                String key = keys.get(rs.getLong(1));
                if (key != null) {
                    lists.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(s[0], k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
                return null;
            });
        }
        notes.forEach((key, row) -> {
            Map<String, List<String>> of = lists.getOrDefault(key, Map.of());
            for (String list : List.of("firm_ids", "tags", "alliance_ids", "partner_ids")) {
                row.put(list, canon(of.getOrDefault(list, List.of())));
            }
        });
    }

    /** A row's key in words: its key columns' values as text, joined. */
    private static String key(Spec spec, Map<String, ?> row) {
        List<String> parts = new ArrayList<>();
        for (String k : spec.keys()) {
            Object v = row.get(k);
            String text = v instanceof String s ? s : canon(v);
            parts.add(text == null ? "" : text);
        }
        return String.join(KEY_SEPARATOR, parts);
    }

    /**
     * A value as text, the same for the file's value and the stored one: empty text and an empty list are no value,
     * numbers without trailing zeros, moments to the microsecond, lists sorted without repeats.
     */
    static String canon(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof BigDecimal b) {
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : canon(BigDecimal.valueOf(d));
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof OffsetDateTime t) {
            return canon(t.toInstant());
        }
        if (v instanceof java.sql.Timestamp t) {
            return canon(t.toInstant());
        }
        if (v instanceof Instant t) {
            return t.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (v instanceof Collection<?> list) {
            TreeSet<String> items = new TreeSet<>();
            list.forEach(x -> {
                if (x != null && !x.toString().isBlank()) {
                    items.add(x.toString());
                }
            });
            return items.isEmpty() ? null : String.join("; ", items);
        }
        return v.toString();
    }

    /**
     * Brings the file's values to what the database would store (decimals rounded to the column's scale as H2 rounds
     * them; moments cut to the microsecond, as the app and the dataset writer store them) and refuses a value the
     * database cannot hold.
     */
    private void normalise(Spec spec, Map<String, Object> values, Map<String, Map<String, Column>> columns,
                           int index) {
        Map<String, Column> ofTable = columns.getOrDefault(spec.table(), Map.of());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            Object v = e.getValue();
            if (LISTS.contains(name)) {
                Column item = name.equals("tags") ? columns.get("note_tag").get("tag")
                        : columns.get("note_link").get("firm_id");
                for (String s : ids(v)) {
                    if (s.length() > item.length()) {
                        throw invalid(spec, values, index, name,
                                Problems.text("fact.check.long", s.length(), item.length()));
                    }
                }
                continue;
            }
            Column col = ofTable.get(name);
            if (col == null) {
                continue;
            }
            if (v == null) {
                if (!col.nullable()) {
                    throw invalid(spec, values, index, name, Problems.text("fact.check.required"));
                }
            } else if (v instanceof String s) {
                if (s.length() > col.length()) {
                    throw invalid(spec, values, index, name,
                            Problems.text("fact.check.long", s.length(), col.length()));
                }
            } else if (v instanceof BigDecimal b && col.precision() > 0) {
                BigDecimal scaled = b.setScale(col.scale(), RoundingMode.HALF_UP);
                if (scaled.precision() - scaled.scale() > col.precision() - col.scale()) {
                    throw invalid(spec, values, index, name, Problems.text("transfer.number.large",
                            b.toPlainString(), col.precision() - col.scale()));
                }
                e.setValue(scaled);
            } else if (v instanceof Instant t) {
                e.setValue(t.truncatedTo(ChronoUnit.MICROS));
            }
        }
    }

    private Invalid invalid(Spec spec, Map<String, Object> values, int index, String field, String reason) {
        return new Invalid(store, spec.table(), key(spec, values), index, field, reason);
    }

    /** The size of every column of the public tables, by table and column in lower case. */
    private static Map<String, Map<String, Column>> columns(Connection c) throws SQLException {
        Map<String, Map<String, Column>> columns = new HashMap<>();
        Jdbc.query(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,"
                + " NUMERIC_SCALE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'", rs -> {
                    boolean decimal = "NUMERIC".equals(rs.getString(3)) || "DECIMAL".equals(rs.getString(3));
                    long length = rs.getLong(4);
                    columns.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new HashMap<>()).put(
                            rs.getString(2).toLowerCase(Locale.ROOT), new Column(
                            rs.wasNull() ? Long.MAX_VALUE : length, decimal ? rs.getInt(5) : 0,
                            decimal ? rs.getInt(6) : 0, "YES".equals(rs.getString(7))));
                    return null;
                });
        return columns;
    }

    // ---- carrying a plan out ------------------------------------------------------------------------------------

    /**
     * Carries a plan out in one transaction: adds its new rows, changes its changed ones and, for a conflict over
     * the researcher's own version, keeps that version or takes the file's as asked. Before writing anything it
     * compares the plan with the database again, and refuses if the database has changed since. Writes one line to
     * the change log (changes made before an import cannot be undone). Writes nothing when there is nothing to do.
     *
     * @throws StoreException when the plan has a conflict no choice resolves, when the database has changed since
     *                        the plan, or when the database refuses a row; nothing is written then
     */
    public Result apply(Plan plan, boolean takeIncomingOnConflict) {
        if (plan.blocked()) {
            long blocking = plan.conflictRows().stream().filter(r -> r.conflict().blocking()).count();
            throw new StoreException(store.file(), Problems.text("transfer.blocked", blocking), null);
        }
        Result result = store.alone(c -> {
            Work now = work(c, plan.source(), plan.incoming());
            if (!now.plan().tables().equals(plan.tables())) {
                throw new StoreException(store.file(), Problems.text("transfer.stale"), null);
            }
            List<Pending> written = new ArrayList<>();
            int kept = 0;
            for (Pending p : now.pending()) {
                if (p.action() != Action.CONFLICT || takeIncomingOnConflict) {
                    written.add(p);
                } else {
                    kept++;
                }
            }
            checkKeptReferences(c, now.pending(), written);
            int added = 0;
            int changed = 0;
            for (Spec spec : SPECS) {
                List<Pending> inserts = new ArrayList<>();
                List<Pending> updates = new ArrayList<>();
                for (Pending p : written) {
                    if (p.spec() == spec) {
                        (p.stored() ? updates : inserts).add(p);
                    }
                }
                insert(c, spec, inserts);
                update(c, spec, updates);
                added += inserts.size();
                changed += updates.size();
            }
            if (written.isEmpty()) {
                return new Result(0, 0, kept, "");
            }
            String summary = Problems.text("transfer.log", added, changed, plan.source());
            FactEditor.logImport(c, summary);
            return new Result(added, changed, kept, summary);
        });
        if (!result.summary().isEmpty()) {
            store.checkpoint();
        }
        return result;
    }

    /**
     * Refuses when a row about to be written refers to a row of the file that is not written because the
     * researcher keeps their version (a fact they deleted, which the file still has).
     */
    private void checkKeptReferences(Connection c, List<Pending> all, List<Pending> written) throws SQLException {
        Set<String> notWritten = new HashSet<>();
        for (Pending p : all) {
            if (!p.stored()) {
                notWritten.add(p.spec().table() + "\u0000" + p.key());
            }
        }
        for (Pending p : written) {
            if (!p.stored()) {
                notWritten.remove(p.spec().table() + "\u0000" + p.key());
            }
        }
        if (notWritten.isEmpty()) {
            return;
        }
        for (Pending p : written) {
            for (Map.Entry<String, String> ref : p.spec().refs().entrySet()) {
                for (String id : ids(p.values().get(ref.getKey()))) {
                    if (notWritten.contains(ref.getValue() + "\u0000" + id)) {
                        throw new StoreException(store.file(), Problems.text("transfer.kept.reference",
                                Problems.text("transfer.table." + p.spec().table()), p.key(),
                                Problems.text("transfer.table." + ref.getValue()), id), null);
                    }
                }
            }
        }
    }

    /** The columns of a table that are written, lists aside: those of the row, and an override's origin. */
    private static List<String> written(Spec spec, Map<String, Object> values) {
        return values.keySet().stream().filter(k -> !LISTS.contains(k)).toList();
    }

    private static void insert(Connection c, Spec spec, List<Pending> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (spec.table().equals("note")) {
            for (Pending p : rows) {
                insertNote(c, spec, p.values());
            }
            return;
        }
        List<String> cols = spec.columns();
        boolean override = spec.table().equals("classification");
        String sql = "INSERT INTO " + spec.table() + " (" + String.join(", ", cols) + (override ? ", origin" : "")
                + ") VALUES (" + String.join(", ", cols.stream().map(x -> "?").toList()) + (override ? ", ?" : "")
                + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Pending p : rows) {
                List<Object> values = new ArrayList<>();
                for (String col : cols) {
                    values.add(p.values().get(col));
                }
                if (override) {
                    values.add(RESEARCHER);
                }
                Jdbc.bind(ps, values.toArray());
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void update(Connection c, Spec spec, List<Pending> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (spec.unique() != null) {
            // names that move from one row to another: each renamed row first takes a name nobody has, so that
            // the database's unique name holds after every statement, whatever order the rows come in
            for (Pending p : rows) {
                Jdbc.update(c, "UPDATE " + spec.table() + " SET " + spec.unique() + " = ? WHERE id = ?",
                        "\u0001" + p.key(), p.key());
            }
        }
        for (Pending p : rows) {
            List<String> set = new ArrayList<>(written(spec, p.values()));
            set.removeAll(spec.keys());
            List<Object> params = new ArrayList<>();
            for (String col : set) {
                params.add(p.values().get(col));
            }
            String where = keyCondition(spec, p.values(), params);
            if (!set.isEmpty()) {
                int n = Jdbc.update(c, "UPDATE " + spec.table() + " SET " + String.join(", ",
                        set.stream().map(col -> col + " = ?").toList()) + " WHERE " + where, params.toArray());
                if (n == 0) {
                    throw new SQLException(Problems.text("transfer.stale"));
                }
            }
            if (spec.table().equals("note")) {
                List<Object> keyParams = new ArrayList<>();
                String noteWhere = keyCondition(spec, p.values(), keyParams);
                long id = Jdbc.query(c, "SELECT id FROM note WHERE " + noteWhere, rs -> rs.getLong(1),
                        keyParams.toArray()).get(0);
                writeNoteLists(c, id, p.values(), true);
            }
        }
    }

    /** The condition that finds a row by its key (a key column without a value is one that is null). */
    private static String keyCondition(Spec spec, Map<String, Object> values, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (String k : spec.keys()) {
            Object v = values.get(k);
            if (v == null) {
                parts.add(k + " IS NULL");
            } else {
                parts.add(k + " = ?");
                params.add(v);
            }
        }
        if (spec.where() != null) {
            parts.add(spec.where());
        }
        return String.join(" AND ", parts);
    }

    private static void insertNote(Connection c, Spec spec, Map<String, Object> values) throws SQLException {
        List<String> cols = written(spec, values);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")", new String[] {"ID"})) {
            Jdbc.bind(ps, cols.stream().map(values::get).toArray());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                writeNoteLists(c, keys.getLong(1), values, false);
            }
        }
    }

    /** Writes the links and tags the file gives a note, in place of the stored ones of the same kind. */
    private static void writeNoteLists(Connection c, long id, Map<String, Object> values, boolean replace)
            throws SQLException {
        String[][] lists = {
            {"firm_ids", "note_link", "firm_id"}, {"alliance_ids", "note_link", "alliance_id"},
            {"partner_ids", "note_link", "partner_id"}, {"tags", "note_tag", "tag"}};
        for (String[] l : lists) {
            if (!values.containsKey(l[0])) {
                continue;
            }
            if (replace) {
                Jdbc.update(c, "DELETE FROM " + l[1] + " WHERE note_id = ? AND " + l[2] + " IS NOT NULL", id);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + l[1] + " (note_id, " + l[2]
                    + ") VALUES (?, ?)")) {
                for (String item : new LinkedHashSet<>(ids(values.get(l[0])))) {
                    Jdbc.bind(ps, id, item);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
