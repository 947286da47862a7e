package be.bioregions.explorer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.FactKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;

/** The researcher's edits: checked, logged, refused when they would break a reference, undone in reverse order. */
@ExtendWith(EnglishMessages.class)
class FactEditorTest {
    private static Store smallStore(Path dir) {
        Store store = Store.open(dir.resolve("db"));
        store.datasetWriter().write(StoreTest.smallDataset(), Map.of(), Progress.NONE);
        return store;
    }

    private static Alliance alliance(String id, int year, Integer end) {
        return new Alliance(id, "exbio", "pharma", year, end, AllianceKind.LICENSING, Direction.OUTBOUND,
                "a licence heard of in an interview", new BigDecimal("12.50"), null, false, null);
    }

    @Test
    void anAddedAllianceIsStoredLoggedAndUndoneAlsoAfterReopening(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            Change added = store.edits().save(alliance("exbio-new", 2013, null));
            assertEquals(Change.Action.ADD, added.action());
            assertTrue(added.summary().contains("Example Bio") && added.summary().contains("Big Pharma"),
                    added.summary());
            Change edited = store.edits().save(alliance("exbio-new", 2014, 2016));
            assertEquals(Change.Action.EDIT, edited.action());
            assertEquals(List.of("start_year", "end_year"), List.copyOf(edited.changedColumns()));
            assertEquals("2013", edited.before().get("start_year"));
            assertEquals("2014", edited.after().get("start_year"));
        }
        try (Store store = Store.open(dir.resolve("db"))) {
            // the edit is undone first, then the addition: the alliance is gone, the others are as they were
            assertEquals(2014, store.alliances().forFirm("exbio").stream().filter(a -> a.id().equals("exbio-new"))
                    .findFirst().orElseThrow().year());
            assertEquals(Change.Action.EDIT, store.edits().undo().orElseThrow().action());
            Alliance back = store.alliances().forFirm("exbio").stream().filter(a -> a.id().equals("exbio-new"))
                    .findFirst().orElseThrow();
            assertEquals(2013, back.year());
            assertEquals(null, back.endYear());
            assertEquals(0, new BigDecimal("12.50").compareTo(back.valueMusd()));
            assertEquals(Change.Action.ADD, store.edits().undo().orElseThrow().action());
            assertEquals(List.of("exbio-a1"), store.alliances().forFirm("exbio").stream().map(Alliance::id).toList());
            assertTrue(store.edits().undo().isEmpty(), "nothing left to undo");
            assertTrue(store.edits().log(10).stream().allMatch(Change::undone));
        }
    }

    @Test
    void aDeletedFirmComesBackWithEveryFieldByUndo(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            Firm lone = new Firm("lone", "Lone Bio", Region.BRUSSELS, "Brussels", 2017, null, null, "diagnostics",
                    "private", "s1", true, "founded after the thesis");
            store.edits().save(lone);
            store.edits().delete(FactKind.FIRM, "lone");
            assertTrue(store.firms().byId("lone").isEmpty());
            store.edits().undo();
            assertEquals(lone, store.firms().byId("lone").orElseThrow());
        }
    }

    @Test
    void badValuesAndBrokenReferencesAreRefusedByFieldAndChangeNothing(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            Map<String, Long> before = store.counts();
            FactEditor.Refused year = assertThrows(FactEditor.Refused.class,
                    () -> store.edits().save(alliance("bad", 20016, null)));
            assertEquals("start_year", year.problems().get(0).field());
            assertTrue(year.getMessage().contains("20016"), year.getMessage());
            FactEditor.Refused end = assertThrows(FactEditor.Refused.class,
                    () -> store.edits().save(alliance("bad", 2010, 2008)));
            assertEquals("end_year", end.problems().get(0).field());
            FactEditor.Refused firm = assertThrows(FactEditor.Refused.class, () -> store.edits().save(
                    new Alliance("bad", "nofirm", "pharma", 2010, null, AllianceKind.RESEARCH, null, null, null, null,
                            false, null)));
            assertEquals("firm_id", firm.problems().get(0).field());
            FactEditor.Refused name = assertThrows(FactEditor.Refused.class, () -> store.edits().save(
                    new Firm("copy", "example bio", Region.FLANDERS, null, 2000, null, null, null, null, null, false,
                            null)));
            assertEquals("name", name.problems().get(0).field());
            assertEquals(before, store.counts());
            assertTrue(store.edits().log(10).isEmpty(), "a refused change is not logged");
        }
    }

    @Test
    void aCitedSourceCannotBeDeletedAndTheRefusalListsTheFacts(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            StoreException refused = assertThrows(StoreException.class, () -> store.edits().delete(FactKind.SOURCE, "s1"));
            assertTrue(refused.getMessage().contains("firm Example Bio"), refused.getMessage());
            assertTrue(refused.getMessage().contains("alliance exbio-a1"), refused.getMessage());
            assertTrue(store.sources().byId("s1").isPresent());
            // the small dataset cites s1 from a firm, an event, an alliance, an evidence, an indicator, two values,
            // a performance group, two policy bands and a note
            assertEquals(11, store.edits().citing("s1").size(), store.edits().citing("s1").toString());

            store.edits().save(new Source("s2", "An interview, 2026", null, null, null));
            store.edits().delete(FactKind.SOURCE, "s2");
            assertTrue(store.sources().byId("s2").isEmpty(), "a source nothing cites can be deleted");
        }
    }

    @Test
    void newIdsAreWordsMadeFromTheNameAndNeverTaken(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            assertEquals("biotech-louvain", store.edits().freeId(FactKind.FIRM, "Biotéch  Louvain!"));
            assertEquals("exbio-2", store.edits().freeId(FactKind.FIRM, "ExBio"));
        }
    }

    @Test
    void anAdditionANoteLinksToIsNotUndoneAndTheRefusalNamesTheNote(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            store.edits().save(alliance("exbio-heard", 2015, null));
            be.bioregions.explorer.domain.Note note = store.notes().create(java.time.Instant.parse("2026-11-24T10:00:00Z"));
            store.notes().save(note.edited("Heard of a licence", "", null, List.of(), List.of("exbio-heard"), List.of(),
                    List.of(), java.time.Instant.parse("2026-11-24T10:05:00Z")));
            String before = store.checksum();
            StoreException refused = assertThrows(StoreException.class, () -> store.edits().undo());
            assertTrue(refused.getMessage().contains("Heard of a licence"), refused.getMessage());
            assertEquals(before, store.checksum(), "a refused undo changes nothing");
        }
    }

    @Test
    void twoUndosAtOnceUndoTwoChangesNotOneTwice(@TempDir Path dir) throws Exception {
        try (Store store = smallStore(dir)) {
            store.edits().save(alliance("exbio-one", 2013, null));
            store.edits().save(alliance("exbio-two", 2014, null));
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<java.util.Optional<Change>> undo = () -> {
                    start.await();
                    return store.edits().undo();
                };
                var a = two.submit(undo);
                var b = two.submit(undo);
                start.countDown();
                assertTrue(a.get().isPresent() && b.get().isPresent());
                assertTrue(!a.get().get().factId().equals(b.get().get().factId()), "each undid its own change");
            } finally {
                two.shutdownNow();
            }
            assertEquals(List.of("exbio-a1"), store.alliances().forFirm("exbio").stream().map(Alliance::id).toList());
            assertTrue(store.edits().log(10).stream().allMatch(Change::undone));
        }
    }

    @Test
    void evidenceTheRulesReadIsCorrectedAndTheCorrectionUndone(@TempDir Path dir) {
        try (Store store = smallStore(dir)) {
            be.bioregions.explorer.domain.Evidence stored = store.firms().evidence("exbio").get(0);
            be.bioregions.explorer.domain.Evidence corrected = new be.bioregions.explorer.domain.Evidence(stored.id(),
                    stored.firmId(), 2011, null, stored.kind(), stored.detail(), stored.sourceId(), stored.verified(),
                    "year corrected after an interview");
            assertEquals(Change.Action.EDIT, store.edits().save(corrected).action());
            assertEquals(corrected, store.firms().evidence("exbio").get(0));
            FactEditor.Refused end = assertThrows(FactEditor.Refused.class, () -> store.edits().save(
                    new be.bioregions.explorer.domain.Evidence("x2", "exbio", 2012, 2010, stored.kind(), null, null,
                            false, null)));
            assertEquals("end_year", end.problems().get(0).field());
            store.edits().undo();
            assertEquals(stored, store.firms().evidence("exbio").get(0));
        }
    }
}
