package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreSnapshot;

/**
 * Thousands of small accidents to the files of a dataset (a character deleted, doubled or swapped, a line cut short,
 * a quote, comma, newline or byte that is not UTF-8 slipped in, a digit changed, a cell emptied), each imported into
 * a database that holds the sample data. Whatever the accident: the only failure is an {@link ImportException}, and it
 * names the file and the line; a refused import leaves every row of the database as it was; an accepted one is
 * complete, so that importing the same files again finds nothing left to do.
 */
class ImportFuzzTest {
    /** Notes and overrides of the researcher's, so that those files are damaged too (the sample has neither). */
    private static final String NOTES = String.join("\n",
            "id,title,body,created,updated,firm_ids,tags,source_id",
            "fuzz-note-1,Interview at PGS,\"We spoke about the licences, the alliances\nand the patents.\","
                    + "2015-03-02T10:15:00Z,2015-03-02T11:00:00Z,pgs;innogenetics,interview;licensing,a-s13",
            "fuzz-note-2,A second note,Short.,2016-01-05T09:00:00Z,2016-01-05T09:30:00Z,innogenetics,,",
            "fuzz-note-3,Third,\"Quoted \"\"words\"\" here\",2016-02-01T08:00:00+01:00,2016-02-01T08:00:00+01:00,,tag,",
            "");
    private static final String OVERRIDES = String.join("\n",
            "firm_id,as_of_year,model,rationale,created,withdrawn",
            "pgs,1995,platform,\"Sold seeds through partners, licensed the rest\",2020-05-01T10:00:00Z,",
            "innogenetics,2001,fipco,Sells its own diagnostics,2020-05-02T10:00:00Z,2021-01-01T00:00:00Z",
            "");

    private static Locale display;
    private static Path root;
    private static Path work;
    private static Store store;
    private static DatasetExchange exchange;
    private static Map<String, byte[]> original;
    private static StoreSnapshot snapshot;
    private static String baseline;

    @BeforeContainer
    static void sampleDataStored() throws Exception {
        display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        root = Files.createTempDirectory("import-fuzz");
        work = SampleFolder.copyTo(Files.createDirectory(root.resolve("data")));
        Files.writeString(work.resolve("notes.csv"), NOTES, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("model_overrides.csv"), OVERRIDES, StandardCharsets.UTF_8);
        store = Store.open(root.resolve("db"));
        new DatasetImporter(store).importFolder(CsvFolder.sampleData(), Progress.NONE);
        exchange = new DatasetExchange(store);
        DatasetMerge.Plan first = exchange.plan(work, Progress.NONE);
        assertEquals(5, first.added(), "the notes and overrides are new: " + first.rows());
        exchange.apply(first, false);
        original = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.sorted().toList()) {
                original.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        snapshot = StoreSnapshot.take(store);
        baseline = store.checksum();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        if (store != null) {
            store.close();
        }
        if (root != null) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    /** What is done to a file: at a place (a fraction of its length), with a number for the kinds that need one. */
    enum Kind { DELETE, DUPLICATE, SWAP, CUT_LINE, QUOTE, COMMA, NEWLINE, BAD_BYTE, DIGIT, EMPTY_CELL }

    record Mutation(String file, Kind kind, double at, int n) {
        byte[] apply(byte[] bytes) {
            if (kind == Kind.BAD_BYTE) {
                int i = (int) (at * bytes.length);
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, i);
                out[i] = (byte) (n % 2 == 0 ? 0xFF : 0xC3); // never valid / a sequence cut short
                System.arraycopy(bytes, i, out, i + 1, bytes.length - i);
                return out;
            }
            StringBuilder s = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
            int i = Math.min((int) (at * s.length()), s.length() - 1);
            switch (kind) {
                case DELETE -> s.deleteCharAt(i);
                case DUPLICATE -> s.insert(i, s.charAt(i));
                case SWAP -> {
                    int j = Math.min(i + 1, s.length() - 1);
                    char c = s.charAt(i);
                    s.setCharAt(i, s.charAt(j));
                    s.setCharAt(j, c);
                }
                case CUT_LINE -> {
                    int end = s.indexOf("\n", i);
                    s.delete(i, end < 0 ? s.length() : end);
                }
                case QUOTE -> s.insert(i, '"');
                case COMMA -> s.insert(i, ',');
                case NEWLINE -> s.insert(i, '\n');
                case DIGIT -> {
                    for (int k = 0; k < s.length(); k++) {
                        int p = (i + k) % s.length();
                        if (Character.isDigit(s.charAt(p))) {
                            s.setCharAt(p, (char) ('0' + (s.charAt(p) - '0' + 1 + n % 9) % 10));
                            break;
                        }
                    }
                }
                case EMPTY_CELL -> {
                    int from = i;
                    while (from > 0 && s.charAt(from - 1) != ',' && s.charAt(from - 1) != '\n') {
                        from--;
                    }
                    int to = i;
                    while (to < s.length() && s.charAt(to) != ',' && s.charAt(to) != '\n') {
                        to++;
                    }
                    s.delete(from, to);
                }
                default -> throw new IllegalStateException(kind.name());
            }
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(List.copyOf(original.keySet())), Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void aDamagedDatasetIsImportedWholeOrNotAtAll(@ForAll("mutations") Mutation m) throws Exception {
        Path file = work.resolve(m.file());
        Files.write(file, m.apply(original.get(m.file())));
        try {
            DatasetMerge.Plan plan;
            try {
                plan = exchange.plan(work, Progress.NONE);
            } catch (ImportException e) {
                assertNamesTheFileAndLine(e);
                assertEquals(baseline, store.checksum(), "refused, and nothing changed: " + e.getMessage());
                Statistics.label("outcome").collect("refused by the reader");
                return;
            }
            if (plan.hasConflicts()) {
                // as the command line does: conflicts listed, nothing written
                assertEquals(baseline, store.checksum());
                Statistics.label("outcome").collect("conflicts: " + plan.conflictRows().get(0).conflict());
                return;
            }
            DatasetMerge.Result done = exchange.apply(plan, false);
            assertEquals(plan.added(), done.added());
            assertEquals(plan.changed(), done.changed());
            DatasetMerge.Plan again = exchange.plan(work, Progress.NONE);
            assertTrue(again.nothingToDo(), "imported whole, nothing left to do: " + again.rows());
            Statistics.label("outcome").collect(plan.nothingToDo() ? "nothing to do" : "imported");
            snapshot.restore(store);
            // the next try starts from the same database; checked here so that a bad reset is caught where it is made
            assertEquals(baseline, store.checksum(), "put back as it was");
        } finally {
            Files.write(file, original.get(m.file()));
        }
    }

    /** The message starts with the file's path and says the line (or, for the file as a whole, the file alone). */
    private static void assertNamesTheFileAndLine(ImportException e) {
        String message = e.getMessage();
        assertTrue(original.keySet().stream().anyMatch(f -> e.file().endsWith(f)), "names a file: " + message);
        assertTrue(message.startsWith(e.file()), message);
        assertTrue(e.line() > 0, "names a line: " + message);
        assertTrue(message.contains("line " + e.line()), message);
        assertTrue(e.reason() != null && !e.reason().isBlank(), message);
    }
}
