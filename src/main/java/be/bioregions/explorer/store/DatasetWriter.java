package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PerformanceGroup;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Source;

/** Writes a whole dataset in one transaction: all of it is stored, or none of it. */
public final class DatasetWriter {
    private static final int BATCH = 1000;

    private final Store store;

    DatasetWriter(Store store) {
        this.store = store;
    }

    @FunctionalInterface
    private interface Binder<T> {
        Object[] values(T row);
    }

    /**
     * Stores every row of the dataset and the given meta entries, in one transaction.
     *
     * @throws StoreException when the database refuses a row; nothing is stored then
     */
    public void write(Dataset data, Map<String, String> meta, Progress progress) {
        long total = data.rowCount();
        long[] done = {0};
        store.transaction(c -> {
            checkSourceReferences(c, data);
            insert(c, "source", "INSERT INTO source (id, citation, url, accessed, note) VALUES (?, ?, ?, ?, ?)",
                    data.sources(), s -> new Object[] {s.id(), s.citation(), s.url(), s.accessed(), s.note()},
                    progress, done, total);
            insert(c, "firm", "INSERT INTO firm (id, name, region, city, founded, origin, origin_kind, focus, status,"
                            + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.firms(), (Firm f) -> new Object[] {f.id(), f.name(), f.region(), f.city(), f.founded(),
                        f.origin(), f.originKind(), f.focus(), f.status(), blankToNull(f.sourceId()), f.verified(), f.note()},
                    progress, done, total);
            insert(c, "firm_event", "INSERT INTO firm_event (id, firm_id, event_year, event_month, kind, detail,"
                            + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.events(), (FirmEvent e) -> new Object[] {e.id(), e.firmId(), e.year(), e.month(), e.kind(),
                        e.detail(), blankToNull(e.sourceId()), e.verified(), e.note()},
                    progress, done, total);
            insert(c, "partner", "INSERT INTO partner (id, name, country, kind, source_id, verified, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    data.partners(), (Partner p) -> new Object[] {p.id(), p.name(), p.country(), p.kind(),
                        blankToNull(p.sourceId()), p.verified(), p.note()},
                    progress, done, total);
            insert(c, "alliance", "INSERT INTO alliance (id, firm_id, partner_id, start_year, end_year, kind, direction,"
                            + " subject, value_musd, source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.alliances(), (Alliance a) -> new Object[] {a.id(), a.firmId(), a.partnerId(), a.year(),
                        a.endYear(), a.kind(), a.direction(), a.subject(), a.valueMusd(), blankToNull(a.sourceId()),
                        a.verified(), a.note()},
                    progress, done, total);
            insert(c, "evidence", "INSERT INTO evidence (id, firm_id, ev_year, end_year, kind, detail, source_id,"
                            + " verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.evidence(), (Evidence x) -> new Object[] {x.id(), x.firmId(), x.year(), x.endYear(), x.kind(),
                        x.detail(),
                        blankToNull(x.sourceId()), x.verified(), x.note()},
                    progress, done, total);
            insert(c, "indicator", "INSERT INTO indicator (code, dataset, name, unit, definition, source_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    data.indicators(), (Indicator i) -> new Object[] {i.code(), i.dataset(), i.name(), i.unit(),
                        i.definition(), blankToNull(i.sourceId())},
                    progress, done, total);
            insert(c, "indicator_value", "INSERT INTO indicator_value (code, geo, data_year, edition, val, source_id,"
                            + " verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    data.indicatorValues(), (IndicatorValue v) -> new Object[] {v.code(), v.geo(), v.year(),
                        v.edition(), v.value(), blankToNull(v.sourceId()), v.verified(), v.note()},
                    progress, done, total);
            insert(c, "performance_group", "INSERT INTO performance_group (geo, edition, grp, source_id, verified, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    data.performanceGroups(), (PerformanceGroup g) -> new Object[] {g.geo(), g.edition(), g.group(),
                        blankToNull(g.sourceId()), g.verified(), g.note()},
                    progress, done, total);
            insert(c, "policy_context", "INSERT INTO policy_context (id, name, region, start_year, end_year, kind, detail,"
                            + " source_id, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.policyBands(), (PolicyBand b) -> new Object[] {b.id(), b.name(), b.region(), b.startYear(),
                        b.endYear(), b.kind(), b.detail(), blankToNull(b.sourceId()), b.verified(), b.note()},
                    progress, done, total);
            insertNotes(c, data.notes(), progress, done, total);
            for (Map.Entry<String, String> e : meta.entrySet()) {
                putMeta(c, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    /**
     * The tables that grow with a dataset do not index the source they cite (schema version 5), so the database
     * no longer checks those references: the writer does, against the sources stored and those being stored.
     */
    private static void checkSourceReferences(Connection c, Dataset data) throws SQLException {
        Set<String> known = new HashSet<>();
        data.sources().forEach(s -> known.add(s.id()));
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM source"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        checkSources("alliance", data.alliances(), Alliance::id, Alliance::sourceId, known);
        checkSources("firm_event", data.events(), FirmEvent::id, FirmEvent::sourceId, known);
        checkSources("evidence", data.evidence(), Evidence::id, Evidence::sourceId, known);
    }

    private static <T> void checkSources(String table, List<T> rows, Function<T, String> id,
                                         Function<T, String> source, Set<String> known) throws SQLException {
        for (T row : rows) {
            String s = blankToNull(source.apply(row));
            if (s != null && !known.contains(s)) {
                throw new SQLException(table + " " + id.apply(row) + " cites the source \"" + s
                        + "\", which is not in the database");
            }
        }
    }

    private static <T> void insert(Connection c, String table, String sql, List<T> rows, Binder<T> binder,
                                   Progress progress, long[] done, long total) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                Jdbc.bind(ps, binder.values(row));
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
                done[0]++;
                if (done[0] % BATCH == 0) {
                    progress.update(done[0], total, "Storing " + table);
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        progress.update(done[0], total, "Stored " + table);
    }

    /** Notes get their numbers from the database; their links and tags then find them by their dataset key. */
    private static void insertNotes(Connection c, List<Note> notes, Progress progress, long[] done, long total)
            throws SQLException {
        if (notes.isEmpty()) {
            return;
        }
        insert(c, "note", "INSERT INTO note (ext_id, created, updated, title, body, source_id) VALUES (?, ?, ?, ?, ?, ?)",
                notes, (Note n) -> new Object[] {n.key(), n.created(), n.updated(),
                    n.title(), n.body(), blankToNull(n.sourceId())},
                progress, done, total);
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, ext_id FROM note WHERE ext_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        List<Object[]> links = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (Note n : notes) {
            Long id = ids.get(n.key());
            n.firmIds().forEach(f -> links.add(new Object[] {id, f}));
            n.tags().forEach(t -> tags.add(new Object[] {id, t}));
        }
        long[] none = {0};
        insert(c, "note_link", "INSERT INTO note_link (note_id, firm_id) VALUES (?, ?)", links, row -> row,
                Progress.NONE, none, links.size());
        insert(c, "note_tag", "INSERT INTO note_tag (note_id, tag) VALUES (?, ?)", tags, row -> row,
                Progress.NONE, none, tags.size());
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            Jdbc.bind(ps, key, value);
            ps.executeUpdate();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
