package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;

/**
 * The File menu's import as the researcher sees it: the preview counts the rows per table and lists each change
 * with the value stored and the file's; Import writes them and tells the views; a broken file is explained, and
 * nothing changes.
 */
class DataTransferTest extends FxRobot {
    @TempDir
    Path dir;
    private Store store;
    private Path folder;
    private Background background;
    private DataTransfer transfer;
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicReference<String> status = new AtomicReference<>();
    private Locale display;

    @BeforeEach
    void open() throws Exception {
        display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        store = Store.open(dir.resolve("db"));
        new DatasetImporter(store).importFolder(CsvFolder.sampleData(), Progress.NONE);
        folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
        FxToolkit.registerPrimaryStage();
        background = new Background(new Status());
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        transfer = new DataTransfer(new ViewContext(store, background, texts, url -> { }), null,
                changed::incrementAndGet, status::set);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        store.close();
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane pane(String id) {
        return lookup("#" + id).queryAll().stream().filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private Button button(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    @Test
    void thePreviewCountsAndListsTheChangesAndImportWritesThem() throws Exception {
        SampleFolder.setField(folder.resolve("firms.csv"), 0, "city", "Previewed City");
        interact(() -> transfer.importFrom(folder));
        waitFor("the preview", () -> pane("transfer-preview") != null);
        DialogPane preview = pane("transfer-preview");
        assertTrue(preview.getHeaderText().startsWith("0 to add, 1 to change, 0 in conflict"),
                preview.getHeaderText());
        @SuppressWarnings("unchecked")
        TableView<DatasetMerge.Table> counts = (TableView<DatasetMerge.Table>) preview.lookup("#transfer-counts");
        assertTrue(counts.getItems().stream().anyMatch(t -> t.name().equals("firm") && t.changed() == 1));
        @SuppressWarnings("unchecked")
        TableView<DataTransfer.Line> rows = (TableView<DataTransfer.Line>) preview.lookup("#transfer-rows");
        List<DataTransfer.Line> lines = rows.getItems();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("city", lines.get(0).field());
        assertEquals("Previewed City", lines.get(0).incoming());
        assertNull(preview.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OTHER)
                .findFirst().orElse(null), "no conflict, so no choice of versions");

        interact(() -> button(preview, ButtonBar.ButtonData.OK_DONE).fire());
        waitFor("the views told", () -> changed.get() == 1);
        assertTrue(status.get().contains("1 changed"), status.get());
        assertTrue(store.firms().all().stream().anyMatch(f -> "Previewed City".equals(f.city())));
    }

    @Test
    void cancellingWritesNothing() throws Exception {
        SampleFolder.setField(folder.resolve("firms.csv"), 0, "city", "Never Written");
        String before = store.checksum();
        interact(() -> transfer.importFrom(folder));
        waitFor("the preview", () -> pane("transfer-preview") != null);
        DialogPane preview = pane("transfer-preview");
        interact(() -> button(preview, ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        WaitForAsyncUtils.waitForFxEvents();
        // an import wrongly started in the background would have written by now
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, store.checksum());
        assertEquals(0, changed.get());
    }

    @Test
    void aBrokenFileIsExplainedAndChangesNothing() throws Exception {
        int line = SampleFolder.setField(folder.resolve("events.csv"), 3, "year", "20016");
        String before = store.checksum();
        interact(() -> transfer.importFrom(folder));
        waitFor("the refusal", () -> pane("transfer-refusal") != null);
        String message = pane("transfer-refusal").getContentText();
        assertTrue(message.contains("events.csv") && message.contains("line " + line) && message.contains("\"year\""),
                message);
        assertFalse(pane("transfer-refusal").getHeaderText().isEmpty());
        assertEquals(before, store.checksum());
        assertEquals(0, changed.get());
        Node preview = pane("transfer-preview");
        assertNull(preview);
    }

    @Test
    void theWholeDatabaseIsExported() throws Exception {
        Path bundle = dir.resolve("all.json");
        interact(() -> transfer.exportTo(bundle));
        waitFor("the export", () -> status.get() != null);
        assertTrue(status.get().startsWith("Wrote the whole database to"), status.get());
        assertTrue(new DatasetExchange(store).plan(bundle, Progress.NONE).nothingToDo());
    }
}
