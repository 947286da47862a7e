package be.bioregions.explorer.store;

import java.nio.file.Path;

/** Run in a separate JVM by the tests: opens a database, says "holding", and keeps it open until stdin closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            store.counts();
            try (var c = store.connection()) {
                System.out.println("holding");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the test to close our stdin
                }
            }
        }
    }
}
