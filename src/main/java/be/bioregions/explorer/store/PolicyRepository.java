package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.PolicyKind;
import be.bioregions.explorer.domain.Region;

/** Reads the policy context: the programmes and bodies drawn behind the timeline. */
public final class PolicyRepository {
    private final Store store;

    PolicyRepository(Store store) {
        this.store = store;
    }

    /** Every band, in time order. */
    public List<PolicyBand> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM policy_context ORDER BY start_year, id",
                PolicyRepository::map));
    }

    static PolicyBand map(ResultSet rs) throws SQLException {
        return new PolicyBand(rs.getString("id"), rs.getString("name"),
                Jdbc.enumOrNull(Region.class, rs.getString("region")), rs.getInt("start_year"),
                Jdbc.intOrNull(rs, "end_year"), PolicyKind.valueOf(rs.getString("kind")), rs.getString("detail"),
                rs.getString("source_id"), rs.getBoolean("verified"), rs.getString("note"));
    }
}
