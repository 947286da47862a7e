package be.bioregions.explorer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Region;

@ExtendWith(EnglishMessages.class)
class ClassificationRepositoryTest {
    private static final Instant T1 = Instant.parse("2026-12-01T09:15:30.123456Z");
    private static final Instant T2 = Instant.parse("2026-12-02T14:00:00Z");
    private static final Instant T3 = Instant.parse("2026-12-03T08:30:00Z");

    /** A store holding the small dataset's firm "exbio" and a second firm "other". */
    private static Store storeWithFirms(Path db) {
        Store store = Store.open(db);
        store.datasetWriter().write(StoreTest.smallDataset(), Map.of(), Progress.NONE);
        Firm other = new Firm("other", "Other Bio", Region.FLANDERS, "Ghent", 1995, null, null, null, null, "s1",
                false, null);
        store.datasetWriter().write(new Dataset(List.of(), List.of(other), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()), Map.of(), Progress.NONE);
        return store;
    }

    /** What the rules would have written: the rules' output is not written by this repository. */
    private static long rules(Store store, String firm, int year, BusinessModel model, Instant created) {
        return store.transaction(c -> {
            try (var ps = c.prepareStatement("INSERT INTO classification (firm_id, as_of_year, model, origin,"
                    + " rationale, created) VALUES (?, ?, ?, 'RULES', 'rules fired', ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, firm, year, model, created);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Test
    void anOverrideIsReadBackWithItsRationaleAndTheTimeItWasSet(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            ClassificationRepository repo = store.classifications();
            ModelOverride added = repo.addOverride("exbio", 2012, BusinessModel.RESEARCH_SERVICES,
                    "Contract research for pharma is most of the 2012 revenue (annual report, p. 14).", T1);
            assertTrue(added.id() > 0);
            assertTrue(added.active());
            assertEquals(new ModelOverride(added.id(), "exbio", 2012, BusinessModel.RESEARCH_SERVICES,
                    "Contract research for pharma is most of the 2012 revenue (annual report, p. 14).", T1, null), added);
            assertEquals(List.of(added), repo.overrides());
            assertEquals(List.of(added), repo.overrides("exbio"));
            assertEquals(List.of(), repo.overrides("other"));
            assertEquals(T1, repo.overrides().get(0).created(), "the time set is kept to the microsecond");
            assertEquals(Map.of("exbio", BusinessModel.RESEARCH_SERVICES), repo.latest());
        }
    }

    @Test
    void insufficientEvidenceIsADeliberateChoiceTheResearcherMayMake(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            rules(store, "exbio", 2012, BusinessModel.PLATFORM, T1);
            ModelOverride o = store.classifications().addOverride("exbio", 2012, BusinessModel.INSUFFICIENT_EVIDENCE,
                    "The platform rule rests on one press release; I do not take it as shown.", T2);
            assertTrue(o.active());
            assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, store.classifications().latest().get("exbio"));
        }
    }

    @Test
    void aWithdrawnOverrideLeavesTheRulesOutputInForceAndStaysInTheHistory(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            ClassificationRepository repo = store.classifications();
            long rulesRow = rules(store, "exbio", 2012, BusinessModel.PLATFORM, T1);
            ModelOverride o = repo.addOverride("exbio", 2012, BusinessModel.FIPCO, "Own sales force from 2011.", T2);
            assertEquals(BusinessModel.FIPCO, repo.latest().get("exbio"), "the researcher's choice over the rules'");

            repo.withdraw(o.id(), T3);

            assertEquals(BusinessModel.PLATFORM, repo.latest().get("exbio"), "the rules' output is back in force");
            ModelOverride kept = repo.overrides().get(0);
            assertEquals(new ModelOverride(o.id(), "exbio", 2012, BusinessModel.FIPCO, "Own sales force from 2011.",
                    T2, T3), kept);
            assertFalse(kept.active());
            assertEquals(List.of(kept), repo.overrides("exbio"));
            assertEquals(2L, store.counts().get("classification"), "nothing is deleted");

            StoreException again = assertThrows(StoreException.class, () -> repo.withdraw(o.id(), T3));
            assertTrue(again.getMessage().contains("already withdrawn"), again.getMessage());
            StoreException unknown = assertThrows(StoreException.class, () -> repo.withdraw(9999L, T3));
            assertTrue(unknown.getMessage().contains("9999"), unknown.getMessage());
            StoreException ofRules = assertThrows(StoreException.class, () -> repo.withdraw(rulesRow, T3));
            assertTrue(ofRules.getMessage().contains("rules"), ofRules.getMessage());
            assertEquals(List.of(kept), repo.overrides(), "a refused withdrawal changes nothing");
            assertEquals(BusinessModel.PLATFORM, repo.latest().get("exbio"));
        }
    }

    @Test
    void aWithdrawalDatedBeforeTheOverrideIsRefused(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            ClassificationRepository repo = store.classifications();
            ModelOverride o = repo.addOverride("exbio", 2012, BusinessModel.FIPCO, "Own sales force.", T2);
            assertThrows(StoreException.class, () -> repo.withdraw(o.id(), T1));
            assertThrows(StoreException.class, () -> repo.withdraw(o.id(), null));
            assertTrue(repo.overrides().get(0).active());
        }
    }

