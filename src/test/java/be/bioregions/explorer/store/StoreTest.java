package be.bioregions.explorer.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PerformanceGroup;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.PolicyKind;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;

@ExtendWith(EnglishMessages.class)
class StoreTest {
    static Dataset smallDataset() {
        Source s = new Source("s1", "Example Bio NV, annual report 2010", "https://example.org/ar2010",
                LocalDate.of(2026, 11, 23), "read in full");
        Firm f = new Firm("exbio", "Example Bio", Region.WALLONIA, "Gosselies", 2001, "spin-off of ULB",
                OriginKind.UNIVERSITY_SPIN_OFF, "cell therapy", "private", "s1", true, null);
        FirmEvent e = new FirmEvent("exbio-e1", "exbio", 2007, 6, EventKind.IPO, "IPO on Euronext Brussels", "s1",
                false, "month unsure");
        Partner p = new Partner("pharma", "Big Pharma Inc.", "US", PartnerKind.BIG_PHARMA, null, false, null);
        Alliance a = new Alliance("exbio-a1", "exbio", "pharma", 2008, 2012, AllianceKind.CO_DEVELOPMENT,
                Direction.COUPLED, "joint work on a target", new BigDecimal("120.50"), "s1", true, null);
        Indicator i = new Indicator("KBI_FIRMS", IndicatorDataset.OECD_KBI, "Firms active in biotechnology", "count",
                "firms that use biotechnology", "s1");
        IndicatorValue v = new IndicatorValue("KBI_FIRMS", "BE", 2013, "KBI 2015", null, "s1", false, "missing");
        IndicatorValue noYear = new IndicatorValue("KBI_FIRMS", "BE", null, "KBI 2015", 58.3, "s1", true,
                "the source gives no data year");
        PerformanceGroup g = new PerformanceGroup("BE3", "RIS 2016", "Strong innovator", "s1", true, null);
        Evidence x = new Evidence("exbio-x1", "exbio", 2012, 2014, EvidenceKind.SERVICES_REVENUE, "contract research for pharma",
                "s1", true, "year from the annual report");
        return new Dataset(List.of(s), List.of(f), List.of(e), List.of(p), List.of(a), List.of(x), List.of(i), List.of(v, noYear),
                List.of(g), List.of(new Note(null, "n1", Instant.parse("2016-03-01T09:00:00Z"),
                        Instant.parse("2016-03-01T10:30:00Z"), "Interview", "Talked about **the platform**.",
                        List.of("exbio"), List.of("interview", "platform"), "s1")),
                List.of(new PolicyBand("marshall", "Marshall Plan", Region.WALLONIA, 2006, 2009, PolicyKind.PROGRAMME,
                        "regional recovery plan", "s1", true, null),
                        new PolicyBand("federal", "A federal fund", null, 1990, null, PolicyKind.FUND, null, "s1",
                                false, "end not known")));
    }

