package be.bioregions.explorer.timeline;

import java.util.function.Function;

import be.bioregions.explorer.ui.FxPen;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** The legend below the timeline, drawn by the same code as the legend of an exported SVG. */
public final class TimelineLegend extends Region {
    private final Canvas canvas = new Canvas();
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private Function<MarkKind, String> kindNames = MarkKind::name;
    private Function<TimelinePainter.Symbol, String> symbolNames = TimelinePainter.Symbol::name;
    private double drawnWidth = -1;
    private double neededHeight = 24;

    public TimelineLegend() {
        setId("timeline-legend");
        getChildren().add(canvas);
    }

    public void setNames(Function<MarkKind, String> kinds, Function<TimelinePainter.Symbol, String> symbols) {
        this.kindNames = kinds;
        this.symbolNames = symbols;
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
            neededHeight = TimelinePainter.paintLegend(new Measure(pen), 4, 2, width - 8, kindNames, symbolNames) + 4;
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
        TimelinePainter.paintLegend(pen, 4, 2, w - 8, kindNames, symbolNames);
    }

    /** A pen that only measures: the legend's height is worked out without drawing. */
    private static final class Measure implements be.bioregions.explorer.ui.Pen {
        private final FxPen measurer;

        Measure(FxPen measurer) {
            this.measurer = measurer;
        }

        @Override public void fill(int argb) { }
        @Override public void stroke(int argb, double width) { }
        @Override public void fillRect(double x, double y, double w, double h) { }
        @Override public void strokeRect(double x, double y, double w, double h) { }
        @Override public void line(double x1, double y1, double x2, double y2) { }
        @Override public void fillOval(double x, double y, double w, double h) { }
        @Override public void strokeOval(double x, double y, double w, double h) { }
        @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
        @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
        @Override public void text(String text, double x, double y, double size, boolean bold, Align align) { }
        @Override public void clip(double x, double y, double w, double h) { }
        @Override public void unclip() { }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return measurer.textWidth(text, size, bold);
        }
    }
}
