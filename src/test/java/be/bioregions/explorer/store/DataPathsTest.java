package be.bioregions.explorer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPathsTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/me/bioregions-explorer/bioregions.mv.db"),
                DataPaths.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "/data/me"), home));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/ana/.local/share/bioregions-explorer/bioregions.mv.db"),
                DataPaths.defaultDatabase("Linux", Map.of(), home));
        // the XDG specification ignores a relative value
        assertEquals(Path.of("/home/ana/.local/share/bioregions-explorer/bioregions.mv.db"),
                DataPaths.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), home));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = Path.of("/C/Users/ana/AppData/Roaming");
        assertEquals(appData.resolve("bioregions-explorer").resolve("bioregions.mv.db"),
                DataPaths.defaultDatabase("Windows 11", Map.of("APPDATA", appData.toString()), home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/ana/Library/Application Support/bioregions-explorer/bioregions.mv.db"),
                DataPaths.defaultDatabase("Mac OS X", Map.of(), home));
    }

    @Test
    void aTypedPathBecomesTheH2File(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("thesis.mv.db"), DataPaths.normalise(dir.resolve("thesis")));
        assertEquals(dir.resolve("thesis.mv.db"), DataPaths.normalise(dir.resolve("thesis.mv.db")));
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals(folder.resolve("bioregions.mv.db"), DataPaths.normalise(folder));
    }

    @Test
    void explicitPathWinsOverTheSystemProperty(@TempDir Path dir) {
        String old = System.getProperty(DataPaths.DB_PROPERTY);
        try {
            System.setProperty(DataPaths.DB_PROPERTY, dir.resolve("from-property").toString());
            assertEquals(dir.resolve("from-property.mv.db"), DataPaths.resolve(null));
            assertEquals(dir.resolve("explicit.mv.db"), DataPaths.resolve(dir.resolve("explicit").toString()));
        } finally {
            if (old == null) {
                System.clearProperty(DataPaths.DB_PROPERTY);
            } else {
                System.setProperty(DataPaths.DB_PROPERTY, old);
            }
        }
    }
}
