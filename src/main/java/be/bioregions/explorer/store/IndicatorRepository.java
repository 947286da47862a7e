package be.bioregions.explorer.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.PerformanceGroup;

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
                "SELECT * FROM indicator_value WHERE code = ? ORDER BY geo, data_year NULLS LAST, edition",
                IndicatorRepository::mapValue, code));
    }

    /** Every value of every indicator, by indicator, place, year (undated last) and edition. */
    public List<IndicatorValue> allValues() {
        return store.read(c -> Jdbc.query(c,
                "SELECT * FROM indicator_value ORDER BY code, geo, data_year NULLS LAST, edition",
                IndicatorRepository::mapValue));
    }

    /** The performance groups of every edition, by region and edition. */
    public List<PerformanceGroup> groups() {
        return store.read(c -> Jdbc.query(c, "SELECT * FROM performance_group ORDER BY geo, edition",
                rs -> new PerformanceGroup(rs.getString("geo"), rs.getString("edition"), rs.getString("grp"),
                        rs.getString("source_id"), rs.getBoolean("verified"), rs.getString("note"))));
    }

    static Indicator mapIndicator(ResultSet rs) throws SQLException {
        return new Indicator(rs.getString("code"), IndicatorDataset.valueOf(rs.getString("dataset")),
                rs.getString("name"), rs.getString("unit"), rs.getString("definition"), rs.getString("source_id"));
    }

    static IndicatorValue mapValue(ResultSet rs) throws SQLException {
        return new IndicatorValue(rs.getString("code"), rs.getString("geo"), Jdbc.intOrNull(rs, "data_year"),
                rs.getString("edition"), Jdbc.doubleOrNull(rs, "val"), rs.getString("source_id"),
                rs.getBoolean("verified"), rs.getString("note"));
    }
}
