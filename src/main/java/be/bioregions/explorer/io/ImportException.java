package be.bioregions.explorer.io;

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
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column \"").append(column).append('"');
        }
        return sb.append(": ").append(reason).toString();
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

    public String reason() {
        return reason;
    }
}
