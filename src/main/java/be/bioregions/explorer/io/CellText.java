package be.bioregions.explorer.io;

import java.util.regex.Pattern;

/**
 * Keeps a cell of an exported file from being taken for a formula by a spreadsheet (OWASP, "CSV injection"): a
 * researcher opens the files in Excel or LibreOffice, where a note beginning with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return, which some programs skip before looking) would be run as a formula.
 *
 * <p>The rule, the same for the CSV files and the JSON bundle:
 * <ul>
 *   <li>Writing, an apostrophe is put before a cell that begins with a trigger character, unless the cell is a
 *       plain number such as {@code -3.5} (a spreadsheet reads it as the number, which is what it is). An apostrophe
 *       is also put before a cell that begins with one or more apostrophes followed by a trigger character, so that
 *       a text like {@code '=x} comes back as written.</li>
 *   <li>Reading, a cell that begins with one or more apostrophes followed by a trigger character loses its first
 *       apostrophe. Any other apostrophe is kept.</li>
 * </ul>
 * Reading what was written gives back the text exactly; a cell a spreadsheet saved with its apostrophe-prefixed text
 * reads as the text the researcher typed.
 */
final class CellText {
    /** What spreadsheets start a formula with; a tab or carriage return may come before it. */
    private static final String TRIGGERS = "=+-@\t\r";
    /** A number as the writer writes one: optional sign, digits, optional decimals. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CellText() {
    }

    /** The text to write in a file for a cell's value. */
    static String toFile(String text) {
        if (text.isEmpty()) {
            return text;
        }
        boolean formula = TRIGGERS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
        return formula || apostrophesBeforeTrigger(text) ? "'" + text : text;
    }

    /** The value of a cell read from a file: one protecting apostrophe is taken off. */
    static String fromFile(String cell) {
        return apostrophesBeforeTrigger(cell) ? cell.substring(1) : cell;
    }

    /** Whether the text is one or more apostrophes followed by a trigger character, and perhaps more. */
    private static boolean apostrophesBeforeTrigger(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
