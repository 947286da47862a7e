package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.CsvFolder;
import be.bioregions.explorer.io.DatasetFiles;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.store.Store;

/**
 * {@code --import} and {@code --export}, run as the application runs them but in this process: exit code, what is
 * said on stdout and stderr, and the database unchanged when the import is refused.
 */
@ExtendWith(EnglishMessages.class)
class ImportCommandTest {
    @TempDir
    Path dir;
    private Path db;
    private Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void sampleDataStoredAndCopied() throws Exception {
        db = dir.resolve("thesis.mv.db");
        try (Store store = Store.open(db)) {
            new DatasetImporter(store).importFolder(CsvFolder.sampleData(), Progress.NONE);
        }
        folder = Files.createDirectory(dir.resolve("data"));
        CsvFolder sample = CsvFolder.sampleData();
        for (var table : DatasetFiles.ALL) {
            if (sample.exists(table.fileName())) {
                try (InputStream in = sample.open(table.fileName())) {
                    Files.copy(in, folder.resolve(table.fileName()));
                }
            }
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return DataCommands.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String checksum() {
        try (Store store = Store.open(db)) {
            return store.checksum();
        }
    }

    /** Replaces one value of the first data line of a file that holds it. */
    private void replaceInFile(String file, String from, String to) throws Exception {
        Path p = folder.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    @Test
    void aBadFolderExitsOneNamesFileLineAndColumnAndChangesNothing() throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("alliances.csv"), StandardCharsets.UTF_8);
        String third = lines.get(3);
        String firm = third.split(",")[1];
        lines.set(3, third.replaceFirst("," + java.util.regex.Pattern.quote(firm) + ",", ",no-such-firm,"));
        Files.write(folder.resolve("alliances.csv"), lines, StandardCharsets.UTF_8);
        String before = checksum();

        assertEquals(1, run("--db", db.toString(), "--import", folder.toString()));
        String said = stderr();
        assertTrue(said.contains(folder.resolve("alliances.csv").toString()), said);
        assertTrue(said.contains("line 4"), said);
        assertTrue(said.contains("\"firm_id\"") && said.contains("no-such-firm"), said);
        assertEquals("", stdout());
        assertEquals(before, checksum());
    }

    @Test
    void aGoodFolderIsImportedAndSaidSo() throws Exception {
        String firmLine = Files.readAllLines(folder.resolve("firms.csv"), StandardCharsets.UTF_8).get(2);
        String name = firmLine.split(",")[1];
        replaceInFile("firms.csv", "," + name + ",", "," + name + " Renamed,");

        assertEquals(0, run("--db", db.toString(), "--import", folder.toString()), stderr());
        assertTrue(stdout().startsWith("0 added, 1 changed from " + folder), stdout());
        assertEquals("", stderr());
        assertEquals(0, run("--db", db.toString(), "--import", folder.toString()), stderr());
        assertTrue(stdout().startsWith("Nothing to import from " + folder), stdout());
    }

    @Test
    void conflictsAreListedAndNothingIsWritten() throws Exception {
        String id;
        try (Store store = Store.open(db)) {
            Firm f = store.firms().all().get(0);
            id = f.id();
            store.edits().save(new Firm(f.id(), f.name(), f.region(), "Edited In The App", f.founded(), f.origin(),
                    f.originKind(), f.focus(), f.status(), f.sourceId(), f.verified(), f.note()));
        }
        setCity(id, "City Of The File");
        String before = checksum();

        assertEquals(1, run("--db", db.toString(), "--import", folder.toString()));
        String said = stderr();
        assertTrue(said.contains("1 conflicts"), said);
        assertTrue(said.contains("firms.csv (firm) " + id), said);
        assertTrue(said.contains("city: \"Edited In The App\" \u2192 \"City Of The File\""), said);
        assertTrue(said.contains("changed in the app since the last import"), said);
        assertEquals("", stdout());
        assertEquals(before, checksum());
    }

    /** Sets the city of one firm of the folder's firms.csv. */
    private void setCity(String id, String city) throws Exception {
        Path p = folder.resolve("firms.csv");
        List<org.apache.commons.csv.CSVRecord> rows;
        List<String> header;
        var format = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = org.apache.commons.csv.CSVParser.parse(p, StandardCharsets.UTF_8, format)) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        StringBuilder text = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(text,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (int i = 0; i < rows.size(); i++) {
                List<String> values = new java.util.ArrayList<>(rows.get(i).toList());
                if (values.get(header.indexOf("id")).equals(id)) {
                    values.set(header.indexOf("city"), city);
                }
                printer.printRecord(values);
            }
        }
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void theWholeDatabaseIsExportedAsFilesOrOneBundleAndReadsBackAsIs() throws Exception {
        Path csv = dir.resolve("export");
        assertEquals(0, run("--db", db.toString(), "--export", csv.toString()), stderr());
        assertTrue(stdout().startsWith("Wrote the whole database to " + csv.toAbsolutePath()), stdout());
        assertTrue(Files.isRegularFile(csv.resolve("firms.csv")) && Files.isRegularFile(csv.resolve("alliances.csv")));
        Path json = dir.resolve("export.json");
        assertEquals(0, run("--db", db.toString(), "--export", json.toString()), stderr());
        assertTrue(Files.size(json) > 1000);

        String before = checksum();
        assertEquals(0, run("--db", db.toString(), "--import", csv.toString()), stderr());
        assertTrue(stdout().startsWith("Nothing to import"), stdout());
        assertEquals(0, run("--db", db.toString(), "--import", json.toString()), stderr());
        assertTrue(stdout().startsWith("Nothing to import"), stdout());
        assertEquals(before, checksum());
    }

    @Test
    void theOptionsGoAloneAndAreInTheUsage() {
        assertEquals(Path.of("x"), CommandLine.parse("--import", "x").importPath());
        assertEquals(Path.of("y.json"), CommandLine.parse("--db", "d", "--export", "y.json").exportPath());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--import", "x", "--export", "y"));
        assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("--import", "x", "--export-view", "firms", "--out", "f.png"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--import"));
        assertTrue(CommandLine.USAGE.contains("--import PATH") && CommandLine.USAGE.contains("--export PATH"));
    }
}
