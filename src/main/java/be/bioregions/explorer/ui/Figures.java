package be.bioregions.explorer.ui;

import java.util.function.Consumer;

/** Puts a drawn view into an SVG figure: a caption above, the view, its legend below. */
public final class Figures {
    private static final double CAPTION = 28;

    private Figures() {
    }

    /**
     * The figure as an SVG document.
     *
     * @param width the view's width
     * @param height the view's height
     * @param caption the line above the view, or null for none
     * @param view paints the view from the origin
     * @param legend paints the legend and says its height
     */
    public static String svg(double width, double height, String caption, Consumer<Pen> view,
                             DrawnLegend.Painter legend) {
        double total = totalHeight(width, height, caption, legend);
        SvgPen svg = new SvgPen(width, total);
        paint(svg, width, height, total, caption, view, legend);
        return svg.svg();
    }

    /** The figure drawn on a canvas of its own (not shown), for a PNG: the same drawing as the SVG. */
    public static javafx.scene.canvas.Canvas canvas(double width, double height, String caption, Consumer<Pen> view,
                                                    DrawnLegend.Painter legend) {
        double total = totalHeight(width, height, caption, legend);
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(width, total);
        paint(new FxPen(canvas.getGraphicsContext2D()), width, height, total, caption, view, legend);
        return canvas;
    }

    private static double totalHeight(double width, double height, String caption, DrawnLegend.Painter legend) {
        double legendHeight = legend.paint(new SvgPen(width, 10), 8, 0, width - 16);
        return (caption == null ? 0 : CAPTION) + height + legendHeight + 12;
    }

    private static void paint(Pen pen, double width, double height, double total, String caption,
                              Consumer<Pen> view, DrawnLegend.Painter legend) {
        double head = caption == null ? 0 : CAPTION;
        pen.fill(0xFFFFFFFF);
        pen.fillRect(0, 0, width, total);
        if (caption != null) {
            pen.fill(0xFF1F2A38);
            pen.text(pen.fit(caption, width - 16, 14, true), 8, 19, 14, true, Pen.Align.LEFT);
        }
        pen.translate(0, head);
        view.accept(pen);
        pen.unclip();
        pen.translate(0, -head);
        legend.paint(pen, 8, head + height + 6, width - 16);
    }
}