    @Test
    void theLaterOverrideOfAFirmAndYearWinsAndTheLatestYearCounts(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            ClassificationRepository repo = store.classifications();
            ModelOverride first = repo.addOverride("exbio", 2012, BusinessModel.PLATFORM, "First reading.", T1);
            ModelOverride second = repo.addOverride("exbio", 2012, BusinessModel.HYBRID, "After the interview.", T2);
            repo.addOverride("other", 2010, BusinessModel.ROYALTY, "Lives on one licence.", T1);
            rules(store, "other", 2014, BusinessModel.PURE_LICENSING, T1);

            assertEquals(Map.of("exbio", BusinessModel.HYBRID, "other", BusinessModel.PURE_LICENSING), repo.latest(),
                    "the later override of 2012 wins; for the other firm the rules' 2014 output is the latest year");
            assertEquals(List.of(first, second), repo.overrides("exbio"), "both kept, in the order set");
            assertEquals(List.of("exbio", "exbio", "other"),
                    repo.overrides().stream().map(ModelOverride::firmId).toList(), "by firm, year and time set");

            repo.withdraw(second.id(), T3);
            assertEquals(BusinessModel.PLATFORM, repo.latest().get("exbio"), "the earlier override is in force again");
        }
    }

    @Test
    void eachRefusalNamesTheFieldAndStoresNothing(@TempDir Path dir) {
        try (Store store = storeWithFirms(dir.resolve("db"))) {
            ClassificationRepository repo = store.classifications();
            rules(store, "exbio", 2012, BusinessModel.PLATFORM, T1);
            repo.addOverride("exbio", 2011, BusinessModel.FIPCO, "Already there.", T1);
            Map<String, Long> counts = store.counts();
            List<ModelOverride> overrides = repo.overrides();
            Map<String, BusinessModel> latest = repo.latest();

            assertRefused(store, "rationale", () -> repo.addOverride("exbio", 2012, BusinessModel.FIPCO, "  \n", T2));
            assertRefused(store, "rationale", () -> repo.addOverride("exbio", 2012, BusinessModel.FIPCO, null, T2));
            assertRefused(store, "rationale", () -> repo.addOverride("exbio", 2012, BusinessModel.FIPCO,
                    "x".repeat(ClassificationRepository.MAX_RATIONALE + 1), T2));
            assertRefused(store, "year", () -> repo.addOverride("exbio", 1981, BusinessModel.FIPCO, "Too early.", T2));
            assertRefused(store, "year", () -> repo.addOverride("exbio", 2101, BusinessModel.FIPCO, "Too late.", T2));
            assertRefused(store, "firm", () -> repo.addOverride("nobody", 2012, BusinessModel.FIPCO, "Unknown.", T2));
            assertRefused(store, "firm", () -> repo.addOverride(" ", 2012, BusinessModel.FIPCO, "No firm.", T2));
            assertRefused(store, "model", () -> repo.addOverride("exbio", 2012, null, "No model.", T2));
            assertRefused(store, "date", () -> repo.addOverride("exbio", 2012, BusinessModel.FIPCO, "No date.", null));

            assertEquals(counts, store.counts());
            assertEquals(overrides, repo.overrides());
            assertEquals(latest, repo.latest());
            // the bounds themselves are allowed
            repo.addOverride("exbio", ClassificationRepository.FIRST_YEAR, BusinessModel.FIPCO, "First year.", T2);
            repo.addOverride("exbio", ClassificationRepository.LAST_YEAR, BusinessModel.FIPCO, "Last year.", T2);
        }
    }

    private static void assertRefused(Store store, String field, Executable write) {
        StoreException e = assertThrows(StoreException.class, write);
        assertTrue(e.getMessage().toLowerCase().contains(field), "names the " + field + ": " + e.getMessage());
        assertEquals(store.file(), e.file());
    }

    @Test
    void overridesAndWithdrawalsSurviveClosingAndReopening(@TempDir Path dir) {
        Path db = dir.resolve("thesis.mv.db");
        List<ModelOverride> before;
        try (Store store = storeWithFirms(db)) {
            ClassificationRepository repo = store.classifications();
            ModelOverride a = repo.addOverride("exbio", 2012, BusinessModel.FIPCO, "Own sales force.", T1);
            repo.addOverride("other", 2010, BusinessModel.ROYALTY, "One licence.", T2);
            repo.withdraw(a.id(), T3);
            before = repo.overrides();
        }
        try (Store again = Store.open(db)) {
            assertEquals(before, again.classifications().overrides());
            assertEquals(T3, again.classifications().overrides("exbio").get(0).withdrawn());
            assertEquals(Map.of("other", BusinessModel.ROYALTY), again.classifications().latest());
        }
    }

    @Test
    void aVersion6DatabaseIsBackedUpThenMigratedKeepingItsClassifications(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("old");
        Flyway.configure().dataSource(url, "sa", "").locations(Store.MIGRATIONS)
                .javaMigrations(new V5__LighterFactTables()).target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            assertEquals(6, schemaVersion(c));
            st.execute("INSERT INTO source (id, citation) VALUES ('s1', 'An annual report')");
            st.execute("INSERT INTO firm (id, name, region, founded, source_id) VALUES ('f1', 'Old Bio', 'FLANDERS', 1990, 's1')");
            st.execute("INSERT INTO evidence (id, firm_id, ev_year, kind, detail, source_id, verified)"
                    + " VALUES ('f1-x1', 'f1', 1999, 'PLATFORM_DEAL', 'a deal', 's1', TRUE)");
            st.execute("INSERT INTO classification (firm_id, as_of_year, model, origin, rationale, created)"
                    + " VALUES ('f1', 2000, 'PLATFORM', 'RULES', 'rules fired', TIMESTAMP WITH TIME ZONE '2020-01-01 10:00:00Z')");
            st.execute("INSERT INTO classification (firm_id, as_of_year, model, origin, rationale, created)"
                    + " VALUES ('f1', 2000, 'HYBRID', 'RESEARCHER', 'Seen in the 2000 report.',"
                    + " TIMESTAMP WITH TIME ZONE '2021-06-01 12:30:00Z')");
        }

        Path backup;
        try (Store upgraded = Store.open(db)) {
            assertEquals(Store.SCHEMA_VERSION - 6, upgraded.appliedMigrations(), "only the versions after 6 are applied");
            backup = upgraded.backup().orElseThrow(() -> new AssertionError("the version 6 file is backed up first"));
            assertEquals(dir, backup.getParent(), "the backup lies beside the database");
            assertTrue(Files.isRegularFile(backup));
            assertEquals(2L, upgraded.counts().get("classification"));
            List<ModelOverride> overrides = upgraded.classifications().overrides();
            assertEquals(1, overrides.size());
            ModelOverride kept = overrides.get(0);
            assertEquals("f1", kept.firmId());
            assertEquals(2000, kept.year());
            assertEquals(BusinessModel.HYBRID, kept.model());
            assertEquals("Seen in the 2000 report.", kept.rationale());
            assertEquals(Instant.parse("2021-06-01T12:30:00Z"), kept.created());
            assertNull(kept.withdrawn());
            assertEquals(Map.of("f1", BusinessModel.HYBRID), upgraded.classifications().latest());
            // and the new column works on the migrated file
            upgraded.classifications().withdraw(kept.id(), T3);
            assertEquals(Map.of("f1", BusinessModel.PLATFORM), upgraded.classifications().latest());
            // the evidence written before version 8 is still there, with no note
            assertEquals(List.of(new Evidence("f1-x1", "f1", 1999, null, EvidenceKind.PLATFORM_DEAL, "a deal", "s1", true,
                    null)), upgraded.firms().evidence("f1"));
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(Store.SCHEMA_VERSION, schemaVersion(c));
            assertTrue(hasWithdrawnColumn(c));
            assertTrue(hasFirmYearIndex(c), "classification is indexed by firm and year");
        }
        // the backup was taken before the migration: still version 6, with its rows and without the new column
        String backupUrl = "jdbc:h2:file:" + DataPaths.h2Base(backup);
        try (Connection c = DriverManager.getConnection(backupUrl + ";IFEXISTS=TRUE", "sa", "")) {
            assertEquals(6, schemaVersion(c));
            assertFalse(hasWithdrawnColumn(c));
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM classification")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
        assertNotEquals(db, backup);
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasWithdrawnColumn(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_name = 'CLASSIFICATION' AND column_name = 'WITHDRAWN'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private static boolean hasFirmYearIndex(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.indexes"
                + " WHERE table_name = 'CLASSIFICATION' AND index_name = 'CLASSIFICATION_FIRM_YEAR'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