    @Test
    void theSchemaVersionOfTheQuickOpeningIsTheNewestMigration(@TempDir Path dir) throws Exception {
        // a new database goes through every migration, SQL and Java alike
        Path db = dir.resolve("db");
        Store.open(db).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            assertTrue(rs.next());
            assertEquals(rs.getInt(1), Store.SCHEMA_VERSION, "a new migration must raise Store.SCHEMA_VERSION");
        }
    }

    @Test
    void aDatabaseAlreadyUpToDateOpensAgainWithItsData(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("db"))) {
            store.datasetWriter().write(smallDataset(), Map.of(), Progress.NONE);
        }
        try (Store again = Store.open(dir.resolve("db"))) {
            assertEquals(1L, again.counts().get("firm"));
            assertTrue(again.backup().isEmpty(), "no migration, so no backup");
        }
    }

    @Test
    void aNewDatabaseIsMigratedWithoutBackup(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("new"))) {
            assertTrue(store.appliedMigrations() >= 1);
            assertTrue(store.backup().isEmpty(), "nothing to back up in a new file");
            assertEquals(0L, store.counts().get("firm"));
        }
        try (Store again = Store.open(dir.resolve("new"))) {
            assertEquals(0, again.appliedMigrations(), "an up-to-date file is not migrated again");
            assertTrue(again.backup().isEmpty());
        }
        try (var files = java.util.stream.Stream.of(dir.toFile().list())) {
            assertFalse(files.anyMatch(n -> n.contains("backup")));
        }
    }

    @Test
    void anExistingDatabaseIsBackedUpBeforeAMigrationAndTheBackupOpens(@TempDir Path dir) {
        Path db = dir.resolve("thesis.mv.db");
        try (Store store = Store.open(db)) {
            store.datasetWriter().write(smallDataset(), Map.of(), Progress.NONE);
        }
        Path backup;
        try (Store migrated = Store.open(db, "classpath:db/migration", "classpath:db/test-migration")) {
            assertEquals(1, migrated.appliedMigrations());
            backup = migrated.backup().orElseThrow();
            assertTrue(Files.isRegularFile(backup));
            assertEquals(dir, backup.getParent(), "the backup lies beside the database");
            assertTrue(backup.getFileName().toString().matches("thesis-backup-\\d{8}-\\d{6}\\.mv\\.db"),
                    backup.getFileName().toString());
        }
        // restoring = opening the backup: it holds the data as it was before the migration
        try (Store restored = Store.open(backup)) {
            assertEquals(List.of("Example Bio"), restored.firms().all().stream().map(Firm::name).toList());
            assertTrue(restored.backup().isEmpty(), "the backup is at the shipped version: no migration, no backup");
        }
    }

    @Test
    void aVersion4DatabaseKeepsItsFactsAndLosesTheDuplicateIndexesAndSourceKeysOnUpgrade(@TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("old");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations(Store.MIGRATIONS).target("4")
                .load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO source (id, citation) VALUES ('s1', 'An annual report')");
            st.execute("INSERT INTO firm (id, name, region, founded, source_id) VALUES ('f1', 'Old Bio', 'FLANDERS', 1990, 's1')");
            st.execute("INSERT INTO partner (id, name, kind) VALUES ('p1', 'Big Pharma', 'BIG_PHARMA')");
            st.execute("INSERT INTO alliance (id, firm_id, partner_id, start_year, kind, source_id)"
                    + " VALUES ('a1', 'f1', 'p1', 1995, 'RESEARCH', 's1')");
            assertEquals(3, sourceKeys(c), "version 4 has the source foreign keys of the three fact tables");
        }
        try (Store upgraded = Store.open(db)) {
            assertTrue(upgraded.backup().isPresent(), "the version 4 file is backed up first");
            assertEquals(1L, upgraded.counts().get("alliance"));
            assertEquals("s1", upgraded.alliances().all().get(0).sourceId());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.ResultSet named = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.indexes"
                     + " WHERE index_name IN ('ALLIANCE_FIRM', 'ALLIANCE_PARTNER', 'FIRM_EVENT_FIRM', 'EVIDENCE_FIRM',"
                     + " 'NOTE_LINK_FIRM', 'NOTE_LINK_NOTE')")) {
            assertEquals(0, sourceKeys(c));
            assertEquals(0, V5__LighterFactTables.references(c, "ALLIANCE", "PARTNER_ID").size(),
                    "version 9 drops the alliances' key to the partners");
            assertEquals(1, V5__LighterFactTables.references(c, "ALLIANCE", "FIRM_ID").size(),
                    "and keeps the key to the firms");
            assertTrue(named.next());
            assertEquals(0, named.getInt(1), "the duplicate indexes are gone");
        }
    }

    /** How many foreign keys lead from the fact tables' source column to the sources. */
    private static int sourceKeys(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM"
                + " information_schema.key_column_usage k JOIN information_schema.referential_constraints r"
                + " ON r.constraint_name = k.constraint_name WHERE k.column_name = 'SOURCE_ID'"
                + " AND k.table_name IN ('ALLIANCE', 'FIRM_EVENT', 'EVIDENCE')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The small dataset with its one alliance made with another partner, under another id. */
    private static Dataset withPartner(Dataset data, String allianceId, String partnerId) {
        Alliance a = data.alliances().get(0);
        return new Dataset(data.sources(), data.firms(), data.events(), data.partners(),
                List.of(new Alliance(allianceId, a.firmId(), partnerId, a.year(), a.endYear(), a.kind(),
                        a.direction(), a.subject(), a.valueMusd(), a.sourceId(), a.verified(), a.note())),
                data.evidence(), data.indicators(), data.indicatorValues(), data.performanceGroups(), data.notes(),
                data.policyBands());
    }

    @Test
    void anAllianceWithAnUnknownPartnerIsRefusedAndNothingIsStored(@TempDir Path dir) {
        Dataset data = smallDataset();
        try (Store store = Store.open(dir.resolve("db"))) {
            // into an empty database (written in steps)
            StoreException e = assertThrows(StoreException.class, () -> store.datasetWriter()
                    .write(withPartner(data, "exbio-a9", "no-such-partner"), Map.of(), Progress.NONE));
            assertTrue(e.getMessage().contains("exbio-a9") && e.getMessage().contains("no-such-partner"),
                    e.getMessage());
            store.counts().forEach((table, rows) -> assertEquals(0L, rows, table));

            // into a database that holds data (one transaction): a partner stored before is known
            store.datasetWriter().write(data, Map.of(), Progress.NONE);
            Map<String, Long> before = store.counts();
            Dataset more = new Dataset(List.of(), List.of(), List.of(), List.of(),
                    withPartner(data, "exbio-a2", "pharma").alliances(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            store.datasetWriter().write(more, Map.of(), Progress.NONE);
            assertEquals(before.get("alliance") + 1, store.counts().get("alliance"));
            Dataset unknown = new Dataset(List.of(), List.of(), List.of(), List.of(),
                    withPartner(data, "exbio-a3", "nobody").alliances(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            before = store.counts();
            e = assertThrows(StoreException.class, () -> store.datasetWriter().write(unknown, Map.of(), Progress.NONE));
            assertTrue(e.getMessage().contains("nobody"), e.getMessage());
            assertEquals(before, store.counts(), "nothing was stored");
        }
    }

    @Test
    void repositoriesGiveBackWhatWasWritten(@TempDir Path dir) {
        Dataset data = smallDataset();
        try (Store store = Store.open(dir.resolve("db"))) {
            store.datasetWriter().write(data, Map.of("k", "v"), Progress.NONE);
            assertEquals(data.sources(), store.sources().all());
            assertEquals(data.firms(), store.firms().all());
            assertEquals(data.events(), store.firms().events("exbio"));
            assertEquals(data.partners(), store.partners().all());
            assertEquals(data.alliances(), store.alliances().forFirm("exbio"));
            assertEquals(data.evidence(), store.firms().evidence("exbio"));
            assertEquals(data.indicators(), store.indicators().indicators());
            assertEquals(data.indicatorValues(), store.indicators().values("KBI_FIRMS"));
            assertEquals(data.performanceGroups(), store.indicators().groups());
            assertEquals(List.of(data.policyBands().get(1), data.policyBands().get(0)), store.policy().all(),
                    "bands in time order, a Belgian one without region");
            Note stored = store.notes().all().get(0);
            Note written = data.notes().get(0);
            assertEquals(written, new Note(null, stored.key(), stored.created(), stored.updated(), stored.title(),
                    stored.body(), stored.firmIds(), stored.tags(), stored.sourceId()));
            assertEquals("v", store.meta().get("k").orElseThrow());
        }
    }

    @Test
    void aRefusedRowLeavesNothingBehind(@TempDir Path dir) {
        Dataset good = smallDataset();
        // the alliance names a partner that does not exist: the database refuses it after sources and firms went in
        Alliance orphan = new Alliance("bad", "exbio", "nobody", 2009, null, AllianceKind.RESEARCH, null, null,
                null, "s1", false, null);
        Dataset bad = new Dataset(good.sources(), good.firms(), good.events(), good.partners(),
                List.of(good.alliances().get(0), orphan), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (Store store = Store.open(dir.resolve("db"))) {
            Map<String, Long> before = store.counts();
            assertThrows(StoreException.class, () -> store.datasetWriter().write(bad, Map.of(), Progress.NONE));
            assertEquals(before, store.counts());
        }
    }

    @Test
    void aFactCitingAnUnknownSourceIsRefusedWithItsIdAndNothingIsStored(@TempDir Path dir) {
        // since schema version 5 the fact tables carry no foreign key to the sources: the writer checks instead
        Dataset good = smallDataset();
        Alliance unsourced = new Alliance("a-bad", "exbio", good.partners().get(0).id(), 2009, null,
                AllianceKind.RESEARCH, null, null, null, "nowhere", false, null);
        Dataset bad = new Dataset(good.sources(), good.firms(), good.events(), good.partners(),
                List.of(good.alliances().get(0), unsourced), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        try (Store store = Store.open(dir.resolve("db"))) {
            Map<String, Long> before = store.counts();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.datasetWriter().write(bad, Map.of(), Progress.NONE));
            assertTrue(e.getMessage().contains("a-bad") && e.getMessage().contains("nowhere"), e.getMessage());
            assertEquals(before, store.counts());
        }
    }

    @Test
    void aDamagedFileGetsAClearMessageAndIsNotChanged(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("bioregions.mv.db");
        byte[] garbage = "this is not an H2 database, just text that a user saved under the wrong name\n"
                .repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db), "a damaged file is left as it was");
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsReportedAsInUse(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.mv.db");
        Store.open(db).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("holding", out.readLine());
            StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        } finally {
            holder.getOutputStream().close(); // tells the holder to let go
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
