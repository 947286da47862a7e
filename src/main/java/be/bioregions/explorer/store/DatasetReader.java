package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.engine.Constants;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Classification;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.PerformanceGroup;

/**
 * Reads the whole database as a {@link Dataset}, the counterpart of {@link DatasetWriter}: what an export writes.
 *
 * <p>All tables are read in one transaction that sees the database as it was when it began (H2's snapshot
 * isolation), so that an edit saved meanwhile cannot leave an alliance in the export whose partner is not: an
 * export must read back without error. Rows come in a stable order, by id or by natural key, so that two exports of
 * the same data are the same files.
 *
 * <p>What a dataset does not hold is left out: the rules' business models (computed again from the evidence), the
 * story of a defense, the change log, and database numbers (notes have a null id, overrides the id 0). Notes are
 * read as {@code notes.csv} holds them: key, title, body, times, linked firms, alliances and partners, tags, source
 * and interview fields. A deleted note (marked with the time of its
 * deletion, schema version 10) is left out: it is in the bin, waiting to be restored or forgotten, and a file has no
 * way to say that it is deleted, so it would come back as a live note in the database that imports the file.
 */
public final class DatasetReader {
    private static final String RESEARCHER = Classification.Origin.RESEARCHER.name();

    private final Store store;

    DatasetReader(Store store) {
        this.store = store;
    }

    /**
     * Every table a dataset holds, read at one moment.
     *
     * @throws StoreException when the database cannot be read
     */
    public Dataset read() {
        return store.read(c -> {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Constants.TRANSACTION_SNAPSHOT);
            c.setAutoCommit(false);
            try {
                return readAll(c);
            } finally {
                c.rollback(); // nothing was written; this ends the snapshot
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        });
    }

    private static Dataset readAll(Connection c) throws SQLException {
        return new Dataset(
                Jdbc.query(c, "SELECT * FROM source ORDER BY id", SourceRepository::map),
                Jdbc.query(c, "SELECT * FROM firm ORDER BY id", FirmRepository::mapFirm),
                Jdbc.query(c, "SELECT * FROM firm_event ORDER BY id", FirmRepository::mapEvent),
                Jdbc.query(c, "SELECT * FROM partner ORDER BY id", PartnerRepository::map),
                Jdbc.query(c, "SELECT * FROM alliance ORDER BY id", AllianceRepository::map),
                Jdbc.query(c, "SELECT * FROM evidence ORDER BY id", FirmRepository::mapEvidence),
                Jdbc.query(c, "SELECT * FROM indicator ORDER BY code", IndicatorRepository::mapIndicator),
                Jdbc.query(c, "SELECT * FROM indicator_value ORDER BY code, geo, data_year NULLS FIRST, edition",
                        IndicatorRepository::mapValue),
                Jdbc.query(c, "SELECT * FROM performance_group ORDER BY geo, edition",
                        rs -> new PerformanceGroup(rs.getString("geo"),
                                rs.getString("edition"), rs.getString("grp"), rs.getString("source_id"),
                                rs.getBoolean("verified"), rs.getString("note"))),
                notes(c),
                Jdbc.query(c, "SELECT * FROM policy_context ORDER BY id", PolicyRepository::map),
                overrides(c));
    }

    /** The notes not deleted, by key, with their linked firms and tags in alphabetical order. */
    private static List<Note> notes(Connection c) throws SQLException {
        Map<Long, List<String>> firms = byNote(c, "SELECT l.note_id, l.firm_id FROM note_link l JOIN note n"
                + " ON n.id = l.note_id WHERE n.deleted IS NULL AND l.firm_id IS NOT NULL ORDER BY l.firm_id");
        Map<Long, List<String>> alliances = byNote(c, "SELECT l.note_id, l.alliance_id FROM note_link l JOIN note n"
                + " ON n.id = l.note_id WHERE n.deleted IS NULL AND l.alliance_id IS NOT NULL ORDER BY l.alliance_id");
        Map<Long, List<String>> partners = byNote(c, "SELECT l.note_id, l.partner_id FROM note_link l JOIN note n"
                + " ON n.id = l.note_id WHERE n.deleted IS NULL AND l.partner_id IS NOT NULL ORDER BY l.partner_id");
        Map<Long, List<String>> tags = byNote(c, "SELECT t.note_id, t.tag FROM note_tag t JOIN note n"
                + " ON n.id = t.note_id WHERE n.deleted IS NULL ORDER BY t.tag");
        return Jdbc.query(c, "SELECT id, ext_id, created, updated, title, body, source_id, interview_date, interviewee,"
                + " interviewee_role, organisation, consent FROM note WHERE deleted IS NULL ORDER BY ext_id, id", rs -> {
                    long id = rs.getLong("id");
                    String key = rs.getString("ext_id");
                    boolean given = rs.getBoolean("consent");
                    Boolean consent = rs.wasNull() ? null : given;
                    Note.Interview interview = new Note.Interview(Jdbc.date(rs, "interview_date"),
                            rs.getString("interviewee"), rs.getString("interviewee_role"), rs.getString("organisation"),
                            consent);
                    // every note has had a key since schema version 10; one without would still need one in a file
                    return new Note(null, key == null ? "note-" + id : key, Jdbc.instant(rs, "created"),
                            Jdbc.instant(rs, "updated"), rs.getString("title"), rs.getString("body"),
                            firms.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                            rs.getString("source_id"), interview, alliances.getOrDefault(id, List.of()),
                            partners.getOrDefault(id, List.of()));
                });
    }

    private static Map<Long, List<String>> byNote(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> byNote = new HashMap<>();
        Jdbc.query(c, sql, rs -> byNote.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return byNote;
    }

    /** The researcher's overrides, withdrawn ones included (they are the history of the decisions). */
    private static List<ModelOverride> overrides(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT firm_id, as_of_year, model, rationale, created, withdrawn FROM classification"
                + " WHERE origin = ? ORDER BY firm_id, as_of_year, created, id", rs -> {
                    String rationale = rs.getString("rationale");
                    return new ModelOverride(0, rs.getString("firm_id"), rs.getInt("as_of_year"),
                            BusinessModel.valueOf(rs.getString("model")), rationale == null ? "" : rationale,
                            Jdbc.instant(rs, "created"), Jdbc.instant(rs, "withdrawn"));
                }, RESEARCHER);
    }
}
