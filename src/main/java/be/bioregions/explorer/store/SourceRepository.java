package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import be.bioregions.explorer.domain.Source;

/** Reads the sources that facts cite. */
public final class SourceRepository {
    private final Store store;

    SourceRepository(Store store) {
        this.store = store;
    }

    public List<Source> all() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM source ORDER BY id", SourceRepository::map));
    }

    public Optional<Source> byId(String id) {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM source WHERE id = ?", SourceRepository::map, id))
                .stream().findFirst();
    }

    static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getString("id"), rs.getString("citation"), rs.getString("url"),
                Jdbc.date(rs, "accessed"), rs.getString("note"));
    }
}
