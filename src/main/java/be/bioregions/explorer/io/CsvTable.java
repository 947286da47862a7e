package be.bioregions.explorer.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.bioregions.explorer.domain.Problems;

/**
 * The layout of one dataset file (its name, required and optional columns) and the reading of it into rows,
 * with every problem reported by file, line and column.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String fileName;
    private final List<String> required;
    private final List<String> optional;
    private final String keyColumn;

    /**
     * A file whose first required column is its key when it is named {@code id} or {@code code}: a value of it
     * may appear on one line only.
     */
    public CsvTable(String fileName, List<String> required, List<String> optional) {
        this(fileName, required, optional, isIdColumn(required.get(0)) ? required.get(0) : null);
    }

    private CsvTable(String fileName, List<String> required, List<String> optional, String keyColumn) {
        this.fileName = fileName;
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
        this.keyColumn = keyColumn;
    }

    /** The same file without a single-column key (its rows are told apart by several columns together). */
    public CsvTable withoutKey() {
        return new CsvTable(fileName, required, optional, null);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** All columns, required first: the header an export writes. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** What is done with each row as it is read; the first problem stops the reading. */
    @FunctionalInterface
    public interface RowHandler {
        void row(CsvRow row) throws ImportException;
    }

    /** Hands every row of an optional file to {@code handler}; a file the folder does not have has no rows. */
    public void forEachRowIfPresent(CsvFolder folder, RowHandler handler) throws ImportException {
        if (folder.exists(fileName)) {
            forEachRow(folder, handler);
        }
    }

    /**
     * Hands every row of the file to {@code handler} as soon as it is parsed: a large file is never held as
     * rows of text, only as whatever the handler keeps.
     */
    public void forEachRow(CsvFolder folder, RowHandler handler) throws ImportException {
        String name = folder.describe(fileName);
        try (InputStream in = folder.open(fileName)) {
            parse(name, in, handler);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, Problems.text("problem.file.unreadable", e.getMessage()));
        }
    }

    private void parse(String name, InputStream in, RowHandler handler) throws ImportException, IOException {
        byte[] bytes = in.readAllBytes();
        String text = decode(name, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as spreadsheet programs write it
        }
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.builder()
                .setReader(reader).setFormat(FORMAT).get()) {
            long previousEnd = 0;
            List<String> header = null;
            Map<String, Integer> columns = Map.of();
            Map<String, Integer> firstLineOfId = new HashMap<>();
            var it = parser.iterator();
            while (true) {
                CSVRecord record;
                int start = (int) previousEnd + 1;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unterminatedQuote(name, text, start, header, e);
                }
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // an empty line
                }
                if (header == null) {
                    header = checkHeader(name, record);
                    columns = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        columns.put(header.get(i), i);
                    }
                    continue;
                }
                handler.row(toRow(name, start, header, columns, record, firstLineOfId));
            }
            if (header == null) {
                throw new ImportException(name, 1, null, Problems.text("problem.csv.empty",
                        String.join(",", columns())));
            }
        }
    }

    private static String decode(String name, byte[] bytes) throws ImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(name, line, null, Problems.text("problem.csv.not.utf8"));
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = java.nio.ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private List<String> checkHeader(String name, CSVRecord record) throws ImportException {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String h : record) {
            String column = h.strip();
            if (!required.contains(column) && !optional.contains(column)) {
                throw new ImportException(name, 1, column, Problems.text("problem.csv.column.unknown", fileName,
                        String.join(", ", columns())));
            }
            if (!seen.add(column)) {
                throw new ImportException(name, 1, column, Problems.text("problem.csv.column.twice"));
            }
            header.add(column);
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                throw new ImportException(name, 1, column, Problems.text("problem.csv.column.missing"));
            }
        }
        return header;
    }

    private CsvRow toRow(String name, int line, List<String> header, Map<String, Integer> columns, CSVRecord record,
                         Map<String, Integer> firstLineOfId) throws ImportException {
        if (record.size() < header.size()) {
            throw new ImportException(name, line, header.get(record.size()),
                    Problems.text("problem.csv.fields.few", record.size(), header.size()));
        }
        if (record.size() > header.size()) {
            throw new ImportException(name, line, null,
                    Problems.text("problem.csv.fields.many", record.size(), header.size()));
        }
        String[] values = record.values();
        Integer keyAt = keyColumn == null ? null : columns.get(keyColumn);
        String id = keyAt == null ? null : values[keyAt];
        if (id != null && !id.isBlank()) {
            Integer first = firstLineOfId.putIfAbsent(id.strip(), line);
            if (first != null) {
                throw new ImportException(name, line, keyColumn, Problems.text("problem.csv.key.twice", keyColumn,
                        id.strip(), first));
            }
        }
        return new CsvRow(name, line, columns, values);
    }

    /** The key columns whose values must be unique within a file. */
    private static boolean isIdColumn(String column) {
        return column.equals("id") || column.equals("code");
    }

    /** Finds the column whose opening quote is never closed, scanning from the record's first line. */
    private ImportException unterminatedQuote(String name, String text, int startLine, List<String> header,
                                              RuntimeException cause) {
        int pos = 0;
        for (int l = 1; l < startLine && pos >= 0; l++) {
            pos = text.indexOf('\n', pos);
            pos = pos < 0 ? -1 : pos + 1;
        }
        int field = 0;
        int openedField = -1;
        boolean inQuotes = false;
        boolean atFieldStart = true;
        for (int i = Math.max(pos, 0); i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inQuotes) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (ch == '"' && atFieldStart) {
                inQuotes = true;
                openedField = field;
            } else if (ch == ',') {
                field++;
                atFieldStart = true;
                continue;
            } else if (ch == '\n') {
                break;
            }
            atFieldStart = false;
        }
        String column = header != null && openedField >= 0 && openedField < header.size() ? header.get(openedField) : null;
        String reason = inQuotes || openedField >= 0
                ? Problems.text("problem.csv.quote")
                : Problems.text("problem.csv.syntax", cause.getMessage());
        return new ImportException(name, startLine, column, reason);
    }
}
