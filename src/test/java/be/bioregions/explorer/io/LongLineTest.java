package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Progress;

/**
 * A file that is not a dataset, such as one line of hundreds of megabytes, is refused quickly and without filling
 * the memory: the reading stops once a row passes {@link CsvTable#MAX_ROW_CHARS}, naming the file and the line. The
 * test writes a line of five megabytes, enough to pass the limit several times over.
 */
@ExtendWith(EnglishMessages.class)
class LongLineTest {
    private static final int FIVE_MB = 5 * 1024 * 1024;
    /** Generous for a machine under load; reading the whole line the old way took far longer on 200 MB. */
    private static final long FAST_MILLIS = 3_000;

    @TempDir
    Path dir;
    private Path folder;

    @BeforeEach
    void copySampleData() throws IOException {
        folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
    }

    /** Puts {@code text} in place of line {@code lineNumber} of the file, writing it without holding it twice. */
    private static void replaceLine(Path file, int lineNumber, String text) throws IOException {
        List<String> lines = new ArrayList<>(SampleFolder.lines(file));
        lines.set(lineNumber - 1, text);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    private ImportException refusedQuickly() {
        long start = System.nanoTime();
        ImportException e = assertThrows(ImportException.class,
                () -> new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < FAST_MILLIS, "refused in " + millis + " ms");
        return e;
    }

    @Test
    void aLineOfFiveMegabytesIsRefusedWithItsFileAndLine() throws IOException {
        Path firms = folder.resolve("firms.csv");
        replaceLine(firms, 4, "x".repeat(FIVE_MB));
        ImportException e = refusedQuickly();
        assertEquals(firms.toString(), e.file());
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("longer than 1,048,576 characters"), e.reason());
        assertTrue(e.getMessage().contains("firms.csv, line 4"), e.getMessage());
    }

    @Test
    void aQuotedValueOfManyShortLinesCountsAsOneRow() throws IOException {
        Path events = folder.resolve("events.csv");
        String header = SampleFolder.lines(events).get(0);
        StringBuilder many = new StringBuilder("\"");
        while (many.length() < FIVE_MB) {
            many.append("a short line inside quotes\n");
        }
        replaceLine(events, 3, many.append('"').toString());
        ImportException e = refusedQuickly();
        assertEquals(events.toString(), e.file());
        assertEquals(3, e.line(), "the row is named by its first line");
        assertTrue(e.reason().contains("longer than"), e.reason());
        assertTrue(header.startsWith("id,"));
    }

    @Test
    void aRowJustUnderTheLimitIsRead() throws Exception {
        Path firms = folder.resolve("firms.csv");
        int row = 2;
        int line = SampleFolder.setField(firms, row, "note", "n".repeat(CsvTable.MAX_ROW_CHARS - 1000));
        assertTrue(line > 1);
        var data = new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE);
        assertEquals(CsvTable.MAX_ROW_CHARS - 1000, data.firms().get(row).note().length());
    }

    @Test
    void theFirstByteThatIsNotUtf8IsNamedByItsLineFarIntoAFile() throws IOException {
        // the reader decodes ahead of the parser; the line must still be the line of the bad byte
        Path alliances = folder.resolve("alliances.csv");
        List<String> lines = SampleFolder.lines(alliances);
        int bad = lines.size() - 2;
        assertTrue(String.join("\n", lines.subList(0, bad)).length() > 20_000, "the bad byte lies far into the file");
        byte[] before = (String.join("\n", lines.subList(0, bad - 1)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\n" + String.join("\n", lines.subList(bad, lines.size())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = lines.get(bad - 1).replaceFirst(",", ",Li\u00E8ge ").getBytes(StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(alliances)) {
            out.write(before);
            out.write(latin1);
            out.write(after);
        }
        ImportException e = refusedQuickly();
        assertEquals(alliances.toString(), e.file());
        assertEquals(bad, e.line());
        assertTrue(e.reason().contains("UTF-8"), e.reason());
    }

    @Test
    void aJsonBundleWithAFiveMegabyteTextIsRefusedWithItsPlace() throws Exception {
        Path bundle = dir.resolve("dataset.json");
        JsonBundle.write(new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE), bundle);
        String text = Files.readString(bundle);
        int at = text.indexOf("\"note\":\"", text.indexOf("\"firms.csv\"")) + "\"note\":\"".length();
        Files.writeString(bundle, text.substring(0, at) + "y".repeat(FIVE_MB) + text.substring(at));
        long start = System.nanoTime();
        ImportException e = assertThrows(ImportException.class, () -> JsonBundle.read(bundle));
        assertTrue((System.nanoTime() - start) / 1_000_000 < FAST_MILLIS);
        assertEquals(bundle.toString(), e.file());
        assertEquals("$.tables[\"firms.csv\"][0]", e.path());
        assertEquals("note", e.column());
        assertEquals(Files.readAllLines(bundle).indexOf("\"firms.csv\": [") + 2, e.line());
        assertTrue(e.reason().contains("longer than 1,048,576 characters"), e.reason());
    }
}
