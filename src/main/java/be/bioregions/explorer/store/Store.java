package be.bioregions.explorer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

import be.bioregions.explorer.domain.Problems;

/**
 * The one database of the application: an H2 file, brought to the current schema by versioned migrations
 * when it is opened. An existing file is copied to a timestamped backup beside it before any migration runs.
 */
public final class Store implements AutoCloseable {
    /** Every table that holds data, in the order a dataset is written. */
    public static final String[] TABLES = {
        "source", "firm", "firm_event", "partner", "alliance", "evidence", "indicator", "indicator_value",
        "performance_group", "policy_context", "classification", "note", "note_link", "note_tag", "app_meta"
    };
    /**
     * Flyway's logger, held so that its level stays set: Flyway warns on every opening that this H2 version is
     * newer than the ones it was verified with (see docs/decisions/0002-flyway-migrations.md).
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Path backup;
    private final int appliedMigrations;
    /**
     * Reads and transactions share this gate; an import closes it ({@link #alone}), so that while a dataset is
     * being written in steps nothing else of the application sees half of it or writes beside it.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /**
     * What this opening found of an import that a crash or a kill interrupted, and removed: when that import
     * began and how many rows it had stored; null if none. Put into words when asked, in the interface's language.
     */
    private Interrupted interruptedImport;

    /** An import that a crash or a kill interrupted: when it began, and how many of its rows were removed. */
    private record Interrupted(String begun, long removed) {
    }

    private Store(Path file, JdbcConnectionPool pool, Path backup, int appliedMigrations) {
        this.file = file;
        this.pool = pool;
        this.backup = backup;
        this.appliedMigrations = appliedMigrations;
    }

    /**
     * Opens (or creates) the database file and migrates it.
     *
     * @param dbFile the H2 file, ending in {@code .mv.db} (see {@link DataPaths#normalise})
     * @throws StoreException naming the file when it is in use, damaged, newer than this program or unreadable
     */
    public static Store open(Path dbFile) {
        Store upToDate = openIfUpToDate(dbFile);
        return upToDate != null ? upToDate : open(dbFile, MIGRATIONS);
    }

    /**
     * An import into an empty database commits as it goes ({@link DatasetWriter}) and leaves a mark in
     * {@code app_meta} until it has finished. Finding the mark means the program stopped in the middle of that
     * import: its rows are removed, which gives back the empty database it started from.
     */
    private Store finishInterruptedImport() {
        try {
            interruptedImport = transaction(c -> {
                List<String> marks = Jdbc.query(c, "SELECT meta_value FROM app_meta WHERE meta_key = ?",
                        rs -> rs.getString(1), MetaRepository.IMPORT_UNFINISHED);
                if (marks.isEmpty()) {
                    return null;
                }
                long removed = emptyDataTables(c);
                return new Interrupted(marks.get(0), removed);
            });
        } catch (StoreException e) {
            close();
            throw e;
        }
        return this;
    }

