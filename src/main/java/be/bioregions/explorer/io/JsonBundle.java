package be.bioregions.explorer.io;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.ui.SafeFiles;

/**
 * A whole dataset in one JSON file, for a researcher who would rather send or keep one file than a folder:
 * <pre>
 * {"format": "bioregions-explorer-dataset", "version": 1,
 *  "tables": {"sources.csv": [{"id": "b-s12", "citation": "...", ...}, ...], "firms.csv": [...], ...}}
 * </pre>
 * The tables are the CSV files of {@link DatasetFiles}, under their file names, and each row is an object of the
 * file's columns whose values are the very cell texts the CSV writer writes (including the apostrophe that protects a
 * formula-like text, {@link CellText}), a JSON string, or null for an empty cell. Reading therefore hands each row
 * to the same conversions and checks as a CSV record ({@link CsvDatasetReader}); a problem is named by the file, the
 * row's JSON path (such as {@code $.tables["alliances.csv"][3]}), its line and the field.
 *
 * <p>The bundle is written one row per line, so that a line number leads to a row and two exports compare line by
 * line, to a temporary file that is then moved over the final name: an interrupted write leaves no half file.
 */
public final class JsonBundle {
    /** What the {@code format} field of a bundle says. */
    public static final String FORMAT = "bioregions-explorer-dataset";
    /** The version this program writes and the newest it reads. */
    public static final int VERSION = 1;

