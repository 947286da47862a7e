package be.bioregions.explorer.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
    /**
     * The most characters one row (a record of a CSV file, an object of a JSON bundle) may hold: ample for any
     * real row, whose longest notes run to a few thousand characters, and small enough that a file that is not a
     * dataset (a line of hundreds of megabytes) is refused fast, without exhausting the memory.
     */
    public static final int MAX_ROW_CHARS = 1 << 20;

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
     * Hands every row of the file to {@code handler} as soon as it is parsed. The file is decoded and parsed as it
     * is read, never held whole: a large file is only ever held as whatever the handler keeps, and a row longer
     * than {@link #MAX_ROW_CHARS} is refused as soon as the limit is passed.
     */
    public void forEachRow(CsvFolder folder, RowHandler handler) throws ImportException {
        String name = folder.describe(fileName);
        try {
            parse(name, () -> folder.open(fileName), handler);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, Problems.text("problem.file.unreadable", e.getMessage()));
        }
    }

    /** Opens the file from its beginning: once to read it, again to find the place of a problem. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private void parse(String name, Opener opener, RowHandler handler) throws ImportException, IOException {
        try (InputStream in = withoutByteOrderMark(opener.open());
             RowLimit reader = new RowLimit(new InputStreamReader(in, strictUtf8()));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            long previousEnd = 0;
            List<String> header = null;
            Map<String, Integer> columns = Map.of();
            Map<String, Integer> firstLineOfId = new HashMap<>();
            var it = parser.iterator();
            while (true) {
                CSVRecord record;
                int start = (int) previousEnd + 1;
                try {
                    reader.startRow();
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw new ImportException(name, lineOfFirstBadByte(opener), null,
                                Problems.text("problem.csv.not.utf8"));
                    }
                    if (e.getCause() instanceof RowTooLong) {
                        throw tooLong(name, start);
                    }
                    throw unterminatedQuote(name, opener, start, header, e);
                }
                previousEnd = parser.getCurrentLineNumber();
                if (length(record) > MAX_ROW_CHARS) {
                    throw tooLong(name, start);
                }
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

    private static ImportException tooLong(String name, int line) {
        return new ImportException(name, line, null, Problems.text("problem.csv.line.long", MAX_ROW_CHARS));
    }

    /** The characters of a record's values and the commas between them. */
    private static long length(CSVRecord record) {
        long n = record.size();
        for (String v : record) {
            n += v.length();
        }
        return n;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The stream without the UTF-8 byte order mark that spreadsheet programs write at its start. */
    private static InputStream withoutByteOrderMark(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (start.length < 3 || (start[0] & 0xFF) != 0xEF || (start[1] & 0xFF) != 0xBB || (start[2] & 0xFF) != 0xBF) {
            in.reset();
        }
        return in;
    }

    /**
     * The line of the first byte that is not UTF-8, found by reading the file again in pieces: the reader that
     * found the problem had decoded ahead of the parser, so it cannot tell which line the byte is on.
     */
    private static int lineOfFirstBadByte(Opener opener) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        int line = 1;
        try (InputStream in = opener.open()) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                int from = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                for (int i = from; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        }
        return line;
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
        return row(name, line, null, columns, record.values(), firstLineOfId);
    }

    /**
     * A row of this table from its cells, for a CSV file or a JSON bundle ({@code path} is then the row's JSON
     * path). A key (an {@code id} or {@code code}) already used earlier in the table is refused, naming the line
     * where it was first used.
     */
    CsvRow row(String name, int line, String path, Map<String, Integer> columns, String[] values,
               Map<String, Integer> firstLineOfId) throws ImportException {
        Integer keyAt = keyColumn == null ? null : columns.get(keyColumn);
        String id = keyAt == null ? null : values[keyAt];
        if (id != null && !id.isBlank()) {
            Integer first = firstLineOfId.putIfAbsent(id.strip(), line);
            if (first != null) {
                throw new ImportException(name, line, path, keyColumn, Problems.text("problem.csv.key.twice",
                        keyColumn, id.strip(), first));
            }
        }
        return new CsvRow(name, line, path, columns, values);
    }

    /** The key columns whose values must be unique within a file. */
    private static boolean isIdColumn(String column) {
        return column.equals("id") || column.equals("code");
    }

    /**
     * Finds the column whose opening quote is never closed, reading the file again from the record's first line.
     * The scan stops at the end of that line outside quotes, or after {@link #MAX_ROW_CHARS} characters: a quote
     * left open runs to the end of the file, and a longer record was refused before this.
     */
    private ImportException unterminatedQuote(String name, Opener opener, int startLine, List<String> header,
                                              RuntimeException cause) throws IOException {
        int field = 0;
        int openedField = -1;
        boolean inQuotes = false;
        boolean atFieldStart = true;
        try (Reader text = new BufferedReader(new InputStreamReader(withoutByteOrderMark(opener.open()),
                StandardCharsets.UTF_8))) {
            int ch = 0;
            for (int l = 1; l < startLine && ch >= 0; ) {
                ch = text.read();
                if (ch == '\n') {
                    l++;
                }
            }
            for (long read = 0; ch >= 0 && read < MAX_ROW_CHARS; read++) {
                ch = text.read();
                if (ch < 0) {
                    break;
                }
                if (inQuotes) {
                    if (ch == '"') {
                        text.mark(1);
                        if (text.read() == '"') {
                            read++;
                        } else {
                            text.reset();
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
        }
        String column = header != null && openedField >= 0 && openedField < header.size() ? header.get(openedField) : null;
        String reason = inQuotes || openedField >= 0
                ? Problems.text("problem.csv.quote")
                : Problems.text("problem.csv.syntax", cause.getMessage());
        return new ImportException(name, startLine, column, reason);
    }

    /** A row that grew past {@link #MAX_ROW_CHARS} while it was read. */
    private static final class RowTooLong extends IOException {
        RowTooLong() {
            super("a row is longer than " + MAX_ROW_CHARS + " characters");
        }
    }

    /**
     * The text of a file as the CSV parser reads it, refusing a row that grows past {@link #MAX_ROW_CHARS}: a file
     * of one line of 200 MB is refused after reading about one, instead of filling the memory with it. It counts
     * the characters handed out since {@link #startRow}; the parser reads ahead by at most {@value #PIECE}
     * characters, so a row is refused only when it is certainly too long, and the exact length of a row that gets
     * through is checked once the parser has it.
     */
    private static final class RowLimit extends FilterReader {
        /** The most characters handed out by one read, which bounds how far the parser reads ahead. */
        private static final int PIECE = 8192;
        private long handedOut;
        private long rowStart;

        RowLimit(Reader in) {
            super(in);
        }

        /** Marks the start of the next row: what the parser reads from here on counts against the limit. */
        void startRow() {
            rowStart = handedOut;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(length, PIECE));
            if (n > 0) {
                handedOut += n;
                if (handedOut - rowStart > (long) MAX_ROW_CHARS + PIECE) {
                    throw new RowTooLong();
                }
            }
            return n;
        }
    }
}
