package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Classification;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Evidence;
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
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Source;

/**
 * Writes a whole dataset: all of it is stored, or none of it. While it writes, the rest of the application neither
 * reads nor writes this store ({@link Store#alone}), so nobody sees half a dataset.
 *
 * <p>Into a database that holds data, the dataset goes in one transaction. Into an empty one (the first start,
 * a reference-size import), it is committed every {@value #BATCH} rows, which spares H2 the undo log of one
 * transaction of several hundred thousand rows and its walk at the commit (docs/performance.md). "None of it" is
 * then kept by undoing: a failure deletes what was committed, and a mark left in {@code app_meta} until the end
 * lets the next opening of the file do the same after a crash or a kill (decision record 0016).
 */
public final class DatasetWriter {
    private static final int BATCH = 1000;
    private static final DateTimeFormatter BEGUN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Store store;

    DatasetWriter(Store store) {
        this.store = store;
    }

    @FunctionalInterface
    private interface Binder<T> {
        Object[] values(T row);
    }

    /**
     * Stores every row of the dataset and the given meta entries.
     *
     * @throws StoreException when the database refuses a row; nothing is stored then
     */
    public void write(Dataset data, Map<String, String> meta, Progress progress) {
        store.alone(c -> {
            checkReferences(c, data);
            boolean inSteps = Store.holdsNoData(c);
            if (inSteps) {
                putMeta(c, MetaRepository.IMPORT_UNFINISHED, LocalDateTime.now().format(BEGUN));
                c.commit();
            }
            try {
                Rows rows = new Rows(c, inSteps, progress, data.rowCount());
                writeRows(rows, data);
                for (Map.Entry<String, String> e : meta.entrySet()) {
                    putMeta(c, e.getKey(), e.getValue());
                }
                if (inSteps) {
                    deleteMeta(c, MetaRepository.IMPORT_UNFINISHED);
                }
            } catch (SQLException | RuntimeException | Error e) {
                if (inSteps) {
                    undo(c, e);
                }
                throw e;
            }
            return null;
        });
    }

