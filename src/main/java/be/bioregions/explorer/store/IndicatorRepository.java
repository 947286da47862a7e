package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;

/** Reads indicators and their values. */
public final class IndicatorRepository {
    private final Store store;

    IndicatorRepository(Store store) {
        this.store = store;
    }

    public List<Indicator> indicators() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM indicator ORDER BY dataset, code", IndicatorRepository::mapIndicator));
    }

    public List<IndicatorValue> values(String code) {
        return store.read(c -> Jdbc.query(c,
                "SELECT * FROM indicator_value WHERE code = ? ORDER BY geo, data_year, edition",
                IndicatorRepository::mapValue, code));
    }

    static Indicator mapIndicator(ResultSet rs) throws SQLException {
        return new Indicator(rs.getString("code"), IndicatorDataset.valueOf(rs.getString("dataset")),
                rs.getString("name"), rs.getString("unit"), rs.getString("definition"), rs.getString("source_id"));
    }

    static IndicatorValue mapValue(ResultSet rs) throws SQLException {
        return new IndicatorValue(rs.getString("code"), rs.getString("geo"), rs.getInt("data_year"),
                rs.getString("edition"), Jdbc.doubleOrNull(rs, "val"), rs.getString("source_id"),
                rs.getBoolean("verified"), rs.getString("note"));
    }
}
