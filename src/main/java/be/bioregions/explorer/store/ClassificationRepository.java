package be.bioregions.explorer.store;

import java.util.HashMap;
import java.util.Map;

import be.bioregions.explorer.domain.BusinessModel;

/** Reads the business models stored for the firms: the rules' output and the researcher's overrides. */
public final class ClassificationRepository {
    private final Store store;

    ClassificationRepository(Store store) {
        this.store = store;
    }

    /**
     * Each classified firm's most recent business model: the latest year's, and in that year the researcher's
     * choice over the rules' output. Firms never classified are absent.
     */
    public Map<String, BusinessModel> latest() {
        return store.read(c -> {
            Map<String, BusinessModel> models = new HashMap<>();
            Jdbc.query(c, "SELECT firm_id, model FROM classification ORDER BY firm_id, as_of_year,"
                            + " CASE origin WHEN 'RESEARCHER' THEN 1 ELSE 0 END, created",
                    rs -> models.put(rs.getString(1), BusinessModel.valueOf(rs.getString(2))));
            return models;
        });
    }
}
