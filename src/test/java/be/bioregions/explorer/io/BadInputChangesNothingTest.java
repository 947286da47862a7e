package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.Store;

/**
 * A dataset that cannot be imported into a database holding data is refused with a message that names the file,
 * the line (or the JSON path) and the column, and the database is exactly as it was: not one row of any table
 * differs ({@link Store#checksum()}).
 */
@ExtendWith(EnglishMessages.class)
class BadInputChangesNothingTest {
    @TempDir
    Path dir;
    private Store store;
    private Path folder;

    @BeforeEach
    void sampleDataStoredAndCopied() throws Exception {
        store = Store.open(dir.resolve("db"));
        new DatasetImporter(store).importFolder(CsvFolder.sampleData(), Progress.NONE);
        // a change of the researcher's own, so that the change log is part of what must stay as it is
        var firm = store.firms().all().get(0);
        store.edits().save(new be.bioregions.explorer.domain.Firm(firm.id(), firm.name(), firm.region(), "Elsewhere",
                firm.founded(), firm.origin(), firm.originKind(), firm.focus(), firm.status(), firm.sourceId(),
                firm.verified(), firm.note()));
        folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Imports the path, expects it refused, checks that nothing changed; returns the problem. */
    private ImportException refused(Path path) {
        String before = store.checksum();
        ImportException e = assertThrows(ImportException.class, () -> {
            DatasetExchange exchange = new DatasetExchange(store);
            exchange.apply(exchange.plan(path, Progress.NONE), true);
        });
        assertEquals(before, store.checksum(), "the database is unchanged after: " + e.getMessage());
        return e;
    }

    private void assertPlace(ImportException e, String file, int line, String column) {
        String message = e.getMessage();
        assertTrue(e.file().endsWith(file), message);
        assertTrue(message.startsWith(e.file()), message);
        assertEquals(line, e.line(), message);
        assertTrue(message.contains("line " + line), message);
        assertEquals(column, e.column(), message);
        if (column != null) {
            assertTrue(message.contains("\"" + column + "\""), message);
        }
    }

    private List<String> lines(String file) throws IOException {
        return new ArrayList<>(SampleFolder.lines(folder.resolve(file)));
    }

    private void write(String file, List<String> lines) throws IOException {
        Files.write(folder.resolve(file), lines, StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Path firms = folder.resolve("firms.csv");
        List<String> lines = lines("firms.csv");
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            before.append(lines.get(i)).append('\n');
        }
        byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Li\u00e8ge,".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + latin1.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        Files.write(firms, all);
        ImportException e = refused(folder);
        assertPlace(e, "firms.csv", 4, null);
        assertTrue(e.reason().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aMissingColumn() throws IOException {
        List<String> lines = lines("events.csv");
        List<String> header = List.of(lines.get(0).split(","));
        int kind = header.indexOf("kind");
        // drop the column from every line; the sample's events have no comma inside their values before "kind"
        List<String> cut = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(kind);
            cut.add(String.join(",", cells));
        }
        write("events.csv", cut);
        assertPlace(refused(folder), "events.csv", 1, "kind");
    }

    @Test
    void anExtraColumn() throws IOException {
        List<String> lines = lines("partners.csv");
        lines.set(0, lines.get(0) + ",colour");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",blue");
        }
        write("partners.csv", lines);
        assertPlace(refused(folder), "partners.csv", 1, "colour");
    }

    @Test
    void anUnterminatedQuote() throws IOException {
        Path alliances = folder.resolve("alliances.csv");
        int line = SampleFolder.setField(alliances, 10, "subject", "a licence");
        List<String> lines = lines("alliances.csv");
        lines.set(line - 1, lines.get(line - 1).replace(",a licence,", ",\"a licence,"));
        write("alliances.csv", lines);
        ImportException e = refused(folder);
        assertPlace(e, "alliances.csv", line, "subject");
        assertTrue(e.reason().contains("never closed"), e.getMessage());
    }

    @Test
    void aDuplicateId() throws IOException {
        List<String> lines = lines("alliances.csv");
        lines.add(lines.get(3));
        write("alliances.csv", lines);
        ImportException e = refused(folder);
        assertPlace(e, "alliances.csv", lines.size(), "id");
        assertTrue(e.reason().contains("already used on line 4"), e.getMessage());
    }

    @Test
    void aYearOfFiveDigits() throws IOException {
        int line = SampleFolder.setField(folder.resolve("events.csv"), 7, "year", "20016");
        ImportException e = refused(folder);
        assertPlace(e, "events.csv", line, "year");
        assertTrue(e.reason().contains("20016"), e.getMessage());
    }

    @Test
    void anAllianceOfAFirmThatDoesNotExist() throws IOException {
        int line = SampleFolder.setField(folder.resolve("alliances.csv"), 5, "firm_id", "no-such-firm");
        ImportException e = refused(folder);
        assertPlace(e, "alliances.csv", line, "firm_id");
        assertTrue(e.reason().contains("no-such-firm"), e.getMessage());
    }

    @Test
    void aLineOfSeveralMegabytes() throws IOException {
        int line = SampleFolder.setField(folder.resolve("firms.csv"), 4, "note", "x".repeat(3 * 1024 * 1024));
        ImportException e = refused(folder);
        assertTrue(e.file().endsWith("firms.csv"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().length() < 2000, "the message does not carry the line itself");
    }

    @Test
    void aValueLongerThanTheDatabaseHolds() throws IOException {
        // the files' reader knows no column sizes; the comparison with the database does, and names the line
        int line = SampleFolder.setField(folder.resolve("firms.csv"), 6, "city", "C".repeat(300));
        ImportException e = refused(folder);
        assertPlace(e, "firms.csv", line, "city");
        assertTrue(e.reason().contains("300"), e.getMessage());
    }

    @Test
    void aJsonBundleWithANumberWhereATextIsExpected() throws Exception {
        Path bundle = dir.resolve("sample.json");
        JsonBundle.write(new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE), bundle);
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(bundle.toFile());
        ArrayNode firms = (ArrayNode) root.get("tables").get("firms.csv");
        ((ObjectNode) firms.get(2)).put("name", 42);
        json.writeValue(bundle.toFile(), root);

        ImportException e = refused(bundle);
        String message = e.getMessage();
        assertTrue(e.file().endsWith("sample.json"), message);
        assertNotNull(e.path(), message);
        assertTrue(e.path().contains("firms.csv") && e.path().contains("[2]"), message);
        assertEquals("name", e.column(), message);
        assertTrue(message.contains(e.path()) && message.contains("\"name\""), message);
    }

    @Test
    void aFolderThatIsNoDataset() throws IOException {
        ImportException e = refused(Files.createDirectory(dir.resolve("empty")));
        assertTrue(e.getMessage().contains("sources.csv"), e.getMessage());
        ImportException none = refused(dir.resolve("nowhere"));
        assertTrue(none.getMessage().startsWith(dir.resolve("nowhere").toString()), none.getMessage());
    }
}
