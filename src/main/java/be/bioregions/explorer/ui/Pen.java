package be.bioregions.explorer.ui;

/**
 * What a drawn view needs from a surface: the same painting code draws on screen ({@link FxPen}) and into a
 * vector figure ({@link SvgPen}), so that an exported SVG shows exactly what the view shows. Colours are
 * 0xAARRGGBB; text is drawn on its baseline in the fill colour.
 */
public interface Pen {
    enum Align { LEFT, CENTER, RIGHT }

    void fill(int argb);

    void stroke(int argb, double width);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void line(double x1, double y1, double x2, double y2);

    /**
     * Many lines of the same stroke at once, much quicker than one by one: line i runs from (xy[4i], xy[4i+1]) to
     * (xy[4i+2], xy[4i+3]).
     */
    void lines(double[] xy, int count);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void text(String text, double x, double y, double size, boolean bold, Align align);

    double textWidth(String text, double size, boolean bold);

    /** Text turned a quarter left, read from bottom to top, its baseline on x and its start at y. */
    void verticalText(String text, double x, double y, double size, boolean bold);

    /** Moves the origin of what is drawn next, e.g. to put a figure below its caption. */
    void translate(double dx, double dy);

    /** Limits the drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();

    /** The text shortened with an ellipsis so that it fits {@code width}; empty when nothing fits. */
    default String fit(String text, double width, double size, boolean bold) {
        if (text == null || text.isEmpty() || textWidth(text, size, bold) <= width) {
            return text == null ? "" : text;
        }
        String dots = "\u2026";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(text.substring(0, mid) + dots, size, bold) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + dots;
    }
}
