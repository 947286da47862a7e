package be.bioregions.explorer.io;

import java.nio.file.Path;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.store.Store;

/**
 * Run in a separate JVM by {@link ImportInStepsTest}: imports a synthetic dataset into an empty database and,
 * once half of its rows are stored in committed steps, waits inside the import: first for longer than H2's write
 * delay (half a second by default), so that those steps are on disk and not only committed in memory, then says
 * "halfway" and waits for the test to kill it.
 */
public final class ImportUntilKilled {
    private ImportUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Dataset data = SyntheticDataset.generate(Integer.parseInt(args[1]), 7L);
        try (Store store = Store.open(Path.of(args[0]))) {
            store.datasetWriter().write(data, java.util.Map.of(), (done, total, message) -> {
                if (done * 2 >= total) {
                    try {
                        Thread.sleep(2_000);
                        System.out.println("halfway");
                        System.out.flush();
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }
}