    /**
     * Duplicate keys are refused, not silently overwritten; a string longer than a row may be is refused as soon as
     * it passes the limit, as a CSV line is.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CsvTable.MAX_ROW_CHARS).build())
            .build();

    private JsonBundle() {
    }

    /** Writes the dataset as one JSON bundle at {@code file}, replacing what is there only once it is complete. */
    public static void write(Dataset d, Path file) throws IOException {
        SafeFiles.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // SafeFiles forces the file to disk after
                g.setPrettyPrinter(new OneRowPerLine());
                writeDocument(d, g);
            }
        });
    }

    private static void writeDocument(Dataset d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeObjectFieldStart("tables");
        CsvDatasetWriter.tables(d, (table, size, rows) -> {
            List<String> columns = table.columns();
            g.writeArrayFieldStart(table.fileName());
            for (List<String> row : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    String cell = row.get(i);
                    if (cell.isEmpty()) {
                        g.writeNullField(columns.get(i));
                    } else {
                        g.writeStringField(columns.get(i), cell);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Reads and checks a bundle; the first problem found stops the reading. */
    public static Dataset read(Path file) throws ImportException {
        return read(file, Progress.NONE);
    }

    /**
     * Reads and checks a bundle, reporting progress as the CSV reader does once the file has been parsed.
     *
     * @throws ImportException naming the file, the JSON path, the line and the field of the first problem
     */
    public static Dataset read(Path file, Progress progress) throws ImportException {
        String name = file.toString();
        BundleTables tables;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            try {
                tables = new Structure(name, p).document();
            } catch (StreamConstraintsException e) {
                throw problemAt(name, p, e, Problems.text("problem.json.row.long", CsvTable.MAX_ROW_CHARS));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw problemAt(name, p, e, Problems.text("problem.json.malformed", at.getColumnNr(),
                        e.getOriginalMessage()));
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, null, Problems.text("problem.file.unreadable", e.getMessage()));
        }
        return new CsvDatasetReader().read(tables, progress);
    }

    /**
     * A problem Jackson found, placed where the parser stopped: the line, the JSON path, and the field when the
     * parser was inside a row ({@code $.tables["firms.csv"][2]}, field {@code founded}).
     */
    private static ImportException problemAt(String name, JsonParser p, JsonProcessingException e, String reason) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        JsonStreamContext context = p.getParsingContext();
        String field = null;
        if (context != null && context.inObject() && context.getParent() != null && context.getParent().inArray()
                && context.getCurrentName() != null) {
            field = context.getCurrentName();
            context = context.getParent();
        }
        return new ImportException(name, Math.max(0, at.getLineNr()), path(context), field, reason);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    /** Where the parser is, as a JSON path: {@code $.tables["firms.csv"][2]["founded"]}. */
    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add(c.getParent() != null && c.getParent().inRoot()
                        ? "." + c.getCurrentName() : "[\"" + c.getCurrentName() + "\"]");
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = steps.size() - 1; i >= 0; i--) {
            path.append(steps.get(i));
        }
        return path.toString();
    }

    /** The rows of a bundle's tables, checked for their shape and keys, waiting to be converted. */
    private record BundleTables(String name, Map<CsvTable, List<CsvRow>> rows) implements CsvDatasetReader.Tables {
        @Override
        public boolean has(CsvTable table) {
            return rows.containsKey(table);
        }

        @Override
        public String describe(CsvTable table) {
            return name;
        }

        @Override
        public void forEachRow(CsvTable table, CsvTable.RowHandler handler) throws ImportException {
            for (CsvRow row : rows.getOrDefault(table, List.of())) {
                handler.row(row);
            }
        }
    }

    /**
     * Reads the shape of a bundle with Jackson's streaming parser, which knows the line of every token: the format
     * and version, the known tables, arrays of objects, known fields whose values are strings or null. The values
     * themselves are checked afterwards, by the CSV reader's conversions.
     */
    private static final class Structure {
        private static final String TABLES = "$.tables";
        private final String name;
        private final JsonParser p;

        Structure(String name, JsonParser p) {
            this.name = name;
            this.p = p;
        }

        BundleTables document() throws IOException, ImportException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem("$", null, Problems.text("problem.json.not.object"));
            }
            String format = null;
            boolean versioned = false;
            Map<CsvTable, List<CsvRow>> tables = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> {
                        format = value == JsonToken.VALUE_STRING ? p.getText() : null;
                        if (!FORMAT.equals(format)) {
                            throw problem("$", field, Problems.text("problem.json.format", shown(value), FORMAT));
                        }
                    }
                    case "version" -> {
                        checkVersion(value);
                        versioned = true;
                    }
                    case "tables" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw problem("$", field, Problems.text("problem.json.want.object", shown(value)));
                        }
                        tables = tables();
                    }
                    default -> throw problem("$", field, Problems.text("problem.json.top.field"));
                }
            }
            if (p.nextToken() != null) {
                throw problem("$", null, Problems.text("problem.json.not.object"));
            }
            String missing = format == null ? "format" : !versioned ? "version" : tables == null ? "tables" : null;
            if (missing != null) {
                throw new ImportException(name, 0, "$", missing, Problems.text("problem.json.missing"));
            }
            for (CsvTable table : DatasetFiles.REQUIRED) {
                if (!tables.containsKey(table)) {
                    throw new ImportException(name, 0, TABLES, table.fileName(), Problems.text(
                            "problem.json.table.missing", names(DatasetFiles.REQUIRED)));
                }
            }
            return new BundleTables(name, tables);
        }

        /** A whole number from 1 to {@link #VERSION}; a newer one is a file for a newer program. */
        private void checkVersion(JsonToken value) throws IOException, ImportException {
            if (value != JsonToken.VALUE_NUMBER_INT || p.getBigIntegerValue().signum() <= 0) {
                throw problem("$", "version", Problems.text("problem.json.version.number", shown(value)));
            }
            if (p.getBigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
                throw problem("$", "version", Problems.text("problem.json.version", p.getText(), VERSION));
            }
        }

        private Map<CsvTable, List<CsvRow>> tables() throws IOException, ImportException {
            Map<CsvTable, List<CsvRow>> tables = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String fileName = p.currentName();
                CsvTable table = DatasetFiles.ALL.stream().filter(t -> t.fileName().equals(fileName)).findFirst()
                        .orElseThrow(() -> problem(TABLES, fileName, Problems.text("problem.json.table.unknown",
                                names(DatasetFiles.ALL))));
                String path = TABLES + "[\"" + fileName + "\"]";
                JsonToken value = p.nextToken();
                if (value != JsonToken.START_ARRAY) {
                    throw problem(path, null, Problems.text("problem.json.want.array", shown(value)));
                }
                tables.put(table, rows(table, path));
            }
            return tables;
        }

        /** The objects of one table's array, each checked for its fields and made a row of text. */
        private List<CsvRow> rows(CsvTable table, String tablePath) throws IOException, ImportException {
            List<String> columnNames = table.columns();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < columnNames.size(); i++) {
                columns.put(columnNames.get(i), i);
            }
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            List<CsvRow> rows = new ArrayList<>();
            JsonToken token;
            for (int index = 0; (token = p.nextToken()) != JsonToken.END_ARRAY; index++) {
                String path = tablePath + "[" + index + "]";
                int line = line(p.currentTokenLocation());
                if (token != JsonToken.START_OBJECT) {
                    throw problem(path, null, Problems.text("problem.json.want.object", shown(token)));
                }
                String[] values = new String[columnNames.size()];
                Arrays.fill(values, "");
                boolean[] present = new boolean[values.length];
                long length = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    Integer at = columns.get(field);
                    if (at == null) {
                        throw problem(path, field, Problems.text("problem.json.field.unknown", table.fileName(),
                                String.join(", ", columnNames)));
                    }
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING) {
                        values[at] = p.getText();
                        length += values[at].length() + 1;
                        if (length > CsvTable.MAX_ROW_CHARS) {
                            throw problem(path, null, Problems.text("problem.json.row.long", CsvTable.MAX_ROW_CHARS));
                        }
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw problem(path, field, Problems.text("problem.json.want.text", shown(value)));
                    }
                    present[at] = true;
                }
                for (String column : table.required()) {
                    if (!present[columns.get(column)]) {
                        throw new ImportException(name, line, path, column,
                                Problems.text("problem.json.field.missing"));
                    }
                }
                rows.add(table.row(name, line, path, columns, values, firstLineOfKey));
            }
            return rows;
        }

        /** A problem at the current token: its line, the given JSON path and field. */
        private ImportException problem(String path, String field, String reason) {
            return new ImportException(name, line(p.currentTokenLocation()), path, field, reason);
        }

        /**
         * What was found where something else was expected, as JSON writes it: a scalar itself, an object or array
         * by its brackets.
         */
        private String shown(JsonToken token) throws IOException {
            if (token == null) {
                return "-";
            }
            return switch (token) {
                case START_OBJECT -> "{…}";
                case START_ARRAY -> "[…]";
                case VALUE_STRING -> "\"" + shorter(p.getText()) + "\"";
                default -> shorter(p.getText());
            };
        }

        private static String shorter(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }

    private static String names(List<CsvTable> tables) {
        return tables.stream().map(CsvTable::fileName).collect(Collectors.joining(", "));
    }

    /**
     * Puts each row of a table on a line of its own, and the top of the document (format, version, the table
     * names) on lines of their own: a compact file in which a line number leads to one row.
     */
    private static final class OneRowPerLine extends MinimalPrettyPrinter {
        /** The document and the {@code tables} object, as against the rows. */
        private static boolean outer(JsonGenerator g) {
            return g.getOutputContext().getNestingDepth() <= 2;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (outer(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(outer(g) ? ": " : ":");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(outer(g) ? ",\n" : ", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            if (outer(g) && entries > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw('}');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }
}
