package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.MetaRepository;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/**
 * An import into an empty database commits as it goes; these tests hold it to "all of it or none of it" all the
 * same: after a refusal late in the data, after a kill, and for anybody reading while it runs.
 */
@ExtendWith(EnglishMessages.class)
class ImportInStepsTest {
    @TempDir
    Path dir;

    /** 300 synthetic firms: some 6,000 alliances, so that several steps are committed before the last row. */
    private static Dataset synthetic() {
        return SyntheticDataset.generate(300, 3L);
    }

    private static void assertEmpty(Store store) {
        store.counts().forEach((table, rows) -> {
            if (!table.equals("app_meta")) {
                assertEquals(0L, rows, table + " is empty again");
            }
        });
        assertTrue(store.meta().get(MetaRepository.IMPORT_UNFINISHED).isEmpty(), "no import is left unfinished");
    }

    @Test
    void aRowTheDatabaseRefusesAtTheEndLeavesTheEmptyDatabaseEmpty() {
        Dataset good = synthetic();
        List<Alliance> alliances = new ArrayList<>(good.alliances());
        Alliance first = alliances.get(0);
        Alliance last = alliances.get(alliances.size() - 1);
        // the same id twice: the reader would have caught it in a file, here only the database's key does
        alliances.set(alliances.size() - 1, new Alliance(first.id(), last.firmId(), last.partnerId(), last.year(),
                last.endYear(), last.kind(), last.direction(), last.subject(), last.valueMusd(), last.sourceId(),
                last.verified(), last.note()));
        Dataset bad = new Dataset(good.sources(), good.firms(), good.events(), good.partners(), alliances,
                good.evidence(), good.indicators(), good.indicatorValues(), good.performanceGroups(), good.notes(),
                good.policyBands());
        try (Store store = Store.open(dir.resolve("db"))) {
            List<Long> reported = new ArrayList<>();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.datasetWriter().write(bad, Map.of(), (done, total, m) -> reported.add(done)));
            assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
            assertTrue(reported.stream().anyMatch(done -> done > bad.rowCount() / 2),
                    "the refusal came after most rows were written");
            assertEmpty(store);

            store.datasetWriter().write(good, Map.of(), Progress.NONE);
            assertEquals(good.alliances().size(), store.counts().get("alliance"), "the good dataset goes in after");
        }
    }

    @Test
    void intoADatabaseThatHoldsDataARefusalLateInTheDataChangesNothing() {
        Dataset first = synthetic();
        Dataset second = SyntheticDataset.generate(300, 4L);
        try (Store store = Store.open(dir.resolve("db"))) {
            store.datasetWriter().write(first, Map.of(), Progress.NONE);
            Map<String, Long> before = store.counts();
            // the second dataset's own ids are new, but its last alliance repeats one already stored
            List<Alliance> alliances = new ArrayList<>();
            for (Alliance a : second.alliances()) {
                alliances.add(new Alliance("b-" + a.id(), a.firmId(), a.partnerId(), a.year(), a.endYear(), a.kind(),
                        a.direction(), a.subject(), a.valueMusd(), a.sourceId(), a.verified(), a.note()));
            }
            Alliance last = alliances.get(alliances.size() - 1);
            alliances.set(alliances.size() - 1, new Alliance(first.alliances().get(0).id(), last.firmId(),
                    last.partnerId(), last.year(), last.endYear(), last.kind(), last.direction(), last.subject(),
                    last.valueMusd(), last.sourceId(), last.verified(), last.note()));
            Dataset clash = new Dataset(List.of(), List.of(), List.of(), List.of(), alliances, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
            assertThrows(StoreException.class, () -> store.datasetWriter().write(clash, Map.of(), Progress.NONE));
            assertEquals(before, store.counts(), "one transaction: nothing of it stays, nothing before it goes");
            assertTrue(store.meta().get(MetaRepository.IMPORT_UNFINISHED).isEmpty());
        }
    }

    @Test
    void nobodyReadingDuringTheImportSeesHalfOfIt() throws Exception {
        Dataset data = synthetic();
        try (Store store = Store.open(dir.resolve("db"))) {
            List<CompletableFuture<Map<String, Long>>> reader = new ArrayList<>();
            store.datasetWriter().write(data, Map.of(), (done, total, message) -> {
                if (reader.isEmpty() && done * 2 >= total) {
                    reader.add(CompletableFuture.supplyAsync(store::counts));
                    assertThrows(TimeoutException.class, () -> reader.get(0).get(300, TimeUnit.MILLISECONDS),
                            "a read waits while half the dataset is stored");
                }
            });
            Map<String, Long> seen = reader.get(0).get(30, TimeUnit.SECONDS);
            assertEquals(data.alliances().size(), seen.get("alliance"));
            assertEquals(data.notes().size(), seen.get("note"));
            assertEquals(data.firms().size(), seen.get("firm"));
        }
    }

    @Test
    void anImportKilledHalfwayIsUndoneWhenTheDatabaseIsNextOpened() throws Exception {
        Path db = dir.resolve("killed.mv.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process importer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportUntilKilled.class.getName(), db.toString(), "300")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("halfway", out.readLine());
        } finally {
            importer.destroyForcibly(); // SIGKILL: neither the import nor H2 gets to close anything
            assertTrue(importer.waitFor(30, TimeUnit.SECONDS), "the importer is gone");
        }

        try (Store store = Store.open(db)) {
            String said = store.interruptedImport().orElseThrow();
            Matcher removed = Pattern.compile("the ([\\d,]+) rows it had stored were removed").matcher(said);
            assertTrue(removed.find(), said);
            assertTrue(Long.parseLong(removed.group(1).replace(",", "")) > 0, "steps had been committed: " + said);
            assertEmpty(store);
            DatasetImporter importer2 = new DatasetImporter(store);
            assertTrue(importer2.isFirstStart(), "the next start loads the sample data again");
            assertTrue(importer2.loadSampleDataOnFirstStart(Progress.NONE));
        }
        try (Store store = Store.open(db)) {
            assertTrue(store.interruptedImport().isEmpty(), "a finished import leaves nothing to undo");
        }
    }
}
