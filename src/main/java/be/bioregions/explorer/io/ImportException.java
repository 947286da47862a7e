package be.bioregions.explorer.io;

import be.bioregions.explorer.domain.Problems;

/**
 * An input file that cannot be imported, with the place of the problem: the file, the line (1 is the header of a
 * CSV file) and the column. In a JSON bundle the place is also the JSON path of the row, such as
 * {@code $.tables["alliances.csv"][3]}, and the column is the row's field. Nothing has been stored when this is
 * thrown.
 */
public class ImportException extends Exception {
    private final String file;
    private final int line;
    private final String path;
    private final String column;
    private final String reason;

    public ImportException(String file, int line, String column, String reason) {
        this(file, line, null, column, reason);
    }

    /** A problem at a JSON path of the file; {@code column} is then the name of a field of the row. */
    public ImportException(String file, int line, String path, String column, String reason) {
        super(format(file, line, path, column, reason));
        this.file = file;
        this.line = line;
        this.path = path;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String file, int line, String path, String column, String reason) {
        StringBuilder place = new StringBuilder(file);
        if (path != null) {
            place.append(", ").append(path);
        }
        if (line > 0) {
            place.append(", ").append(Problems.text("problem.at.line", line));
        }
        if (column != null) {
            place.append(", ").append(Problems.text(path != null ? "problem.at.field" : "problem.at.column", column));
        }
        return Problems.text("problem.place", place, reason);
    }

    public String file() {
        return file;
    }

    /** The line of the file, counting the header as line 1; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** Where in a JSON file the problem is, as a JSON path ({@code $.tables["firms.csv"][0]}); null in a CSV file. */
    public String path() {
        return path;
    }

    /** The column's name (a field's in a JSON file), or null when the problem is not in one column. */
    public String column() {
        return column;
    }

    /** Why the file cannot be imported, in the interface's language. */
    public String reason() {
        return reason;
    }
}
