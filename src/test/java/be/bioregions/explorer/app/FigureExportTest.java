package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

class FigureExportTest {

    @Test
    void theFirmsViewIsWrittenAsAPngOfTheFigureSize(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path png = dir.resolve("figures").resolve("firms.png");
        Background background = new Background(new Status());
        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            FigureExporter.render(context, Views.FIRMS, png, null, null);
        } finally {
            background.shutdown();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) FigureExporter.WIDTH, image.getWidth());
        assertEquals((int) FigureExporter.HEIGHT, image.getHeight());
        assertTrue(distinctColours(image) > 20, "the picture shows something, not a blank area");
        try (var files = Files.list(png.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the figure");
        }
    }

    @Test
    void theTimelineIsWrittenAsPngAndAsSvgThatParses(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path png = dir.resolve("timeline.png");
        Path svg = dir.resolve("timeline.svg");
        Background background = new Background(new Status());
        int firms;
        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            firms = store.firms().all().size();
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            FigureExporter.render(context, Views.TIMELINE, png, null, null);
            FigureExporter.render(context, Views.TIMELINE, svg, "galapagos", new int[] {2005, 2016});
        } finally {
            background.shutdown();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
        assertTrue(distinctColours(image) > 20, "the picture shows the timeline, not a blank area");

        java.util.List<String> words = svgTexts(svg);
        assertTrue(words.contains("2005") && words.contains("2016") && !words.contains("1990"),
                "the axis of the years asked for: " + words.subList(0, Math.min(30, words.size())));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Galapagos")), "the firm names are text in the SVG");
        assertTrue(words.stream().filter(w -> w.matches("\\d{4}")).count() > firms / 2, "founding years beside names");
    }

    @Test
    void thePartnerMatrixIsWrittenAsCsvOfTheStoredCountsAndTheNetworkAsPngAndSvg(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path csv = dir.resolve("partners.csv");
        Path matrixSvg = dir.resolve("partners.svg");
        Path networkPng = dir.resolve("network.png");
        Path networkSvg = dir.resolve("network.svg");
        Background background = new Background(new Status());
        java.util.List<be.bioregions.explorer.domain.Alliance> alliances;
        java.util.Map<String, String> partnerNames = new java.util.HashMap<>();
        java.util.Map<String, String> firmNames = new java.util.HashMap<>();
        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            alliances = store.alliances().all();
            store.partners().all().forEach(p -> partnerNames.put(p.id(), p.name()));
            store.firms().all().forEach(f -> firmNames.put(f.id(), f.name()));
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            FigureExporter.render(context, "partners", csv, null, new int[] {1982, 2005});
            FigureExporter.render(context, "partners", matrixSvg, null, null);
            FigureExporter.render(context, "network", networkPng, null, null);
            FigureExporter.render(context, "network", networkSvg, null, new int[] {1982, 2010});
        } finally {
            background.shutdown();
        }
        // every pair's count to the end of 2005, as stored, is in the CSV; blank pairs are 0; the last line totals
        java.util.Map<String, Integer> stored = new java.util.HashMap<>();
        alliances.stream().filter(a -> a.year() <= 2005).forEach(a -> stored.merge(
                firmNames.get(a.firmId()) + " | " + partnerNames.get(a.partnerId()), 1, Integer::sum));
        java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180
                .parse(Files.newBufferedReader(csv)).getRecords();
        java.util.List<String> header = records.get(0).toList();
        java.util.Map<String, Integer> written = new java.util.HashMap<>();
        for (org.apache.commons.csv.CSVRecord r : records.subList(1, records.size() - 1)) {
            for (int c = 2; c < header.size() - 1; c++) {
                int n = Integer.parseInt(r.get(c));
                if (n > 0) {
                    written.put(r.get(0) + " | " + header.get(c), n);
                }
            }
        }
        assertEquals(stored, written);
        org.apache.commons.csv.CSVRecord totals = records.get(records.size() - 1);
        assertEquals(Integer.toString(stored.values().stream().mapToInt(Integer::intValue).sum()),
                totals.get(totals.size() - 1));

        // the matrix figure is the whole matrix, not the part on screen: every allied firm has its row, and the
        // grand total is the stored count
        java.util.List<String> matrixWords = svgTexts(matrixSvg);
        assertTrue(matrixWords.stream().anyMatch(w -> w.contains("to the end of 2016")), "the caption: " + matrixWords);
        assertTrue(matrixWords.containsAll(java.util.List.of("research", "licensing")), "the legend is in the SVG");
        alliances.stream().filter(a -> a.year() <= 2016).map(a -> firmNames.get(a.firmId())).distinct()
                .forEach(name -> assertTrue(matrixWords.stream().anyMatch(w -> w.startsWith(
                        name.substring(0, Math.min(8, name.length())))), name + " has a row"));
        assertTrue(matrixWords.contains(Long.toString(alliances.stream().filter(a -> a.year() <= 2016).count())));
        java.util.List<String> networkWords = svgTexts(networkSvg);
        assertTrue(networkWords.stream().anyMatch(w -> w.contains("network to the end of 2010")), "" + networkWords);
        // one link per firm-partner pair allied by 2010: the links are drawn as paths of segments, each segment
        // starting with a move (M)
        long pairs2010 = alliances.stream().filter(a -> a.year() <= 2010).map(a -> a.firmId() + "|" + a.partnerId())
                .distinct().count();
        org.w3c.dom.Document network = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(networkSvg.toFile());
        org.w3c.dom.NodeList paths = network.getElementsByTagName("path");
        long segments = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            String d = ((org.w3c.dom.Element) paths.item(i)).getAttribute("d");
            segments += d.chars().filter(c -> c == 'M').count();
        }
        assertEquals(pairs2010, segments);
        BufferedImage image = ImageIO.read(networkPng.toFile());
        assertTrue(distinctColours(image) > 8, "the network picture shows the network");
    }

    @Test
    void theBusinessModelsTableIsWrittenAsCsvAndItsChartAsSvg(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path csv = dir.resolve("models.csv");
        Path svg = dir.resolve("models.svg");
        Background background = new Background(new Status());
        java.util.Map<String, be.bioregions.explorer.domain.BusinessModel> expected = new java.util.HashMap<>();
        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            java.util.List<be.bioregions.explorer.domain.classifier.FirmFacts> founded =
                    be.bioregions.explorer.domain.classifier.FirmFacts.group(store.firms().all(),
                            store.firms().allEvents(), store.alliances().all(), store.firms().allEvidence())
                            .stream().filter(f -> f.firm().founded() <= 2010).toList();
            // as of 2010, or as of its acquisition or closure for a firm that ended before
            founded.forEach(f -> expected.put(f.firm().id(), be.bioregions.explorer.domain.classifier.Classifier
                    .classify(be.bioregions.explorer.classifier.RulesFile.builtIn(), f, f.classifiedAsOf(2010))
                    .primary()));
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            FigureExporter.render(context, "business-models", csv, null, new int[] {2010, 2010});
            FigureExporter.render(context, "business-models", svg, null, null);
        } finally {
            background.shutdown();
        }
        // the table of 2010: one line per firm founded by then, with the rules' model as the classifier gives it
        java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(csv)).getRecords();
        java.util.Map<String, String> written = new java.util.HashMap<>();
        rows.forEach(r -> written.put(r.get("firm_id"), r.get("rules_model")));
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        expected.forEach((id, m) -> codes.put(id, be.bioregions.explorer.domain.Codes.code(m)));
        assertEquals(codes, written);
        assertTrue(rows.stream().allMatch(r -> r.get("year").equals("2010")));
        java.util.List<String> words = svgTexts(svg);
        assertTrue(words.stream().anyMatch(w -> w.contains("by business model")), "the caption: " + words);
        assertTrue(words.containsAll(java.util.List.of("FIPCO", "hybrid", "insufficient evidence")), "the legend");
    }

    private static java.util.List<String> svgTexts(Path svg) throws Exception {
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        return words;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void anIndicatorIsWrittenAsSvgAndPdfThatParseAndItsTableAsCsv(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path svg = dir.resolve("share.svg");
        Path pdf = dir.resolve("share.pdf");
        Path page = dir.resolve("regions.pdf");
        Path csv = dir.resolve("share.csv");
        Path png = dir.resolve("share.png");
        Background background = new Background(new Status());
        String name;
        long values;
        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            name = store.indicators().indicators().stream().filter(i -> i.code().equals("KBI_RD_SHARE"))
                    .findFirst().orElseThrow().name();
            values = store.indicators().values("KBI_RD_SHARE").size();
            ViewContext context = new ViewContext(store, background, ExplorerApp.texts(), url -> { });
            CommandLine cl = CommandLine.parse("--export-view", "indicators", "--indicator", "KBI_RD_SHARE",
                    "--out", svg.toString());
            FigureExporter.render(context, cl.exportView(), cl.out(), cl.select(), cl.years());
            FigureExporter.render(context, "indicators", pdf, "KBI_RD_SHARE", null);
            FigureExporter.render(context, "indicators", csv, "KBI_RD_SHARE", null);
            FigureExporter.render(context, "indicators", png, "KBI_RD_SHARE", null);
            FigureExporter.render(context, "ris-regions", page, null, null);
        } finally {
            background.shutdown();
        }
        assertTrue(svgTexts(svg).contains(name), "the title is text in the SVG");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains(name), "the title is text in the PDF: " + text);
            assertEquals(name, doc.getDocumentInformation().getTitle());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(page.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Walloon Region") && text.contains("EPO patent applications"), text);
        }
        java.util.List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("indicator,place_code,place,value,unit,year,edition,source_id,source"));
        assertTrue(lines.size() - 1 >= values, "every stored value is a row: " + lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",missing,")), "a missing value says so");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1600, "drawn at twice the figure's size: " + image.getWidth());
        assertTrue(distinctColours(image) > 5, "the picture shows the chart");
    }

    @Test
    void theIndicatorOptionGoesWithTheIndicatorsViewOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("--export-view", "timeline", "--indicator", "KBI_FIRMS", "--out", "x.png"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("--export-view", "timeline", "--out", "x.pdf"));
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
        assertEquals("KBI_FIRMS", CommandLine.parse("--export-view", "indicators", "--indicator", "KBI_FIRMS",
                "--out", "x.pdf").select());
    }

    @Test
    void anUnknownViewNameListsTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("--export-view", "nonsense", "--out", "x.png"));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
        for (String name : Views.exportableNames()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void theCommandExitsNonZeroForAnUnknownViewWithoutWritingAnything(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("x.png");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--export-view", "nonsense", "--out", out.toString(),
                "--db", dir.resolve("db").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains("firms"), output);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("db.mv.db")), "a refused command does not create a database");
    }

    @Test
    void optionsAreParsed() {
        CommandLine cl = CommandLine.parse("--db", "/tmp/x", "--export-view", "firms", "--out", "f.png",
                "--select", "galapagos");
        assertEquals("/tmp/x", cl.db());
        assertEquals("firms", cl.exportView());
        assertEquals(Path.of("f.png"), cl.out());
        assertEquals("galapagos", cl.select());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--export-view", "firms"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--db"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--frobnicate"));
        // only the matrix has a CSV form, and the Firms view no SVG form
        assertEquals("network", CommandLine.parse("--export-view", "network", "--out", "n.svg").exportView());
        CommandLine.parse("--export-view", "partners", "--out", "m.csv");
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--export-view", "network", "--out", "n.csv"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--export-view", "firms", "--out", "f.svg"));
    }
}
