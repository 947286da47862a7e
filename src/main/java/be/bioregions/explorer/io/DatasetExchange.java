package be.bioregions.explorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/**
 * A whole dataset in and out of the database as it is: read from a folder of CSV files or a JSON bundle, compared
 * with the database (a {@link DatasetMerge.Plan} to preview), imported in one transaction; or the whole database
 * written out in either form. Shared by the command line and the File menu; it shows nothing itself.
 */
public final class DatasetExchange {
    /** The dataset file that holds each table's rows. */
    private static final Map<String, CsvTable> FILES = Map.ofEntries(
            Map.entry("source", DatasetFiles.SOURCES), Map.entry("firm", DatasetFiles.FIRMS),
            Map.entry("firm_event", DatasetFiles.EVENTS), Map.entry("partner", DatasetFiles.PARTNERS),
            Map.entry("alliance", DatasetFiles.ALLIANCES), Map.entry("evidence", DatasetFiles.EVIDENCE),
            Map.entry("indicator", DatasetFiles.INDICATORS), Map.entry("indicator_value", DatasetFiles.INDICATOR_VALUES),
            Map.entry("performance_group", DatasetFiles.PERFORMANCE_GROUPS),
            Map.entry("policy_context", DatasetFiles.POLICY_CONTEXT), Map.entry("note", DatasetFiles.NOTES),
            Map.entry("classification", DatasetFiles.MODEL_OVERRIDES));
    /** The database columns that have another name in the files, by "table.column". */
    private static final Map<String, String> COLUMN_IN_FILE = Map.ofEntries(
            Map.entry("firm.status", "status_2016"), Map.entry("firm_event.event_year", "year"),
            Map.entry("firm_event.event_month", "month"), Map.entry("alliance.start_year", "year"),
            Map.entry("evidence.ev_year", "year"), Map.entry("indicator_value.data_year", "year"),
            Map.entry("indicator_value.val", "value"), Map.entry("performance_group.grp", "group"),
            Map.entry("note.ext_id", "id"));
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Store store;

    public DatasetExchange(Store store) {
        this.store = store;
    }

    /** Whether the path names a JSON bundle (it ends in .json); anything else is a folder of CSV files. */
    public static boolean isBundle(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The file a table's rows are in ("firms.csv" for the table firm). */
    public static String fileOf(String table) {
        CsvTable t = FILES.get(table);
        return t == null ? table : t.fileName();
    }

    /** A database column as the files name it ("year" for an alliance's start_year). */
    public static String columnOf(String table, String column) {
        return COLUMN_IN_FILE.getOrDefault(table + "." + column, column);
    }

    /**
     * Reads and checks the whole dataset at the path: a folder of CSV files, or a JSON bundle.
     *
     * @throws ImportException naming the file, the line (or JSON path) and the column of the first problem
     */
    public Dataset read(Path path, Progress progress) throws ImportException {
        if (isBundle(path)) {
            return JsonBundle.read(path, progress);
        }
        if (!Files.isDirectory(path)) {
            throw new ImportException(path.toString(), 0, null, Problems.text("transfer.not.dataset"));
        }
        return new CsvDatasetReader().read(CsvFolder.of(path), progress);
    }

    /**
     * Reads the dataset at the path and compares it with the database: what importing it would do. Writes nothing.
     *
     * @throws ImportException when a file is malformed, or holds a value the database cannot hold; it names the
     *                         file, the line (or JSON path) and the column
     */
    public DatasetMerge.Plan plan(Path path, Progress progress) throws ImportException {
        Dataset data = read(path, progress);
        try {
            return store.merge().plan(data, path.toString());
        } catch (DatasetMerge.Invalid e) {
            throw located(path, e);
        }
    }

    /**
     * Imports what a plan says, in one transaction; on a conflict over a fact the researcher changed, keeps the
     * researcher's version unless {@code takeFilesVersions}.
     *
     * @throws StoreException when the database has changed since the plan, the plan has a conflict no choice
     *                        resolves, or the database refuses a row; nothing is written then
     */
    public DatasetMerge.Result apply(DatasetMerge.Plan plan, boolean takeFilesVersions) {
        return store.merge().apply(plan, takeFilesVersions);
    }

    /**
     * Writes the whole database to the path: a JSON bundle when it ends in .json, else the CSV files into that
     * folder (created if needed).
     *
     * @return how many rows were written
     */
    public int export(Path path) throws IOException {
        Dataset data = store.datasetReader().read();
        if (isBundle(path)) {
            JsonBundle.write(data, path);
        } else {
            new CsvDatasetWriter().write(data, path);
        }
        return data.rowCount();
    }

    /**
     * A row of a plan in words, for a terminal: the file, the table, the key, each field as stored and in the file,
     * and why it is a conflict.
     */
    public static String describe(DatasetMerge.Row row) {
        StringBuilder s = new StringBuilder(fileOf(row.table())).append(" (").append(row.table()).append(") ")
                .append(row.key());
        for (DatasetMerge.Field f : row.fields()) {
            s.append(System.lineSeparator()).append("    ").append(columnOf(row.table(), f.name())).append(": ")
                    .append(quoted(f.stored())).append(" \u2192 ").append(quoted(f.incoming()));
        }
        if (row.reason() != null) {
            s.append(System.lineSeparator()).append("    ").append(row.reason());
        }
        return s.toString();
    }

    private static String quoted(String value) {
        if (value == null) {
            return "\u2014";
        }
        String shown = value.length() > 200 ? value.substring(0, 199) + "\u2026" : value;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    /** A value the database cannot hold, placed in the file it came from: line of a CSV file, path in a bundle. */
    private static ImportException located(Path path, DatasetMerge.Invalid e) {
        String file = fileOf(e.table());
        String column = columnOf(e.table(), e.field());
        if (isBundle(path)) {
            return new ImportException(path.toString(), 0, "$.tables[\"" + file + "\"][" + e.index() + "]", column,
                    e.reason());
        }
        Path csv = path.resolve(file);
        return new ImportException(csv.toString(), lineOf(csv, e.index()), column, e.reason());
    }

    /** The line on which the data row number {@code index} (0: the first after the header) begins; 0 if unknown. */
    static int lineOf(Path csv, int index) {
        try (InputStream in = Files.newInputStream(csv);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            long previousEnd = 0;
            int row = -1; // the header is row -1
            for (CSVRecord record : parser) {
                int start = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (row == index) {
                    return start;
                }
                row++;
            }
        } catch (IOException | RuntimeException e) {
            // the file was read whole a moment ago; if it cannot be now, the message names the file alone
        }
        return 0;
    }
}
