package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Progress;

/**
 * A JSON bundle is checked as the CSV files are, and its own shape besides: each refusal names the file, the JSON
 * path of the row, its line and the field.
 */
class JsonBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Locale display;
    private static Dataset sample;

    @BeforeAll
    static void messagesInEnglish() throws ImportException {
        display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        sample = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
    }

    @AfterAll
    static void restoreTheLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    @TempDir
    Path dir;
    private Path bundle;

    @BeforeEach
    void writeTheSampleData() throws Exception {
        bundle = dir.resolve("dataset.json");
        JsonBundle.write(sample, bundle);
    }

    /** Changes the bundle as a tree, writes it back and expects it refused. */
    private ImportException refusedAfter(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(bundle.toFile(), root);
        return refused();
    }

    private ImportException refused() {
        ImportException e = assertThrows(ImportException.class, () -> JsonBundle.read(bundle));
        assertEquals(bundle.toString(), e.file());
        assertTrue(e.getMessage().startsWith(bundle.toString()), e.getMessage());
        return e;
    }

    private static ArrayNode table(ObjectNode root, String name) {
        return (ArrayNode) root.get("tables").get(name);
    }

    private static ObjectNode row(ObjectNode root, String table, int index) {
        return (ObjectNode) table(root, table).get(index);
    }

    @Test
    void theBundleIsOneObjectWithOneRowPerLine() throws Exception {
        List<String> lines = Files.readAllLines(bundle);
        assertEquals("{", lines.get(0));
        assertEquals("\"format\": \"bioregions-explorer-dataset\",", lines.get(1));
        assertEquals("\"version\": 1,", lines.get(2));
        int firms = lines.indexOf("\"firms.csv\": [");
        assertTrue(lines.get(firms + 1).startsWith("{\"id\":\"" + sample.firms().get(0).id() + "\", \"name\":"),
                lines.get(firms + 1));
        assertEquals(sample, JsonBundle.read(bundle));
    }

    @Test
    void aValueIsCheckedAsInACsvFileAndNamedByItsPathLineAndField() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(bundle));
        int row = lines.indexOf("\"alliances.csv\": [") + 1 + 3;
        lines.set(row, lines.get(row).replaceFirst("\"year\":\"\\d{4}\"", "\"year\":\"20016\""));
        Files.write(bundle, lines);
        ImportException e = refused();
        assertEquals("$.tables[\"alliances.csv\"][3]", e.path());
        assertEquals("year", e.column());
        assertEquals(row + 1, e.line(), "the line of the row");
        assertTrue(e.reason().contains("20016"), e.reason());
        assertTrue(e.getMessage().contains(
                "dataset.json, $.tables[\"alliances.csv\"][3], line " + e.line() + ", field \"year\""), e.getMessage());
    }

    @Test
    void aNumberWhereATextIsExpectedIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> row(root, "alliances.csv", 3).put("year", 2001));
        assertEquals("$.tables[\"alliances.csv\"][3]", e.path());
        assertEquals("year", e.column());
        assertTrue(e.reason().contains("not 2001"), e.reason());
    }

    @Test
    void anObjectWhereATextIsExpectedIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> row(root, "firms.csv", 0).putObject("note").put("a", "b"));
        assertEquals("$.tables[\"firms.csv\"][0]", e.path());
        assertEquals("note", e.column());
        assertTrue(e.reason().contains("{…}"), e.reason());
    }

    @Test
    void anArrayWhereARowIsExpectedIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> table(root, "alliances.csv").set(3, JSON.createArrayNode()));
        assertEquals("$.tables[\"alliances.csv\"][3]", e.path());
        assertNull(e.column());
        assertTrue(e.reason().contains("JSON object"), e.reason());
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        ImportException e = refusedAfter(root -> row(root, "firms.csv", 1).remove("name"));
        assertEquals("$.tables[\"firms.csv\"][1]", e.path());
        assertEquals("name", e.column());
    }

    @Test
    void anOptionalFieldMayBeLeftOutAsAnOptionalColumnMay() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
        for (var firm : table(root, "firms.csv")) {
            ((ObjectNode) firm).remove("focus");
        }
        JSON.writeValue(bundle.toFile(), root);
        assertTrue(JsonBundle.read(bundle).firms().stream().allMatch(f -> f.focus() == null));
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        ImportException e = refusedAfter(root -> row(root, "firms.csv", 1).put("colour", "red"));
        assertEquals("$.tables[\"firms.csv\"][1]", e.path());
        assertEquals("colour", e.column());
        assertTrue(e.reason().contains("the fields of firms.csv are"), e.reason());
    }

    @Test
    void anUnknownTableIsNamed() throws Exception {
        ImportException e = refusedAfter(root -> ((ObjectNode) root.get("tables")).putArray("firm.csv"));
        assertEquals("$.tables", e.path());
        assertEquals("firm.csv", e.column());
    }

    @Test
    void aMissingRequiredTableIsNamed() throws Exception {
        ImportException e = refusedAfter(root -> ((ObjectNode) root.get("tables")).remove("partners.csv"));
        assertEquals("$.tables", e.path());
        assertEquals("partners.csv", e.column());
    }

    @Test
    void aTableThatIsNotAnArrayIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> ((ObjectNode) root.get("tables")).put("events.csv", "none"));
        assertEquals("$.tables[\"events.csv\"]", e.path());
        assertTrue(e.reason().contains("array"), e.reason());
    }

    @Test
    void anotherFormatIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> root.put("format", "something-else"));
        assertEquals("$", e.path());
        assertEquals("format", e.column());
        assertTrue(e.reason().contains("something-else"), e.reason());
    }

    @Test
    void aNewerVersionIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> root.put("version", 2));
        assertEquals("version", e.column());
        assertTrue(e.reason().contains("version 2"), e.reason());
        e = refusedAfter(root -> root.put("version", "1"));
        assertEquals("version", e.column());
    }

    @Test
    void aMissingFormatIsRefused() throws Exception {
        ImportException e = refusedAfter(root -> root.remove("format"));
        assertEquals("format", e.column());
    }

    @Test
    void aKeyUsedTwiceNamesTheLineOfItsFirstUse() throws Exception {
        String first = sample.firms().get(0).id();
        ImportException e = refusedAfter(root -> row(root, "firms.csv", 5).put("id", first));
        assertEquals("$.tables[\"firms.csv\"][5]", e.path());
        assertEquals("id", e.column());
        assertTrue(e.reason().contains(first), e.reason());
    }

    @Test
    void malformedJsonIsNamedByJacksonsLineAndColumn() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(bundle));
        int firms = lines.indexOf("\"firms.csv\": [");
        lines.set(firms + 3, lines.get(firms + 3).replaceFirst("\"name\":", "\"name\" "));
        Files.write(bundle, lines);
        ImportException e = refused();
        assertEquals(firms + 4, e.line());
        assertEquals("$.tables[\"firms.csv\"][2]", e.path());
        assertEquals("name", e.column());
        assertTrue(e.reason().contains("not valid JSON at character"), e.reason());
    }

    @Test
    void aFileThatIsNotJsonAtAllIsRefused() throws Exception {
        Files.writeString(bundle, "id,name\nx,y\n");
        ImportException e = refused();
        assertEquals(1, e.line());
        Files.writeString(bundle, "");
        e = refused();
        assertTrue(e.reason().contains("one JSON object"), e.reason());
        Files.writeString(bundle, "[]");
        e = refused();
        assertTrue(e.reason().contains("one JSON object"), e.reason());
    }

    @Test
    void aMissingFileIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> JsonBundle.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
    }
}
