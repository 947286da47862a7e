package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;

/** Reads the partners of the alliances. */
public final class PartnerRepository {
    private final Store store;

    PartnerRepository(Store store) {
        this.store = store;
    }

    public List<Partner> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM partner ORDER BY LOWER(name)", PartnerRepository::map));
    }

    static Partner map(ResultSet rs) throws SQLException {
        return new Partner(rs.getString("id"), rs.getString("name"), rs.getString("country"),
                PartnerKind.valueOf(rs.getString("kind")), rs.getString("source_id"), rs.getBoolean("verified"),
                rs.getString("note"));
    }
}
