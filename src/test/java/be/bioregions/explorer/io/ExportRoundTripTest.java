package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/**
 * An export gives back what was stored: the database read as a dataset, written as CSV files or as a JSON bundle,
 * and imported into an empty database reads as the same dataset, the researcher's classifications and notes
 * included.
 */
@ExtendWith(EnglishMessages.class)
class ExportRoundTripTest {
    private static final Instant SET = Instant.parse("2024-05-01T10:15:30.123456789Z");
    private static final Instant LATER = Instant.parse("2024-06-02T08:00:00Z");

    @TempDir
    Path dir;
    private Store first;
    private Dataset exported;

    /** The sample data, two classifications (one withdrawn), a note about two firms and a deleted note. */
    @BeforeEach
    void storeTheSampleDataWithTheResearchersWork() throws Exception {
        first = Store.open(dir.resolve("first"));
        new DatasetImporter(first).importFolder(CsvFolder.sampleData(), Progress.NONE);
        List<String> firms = first.firms().all().stream().map(f -> f.id()).sorted().toList();
        first.classifications().addOverride(firms.get(0), 2005, BusinessModel.PLATFORM,
                "=platform deals outweigh products, see the 2005 annual report", SET);
        ModelOverride old = first.classifications().addOverride(firms.get(1), 1999, BusinessModel.HYBRID,
                "an early guess", SET);
        first.classifications().withdraw(old.id(), LATER);

        Note note = first.notes().create(SET);
        // an interview with its fields, linked to firms, an alliance and a partner: all of it travels with an export
        be.bioregions.explorer.domain.Alliance alliance = first.alliances().all().get(0);
        first.notes().save(note.edited("Interview notes", "- Met the *CEO*;\n\n    indented code\n  - licensing first\n\n",
                new Note.Interview(java.time.LocalDate.of(2016, 3, 1), "A. Founder", "CEO", "=Example Bio", true),
                List.of(firms.get(2), firms.get(0)), List.of(alliance.id()), List.of(alliance.partnerId()),
                List.of("interview", "2005"), LATER));
        Note deleted = first.notes().create(SET);
        first.notes().delete(deleted.id(), LATER);

        exported = first.datasetReader().read();
    }

    @AfterEach
    void close() {
        first.close();
    }

    @Test
    void theDatabaseReadsAsADatasetWithTheResearchersWork() {
        assertEquals(first.counts().get("firm"), exported.firms().size());
        assertEquals(first.counts().get("alliance"), exported.alliances().size());
        assertEquals(first.counts().get("source"), exported.sources().size());
        assertEquals(2, exported.overrides().size(), "both classifications, the withdrawn one too");
        ModelOverride withdrawn = exported.overrides().stream().filter(o -> !o.active()).findFirst().orElseThrow();
        assertEquals(LATER, withdrawn.withdrawn());
        assertTrue(exported.overrides().stream().allMatch(o -> o.id() == 0), "a dataset holds no database numbers");
        assertEquals(1, exported.notes().size(), "the deleted note is left out");
        Note note = exported.notes().get(0);
        assertNull(note.id());
        assertEquals(List.of("2005", "interview"), note.tags());
        assertEquals(2, note.firmIds().size());
        assertEquals(1, note.allianceIds().size());
        assertEquals(1, note.partnerIds().size());
        assertEquals("A. Founder", note.interview().interviewee());
        assertEquals(Boolean.TRUE, note.interview().consent());
        assertEquals(exported.firms().stream().map(f -> f.id()).sorted().toList(),
                exported.firms().stream().map(f -> f.id()).toList(), "rows come by id");
        assertEquals(exported, first.datasetReader().read(), "reading again gives the same dataset");
    }

    @Test
    void csvFilesImportedIntoAnEmptyDatabaseGiveBackTheSameDataset() throws Exception {
        Path folder = dir.resolve("csv");
        new CsvDatasetWriter().write(exported, folder);
        assertTrue(Files.isRegularFile(folder.resolve(DatasetFiles.MODEL_OVERRIDES.fileName())));
        try (Store second = Store.open(dir.resolve("second"))) {
            new DatasetImporter(second).importFolder(CsvFolder.of(folder), Progress.NONE);
            assertSame(exported, second.datasetReader().read());
            assertEquals(first.classifications().latest(), second.classifications().latest(),
                    "the classifications in force are the same");
        }
    }

