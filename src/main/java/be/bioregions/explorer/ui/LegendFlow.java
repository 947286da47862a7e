package be.bioregions.explorer.ui;

/**
 * Lays the entries of a drawn legend out from left to right, each a symbol and its words, starting a new line when
 * the next entry would pass the width. The caller draws each symbol where {@link #place} says.
 */
public final class LegendFlow {
    /** The height of a line of entries. */
    public static final double LINE = 20;
    private static final int TEXT_COLOR = 0xFF1F2A38;

    private final Pen pen;
    private final double x;
    private final double y;
    private final double maxWidth;
    private double cx;
    private double row;

    public LegendFlow(Pen pen, double x, double y, double maxWidth) {
        this.pen = pen;
        this.x = x;
        this.y = y;
        this.maxWidth = maxWidth;
        this.cx = x;
        this.row = y;
    }

    /**
     * Writes an entry's words after room for its symbol and returns where the symbol goes: its left edge and the
     * middle of its line.
     */
    public double[] place(double symbolWidth, String text, double size) {
        double w = symbolWidth + 5 + pen.textWidth(text, size, false) + 16;
        if (cx + w > x + maxWidth && cx > x) {
            cx = x;
            row += LINE;
        }
        double[] at = {cx, row + LINE / 2};
        pen.fill(TEXT_COLOR);
        pen.text(text, cx + symbolWidth + 5, row + LINE / 2 + 4, size, false, Pen.Align.LEFT);
        cx += w;
        return at;
    }

    /** The height the entries placed so far take. */
    public double height() {
        return row - y + LINE;
    }
}
