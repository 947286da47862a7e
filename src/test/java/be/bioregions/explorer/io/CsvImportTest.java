package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.Store;

@ExtendWith(EnglishMessages.class)
class CsvImportTest {
    @TempDir
    Path dir;
    private Store store;
    private Path folder;

    @BeforeEach
    void open() throws IOException {
        store = Store.open(dir.resolve("db"));
        folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Rows of a shipped file, read independently of the importer. */
    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void theSampleDataIsImportedWholeOnTheFirstStartOnly() throws Exception {
        DatasetImporter importer = new DatasetImporter(store);
        assertTrue(importer.isFirstStart());
        List<long[]> progress = new ArrayList<>();
        assertTrue(importer.loadSampleDataOnFirstStart((d, t, m) -> progress.add(new long[] {d, t})));

        Map<String, Long> counts = store.counts();
        assertEquals(records(folder.resolve("firms.csv")).size(), counts.get("firm"));
        assertEquals(records(folder.resolve("events.csv")).size(), counts.get("firm_event"));
        assertEquals(records(folder.resolve("alliances.csv")).size(), counts.get("alliance"));
        assertEquals(records(folder.resolve("partners.csv")).size(), counts.get("partner"));
        assertEquals(records(folder.resolve("sources.csv")).size(), counts.get("source"));
        assertEquals(records(folder.resolve("evidence.csv")).size(), counts.get("evidence"));
        assertTrue(counts.get("evidence") > 0, "the business-model evidence ships with the firms");
        assertTrue(counts.get("firm") >= 10, "at least ten firms ship with the application");
        assertFalse(progress.isEmpty(), "the import reports its progress");
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "the progress ends complete");

        // a firm of the sample data arrives with its fields
        CSVRecord first = records(folder.resolve("firms.csv")).get(0);
        Firm stored = store.firms().byId(first.get("id")).orElseThrow();
        assertEquals(first.get("name"), stored.name());
        assertEquals(Integer.parseInt(first.get("founded")), stored.founded());
        assertEquals(first.get("source_id"), stored.sourceId());

        assertFalse(importer.isFirstStart());
        assertFalse(importer.loadSampleDataOnFirstStart(Progress.NONE), "a second start does not import again");
        assertEquals(counts, store.counts());
    }

    /** Imports the broken folder, expects a rejection, and checks that the database did not change. */
    private ImportException rejected() {
        Map<String, Long> before = store.counts();
        ImportException e = assertThrows(ImportException.class,
                () -> new DatasetImporter(store).importFolder(CsvFolder.of(folder), Progress.NONE));
        assertEquals(before, store.counts(), "a rejected import changes nothing");
        return e;
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path events = folder.resolve("events.csv");
        List<String> lines = SampleFolder.lines(events);
        SampleFolder.setLine(events, 1, lines.get(0).replace("kind,", ""));
        ImportException e = rejected();
        assertEquals(events.toString(), e.file());
        assertEquals(1, e.line());
        assertEquals("kind", e.column());
        assertTrue(e.getMessage().contains("events.csv, line 1, column \"kind\""), e.getMessage());
    }

    @Test
    void aBadYearIsNamedWithItsLineAndColumn() throws Exception {
        Path firms = folder.resolve("firms.csv");
        int line = SampleFolder.setField(firms, 2, "founded", "19x9");
        ImportException e = rejected();
        assertEquals(firms.toString(), e.file());
        assertEquals(line, e.line());
        assertEquals("founded", e.column());
        assertTrue(e.reason().contains("19x9"), e.reason());
    }

    @Test
    void anImpossibleYearIsRefused() throws Exception {
        Path alliances = folder.resolve("alliances.csv");
        int line = SampleFolder.setField(alliances, records(alliances).size() - 1, "year", "20016");
        ImportException e = rejected();
        assertEquals(alliances.toString(), e.file());
        assertEquals(line, e.line());
        assertEquals("year", e.column());
    }

    @Test
    void whenTwoFilesAreWrongTheEarlierOneIsNamedThoughTheyAreReadSideBySide() throws Exception {
        // alliances.csv is read on a second thread beside evidence.csv and the files after it
        Path alliances = folder.resolve("alliances.csv");
        int line = SampleFolder.setField(alliances, records(alliances).size() - 1, "year", "20016");
        SampleFolder.setField(folder.resolve("evidence.csv"), 0, "year", "19x9");
        for (int i = 0; i < 3; i++) {
            ImportException e = rejected();
            assertEquals(alliances.toString(), e.file());
            assertEquals(line, e.line());
        }
    }

    @Test
    void anEvidenceFactEndingBeforeItBeginsIsRefused() throws Exception {
        Path evidence = folder.resolve("evidence.csv");
        int row = 3;
        int year = Integer.parseInt(records(evidence).get(row).get("year"));
        int line = SampleFolder.setField(evidence, row, "end_year", Integer.toString(year - 1));
        ImportException e = rejected();
        assertEquals(evidence.toString(), e.file());
        assertEquals(line, e.line());
        assertEquals("end_year", e.column());
        assertTrue(e.reason().contains("before it begins"), e.reason());
    }