    @Test
    void aJsonBundleStoredInAnEmptyDatabaseGivesBackTheSameDataset() throws Exception {
        Path file = dir.resolve("export").resolve("dataset.json");
        JsonBundle.write(exported, file);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside the bundle");
        }
        try (Store third = Store.open(dir.resolve("third"))) {
            third.datasetWriter().write(JsonBundle.read(file), Map.of(), Progress.NONE);
            assertSame(exported, third.datasetReader().read());
        }
    }

    @Test
    void theCsvFilesAndTheJsonBundleOfOneDatasetReadTheSame() throws Exception {
        Path folder = dir.resolve("csv");
        Path file = dir.resolve("dataset.json");
        new CsvDatasetWriter().write(exported, folder);
        JsonBundle.write(exported, file);
        Dataset fromCsv = new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE);
        Dataset fromJson = JsonBundle.read(file);
        assertSame(fromCsv, fromJson);
        assertSame(exported, fromCsv);
    }

    @Test
    void anOptionalFileLeftByAnEarlierExportIsRemovedWhenTheDatasetHasNoRowsForIt() throws Exception {
        Path folder = dir.resolve("csv");
        new CsvDatasetWriter().write(exported, folder);
        Dataset without = new Dataset(exported.sources(), exported.firms(), exported.events(), exported.partners(),
                exported.alliances(), exported.evidence(), exported.indicators(), exported.indicatorValues(),
                exported.performanceGroups(), exported.notes(), exported.policyBands());
        new CsvDatasetWriter().write(without, folder);
        assertFalse(Files.exists(folder.resolve(DatasetFiles.MODEL_OVERRIDES.fileName())));
        assertEquals(List.of(), new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE).overrides());
    }

    @Test
    void aClassificationOfAFirmTheDatabaseLacksIsRefusedAndNothingIsStored() {
        ModelOverride stray = new ModelOverride(0, "no-such-firm", 2001, BusinessModel.ROYALTY, "why", SET, null);
        Dataset data = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(stray));
        Map<String, Long> before = first.counts();
        StoreException e = assertThrows(StoreException.class,
                () -> first.datasetWriter().write(data, Map.of(), Progress.NONE));
        assertTrue(e.getMessage().contains("no-such-firm"), e.getMessage());
        assertEquals(before, first.counts());
    }

    @Test
    void aClassificationInAFileIsCheckedLikeOneSetInTheApp() throws Exception {
        Path folder = SampleFolder.copyTo(Files.createDirectory(dir.resolve("data")));
        String firm = exported.firms().get(0).id();
        Path overrides = folder.resolve(DatasetFiles.MODEL_OVERRIDES.fileName());
        Files.writeString(overrides, "firm_id,as_of_year,model,rationale,created,withdrawn\n"
                + firm + ",2005,platform,deals,2024-05-01T10:15:30Z,\n"
                + firm + ",1975,platform,too early,2024-05-01T10:15:30Z,\n");
        ImportException e = assertThrows(ImportException.class,
                () -> new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE));
        assertEquals(3, e.line());
        assertEquals("as_of_year", e.column());
        assertNull(e.path());

        Files.writeString(overrides, "firm_id,as_of_year,model,rationale,created,withdrawn\n"
                + firm + ",2005,platform,deals,2024-05-01T10:15:30Z,2024-04-01T00:00:00Z\n");
        e = assertThrows(ImportException.class,
                () -> new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE));
        assertEquals("withdrawn", e.column());
        assertTrue(e.reason().contains("before it is set"), e.reason());

        Files.writeString(overrides, "firm_id,as_of_year,model,rationale,created\n"
                + firm + ",2005,pure-licensing,deals,2024-05-01T10:15:30Z\n");
        Dataset read = new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE);
        assertEquals(List.of(new ModelOverride(0, firm, 2005, BusinessModel.PURE_LICENSING, "deals",
                Instant.parse("2024-05-01T10:15:30Z"), null)), read.overrides());
        assertNotNull(read.firms());
    }

    /** Table by table, so that a difference is named by its table. */
    private static void assertSame(Dataset expected, Dataset actual) {
        assertEquals(expected.sources(), actual.sources(), "sources");
        assertEquals(expected.firms(), actual.firms(), "firms");
        assertEquals(expected.events(), actual.events(), "events");
        assertEquals(expected.partners(), actual.partners(), "partners");
        assertEquals(expected.alliances(), actual.alliances(), "alliances");
        assertEquals(expected.evidence(), actual.evidence(), "evidence");
        assertEquals(expected.indicators(), actual.indicators(), "indicators");
        assertEquals(expected.indicatorValues(), actual.indicatorValues(), "indicator values");
        assertEquals(expected.performanceGroups(), actual.performanceGroups(), "performance groups");
        assertEquals(expected.policyBands(), actual.policyBands(), "policy bands");
        assertEquals(expected.notes(), actual.notes(), "notes");
        assertEquals(expected.overrides(), actual.overrides(), "overrides");
        assertEquals(expected, actual);
    }
}