    /** Whether none of the tables that hold data has a row ({@code app_meta} aside). */
    static boolean holdsNoData(Connection c) throws SQLException {
        for (String table : TABLES) {
            if (!table.equals("app_meta") && Jdbc.count(c, table) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deletes every row of the tables that hold data, last table first so that no reference is left dangling,
     * committing every {@value #DELETE_STEP} rows (one transaction over the rows of a reference-size import would
     * be the large undo log the import in steps avoids), and the unfinished-import mark last. Safe to begin again
     * if it is itself interrupted: the mark stays until the tables are empty.
     *
     * @return how many rows were deleted
     */
    static long emptyDataTables(Connection c) throws SQLException {
        long removed = 0;
        try (Statement st = c.createStatement()) {
            for (int i = TABLES.length - 1; i >= 0; i--) {
                if (TABLES[i].equals("app_meta")) {
                    continue;
                }
                for (int n = 1; n > 0; ) {
                    n = st.executeUpdate("DELETE FROM " + TABLES[i] + " FETCH FIRST " + DELETE_STEP + " ROWS ONLY");
                    removed += n;
                    c.commit();
                }
            }
        }
        DatasetWriter.deleteMeta(c, MetaRepository.IMPORT_UNFINISHED);
        return removed;
    }

    private static final int DELETE_STEP = 10_000;

    /**
     * What this opening found of an interrupted import and removed, in words of the interface's language; empty
     * when there was none.
     */
    public Optional<String> interruptedImport() {
        return Optional.ofNullable(interruptedImport).map(found -> Problems.text("problem.store.interrupted",
                found.begun(), found.removed()));
    }

    /**
     * The everyday start: a database already at {@link #SCHEMA_VERSION} is opened without starting Flyway, whose
     * classpath scan costs about a second of the app's cold start. Null when the file is new, older, newer, in use
     * or unreadable: the full path through Flyway then migrates it or explains what is wrong.
     */
    private static Store openIfUpToDate(Path dbFile) {
        Path file = DataPaths.normalise(dbFile);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JdbcConnectionPool pool = pool(file);
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getInt(1) == SCHEMA_VERSION) {
                return new Store(file, pool, null, 0).finishInterruptedImport();
            }
        } catch (SQLException | RuntimeException e) {
            // fall through to the full path, which reports the problem in words
        }
        pool.dispose();
        return null;
    }

    /** Where the schema migrations live. */
    static final String MIGRATIONS = "classpath:db/migration";
    /** The version of the newest migration in {@link #MIGRATIONS}; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 13;

    /** Opens the database with migrations from the given locations (tests add later versions this way). */
    static Store open(Path dbFile, String... migrationLocations) {
        Path file = DataPaths.normalise(dbFile);
        FLYWAY_LOG.setLevel(Level.SEVERE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException(file, e, "problem.store.folder", file.getParent(), e.getMessage());
        }
        boolean existed = Files.isRegularFile(file);
        Flyway flyway = Flyway.configure()
                .dataSource(url(file), "sa", "")
                .locations(migrationLocations)
                .javaMigrations(new V5__LighterFactTables(), new V9__AllianceWithoutPartnerKey())
                .load();
        Path backup = null;
        int applied;
        try {
            int pending = flyway.info().pending().length;
            if (existed && pending > 0) {
                // Flyway's connections are closed again here, so H2 has released the file and a copy is consistent.
                backup = backup(file);
            }
            applied = flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw explain(file, e);
        }
        return new Store(file, pool(file), backup, applied).finishInterruptedImport();
    }

    /**
     * The file's address. {@code WRITE_DELAY=0} makes H2 write each commit to the file at once instead of within
     * half a second, so that a note saved as it is typed survives the program being killed right after; measured,
     * the import of the reference dataset is no slower for it. {@code REUSE_SPACE=FALSE} makes H2 append to the
     * file instead of writing into space freed earlier: with reuse, the SIGKILL test lost a note's last five
     * committed saves in one round of twenty, in two runs of three; appending passed seven runs of seven
     * (docs/decisions/0018-notes.md). The file is compacted when it is closed.
     */
    private static String url(Path file) {
        return "jdbc:h2:file:" + DataPaths.h2Base(file) + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    }

    private static JdbcConnectionPool pool(Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file), "sa", "");
        pool.setMaxConnections(8);
        return pool;
    }

    private static Path backup(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - DataPaths.H2_SUFFIX.length());
        String stamp = LocalDateTime.now().format(STAMP);
        Path target = file.resolveSibling(base + "-backup-" + stamp + DataPaths.H2_SUFFIX);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(base + "-backup-" + stamp + "-" + i + DataPaths.H2_SUFFIX);
        }
        try {
            return Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new StoreException(file, e, "problem.store.backup", file, target, e.getMessage());
        }
    }

    private static StoreException explain(Path file, Throwable e) {
        SQLException sql = findSql(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new StoreException(file, e, "problem.store.in.use", file);
        } else if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 && String.valueOf(sql.getMessage()).contains("corrupt")) {
            return new StoreException(file, e, "problem.store.damaged", file);
        } else if (String.valueOf(e.getMessage()).contains("not resolved locally")) {
            return new StoreException(file, e, "problem.store.newer", file);
        }
        return new StoreException(file, e, "problem.store.cannot.open", file, rootMessage(e));
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The backup made before this opening migrated the file, if it did. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }

    /** How many migrations this opening applied (all of them for a new file, none for an up-to-date one). */
    public int appliedMigrations() {
        return appliedMigrations;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Work on one connection inside one transaction: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(SqlWork<T> work) {
        return behind(gate.readLock(), () -> {
            try (Connection c = connection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(file, e, "problem.store.read", file, e.getMessage());
            }
        });
    }

    <T> T transaction(SqlWork<T> work) {
        return behind(gate.readLock(), () -> transactionOnly(work));
    }

    /**
     * Work that may commit as it goes, while every other read and write of this store waits: an import. On
     * return whatever is pending is committed; when it throws, what is pending is rolled back (what it committed
     * before is the work's own to undo).
     */
    <T> T alone(SqlWork<T> work) {
        return behind(gate.writeLock(), () -> transactionOnly(work));
    }

    private static <T> T behind(Lock lock, java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private <T> T transactionOnly(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file, e, "problem.store.write", file, e.getMessage());
        }
    }

    /**
     * Work in one transaction that must be on disk when this returns (a note being typed): the commit is followed by
     * a {@code CHECKPOINT}, which makes H2 write and sync its file at once instead of in its background writer.
     */
    <T> T durably(SqlWork<T> work) {
        T result = transaction(work);
        checkpoint();
        return result;
    }

    /**
     * Work that must be on disk when this returns and that no other write may run beside: a change to the facts,
     * whose line in the change log must describe the row it changed as it was (an undo racing a save would
     * otherwise restore values that are no longer the row's). Reads wait for the moment it takes.
     */
    <T> T durablyAlone(SqlWork<T> work) {
        T result = alone(work);
        checkpoint();
        return result;
    }

    /** Makes H2 write and sync its file now rather than in its background writer. */
    void checkpoint() {
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
            return null;
        });
    }

    /** Row counts of every table: what a check that "nothing changed" compares. */
    public Map<String, Long> counts() {
        return read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, Jdbc.count(c, table));
            }
            return counts;
        });
    }

    public SourceRepository sources() {
        return new SourceRepository(this);
    }

    public FirmRepository firms() {
        return new FirmRepository(this);
    }

    public PartnerRepository partners() {
        return new PartnerRepository(this);
    }

    public AllianceRepository alliances() {
        return new AllianceRepository(this);
    }

    public NoteRepository notes() {
        return new NoteRepository(this);
    }

    public IndicatorRepository indicators() {
        return new IndicatorRepository(this);
    }

    public PolicyRepository policy() {
        return new PolicyRepository(this);
    }

    public ClassificationRepository classifications() {
        return new ClassificationRepository(this);
    }

    public StoryRepository story() {
        return new StoryRepository(this);
    }

    public MetaRepository meta() {
        return new MetaRepository(this);
    }

    /** The researcher's changes to facts, their log and undo. */
    public FactEditor edits() {
        return new FactEditor(this);
    }

    public DatasetWriter datasetWriter() {
        return new DatasetWriter(this);
    }

    public DatasetReader datasetReader() {
        return new DatasetReader(this);
    }

    /** Imports of a whole dataset into this database as it is: a plan to preview, then carried out in one go. */
    public DatasetMerge merge() {
        return new DatasetMerge(this);
    }

    /**
     * A fingerprint (SHA-256, as hexadecimal text) of every row of every table, the change log, the story and the
     * meta entries included: equal readings mean that nothing was added, removed or changed in between.
     */
    public String checksum() {
        return read(Checksum::of);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
