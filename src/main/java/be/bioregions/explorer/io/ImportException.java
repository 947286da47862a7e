package be.bioregions.explorer.io;

import be.bioregions.explorer.domain.Problems;

/**
 * An input file that cannot be imported, with the place of the problem: the file, the line (1 is the header)
 * and the column. Nothing has been stored when this is thrown.
 */
public class ImportException extends Exception {
    private final String file;
    private final int line;
    private final String column;
    private final String reason;

    public ImportException(String file, int line, String column, String reason) {
        super(format(file, line, column, reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String file, int line, String column, String reason) {
        StringBuilder place = new StringBuilder(file);
        if (line > 0) {
            place.append(", ").append(Problems.text("problem.at.line", line));
        }
        if (column != null) {
            place.append(", ").append(Problems.text("problem.at.column", column));
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

    /** The column's name, or null when the problem is not in one column. */
    public String column() {
        return column;
    }

    /** Why the file cannot be imported, in the interface's language. */
    public String reason() {
        return reason;
    }
}
