package be.bioregions.explorer.store;

import java.util.Optional;

/** Small facts about the database itself (for example whether the sample data was loaded). */
public final class MetaRepository {
    public static final String SAMPLE_DATA_LOADED = "sample_data_loaded";
    /** Present while an import into an empty database is being written in steps: when it began. */
    public static final String IMPORT_UNFINISHED = "import_unfinished";

    private final Store store;

    MetaRepository(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.read(c -> Jdbc.query(c, "SELECT meta_value FROM app_meta WHERE meta_key = ?",
                rs -> rs.getString(1), key)).stream().findFirst();
    }

    public void put(String key, String value) {
        store.transaction(c -> {
            DatasetWriter.putMeta(c, key, value);
            return null;
        });
    }
}
