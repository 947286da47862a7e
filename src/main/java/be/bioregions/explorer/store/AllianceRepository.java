package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Direction;

/** Reads alliances. */
public final class AllianceRepository {
    private final Store store;

    AllianceRepository(Store store) {
        this.store = store;
    }

    public List<Alliance> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM alliance ORDER BY start_year, id", AllianceRepository::map));
    }

    /** A firm's alliances in time order. */
    public List<Alliance> forFirm(String firmId) {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM alliance WHERE firm_id = ? ORDER BY start_year, id",
                AllianceRepository::map, firmId));
    }

    static Alliance map(ResultSet rs) throws SQLException {
        return new Alliance(rs.getString("id"), rs.getString("firm_id"), rs.getString("partner_id"),
                rs.getInt("start_year"), Jdbc.intOrNull(rs, "end_year"), AllianceKind.valueOf(rs.getString("kind")),
                Jdbc.enumOrNull(Direction.class, rs.getString("direction")), rs.getString("subject"),
                Jdbc.decimal(rs, "value_musd"), rs.getString("source_id"), rs.getBoolean("verified"),
                rs.getString("note"));
    }
}