    @Test
    void anUnknownFirmIdIsNamed() throws Exception {
        Path alliances = folder.resolve("alliances.csv");
        int line = SampleFolder.setField(alliances, 4, "firm_id", "no-such-firm");
        ImportException e = rejected();
        assertEquals(alliances.toString(), e.file());
        assertEquals(line, e.line());
        assertEquals("firm_id", e.column());
        assertTrue(e.reason().contains("no-such-firm"), e.reason());
    }

    @Test
    void anUnterminatedQuoteIsNamedWithTheLineWhereItOpens() throws Exception {
        Path events = folder.resolve("events.csv");
        List<String> lines = SampleFolder.lines(events);
        int line = 4;
        String[] header = lines.get(0).split(",");
        int detail = List.of(header).indexOf("detail");
        List<String> fields = new ArrayList<>(records(events).get(line - 2).toList());
        fields.set(detail, "\"a detail whose quote is never closed");
        // keep the other fields quoted as needed, break only the detail
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                broken.append(',');
            }
            String f = fields.get(i);
            broken.append(i == detail ? f : CSVFormat.RFC4180.format(f));
        }
        SampleFolder.setLine(events, line, broken.toString());
        ImportException e = rejected();
        assertEquals(events.toString(), e.file());
        assertEquals(line, e.line());
        assertEquals("detail", e.column());
        assertTrue(e.reason().contains("never closed"), e.reason());
    }

    @Test
    void anUnknownSourceIdIsNamed() throws Exception {
        Path firms = folder.resolve("firms.csv");
        int line = SampleFolder.setField(firms, 0, "source_id", "nowhere-s99");
        ImportException e = rejected();
        assertEquals(line, e.line());
        assertEquals("source_id", e.column());
    }

    @Test
    void aDuplicateIdIsNamedWithBothLines() throws Exception {
        Path partners = folder.resolve("partners.csv");
        List<String> lines = new ArrayList<>(SampleFolder.lines(partners));
        lines.add(lines.get(1).replaceFirst(",[^,]*,", ",Another Name Ltd,"));
        Files.write(partners, lines, StandardCharsets.UTF_8);
        ImportException e = rejected();
        assertEquals(lines.size(), e.line());
        assertEquals("id", e.column());
        assertTrue(e.reason().contains("line 2"), e.reason());
    }

    @Test
    void aDuplicateIndicatorCodeIsNamed() throws Exception {
        String source = records(folder.resolve("sources.csv")).get(0).get("id");
        Files.writeString(folder.resolve("indicators.csv"), String.join("\n",
                "code,dataset,name,unit,definition,source_id",
                "KBI_FIRMS,OECD_KBI,Firms active in biotechnology,count,firms using biotechnology," + source,
                "KBI_FIRMS,OECD_KBI,Firms again,count,a second row with the same code," + source, ""));
        ImportException e = rejected();
        assertEquals(3, e.line());
        assertEquals("code", e.column());
        assertTrue(e.reason().contains("line 2"), e.reason());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path firms = folder.resolve("firms.csv");
        byte[] bytes = Files.readAllBytes(firms);
        byte[] latin1 = new String(bytes, StandardCharsets.UTF_8).replace("Liège", "Li\u00E8ge")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(firms, latin1);
        ImportException e = rejected();
        assertTrue(e.reason().contains("UTF-8"), e.reason());
        assertTrue(e.line() > 1, "the line of the first bad byte is named");
    }

    @Test
    void aConflictFoundByTheDatabaseRollsBackEverything() throws Exception {
        new DatasetImporter(store).importFolder(CsvFolder.of(folder), Progress.NONE);
        // a second dataset with fresh source ids but the same firm ids: sources go in first, then firms collide
        Path sources = folder.resolve("sources.csv");
        List<String> lines = SampleFolder.lines(sources);
        List<String> renamed = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            renamed.add("again-" + l);
        }
        Files.write(sources, renamed, StandardCharsets.UTF_8);
        for (CsvTable t : DatasetFiles.ALL.subList(1, DatasetFiles.ALL.size())) {
            Path p = folder.resolve(t.fileName());
            if (!Files.exists(p)) {
                continue;
            }
            String text = Files.readString(p).replaceAll(",([a-z0-9]+-s\\d+)(?=,|\n)", ",again-$1");
            Files.writeString(p, text);
        }
        Dataset before = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
        ImportException e = rejected();
        assertTrue(e.reason().contains("nothing was stored"), e.reason());
        assertNotNull(before);
        assertEquals(before.sources().size(), store.counts().get("source"), "the new sources were rolled back");
    }
}
