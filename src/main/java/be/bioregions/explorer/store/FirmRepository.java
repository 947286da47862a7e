package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Region;

/** Reads firms and their events. */
public final class FirmRepository {
    private final Store store;

    FirmRepository(Store store) {
        this.store = store;
    }

    /** Every firm, by name. */
    public List<Firm> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM firm ORDER BY LOWER(name)", FirmRepository::mapFirm));
    }

    public Optional<Firm> byId(String id) {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM firm WHERE id = ?", FirmRepository::mapFirm, id))
                .stream().findFirst();
    }

    /** A firm's events in time order. */
    public List<FirmEvent> events(String firmId) {
        return store.read(c -> Jdbc.query(c,
                "SELECT * FROM firm_event WHERE firm_id = ? ORDER BY event_year, COALESCE(event_month, 0), id",
                FirmRepository::mapEvent, firmId));
    }

    /** Every firm's events, by firm and in time order. */
    public List<FirmEvent> allEvents() {
        return store.read(c -> Jdbc.query(c,
                "SELECT * FROM firm_event ORDER BY firm_id, event_year, COALESCE(event_month, 0), id",
                FirmRepository::mapEvent));
    }

    /** A firm's business-model evidence in time order. */
    public List<Evidence> evidence(String firmId) {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM evidence WHERE firm_id = ? ORDER BY ev_year, id",
                FirmRepository::mapEvidence, firmId));
    }

    /** Every firm's business-model evidence, by firm and in time order. */
    public List<Evidence> allEvidence() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM evidence ORDER BY firm_id, ev_year, id",
                FirmRepository::mapEvidence));
    }

    static Evidence mapEvidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getString("id"), rs.getString("firm_id"), rs.getInt("ev_year"),
                Jdbc.intOrNull(rs, "end_year"), EvidenceKind.valueOf(rs.getString("kind")), rs.getString("detail"),
                rs.getString("source_id"),
                rs.getBoolean("verified"), rs.getString("note"));
    }

    static Firm mapFirm(ResultSet rs) throws SQLException {
        return new Firm(rs.getString("id"), rs.getString("name"), Region.valueOf(rs.getString("region")),
                rs.getString("city"), rs.getInt("founded"), rs.getString("origin"),
                Jdbc.enumOrNull(OriginKind.class, rs.getString("origin_kind")), rs.getString("focus"),
                rs.getString("status"), rs.getString("source_id"), rs.getBoolean("verified"), rs.getString("note"));
    }

    static FirmEvent mapEvent(ResultSet rs) throws SQLException {
        return new FirmEvent(rs.getString("id"), rs.getString("firm_id"), rs.getInt("event_year"),
                Jdbc.intOrNull(rs, "event_month"), EventKind.valueOf(rs.getString("kind")), rs.getString("detail"),
                rs.getString("source_id"), rs.getBoolean("verified"), rs.getString("note"));
    }
}
