package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Problems;

/**
 * Field notes with their interview, links and tags. A note is saved whole, in one transaction, each time it is
 * written; a deleted note is kept with the time of its deletion, so that the deletion can be undone.
 */
public final class NoteRepository {
    private final Store store;

    NoteRepository(Store store) {
        this.store = store;
    }

    /** Every note not deleted, the most recently changed first. */
    public List<Note> all() {
        return store.read(c -> notes(c, "deleted IS NULL", List.of()));
    }

    /** The notes linked to a firm, the most recently changed first. */
    public List<Note> forFirm(String firmId) {
        return store.read(c -> notes(c, "deleted IS NULL AND id IN (SELECT note_id FROM note_link WHERE firm_id = ?)",
                List.of(firmId)));
    }

    /** A note by its number, deleted or not. */
    public Optional<Note> byId(long id) {
        return store.read(c -> notes(c, "id = ?", List.of(id))).stream().findFirst();
    }

    /** A note by its key (deleted or not): what an import of the same note finds. */
    public Optional<Note> byKey(String key) {
        return store.read(c -> notes(c, "ext_id = ?", List.of(key))).stream().findFirst();
    }

    /** Stores a new empty note, with a key of its own, and gives it back with its number. */
    public Note create(Instant now) {
        String key = "note-" + UUID.randomUUID();
        long id = store.durably(c -> insert(c, new Note(null, key, now, now, "", "", List.of(), List.of(), null)));
        return byId(id).orElseThrow();
    }

    /** Writes a note whole: its text, interview, links and tags, in one transaction. */
    public void save(Note note) {
        store.durably(c -> {
            update(c, note);
            return null;
        });
    }

    /**
     * Stores notes read from files in one transaction: a note whose key is known replaces the stored one if it was
     * changed later, a new key is added. Returns how many were added and how many replaced.
     */
    public int[] merge(List<Note> notes) {
        return store.durably(c -> {
            int added = 0;
            int replaced = 0;
            // the stored notes' numbers and times by key, read once rather than a whole note per file
            Map<String, Object[]> known = new HashMap<>();
            for (Object[] row : Jdbc.query(c, "SELECT ext_id, id, updated FROM note WHERE ext_id IS NOT NULL",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2), Jdbc.instant(rs, "updated")})) {
                known.put((String) row[0], row);
            }
            for (Note n : notes) {
                Object[] stored = known.get(n.key());
                if (stored == null) {
                    known.put(n.key(), new Object[] {n.key(), insert(c, n), n.updated()});
                    added++;
                } else if (n.updated().isAfter((Instant) stored[2])) {
                    long id = (Long) stored[1];
                    update(c, new Note(id, n.key(), n.created(), n.updated(), n.title(), n.body(),
                            n.firmIds(), n.tags(), n.sourceId(), n.interview(), n.allianceIds(), n.partnerIds()));
                    // a file changed after the note was deleted brings it back
                    Jdbc.update(c, "UPDATE note SET deleted = NULL WHERE id = ?", id);
                    stored[2] = n.updated();
                    replaced++;
                }
            }
            return new int[] {added, replaced};
        });
    }

    /** Marks a note deleted; it is kept, and {@link #restore} brings it back. */
    public void delete(long id, Instant now) {
        store.durably(c -> {
            Jdbc.update(c, "UPDATE note SET deleted = ? WHERE id = ?", now, id);
            return null;
        });
    }

    public void restore(long id) {
        store.durably(c -> {
            Jdbc.update(c, "UPDATE note SET deleted = NULL WHERE id = ?", id);
            return null;
        });
    }

    private static long insert(Connection c, Note n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (ext_id, created, updated, title, body,"
                + " source_id) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            Jdbc.bind(ps, n.key(), n.created(), n.updated(), n.title(), n.body(), n.sourceId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                update(c, new Note(id, n.key(), n.created(), n.updated(), n.title(), n.body(), n.firmIds(), n.tags(),
                        n.sourceId(), n.interview(), n.allianceIds(), n.partnerIds()));
                return id;
            }
        }
    }

    private static void update(Connection c, Note n) throws SQLException {
        Note.Interview i = n.interview();
        int changed = Jdbc.update(c, "UPDATE note SET updated = ?, title = ?, body = ?, interview_date = ?,"
                + " interviewee = ?, interviewee_role = ?, organisation = ?, consent = ? WHERE id = ?",
                n.updated(), n.title(), n.body(), i.date(), i.interviewee(), i.role(), i.organisation(), i.consent(),
                n.id());
        if (changed != 1) {
            throw new SQLException(Problems.text("problem.store.no.note", n.id()));
        }
        Jdbc.update(c, "DELETE FROM note_link WHERE note_id = ?", n.id());
        Jdbc.update(c, "DELETE FROM note_tag WHERE note_id = ?", n.id());
        link(c, n.id(), "firm_id", n.firmIds());
        link(c, n.id(), "alliance_id", n.allianceIds());
        link(c, n.id(), "partner_id", n.partnerIds());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_tag (note_id, tag) VALUES (?, ?)")) {
            for (String tag : new java.util.LinkedHashSet<>(n.tags())) {
                Jdbc.bind(ps, n.id(), tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void link(Connection c, long noteId, String column, List<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_link (note_id, " + column + ") VALUES (?, ?)")) {
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                Jdbc.bind(ps, noteId, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The notes the condition picks, with the links and tags of those notes only. */
    private static List<Note> notes(Connection c, String where, List<Object> params) throws SQLException {
        Map<Long, List<String>> firms = grouped(c, "note_link", "firm_id", where, params);
        Map<Long, List<String>> alliances = grouped(c, "note_link", "alliance_id", where, params);
        Map<Long, List<String>> partners = grouped(c, "note_link", "partner_id", where, params);
        Map<Long, List<String>> tags = grouped(c, "note_tag", "tag", where, params);
        return Jdbc.query(c, "SELECT * FROM note WHERE " + where + " ORDER BY updated DESC, id", rs -> {
            long id = rs.getLong("id");
            Date date = rs.getDate("interview_date");
            Object consent = rs.getObject("consent");
            Note.Interview interview = new Note.Interview(date == null ? null : date.toLocalDate(),
                    rs.getString("interviewee"), rs.getString("interviewee_role"), rs.getString("organisation"),
                    consent == null ? null : rs.getBoolean("consent"));
            return new Note(id, rs.getString("ext_id"), Jdbc.instant(rs, "created"), Jdbc.instant(rs, "updated"),
                    rs.getString("title"), rs.getString("body"), firms.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, List.of()), rs.getString("source_id"), interview,
                    alliances.getOrDefault(id, List.of()), partners.getOrDefault(id, List.of()));
        }, params.toArray());
    }

    /** A column of a table that hangs off the notes, by note, for the notes the condition picks. */
    private static Map<Long, List<String>> grouped(Connection c, String table, String column, String where,
                                                   List<Object> params) throws SQLException {
        Map<Long, List<String>> byNote = new HashMap<>();
        for (Object[] row : Jdbc.query(c, "SELECT note_id, " + column + " FROM " + table + " WHERE " + column
                + " IS NOT NULL AND note_id IN (SELECT id FROM note WHERE " + where + ") ORDER BY " + column,
                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, params.toArray())) {
            byNote.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byNote;
    }
}
