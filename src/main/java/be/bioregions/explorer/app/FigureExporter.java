package be.bioregions.explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.io.ImportException;
import be.bioregions.explorer.store.DataPaths;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Renders a view with the loaded data to a PNG without showing a window ({@code --export-view}), so that a thesis
 * figure can be made again from the command line.
 */
public final class FigureExporter {
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 860;
    private static final long TIMEOUT_SECONDS = 60;

    private FigureExporter() {
    }

    /** The whole command: open the store, start JavaFX without a window, render, write, stop. Returns the exit code. */
    static int run(CommandLine cl) {
        Path dbFile = DataPaths.resolve(cl.db());
        Background background = null;
        try (Store store = Store.open(dbFile)) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            startJavaFx();
            background = new Background(new Status());
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            render(context, cl.exportView(), cl.out(), cl.select(), cl.years());
            System.out.println("Wrote " + cl.out().toAbsolutePath());
            return 0;
        } catch (StoreException | ImportException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("Could not export the view " + cl.exportView() + ": " + e);
            return 1;
        } finally {
            if (background != null) {
                background.shutdown();
            }
            Platform.exit();
        }
    }

    /** Starts JavaFX without a window, unless the launcher already did (as it does for an Application main class). */
    private static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // the toolkit is running: nothing to do
        }
        Platform.setImplicitExit(false);
    }

    /** Renders a whole view: see {@link #render(ViewContext, String, Path, String, int[])}. */
    public static void render(ViewContext context, Views view, Path out, String selection, int[] years)
            throws Exception {
        render(context, view.id(), out, selection, years);
    }

    /**
     * Loads the view, waits for its data, puts it in its figure state and writes it as PNG, as SVG when the file
     * name ends in {@code .svg}, or as CSV when it ends in {@code .csv}. Call from any thread but the FX thread,
     * with JavaFX started.
     *
     * @param name a name {@code --export-view} accepts (a view, or a part of one such as "network")
     * @param years the first and last year a view with a time axis shows, or null for all
     */
    public static void render(ViewContext context, String name, Path out, String selection, int[] years)
            throws Exception {
        Views.Figure figure = Views.figure(name);
        Views view = figure.view();
        Views.Loaded loaded = onFx(() -> view.load(context));
        Scene scene = onFx(() -> {
            Scene s = new Scene(loaded.root(), WIDTH, HEIGHT);
            s.getStylesheets().add(ExplorerApp.stylesheet());
            return s;
        });
        if (loaded.controller() != null) {
            onFx(loaded.controller()::load).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            onFx(() -> {
                loaded.root().applyCss();
                loaded.root().layout();
                return null;
            });
            onFx(() -> {
                loaded.controller().showPart(figure.part());
                if (years != null) {
                    loaded.controller().showYears(years[0], years[1]);
                }
                return null;
            });
            onFx(loaded.controller()::settled).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            onFx(() -> loaded.controller().prepareFigure(selection)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        String fileName = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (fileName.endsWith(".csv")) {
            String table = onFx(() -> loaded.controller() == null ? null : loaded.controller().csv());
            if (table == null) {
                throw new IOException("the " + view.id() + " view has no CSV form; export it as PNG");
            }
            writeText(table, out, ".csv");
            return;
        }
        if (fileName.endsWith(".pdf")) {
            byte[] document = loaded.controller() == null ? null : onFx(loaded.controller()::pdf);
            if (document == null) {
                throw new IOException("the " + view.id() + " view has no PDF form; export it as PNG");
            }
            writeBytes(document, out, ".pdf");
            return;
        }
        if (fileName.endsWith(".png") && view.printable()) {
            byte[] drawn = loaded.controller() == null ? null : onFx(loaded.controller()::png);
            if (drawn == null) {
                throw new IOException("the " + view.id() + " view shows no figure to write");
            }
            writeBytes(drawn, out, ".png");
            return;
        }
        boolean svg = fileName.endsWith(".svg");
        if (svg) {
            String document = onFx(() -> {
                loaded.root().applyCss();
                loaded.root().layout();
                return loaded.controller() == null ? null : loaded.controller().svg();
            });
            if (document == null) {
                throw new IOException("the " + view.id() + " view has no SVG form; export it as PNG");
            }
            writeSvg(document, out);
            return;
        }
        WritableImage image = onFx(() -> {
            loaded.root().applyCss();
            loaded.root().layout();
            Node part = loaded.controller() == null ? null : loaded.controller().figureNode();
            return part == null ? scene.snapshot(null) : part.snapshot(null, null);
        });
        writePng(image, out);
    }

    /** Writes a picture of a node as PNG, atomically. */
    public static void writePng(WritableImage image, Path out) throws IOException {
        be.bioregions.explorer.ui.SafeFiles.write(out, stream -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Writes an SVG document as UTF-8, atomically. */
    public static void writeSvg(String document, Path out) throws IOException {
        writeText(document, out, ".svg");
    }

    /** Writes a file made in memory (PDF, PNG), atomically. */
    public static void writeBytes(byte[] bytes, Path out, String suffix) throws IOException {
        be.bioregions.explorer.ui.SafeFiles.write(out, stream -> stream.write(bytes));
    }

    /** Writes a text (SVG, CSV) as UTF-8, atomically. */
    public static void writeText(String text, Path out, String suffix) throws IOException {
        be.bioregions.explorer.ui.SafeFiles.write(out,
                stream -> stream.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs {@code work} on the FX thread and waits for its result (at most a minute). */
    public static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
