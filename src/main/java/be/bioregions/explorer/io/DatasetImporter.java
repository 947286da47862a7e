package be.bioregions.explorer.io;

import java.time.LocalDate;
import java.util.Map;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.MetaRepository;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/** Imports a dataset into the store: read and check every file first, then store all of it in one transaction. */
public final class DatasetImporter {
    private static final long HALF = 500;
    private final Store store;

    public DatasetImporter(Store store) {
        this.store = store;
    }

    /**
     * Imports the CSV files of a folder.
     *
     * @throws ImportException naming file, line and column when a file is malformed; nothing is stored then
     */
    public Dataset importFolder(CsvFolder folder, Progress progress) throws ImportException {
        return importFolder(folder, Map.of(), progress);
    }

    private Dataset importFolder(CsvFolder folder, Map<String, String> meta, Progress progress) throws ImportException {
        // reading fills the first half of the progress bar, storing the second
        Dataset data = new CsvDatasetReader().read(folder, (done, total, message) ->
                progress.update(HALF * done / Math.max(1, total), 2 * HALF, message));
        try {
            store.datasetWriter().write(data, meta, (done, total, message) ->
                    progress.update(HALF + HALF * done / Math.max(1, total), 2 * HALF, message));
        } catch (StoreException e) {
            throw new ImportException(folder.describe(""), 0, null,
                    Problems.text("problem.import.refused", e.getMessage()));
        }
        progress.update(1, 1, Problems.text("problem.progress.imported", data.firms().size(), data.events().size(),
                data.alliances().size()));
        return data;
    }

    /** True when this database has never received the sample data and holds no firms. */
    public boolean isFirstStart() {
        return store.meta().get(MetaRepository.SAMPLE_DATA_LOADED).isEmpty() && store.counts().get("firm") == 0;
    }

    /**
     * On the first start, loads the dataset shipped with the application; afterwards does nothing.
     *
     * @return true when the sample data was loaded now
     */
    public boolean loadSampleDataOnFirstStart(Progress progress) throws ImportException {
        if (!isFirstStart()) {
            return false;
        }
        importFolder(CsvFolder.sampleData(), Map.of(MetaRepository.SAMPLE_DATA_LOADED, LocalDate.now().toString()),
                progress);
        return true;
    }
}
