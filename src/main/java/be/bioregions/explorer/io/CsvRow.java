package be.bioregions.explorer.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Problems;

/**
 * One row of a dataset table, read by column name; every failed conversion names file, line and column. The row is
 * a record of a CSV file or an object of a JSON bundle ({@link JsonBundle}), whose place also has a JSON path: both
 * go through the same conversions, so that one set of checks serves both formats.
 */
public final class CsvRow {
    /** The years a dataset may speak of. */
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2100;

    private final String file;
    private final int line;
    /** The JSON path of the row in a bundle, or null in a CSV file. */
    private final String path;
    /** Where each column of the file's header stands; shared by all the rows of one file. */
    private final Map<String, Integer> columns;
    private final String[] values;

    CsvRow(String file, int line, String path, Map<String, Integer> columns, String[] values) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.columns = columns;
        this.values = values;
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    ImportException error(String column, String reason) {
        return new ImportException(file, line, path, column, reason);
    }

    /**
     * The trimmed value, or null when the column is absent or empty. The apostrophe an export puts before a value a
     * spreadsheet would take for a formula is taken off ({@link CellText}), after trimming, so that a value that
     * begins with a tab keeps it.
     */
    public String optText(String column) {
        Integer at = columns.get(column);
        if (at == null) {
            return null;
        }
        String v = values[at];
        v = v.strip();
        return v.isEmpty() ? null : CellText.fromFile(v);
    }

    /**
     * The value exactly as the file holds it, spaces and line ends included (a note's Markdown body, whose indents
     * mean something), or null when the column is absent or holds nothing but spaces. Only the apostrophe an export
     * puts before a formula-like value is taken off.
     */
    public String rawText(String column) {
        Integer at = columns.get(column);
        if (at == null || values[at].isBlank()) {
            return null;
        }
        return CellText.fromFile(values[at]);
    }

    public String text(String column) throws ImportException {
        String v = optText(column);
        if (v == null) {
            throw error(column, Problems.text("problem.csv.required"));
        }
        return v;
    }

    public int year(String column) throws ImportException {
        return checkYear(column, text(column));
    }

    public Integer optYear(String column) throws ImportException {
        String v = optText(column);
        return v == null ? null : checkYear(column, v);
    }

    /**
     * An optional last year in {@code column} that must not come before {@code start}; {@code problemKey} is the
     * bundle's key of the message, given the last and the first year ("the alliance ends (1999) before it begins
     * (2001)").
     */
    public Integer optEndYear(String column, int start, String problemKey) throws ImportException {
        Integer end = optYear(column);
        if (end != null && end < start) {
            throw error(column, Problems.text(problemKey, end, start));
        }
        return end;
    }

    private int checkYear(String column, String v) throws ImportException {
        if (!v.matches("\\d{4}")) {
            throw error(column, Problems.text("problem.csv.year.digits", v));
        }
        int year = Integer.parseInt(v);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw error(column, Problems.text("problem.csv.year.range", year, MIN_YEAR, MAX_YEAR));
        }
        return year;
    }

    public Integer optInt(String column, int min, int max) throws ImportException {
        String v = optText(column);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw error(column, Problems.text("problem.csv.int.range", n, min, max));
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(column, Problems.text("problem.csv.int", v));
        }
    }

    public BigDecimal optDecimal(String column) throws ImportException {
        String v = optText(column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(column, Problems.text("problem.csv.number", v));
        }
    }

    public Double optDouble(String column) throws ImportException {
        BigDecimal d = optDecimal(column);
        return d == null ? null : d.doubleValue();
    }

    public boolean bool(String column) throws ImportException {
        String v = text(column).toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw error(column, Problems.text("problem.csv.bool", v));
    }

    public LocalDate optDate(String column) throws ImportException {
        String v = optText(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw error(column, Problems.text("problem.csv.date", v));
        }
    }

    /** A moment written as ISO 8601 with its offset: 2015-03-02T10:15:00Z or 2015-03-02T11:15:00+01:00. */
    public Instant instant(String column) throws ImportException {
        String v = text(column);
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw error(column, Problems.text("problem.csv.instant", v));
        }
    }

    /** An optional moment, written as {@link #instant} reads it. */
    public Instant optInstant(String column) throws ImportException {
        return optText(column) == null ? null : instant(column);
    }

    /** A list written in one cell, its items separated by semicolons; empty when the cell is. */
    public List<String> list(String column) {
        String v = optText(column);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws ImportException {
        String v = text(column);
        return Codes.parse(type, v).orElseThrow(() ->
                error(column, Problems.text("problem.csv.code", v, Codes.accepted(type))));
    }

    public <E extends Enum<E>> E optEnum(String column, Class<E> type) throws ImportException {
        return optText(column) == null ? null : enumValue(column, type);
    }
}
