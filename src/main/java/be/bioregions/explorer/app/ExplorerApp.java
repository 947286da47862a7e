package be.bioregions.explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.CsvDatasetWriter;
import be.bioregions.explorer.io.SyntheticDataset;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.store.DataPaths;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.FirstFrame;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The application: shows the main window at once, then opens the database (migrating it, and loading the sample
 * data on the first start) in the background while the status bar shows progress.
 */
public class ExplorerApp extends Application {
    private final Status status = new Status();
    private Background background;
    private MainWindowController window;
    private volatile Store store;

    public static void main(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (cl.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (cl.syntheticFirms() != null) {
            System.exit(generate(cl));
        }
        if (cl.lang() != null) {
            Languages.forThisRun(cl.lang());
        }
        if (cl.exportView() != null) {
            System.exit(FigureExporter.run(cl));
        }
        if (cl.importPath() != null || cl.exportPath() != null) {
            // the messages follow the interface's language, as they would in the window
            java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, Languages.locale());
            System.exit(DataCommands.run(cl, System.out, System.err));
        }
        openEarly(DataPaths.resolve(cl.db()));
        launch(ExplorerApp.class, args);
        System.exit(0);
    }

    /**
     * Starts opening the database before JavaFX starts: the two take about as long as each other and run side by
     * side on two cores, so the first view gets its data sooner. {@link #start} picks the store up, or reports
     * the failure as it would have reported its own.
     */
    private static void openEarly(Path dbFile) {
        CompletableFuture<Store> store = new CompletableFuture<>();
        EARLY.set(new EarlyStore(dbFile, store));
        Thread t = new Thread(() -> {
            Store opened;
            try {
                opened = Store.open(dbFile);
            } catch (Throwable e) {
                store.completeExceptionally(e);
                return;
            }
            store.complete(opened);
        }, "open-database");
        t.setDaemon(true);
        t.start();
    }

    /** A database being opened for {@code file} since the process started. */
    private record EarlyStore(Path file, CompletableFuture<Store> store) {
    }

    private static final AtomicReference<EarlyStore> EARLY = new AtomicReference<>();

    /** The store for {@code dbFile}: the one opened early when it is for that file, else opened now. */
    private static Store openStore(Path dbFile) {
        EarlyStore e = EARLY.getAndSet(null);
        if (e != null && !e.file().equals(dbFile)) {
            e.store().thenAccept(Store::close); // opened for nothing: let go of the file
            e = null;
        }
        if (e == null) {
            return Store.open(dbFile);
        }
        try {
            return e.store().join();
        } catch (java.util.concurrent.CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw failed;
        }
    }

    /** Writes a synthetic dataset; 0 when written, 1 when the folder cannot be written. */
    private static int generate(CommandLine cl) {
        try {
            Dataset d = SyntheticDataset.generate(cl.syntheticFirms(), cl.seed());
            new CsvDatasetWriter().write(d, cl.out());
            System.out.println("Wrote " + d.firms().size() + " firms, " + d.events().size() + " events, "
                    + d.partners().size() + " partners, " + d.alliances().size() + " alliances, "
                    + d.evidence().size() + " evidence rows and " + d.notes().size() + " notes to "
                    + cl.out().toAbsolutePath());
            return 0;
        } catch (IOException e) {
            System.err.println("Could not write the synthetic dataset to " + cl.out().toAbsolutePath() + ": " + e);
            return 1;
        }
    }

    /**
     * The interface's texts in the chosen language. English is the base bundle: without the "no fallback" control a
     * language without a bundle of its own (or English chosen on a Dutch system) would get the machine's language.
     */
    public static ResourceBundle texts() {
        return ResourceBundle.getBundle("i18n.messages", Languages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String stylesheet() {
        return ExplorerApp.class.getResource("/be/bioregions/explorer/app/explorer.css").toExternalForm();
    }

    @Override
    public void start(Stage stage) throws IOException {
        CommandLine cl = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        if (cl.lang() != null) {
            Languages.forThisRun(cl.lang());
        }
        // dates and numbers follow the interface's language
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, Languages.locale());
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, Languages.locale());
        ResourceBundle texts = texts();
        be.bioregions.explorer.ui.Facts.useTexts(texts);
        background = new Background(status);
        window = new MainWindowController(texts, status);
        FXMLLoader loader = new FXMLLoader(ExplorerApp.class.getResource("/be/bioregions/explorer/app/MainWindow.fxml"), texts);
        loader.setControllerFactory(type -> window);
        Parent root = loader.load();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(stylesheet());
        stage.setTitle(texts.getString("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
        stage.centerOnScreen();

        Path dbFile = DataPaths.resolve(cl.db());
        window.showStartupMessage(String.format(texts.getString("status.opening"), dbFile));
        background.run(String.format(texts.getString("status.opening"), dbFile), reporter -> {
            Store opened = openStore(dbFile);
            store = opened;
            DatasetImporter importer = new DatasetImporter(opened);
            if (importer.isFirstStart()) {
                reporter.update(0, 1, texts.getString("status.sample.loading"));
                Progress progress = reporter::update;
                importer.loadSampleDataOnFirstStart(progress);
            }
            return opened.counts();
        }, counts -> {
            be.bioregions.explorer.edit.Editing editing = new be.bioregions.explorer.edit.Editing(store, background,
                    texts, status);
            editing.onChanged(window::dataChanged);
            window.attach(new ViewContext(store, background, texts, url -> getHostServices().showDocument(url),
                    editing));
            if (Boolean.getBoolean(FirstFrame.EXIT_PROPERTY)) {
                window.firstViewReady().thenRun(() -> Platform.runLater(() ->
                        FirstFrame.after(scene, FirstFrame::reportAndExit)));
            }
            String ready = String.format(texts.getString("status.ready"), store.file(), counts.get("firm"),
                    counts.get("firm_event"), counts.get("alliance"));
            status.show(store.interruptedImport().map(said -> said + " " + ready).orElse(ready));
        }).exceptionally(e -> {
            Throwable cause = Background.cause(e);
            Platform.runLater(() -> window.fail(cause.getMessage()));
            return null;
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.flushAll();
        }
        if (background != null) {
            background.shutdown();
        }
        if (store != null) {
            store.close();
        }
    }
}
