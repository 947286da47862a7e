package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/**
 * A dataset imported into a database that holds data: the preview says what would be added, changed and in
 * conflict with the researcher's own changes; the import does it in one go, writes a line to the change log, and
 * never deletes; a conflict keeps the researcher's version unless the file's is asked for.
 */
@ExtendWith(EnglishMessages.class)
class ImportMergeTest {
    @TempDir
    Path dir;
    private Store store;
    private Path folder;
    private DatasetExchange exchange;

    @BeforeEach
    void sampleDataStoredAndCopied() throws Exception {
        store = Store.open(dir.resolve("db"));
        new DatasetImporter(store).importFolder(CsvFolder.sampleData(), Progress.NONE);
        folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
        exchange = new DatasetExchange(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    /** Adds a copy of the file's first alliance under a new id. */
    private static void addAlliance(Path alliances, String id) throws IOException {
        CSVRecord first = records(alliances).get(0);
        List<String> values = new ArrayList<>(first.toList());
        values.set(first.getParser().getHeaderNames().indexOf("id"), id);
        StringBuilder line = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(line, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(values);
        }
        String text = Files.readString(alliances, StandardCharsets.UTF_8);
        Files.writeString(alliances, (text.endsWith("\n") ? text : text + "\n") + line, StandardCharsets.UTF_8);
    }

    @Test
    void aRenamedFirmAndANewAllianceAreOneChangeAndOneAddition() throws Exception {
        String firmId = records(folder.resolve("firms.csv")).get(0).get("id");
        SampleFolder.setField(folder.resolve("firms.csv"), 0, "name", "Renamed Bio NV");
        addAlliance(folder.resolve("alliances.csv"), "merge-test-new-alliance");
        long alliancesBefore = store.counts().get("alliance");

        DatasetMerge.Plan plan = exchange.plan(folder, Progress.NONE);
        assertEquals(1, plan.changed(), plan.rows().toString());
        assertEquals(1, plan.added(), plan.rows().toString());
        assertEquals(0, plan.conflicts());
        assertFalse(plan.blocked());
        DatasetMerge.Row change = plan.rows().stream().filter(r -> r.action() == DatasetMerge.Action.CHANGE)
                .findFirst().orElseThrow();
        assertEquals("firm", change.table());
        assertEquals(firmId, change.key());
        assertEquals(1, change.fields().size());
        assertEquals("name", change.fields().get(0).name());
        assertEquals("Renamed Bio NV", change.fields().get(0).incoming());
        DatasetMerge.Row added = plan.rows().stream().filter(r -> r.action() == DatasetMerge.Action.ADD)
                .findFirst().orElseThrow();
        assertEquals("alliance", added.table());
        assertEquals("merge-test-new-alliance", added.key());

        DatasetMerge.Result done = exchange.apply(plan, false);
        assertEquals(1, done.added());
        assertEquals(1, done.changed());
        assertEquals("Renamed Bio NV", store.firms().byId(firmId).orElseThrow().name());
        assertTrue(store.alliances().all().stream().map(Alliance::id).anyMatch("merge-test-new-alliance"::equals));
        assertEquals(alliancesBefore + 1, store.counts().get("alliance"));

        Change line = store.edits().log(1).get(0);
        assertEquals(Change.Action.IMPORT, line.action());
        assertTrue(line.summary().startsWith("1 added, 1 changed from "), line.summary());
        assertTrue(line.summary().contains(folder.toString()), line.summary());
        // changes before an import cannot be undone: undo stops at the import
        assertTrue(store.edits().undoable().isEmpty());
        assertTrue(store.edits().undo().isEmpty());
        assertEquals("Renamed Bio NV", store.firms().byId(firmId).orElseThrow().name());

        // the same file again: everything is there already
        DatasetMerge.Plan again = exchange.plan(folder, Progress.NONE);
        assertTrue(again.nothingToDo(), again.rows().toString());
        String sum = store.checksum();
        assertEquals(0, exchange.apply(again, false).added());
        assertEquals(sum, store.checksum(), "an import with nothing to do writes nothing, not even a log line");
    }

    @Test
    void aFirmChangedInTheAppIsAConflictAndKeepsTheResearchersVersionUnlessAsked() throws Exception {
        Firm firm = store.firms().byId(records(folder.resolve("firms.csv")).get(1).get("id")).orElseThrow();
        store.edits().save(new Firm(firm.id(), firm.name(), firm.region(), "Edited City", firm.founded(),
                firm.origin(), firm.originKind(), firm.focus(), firm.status(), firm.sourceId(), firm.verified(),
                firm.note()));
        SampleFolder.setField(folder.resolve("firms.csv"), 1, "city", "City Of The File");
        addAlliance(folder.resolve("alliances.csv"), "merge-test-another");

        DatasetMerge.Plan plan = exchange.plan(folder, Progress.NONE);
        assertTrue(plan.hasConflicts());
        assertFalse(plan.blocked(), "a choice resolves a conflict over the researcher's version");
        DatasetMerge.Row conflict = plan.conflictRows().get(0);
        assertEquals(DatasetMerge.Conflict.EDITED, conflict.conflict());
        assertEquals(firm.id(), conflict.key());
        assertEquals(List.of(new DatasetMerge.Field("city", "Edited City", "City Of The File")), conflict.fields());
        assertEquals(1, plan.added());

        DatasetMerge.Result kept = exchange.apply(plan, false);
        assertEquals(1, kept.added());
        assertEquals(0, kept.changed());
        assertEquals(1, kept.kept());
        assertEquals("Edited City", store.firms().byId(firm.id()).orElseThrow().city());

        // the researcher's version still stands, so the file's is still a conflict, also after that import
        DatasetMerge.Plan again = exchange.plan(folder, Progress.NONE);
        assertEquals(1, again.conflicts(), again.rows().toString());
        assertEquals(0, again.added() + again.changed());

        DatasetMerge.Result taken = exchange.apply(again, true);
        assertEquals(1, taken.changed());
        assertEquals("City Of The File", store.firms().byId(firm.id()).orElseThrow().city());
        assertTrue(exchange.plan(folder, Progress.NONE).nothingToDo());
    }

    @Test
    void aFactDeletedInTheAppIsNotBroughtBackWithoutAsking() throws Exception {
        String id = "merge-test-to-delete";
        addAlliance(folder.resolve("alliances.csv"), id);
        exchange.apply(exchange.plan(folder, Progress.NONE), false);
        store.edits().delete(be.bioregions.explorer.domain.FactKind.ALLIANCE, id);

        DatasetMerge.Plan plan = exchange.plan(folder, Progress.NONE);
        assertEquals(1, plan.conflicts(), plan.rows().toString());
        DatasetMerge.Row row = plan.conflictRows().get(0);
        assertEquals(id, row.key());
        assertFalse(row.stored());
        exchange.apply(plan, false);
        assertFalse(store.alliances().all().stream().anyMatch(a -> a.id().equals(id)));
        exchange.apply(exchange.plan(folder, Progress.NONE), true);
        assertTrue(store.alliances().all().stream().anyMatch(a -> a.id().equals(id)));
    }

    @Test
    void aPlanIsNotCarriedOutOnceTheDatabaseHasChanged() throws Exception {
        SampleFolder.setField(folder.resolve("firms.csv"), 0, "city", "Somewhere Else");
        DatasetMerge.Plan plan = exchange.plan(folder, Progress.NONE);
        assertEquals(1, plan.changed());
        Firm firm = store.firms().byId(plan.rows().get(0).key()).orElseThrow();
        store.edits().save(new Firm(firm.id(), firm.name(), firm.region(), "Edited Meanwhile", firm.founded(),
                firm.origin(), firm.originKind(), firm.focus(), firm.status(), firm.sourceId(), firm.verified(),
                firm.note()));
        String sum = store.checksum();
        StoreException e = assertThrows(StoreException.class, () -> exchange.apply(plan, true));
        assertTrue(e.getMessage().contains("changed since the preview"), e.getMessage());
        assertEquals(sum, store.checksum());
    }

    @Test
    void aNameTakenOrAReferenceToNothingRefusesTheImportWhateverTheChoice() throws Exception {
        Dataset sample = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
        Firm taken = sample.firms().get(0);
        Firm clash = new Firm("merge-test-clash", taken.name().toUpperCase(Locale.ROOT), taken.region(), null,
                2001, null, null, null, null, null, false, null);
        Alliance a = sample.alliances().get(0);
        Alliance dangling = new Alliance("merge-test-dangling", a.firmId(), "no-such-partner", a.year(), null,
                a.kind(), null, null, null, null, false, null);
        Dataset incoming = new Dataset(List.of(), List.of(clash), List.of(), List.of(), List.of(dangling), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String sum = store.checksum();

        DatasetMerge.Plan plan = store.merge().plan(incoming, "test");
        assertTrue(plan.blocked());
        List<DatasetMerge.Conflict> kinds = plan.conflictRows().stream().map(DatasetMerge.Row::conflict).toList();
        assertEquals(List.of(DatasetMerge.Conflict.NAME_TAKEN, DatasetMerge.Conflict.UNKNOWN_REFERENCE), kinds);
        DatasetMerge.Row reference = plan.conflictRows().get(1);
        assertEquals("partner_id", reference.fields().get(0).name());
        assertTrue(reference.reason().contains("no-such-partner"), reference.reason());
        assertThrows(StoreException.class, () -> store.merge().apply(plan, false));
        assertThrows(StoreException.class, () -> store.merge().apply(plan, true));
        assertEquals(sum, store.checksum());
    }

    @Test
    void theChecksumSeesEveryTable() throws Exception {
        String before = store.checksum();
        assertEquals(before, store.checksum());
        store.story().add(new be.bioregions.explorer.domain.StoryStep(null, 0, "firms", null, null, null, null,
                java.util.Map.of(), "a step"));
        assertNotEquals(before, store.checksum(), "the story is part of the fingerprint");
    }
}