    /** Deletes what an import in steps had committed; if that fails too, the mark stays for the next opening. */
    private static void undo(Connection c, Throwable failure) {
        try {
            c.rollback();
            Store.emptyDataTables(c);
            c.commit();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void writeRows(Rows rows, Dataset data) throws SQLException {
        rows.insert("source", "INSERT INTO source (id, citation, url, accessed, note) VALUES (?, ?, ?, ?, ?)",
                data.sources(), s -> new Object[] {s.id(), s.citation(), s.url(), s.accessed(), s.note()});
        rows.insert("firm", "INSERT INTO firm (id, name, region, city, founded, origin, origin_kind, focus, status,"
                        + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.firms(), (Firm f) -> new Object[] {f.id(), f.name(), f.region(), f.city(), f.founded(),
                    f.origin(), f.originKind(), f.focus(), f.status(), blankToNull(f.sourceId()), f.verified(), f.note()});
        rows.insert("firm_event", "INSERT INTO firm_event (id, firm_id, event_year, event_month, kind, detail,"
                        + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.events(), (FirmEvent e) -> new Object[] {e.id(), e.firmId(), e.year(), e.month(), e.kind(),
                    e.detail(), blankToNull(e.sourceId()), e.verified(), e.note()});
        rows.insert("partner", "INSERT INTO partner (id, name, country, kind, source_id, verified, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                data.partners(), (Partner p) -> new Object[] {p.id(), p.name(), p.country(), p.kind(),
                    blankToNull(p.sourceId()), p.verified(), p.note()});
        rows.insert("alliance", "INSERT INTO alliance (id, firm_id, partner_id, start_year, end_year, kind, direction,"
                        + " subject, value_musd, source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.alliances(), (Alliance a) -> new Object[] {a.id(), a.firmId(), a.partnerId(), a.year(),
                    a.endYear(), a.kind(), a.direction(), a.subject(), a.valueMusd(), blankToNull(a.sourceId()),
                    a.verified(), a.note()});
        rows.insert("evidence", "INSERT INTO evidence (id, firm_id, ev_year, end_year, kind, detail, source_id,"
                        + " verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.evidence(), (Evidence x) -> new Object[] {x.id(), x.firmId(), x.year(), x.endYear(), x.kind(),
                    x.detail(), blankToNull(x.sourceId()), x.verified(), x.note()});
        rows.insert("indicator", "INSERT INTO indicator (code, dataset, name, unit, definition, source_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                data.indicators(), (Indicator i) -> new Object[] {i.code(), i.dataset(), i.name(), i.unit(),
                    i.definition(), blankToNull(i.sourceId())});
        rows.insert("indicator_value", "INSERT INTO indicator_value (code, geo, data_year, edition, val, source_id,"
                        + " verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                data.indicatorValues(), (IndicatorValue v) -> new Object[] {v.code(), v.geo(), v.year(),
                    v.edition(), v.value(), blankToNull(v.sourceId()), v.verified(), v.note()});
        rows.insert("performance_group", "INSERT INTO performance_group (geo, edition, grp, source_id, verified, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                data.performanceGroups(), (PerformanceGroup g) -> new Object[] {g.geo(), g.edition(), g.group(),
                    blankToNull(g.sourceId()), g.verified(), g.note()});
        rows.insert("policy_context", "INSERT INTO policy_context (id, name, region, start_year, end_year, kind, detail,"
                        + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.policyBands(), (PolicyBand b) -> new Object[] {b.id(), b.name(), b.region(), b.startYear(),
                    b.endYear(), b.kind(), b.detail(), blankToNull(b.sourceId()), b.verified(), b.note()});
        // the researcher's overrides, kept to the microsecond as ClassificationRepository keeps those set in the app
        rows.insert("classification", "INSERT INTO classification (firm_id, as_of_year, model, origin, rationale,"
                        + " created, withdrawn) VALUES (?, ?, ?, '" + Classification.Origin.RESEARCHER.name()
                        + "', ?, ?, ?)",
                data.overrides(), (ModelOverride o) -> new Object[] {o.firmId(), o.year(), o.model(), o.rationale(),
                    o.created().truncatedTo(ChronoUnit.MICROS),
                    o.withdrawn() == null ? null : o.withdrawn().truncatedTo(ChronoUnit.MICROS)});
        insertNotes(rows, data.notes());
    }

    /**
     * The tables that grow with a dataset do not index the source they cite (schema version 5), nor alliances
     * their partner (version 9), so the database no longer checks those references: the writer does, against the
     * rows stored and those being stored. It checks the firm of each override too, which the database would refuse
     * in words meant for programmers.
     */
    private static void checkReferences(Connection c, Dataset data) throws SQLException {
        Set<String> sources = stored(c, "source", data.sources().stream().map(Source::id));
        checkSources("alliance", data.alliances(), Alliance::id, Alliance::sourceId, sources);
        checkSources("firm_event", data.events(), FirmEvent::id, FirmEvent::sourceId, sources);
        checkSources("evidence", data.evidence(), Evidence::id, Evidence::sourceId, sources);
        Set<String> partners = stored(c, "partner", data.partners().stream().map(Partner::id));
        for (Alliance a : data.alliances()) {
            if (!partners.contains(a.partnerId())) {
                throw new SQLException(Problems.text("problem.store.unknown.partner", a.id(), a.partnerId()));
            }
        }
        if (!data.overrides().isEmpty()) {
            Set<String> firms = stored(c, "firm", data.firms().stream().map(Firm::id));
            for (ModelOverride o : data.overrides()) {
                if (!firms.contains(o.firmId())) {
                    throw new SQLException(Problems.text("problem.store.unknown.firm", o.year(), o.firmId()));
                }
            }
        }
    }

    /** The ids of a table's rows, stored and about to be. */
    private static Set<String> stored(Connection c, String table, Stream<String> coming) throws SQLException {
        Set<String> ids = new HashSet<>(Jdbc.query(c, "SELECT id FROM " + table, rs -> rs.getString(1)));
        coming.forEach(ids::add);
        return ids;
    }

    private static <T> void checkSources(String table, List<T> rows, Function<T, String> id,
                                         Function<T, String> source, Set<String> known) throws SQLException {
        for (T row : rows) {
            String s = blankToNull(source.apply(row));
            if (s != null && !known.contains(s)) {
                throw new SQLException(Problems.text("problem.store.unknown.source", table, id.apply(row), s));
            }
        }
    }

    /** The batched inserts of one dataset: its connection, whether it commits each batch, and its progress. */
    private static final class Rows {
        private final Connection c;
        private final boolean commitEachBatch;
        private final Progress progress;
        private final long total;
        private long done;

        Rows(Connection c, boolean commitEachBatch, Progress progress, long total) {
            this.c = c;
            this.commitEachBatch = commitEachBatch;
            this.progress = progress;
            this.total = total;
        }

        <T> void insert(String table, String sql, List<T> rows, Binder<T> binder) throws SQLException {
            insert(table, sql, rows, binder, true);
        }

        /** Inserts the rows by batches; {@code counted} rows advance the progress (the dataset's own rows do). */
        <T> void insert(String table, String sql, List<T> rows, Binder<T> binder, boolean counted)
                throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    Jdbc.bind(ps, binder.values(row));
                    ps.addBatch();
                    if (++pending == BATCH) {
                        execute(ps);
                        pending = 0;
                    }
                    if (counted && ++done % BATCH == 0) {
                        progress.update(done, total, Problems.text("problem.progress.storing", table));
                    }
                }
                if (pending > 0) {
                    execute(ps);
                }
            }
            if (counted) {
                progress.update(done, total, Problems.text("problem.progress.stored", table));
            }
        }

        private void execute(PreparedStatement ps) throws SQLException {
            ps.executeBatch();
            if (commitEachBatch) {
                c.commit();
            }
        }
    }

    /** Notes get their numbers from the database; their links and tags then find them by their dataset key. */
    private static void insertNotes(Rows rows, List<Note> notes) throws SQLException {
        if (notes.isEmpty()) {
            return;
        }
        rows.insert("note", "INSERT INTO note (ext_id, created, updated, title, body, source_id, interview_date,"
                        + " interviewee, interviewee_role, organisation, consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                notes, (Note n) -> new Object[] {n.key(), n.created(), n.updated(), n.title(), n.body(),
                    blankToNull(n.sourceId()), n.interview().date(), n.interview().interviewee(), n.interview().role(),
                    n.interview().organisation(), n.interview().consent()});
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = rows.c.prepareStatement("SELECT id, ext_id FROM note WHERE ext_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        List<Object[]> links = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (Note n : notes) {
            Long id = ids.get(n.key());
            n.firmIds().forEach(f -> links.add(new Object[] {id, f, null, null}));
            n.allianceIds().forEach(a -> links.add(new Object[] {id, null, a, null}));
            n.partnerIds().forEach(p -> links.add(new Object[] {id, null, null, p}));
            n.tags().forEach(t -> tags.add(new Object[] {id, t}));
        }
        rows.insert("note_link", "INSERT INTO note_link (note_id, firm_id, alliance_id, partner_id) VALUES (?, ?, ?, ?)",
                links, row -> row, false);
        rows.insert("note_tag", "INSERT INTO note_tag (note_id, tag) VALUES (?, ?)", tags, row -> row, false);
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        Jdbc.update(c, "MERGE INTO app_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)", key, value);
    }

    static void deleteMeta(Connection c, String key) throws SQLException {
        Jdbc.update(c, "DELETE FROM app_meta WHERE meta_key = ?", key);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
