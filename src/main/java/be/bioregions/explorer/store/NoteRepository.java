package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.Note;

/** Reads field notes with their firm links and tags. */
public final class NoteRepository {
    private final Store store;

    NoteRepository(Store store) {
        this.store = store;
    }

    /** Every note, the most recently changed first. */
    public List<Note> all() {
        return store.read(c -> {
            Map<Long, List<String>> firms = grouped(c, "SELECT note_id, firm_id FROM note_link WHERE firm_id IS NOT NULL ORDER BY firm_id");
            Map<Long, List<String>> tags = grouped(c, "SELECT note_id, tag FROM note_tag ORDER BY tag");
            return Jdbc.query(c, "SELECT * FROM note ORDER BY updated DESC, id", rs -> {
                long id = rs.getLong("id");
                return new Note(id, rs.getString("ext_id"), Jdbc.instant(rs, "created"), Jdbc.instant(rs, "updated"),
                        rs.getString("title"), rs.getString("body"), firms.getOrDefault(id, List.of()),
                        tags.getOrDefault(id, List.of()), rs.getString("source_id"));
            });
        });
    }

    private static Map<Long, List<String>> grouped(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> byNote = new HashMap<>();
        for (Object[] row : Jdbc.query(c, sql, rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            byNote.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byNote;
    }
}
