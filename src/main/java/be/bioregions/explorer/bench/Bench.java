package be.bioregions.explorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import be.bioregions.explorer.app.ExplorerApp;
import be.bioregions.explorer.app.FigureExporter;
import be.bioregions.explorer.app.Views;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.CsvDatasetWriter;
import be.bioregions.explorer.io.CsvFolder;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.io.SyntheticDataset;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.FirstFrame;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;

/**
 * The benchmark: prints one line per figure (the median of several runs after a warm-up) with its target, for
 * the figures every view must meet at the reference size. It is a measuring tool, not a test: it never fails a
 * build. Run it with {@code mvn -Pbench verify -DskipTests} (under {@code xvfb-run -a} on a machine without a
 * display, or headless with Monocle when there is no display at all); see docs/performance.md.
 */
public final class Bench {
    private static final int START_RUNS = Integer.getInteger("bench.startRuns", 5);
    private static final int IMPORT_RUNS = Integer.getInteger("bench.importRuns", 3);
    private static final int REDRAW_RUNS = Integer.getInteger("bench.redrawRuns", 20);
    private static final int FIRMS = Integer.getInteger("bench.firms", SyntheticDataset.REFERENCE_FIRMS);
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    private static final boolean HEADLESS = System.getenv("DISPLAY") == null;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (HEADLESS) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path work = Files.createTempDirectory("bioregions-bench");
        try {
            System.out.printf(Locale.ROOT, "# bioRegions Explorer benchmark, %s; %s %s, %d cores, Java %s, max heap %d MB, %s%n",
                    LocalDate.now(), System.getProperty("os.name"), System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, HEADLESS ? "headless (Monocle)" : "display " + System.getenv("DISPLAY"));
            coldStart(work);
            Path data = work.resolve("reference");
            Dataset reference = SyntheticDataset.generate(FIRMS, 1982);
            String size = String.format(Locale.ROOT, "%,d firms, %,d partners, %,d alliances, %,d notes",
                    reference.firms().size(), reference.partners().size(), reference.alliances().size(),
                    reference.notes().size());
            new CsvDatasetWriter().write(reference, data);
            reference = null;
            Path db = importAndHeap(work, data, size);
            views(db);
        } finally {
            deleteTree(work);
        }
        System.exit(0);
    }

    // ---- cold start -------------------------------------------------------------------------------------------

    private static void coldStart(Path work) throws Exception {
        String db = work.resolve("sample").resolve("bench").toString();
        List<String> app = List.of("-D" + FirstFrame.EXIT_PROPERTY + "=true", "be.bioregions.explorer.app.Launcher",
                "--db", db);
        List<String> bare = List.of("be.bioregions.explorer.bench.BareWindow");
        List<String> bareTable = List.of("be.bioregions.explorer.bench.BareWindow", "--table");
        startMillis(app); // the warm-up run also loads the sample data into the benchmark's database
        startMillis(bare);
        startMillis(bareTable);
        List<Double> appTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        List<Double> tableTimes = new ArrayList<>();
        for (int i = 0; i < START_RUNS; i++) {
            // interleaved, so that a busy moment of the machine weighs on all alike
            bareTimes.add(startMillis(bare));
            appTimes.add(startMillis(app));
            tableTimes.add(startMillis(bareTable));
        }
        double bareMedian = median(bareTimes);
        double appMedian = median(appTimes);
        double tableMedian = median(tableTimes);
        line("cold start, bare JavaFX window with one label", ms(bareMedian), runs(START_RUNS, 1), "");
        line("cold start, bare window with a 32-row table instead (for comparison)", ms(tableMedian),
                runs(START_RUNS, 1), String.format(Locale.ROOT, "%.2f x the label", tableMedian / bareMedian));
        line("cold start, app to its first frame with the sample data", ms(appMedian), runs(START_RUNS, 1), "");
        double ratio = appMedian / bareMedian;
        line("cold start ratio, app / bare window", String.format(Locale.ROOT, "%.2f", ratio), "",
                target(ratio <= 1.3, "<= 1.30"));
    }

    /** Starts a fresh JVM on this classpath and returns the milliseconds until it printed the first-frame marker. */
    private static double startMillis(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        if (HEADLESS) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture<Long> marker = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        if (l.contains(FirstFrame.MARKER)) {
                            return System.nanoTime();
                        }
                    }
                } catch (IOException e) {
                    // the stream closed: no marker
                }
                return -1L;
            });
            long at = marker.get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (at < 0) {
                throw new IllegalStateException(String.join(" ", mainAndArgs) + " ended without drawing a frame");
            }
            return (at - start) / 1e6;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(String.join(" ", mainAndArgs) + " did not draw a frame in time", e);
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    // ---- import and heap --------------------------------------------------------------------------------------

    private static Path importAndHeap(Path work, Path data, String size) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> heaps = new ArrayList<>();
        Path kept = null;
        for (int i = 0; i <= IMPORT_RUNS; i++) {
            Path db = work.resolve("import-" + i).resolve("bench");
            try (Store store = Store.open(db)) {
                long start = System.nanoTime();
                new DatasetImporter(store).importFolder(CsvFolder.of(data), Progress.NONE);
                double millis = (System.nanoTime() - start) / 1e6;
                if (i > 0) {
                    times.add(millis);
                    heaps.add(usedHeapMegabytes());
                }
            }
            if (i == IMPORT_RUNS) {
                kept = db;
            } else {
                deleteTree(db.getParent());
            }
        }
        double t = median(times);
        line("import of the reference dataset into an empty database (" + size + ")", ms(t), runs(IMPORT_RUNS, 1),
                target(t <= 5000, "<= 5000 ms"));
        double h = median(heaps);
        line("heap in use after the import (after a full GC, store open)", String.format(Locale.ROOT, "%.0f MB", h),
                runs(IMPORT_RUNS, 1), target(h <= 256, "<= 256 MB"));
        return kept;
    }

    private static double usedHeapMegabytes() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    // ---- views ------------------------------------------------------------------------------------------------

    private static void views(Path db) throws Exception {
        Platform.startup(() -> { });
        Background background = new Background(new Status());
        try (Store store = Store.open(db)) {
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            firmsRedraw(context);
            timelineRedraw(context);
            partners(context);
            classifier(context);
            noteSearch(context);
        } finally {
            background.shutdown();
            Platform.exit();
        }
    }

    /**
     * The Firms view at the reference size: the table filtered by a search, CSS and layout of the view, and the
     * table drawn (a snapshot of the table: on screen only the changed region is drawn again, and the table is it).
     */
    private static void firmsRedraw(ViewContext context) throws Exception {
        Views.Loaded loaded = FigureExporter.onFx(() -> Views.FIRMS.load(context));
        FigureExporter.onFx(() -> new Scene(loaded.root(), FigureExporter.WIDTH, FigureExporter.HEIGHT)); // CSS and layout need a scene
        loaded.controller().load().get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Parent root = loaded.root();
        Node[] parts = FigureExporter.onFx(() -> {
            root.applyCss(); // creates the skins, whose children the lookup walks
            root.layout();
            return new Node[] {root.lookup("#firm-search"), root.lookup("#firms-table")};
        });
        TextField search = (TextField) parts[0];
        Node table = parts[1];
        String[] terms = {"ab", "gen", "01", "", "zy", "Liège", "nov", ""};
        int[] next = {0};
        double t = median(timed(REDRAW_RUNS, () -> {
            search.setText(terms[next[0]++ % terms.length]);
            root.applyCss();
            root.layout();
        }, table));
        line("firms view: redraw after a search, at the reference size", String.format(Locale.ROOT, "%.1f ms", t),
                runs(REDRAW_RUNS, 5), target(t <= 50, "<= 50 ms"));
    }

    /**
     * The Timeline view at the reference size (10,000 lanes, about 200,000 alliances): each run pans or zooms, then
     * the chart is drawn and rendered (a snapshot of the chart, which is what a pan or zoom changes). Also prints
     * how long the view takes to read its data, once.
     */
    private static void timelineRedraw(ViewContext context) throws Exception {
        Views.Loaded loaded = FigureExporter.onFx(() -> Views.TIMELINE.load(context));
        FigureExporter.onFx(() -> new Scene(loaded.root(), FigureExporter.WIDTH, FigureExporter.HEIGHT));
        long readStart = System.nanoTime();
        loaded.controller().load().get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double readMillis = (System.nanoTime() - readStart) / 1e6;
        Parent root = loaded.root();
        be.bioregions.explorer.timeline.TimelineChart chart = FigureExporter.onFx(() -> {
            root.applyCss();
            root.layout();
            return (be.bioregions.explorer.timeline.TimelineChart) root.lookup("#timeline-chart");
        });
        // a researcher's moves: zoom in on the pointer, pan, scroll down the lanes, zoom out, back to all
        Runnable[] moves = {
            () -> chart.scale().zoom(1.5, 300),
            () -> chart.scale().pan(2),
            () -> chart.painter().setScrollY(chart.painter().scrollY() + 5000),
            () -> chart.scale().zoom(1.5, 100),
            () -> chart.scale().pan(-3),
            () -> chart.scale().zoom(1 / 2.25, 200),
            () -> chart.fitAll(),
        };
        int[] next = {0};
        double t = median(timed(REDRAW_RUNS, () -> {
            moves[next[0]++ % moves.length].run();
            chart.redraw();
        }, chart));
        line("timeline view: reading its data at the reference size (once)", ms(readMillis), "1 run", "");
        line("timeline view: redraw after a pan or zoom, at the reference size", String.format(Locale.ROOT,
                "%.1f ms", t), runs(REDRAW_RUNS, 5), target(t <= 50, "<= 50 ms"));
    }

    /**
     * The Partners view at the reference size: the matrix redrawn after a scroll or a step of the year slider
     * (a step counts the alliances anew), the network's measures of a year (degree and PageRank; betweenness is
     * left to the user's request above its budget), and the network redrawn after a year step.
     */
    private static void partners(ViewContext context) throws Exception {
        Views.Loaded loaded = FigureExporter.onFx(() -> Views.PARTNERS.load(context));
        FigureExporter.onFx(() -> new Scene(loaded.root(), FigureExporter.WIDTH, FigureExporter.HEIGHT));
        long readStart = System.nanoTime();
        loaded.controller().load().get(CHILD_TIMEOUT_SECONDS * 5, TimeUnit.SECONDS);
        double readMillis = (System.nanoTime() - readStart) / 1e6;
        Parent root = loaded.root();
        be.bioregions.explorer.partners.PartnersController controller =
                (be.bioregions.explorer.partners.PartnersController) loaded.controller();
        be.bioregions.explorer.partners.MatrixChart matrix = FigureExporter.onFx(() -> {
            root.applyCss();
            root.layout();
            return controller.matrixChart();
        });
        javafx.scene.control.Slider slider = controller.yearSlider();
        line("partners view: reading, counting and laying the network out (once, in the background)",
                ms(readMillis), "1 run", "");
        // scrolls and year steps apart: a median over both would hide a slow step behind fast scrolls
        double scroll = median(timed(REDRAW_RUNS, () -> {
            matrix.painter().scrollTo(matrix.painter().scrollX() + 400, matrix.painter().scrollY() + 3000);
            if (matrix.painter().scrollY() >= matrix.painter().maxScrollY()) {
                matrix.painter().scrollTo(0, 0);
            }
            matrix.redraw(); // what the scroll bar's or the wheel's handler does
        }, matrix));
        line("partners matrix: redraw after a scroll, at the reference size", String.format(Locale.ROOT, "%.1f ms",
                scroll), runs(REDRAW_RUNS, 5), target(scroll <= 50, "<= 50 ms"));
        double[] direction = {-1};
        double step = median(timed(REDRAW_RUNS, () -> {
            if (slider.getValue() <= 2000 || slider.getValue() >= slider.getMax()) {
                direction[0] = -direction[0];
            }
            slider.setValue(slider.getValue() + direction[0]);
        }, matrix));
        line("partners matrix: redraw after a year step, at the reference size", String.format(Locale.ROOT,
                "%.1f ms", step), runs(REDRAW_RUNS, 5), target(step <= 50, "<= 50 ms"));

        be.bioregions.explorer.partners.PartnerModel model = new be.bioregions.explorer.partners.PartnerModel(
                be.bioregions.explorer.partners.PartnerData.read(context.store()),
                be.bioregions.explorer.partners.AllianceFilter.all());
        List<Double> measures = new ArrayList<>();
        be.bioregions.explorer.domain.AllianceNetwork net = null;
        for (int i = 0; i < 5 + 2; i++) {
            long start = System.nanoTime();
            net = model.network(2016 - (i % 3));
            net.scores(false);
            if (i >= 2) {
                measures.add((System.nanoTime() - start) / 1e6);
            }
        }
        line(String.format(Locale.ROOT, "network: degree and PageRank of a year (%,d nodes, %,d links)",
                net.nodeCount(), net.linkCount()), String.format(Locale.ROOT, "%.0f ms", median(measures)),
                runs(5, 2), "");
        line("network: exact betweenness at this size", net.betweennessAffordable() ? "computed" : "on request",
                "", String.format(Locale.ROOT, "budget %,d node x link pairs, this network %,d",
                        be.bioregions.explorer.domain.AllianceNetwork.BETWEENNESS_BUDGET,
                        (long) net.nodeCount() * net.linkCount()));

        be.bioregions.explorer.partners.NetworkChart network = controller.networkChart();
        FigureExporter.onFx(() -> {
            controller.showPart("network");
            root.applyCss();
            root.layout();
            return null;
        });
        // opening the tab measures its year once the slider rests (a quarter of a second): let that finish, so that
        // the steps below time the redraw and not a measurement running beside it (steps in quick succession, as
        // below, start no measurement of their own)
        Thread.sleep(400);
        FigureExporter.onFx(controller::settled).get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double n = median(timed(REDRAW_RUNS, () -> {
            if (slider.getValue() <= 2000 || slider.getValue() >= slider.getMax()) {
                direction[0] = -direction[0];
            }
            slider.setValue(slider.getValue() + direction[0]);
        }, network));
        line(String.format(Locale.ROOT, "network view: redraw after a year step, at the reference size (%d nodes, %d links drawn)", be.bioregions.explorer.partners.NetworkPicture.MAX_DOTS, be.bioregions.explorer.partners.NetworkPicture.MAX_LINES),
                String.format(Locale.ROOT, "%.1f ms", n), runs(REDRAW_RUNS, 5), target(n <= 50, "<= 50 ms"));
    }

    /**
     * The Notes view's full-text search at the reference size: the index built from every stored note (once, in the
     * background when the view opens), then searches of one and two words, as typed into the search box.
     */
    private static void noteSearch(ViewContext context) {
        List<be.bioregions.explorer.domain.Note> notes = context.store().notes().all();
        long start = System.nanoTime();
        try (be.bioregions.explorer.notes.NoteSearch search = new be.bioregions.explorer.notes.NoteSearch()) {
            search.index(notes);
            double build = (System.nanoTime() - start) / 1e6;
            line(String.format(Locale.ROOT, "notes: full-text index of %,d notes built (once, in the background)",
                    notes.size()), ms(build), "1 run", "");
            String[] queries = {"interview", "platform deal", "antib", "liege", "partner licensing", "zzz"};
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 5 + REDRAW_RUNS; i++) {
                long t0 = System.nanoTime();
                search.search(queries[i % queries.length], 500);
                if (i >= 5) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            double t = median(times);
            line("notes: full-text search of every note, at the reference size", String.format(Locale.ROOT,
                    "%.1f ms", t), runs(REDRAW_RUNS, 5), target(t <= 50, "<= 50 ms"));
        }
    }

    /** Classifying every firm of the reference size as of a year, as the Business models view does at a year step. */
    private static void classifier(ViewContext context) throws Exception {
        be.bioregions.explorer.classifier.ClassifierData data =
                be.bioregions.explorer.classifier.ClassifierData.read(context.store());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5 + 2; i++) {
            long start = System.nanoTime();
            data.existing(2016 - i % 3);
            if (i >= 2) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        double t = median(times);
        line(String.format(Locale.ROOT, "classifier: every firm as of a year (%,d firms)", data.firms().size()),
                String.format(Locale.ROOT, "%.0f ms", t), runs(5, 2), target(t <= 1000, "<= 1000 ms"));
    }

    /**
     * Runs a move on the FX thread, then lays out and renders what it changed (a snapshot of {@code target}: on
     * screen only changed regions are drawn again); the times of {@code runs} runs after five warm-ups.
     */
    private static List<Double> timed(int runs, Runnable move, Node target) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            double millis = FigureExporter.onFx(() -> {
                long start = System.nanoTime();
                move.run();
                if (target instanceof Parent parent) {
                    parent.layout();
                }
                target.snapshot(null, null);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 5) {
                times.add(millis);
            }
        }
        return times;
    }

    // ---- printing ---------------------------------------------------------------------------------------------

    private static void line(String what, String figure, String runs, String target) {
        System.out.printf(Locale.ROOT, "%-88s %12s  %-28s %s%n", what, figure, runs, target);
        System.out.flush();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String runs(int runs, int warmUps) {
        return "median of " + runs + ", " + warmUps + " warm-up" + (warmUps == 1 ? "" : "s");
    }

    private static String target(boolean met, String target) {
        return "target " + target + (met ? "  met" : "  MISSED");
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
