package be.bioregions.explorer.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The legend below a drawn view, painted by the same code that paints the legend of the view's exported SVG. It
 * wraps to the width it gets.
 */
public final class DrawnLegend extends Region {
    /** Paints a legend from (x, y) within maxWidth and returns the height it took. */
    @FunctionalInterface
    public interface Painter {
        double paint(Pen pen, double x, double y, double maxWidth);
    }

    private final Canvas canvas = new Canvas();
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private Painter painter = (p, x, y, w) -> 0;
    private double drawnWidth = -1;
    private double neededHeight = 24;
    private final DrawScale drawScale = new DrawScale(() -> {
        drawnWidth = -1;
        requestLayout();
    });

    public DrawnLegend() {
        getStyleClass().add("drawn-legend");
        getChildren().addAll(canvas, drawScale.probe());
    }

    public void setPainter(Painter painter) {
        this.painter = painter;
        drawnWidth = -1;
        requestLayout();
    }

    /** The height depends on the width (the legend wraps), so a parent asks for the height of a given width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            double f = drawScale.factor();
            neededHeight = (painter.paint(new Measure(pen), 4, 2, width / f - 8) + 4) * f;
        }
        return neededHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w == drawnWidth && canvas.getHeight() == h) {
            return;
        }
        drawnWidth = w;
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        pen.fill(0xFFFFFFFF);
        pen.fillRect(0, 0, w, h);
        drawScale.paint(canvas, () -> painter.paint(pen, 4, 2, drawScale.logical(w) - 8));
    }

    /** A pen that only measures: the legend's height is worked out without drawing. */
    private static final class Measure implements Pen {
        private final FxPen measurer;

        Measure(FxPen measurer) {
            this.measurer = measurer;
        }

        @Override public void fill(int argb) { }
        @Override public void stroke(int argb, double width) { }
        @Override public void fillRect(double x, double y, double w, double h) { }
        @Override public void strokeRect(double x, double y, double w, double h) { }
        @Override public void line(double x1, double y1, double x2, double y2) { }
        @Override public void lines(double[] xy, int count) { }
        @Override public void fillOval(double x, double y, double w, double h) { }
        @Override public void strokeOval(double x, double y, double w, double h) { }
        @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
        @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
        @Override public void text(String text, double x, double y, double size, boolean bold, Align align) { }
        @Override public void verticalText(String text, double x, double y, double size, boolean bold) { }
        @Override public void clip(double x, double y, double w, double h) { }
        @Override public void unclip() { }
        @Override public void translate(double dx, double dy) { }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return measurer.textWidth(text, size, bold);
        }
    }
}
