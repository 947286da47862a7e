package be.bioregions.explorer.ui;

import java.util.function.Consumer;

/** Puts a drawn view into an SVG figure: a caption above, the view, its legend below. */
public final class Figures {
    private static final double CAPTION = 28;

    private Figures() {
    }

    /**
     * @param width the view's width
     * @param height the view's height
     * @param caption the line above the view, or null for none
     * @param view paints the view from the origin
     * @param legend paints the legend and says its height
     */
    public static String svg(double width, double height, String caption, Consumer<Pen> view,
                             DrawnLegend.Painter legend) {
        double legendHeight = legend.paint(new SvgPen(width, 10), 8, 0, width - 16);
        double head = caption == null ? 0 : CAPTION;
        double total = head + height + legendHeight + 12;
        SvgPen svg = new SvgPen(width, total);
        svg.fill(0xFFFFFFFF);
        svg.fillRect(0, 0, width, total);
        if (caption != null) {
            svg.fill(0xFF1F2A38);
            svg.text(caption, 8, 19, 14, true, Pen.Align.LEFT);
        }
        svg.translate(0, head);
        view.accept(svg);
        svg.unclip();
        svg.translate(0, -head);
        legend.paint(svg, 8, head + height + 6, width - 16);
        return svg.svg();
    }
}
