package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.Store;

/** A file's problem reads in the interface's language, and still names the file and the column as they are. */
class ProblemsLanguageTest {
    @TempDir
    Path dir;
    private Locale display;

    @BeforeEach
    void inBelgianFrench() {
        display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag("fr-BE"));
    }

    @AfterEach
    void restoreTheLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    @Test
    void aBadYearIsExplainedInFrench() throws Exception {
        Path folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
        Path firms = folder.resolve("firms.csv");
        int line = SampleFolder.setField(firms, 2, "founded", "19x9");
        try (Store store = Store.open(dir.resolve("db"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> new DatasetImporter(store).importFolder(CsvFolder.of(folder), Progress.NONE));
            assertEquals(line, e.line());
            assertEquals("founded", e.column());
            assertTrue(e.reason().contains("19x9") && e.reason().contains("n'est pas une année à quatre chiffres"),
                    e.reason());
            String message = e.getMessage();
            assertTrue(message.startsWith(firms.toString()), message);
            assertTrue(message.contains("ligne " + line), message);
            assertTrue(message.contains("colonne") && message.contains("founded"), message);
            assertTrue(message.endsWith(e.reason()), message);
            assertFalse(message.contains(" line ") || message.contains("is not"), "no English left: " + message);
        }
    }
}
