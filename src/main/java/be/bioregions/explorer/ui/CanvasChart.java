package be.bioregions.explorer.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A chart drawn on a canvas that fills it: the painting code draws on a {@link Pen}, so the same code draws the
 * screen, the PNG figure and the SVG figure (each with a caption above and the legend below).
 */
public abstract class CanvasChart extends Region {
    /** The surface on screen; subclasses listen to its mouse events. */
    protected final Canvas canvas = new Canvas();
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private final double preferredWidth;
    private final double preferredHeight;
    private final DrawScale drawScale = new DrawScale(this::requestLayout);

    protected CanvasChart(double preferredWidth, double preferredHeight) {
        this.preferredWidth = preferredWidth;
        this.preferredHeight = preferredHeight;
        getChildren().addAll(canvas, drawScale.probe());
    }

    /** Paints the chart in a {@code width} × {@code height} area from the origin. */
    protected abstract void paint(Pen p, double width, double height);

    /** Draws the canvas again, at the window's text size (see {@link DrawScale}). */
    public void redraw() {
        drawScale.paint(canvas, () -> paint(pen, width(), height()));
    }

    /** The canvas's width on the surface {@link #paint} draws on. */
    protected double width() {
        return drawScale.logical(canvas.getWidth());
    }

    protected double height() {
        return drawScale.logical(canvas.getHeight());
    }

    /** A pointer position (or a distance) on the canvas as a position on the surface {@link #paint} draws on. */
    protected double logical(double onScreen) {
        return drawScale.logical(onScreen);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return preferredWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferredHeight;
    }

    /** The chart as it is now, with a caption above and the legend below, as an SVG document. */
    public String svg(String caption, DrawnLegend.Painter legend) {
        double w = width();
        double h = height();
        return Figures.svg(w, h, caption, p -> paint(p, w, h), legend);
    }

    /** The same figure drawn on a canvas of its own, for a PNG. */
    public Canvas figure(String caption, DrawnLegend.Painter legend) {
        double w = width();
        double h = height();
        return Figures.canvas(w, h, caption, p -> paint(p, w, h), legend);
    }
}
