package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.store.Store;

/** The synthetic dataset the benchmark measures: same seed, same files; and it reads like any dataset. */
class SyntheticDatasetTest {
    private static final int FIRMS = 300;

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        new CsvDatasetWriter().write(SyntheticDataset.generate(FIRMS, 7), a);
        new CsvDatasetWriter().write(SyntheticDataset.generate(FIRMS, 7), b);
        new CsvDatasetWriter().write(SyntheticDataset.generate(FIRMS, 8), c);
        List<String> files = names(a);
        assertEquals(List.of("alliances.csv", "events.csv", "evidence.csv", "firms.csv", "notes.csv", "partners.csv",
                "policy_context.csv", "sources.csv"), files, "the files of the dataset format, and no temporary file left behind");
        assertEquals(files, names(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("alliances.csv")),
                Files.readAllBytes(c.resolve("alliances.csv"))), "another seed gives other alliances");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void itHasTheProportionsOfTheReferenceSize() {
        Dataset d = SyntheticDataset.generate(FIRMS, 1);
        assertEquals(FIRMS, d.firms().size());
        assertEquals(FIRMS / 20, d.partners().size(), "one partner per twenty firms");
        double perFirm = d.alliances().size() / (double) FIRMS;
        assertTrue(perFirm > 15 && perFirm < 25, perFirm + " alliances per firm");
        assertEquals(FIRMS, d.notes().size(), "one note per firm");
        assertTrue(d.firms().stream().allMatch(f -> f.founded() >= 1982 && f.founded() <= 2016));
    }

    @Test
    void everyRowCitesTheSyntheticSourceAndNoneIsMarkedVerified() {
        Dataset d = SyntheticDataset.generate(FIRMS, 1);
        assertEquals(1, d.sources().size());
        assertTrue(d.sources().get(0).citation().contains("Synthetic"), d.sources().get(0).citation());
        List<Sourced> facts = Stream.of(d.firms(), d.events(), d.partners(), d.alliances(), d.evidence())
                .flatMap(List::stream).map(Sourced.class::cast).toList();
        assertTrue(facts.stream().allMatch(f -> SyntheticDataset.SOURCE_ID.equals(f.sourceId()) && !f.verified()));
        assertTrue(d.notes().stream().allMatch(n -> SyntheticDataset.SOURCE_ID.equals(n.sourceId())));
    }

    @Test
    void itReadsBackUnchangedPassesTheDataChecksAndImports(@TempDir Path dir) throws Exception {
        Dataset generated = SyntheticDataset.generate(FIRMS, 3);
        new CsvDatasetWriter().write(generated, dir.resolve("data"));
        Dataset read = new CsvDatasetReader().read(CsvFolder.of(dir.resolve("data")), Progress.NONE);
        assertEquals(generated, read, "writing then reading gives back the same rows");

        assertEquals(List.of(), DatasetChecks.rowsWithoutAKnownSource(read));
        assertEquals(List.of(), DatasetChecks.yearsOutsideThePeriod(read));
        assertEquals(Map.of(), DatasetChecks.repeatedNames(read));
        assertEquals(List.of(), DatasetChecks.alliancesWithUnknownEnds(read));

        try (Store store = Store.open(dir.resolve("db"))) {
            new DatasetImporter(store).importFolder(CsvFolder.of(dir.resolve("data")), Progress.NONE);
            Map<String, Long> counts = store.counts();
            assertEquals(FIRMS, counts.get("firm"));
            assertEquals(read.alliances().size(), counts.get("alliance"));
            assertEquals(FIRMS, counts.get("note"));
            assertEquals(FIRMS, store.notes().all().stream().filter(n -> n.firmIds().size() == 1).count());
        }
    }
}
