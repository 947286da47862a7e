package be.bioregions.explorer.timeline;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.ui.DrawScale;
import be.bioregions.explorer.ui.FxPen;
import be.bioregions.explorer.ui.PointerTip;
import be.bioregions.explorer.ui.SvgPen;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;

/**
 * The drawn timeline: a canvas with a vertical scroll bar. The mouse wheel and a pinch zoom around the pointer
 * (the wheel over the firm names scrolls the lanes), a drag pans in time and scrolls the lanes, and the keys
 * + and − zoom, the arrows pan and scroll, Home or 0 fits all. Hovering a mark shows its fact, year, source and
 * verified mark; a click opens it.
 */
public final class TimelineChart extends Region {
    private static final double ZOOM_STEP = 1.25;
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final TimeScale scale = new TimeScale(TimelineData.FIRST_YEAR, TimelineData.THESIS_END + 1);
    private final TimelinePainter painter = new TimelinePainter(scale);
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private final DrawScale drawScale = new DrawScale(this::requestLayout);
    private final PointerTip tooltip = new PointerTip(520);
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper("");
    private Function<TimelinePainter.Hit, String> describe = hit -> "";
    private BiConsumer<Lane, Mark> onOpen = (lane, mark) -> { };
    private String rangeFormat = "%d\u2013%d \u00B7 %d firms, lanes %d\u2013%d in view";
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private Object hovered;

    public TimelineChart() {
        getStyleClass().add("timeline-chart");
        setId("timeline-chart");
        setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.valueProperty().addListener((obs, old, v) -> {
            if (v.doubleValue() != painter.scrollY()) {
                painter.setScrollY(v.doubleValue());
                redraw();
            }
        });
        getChildren().addAll(canvas, scrollBar, drawScale.probe());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoom(e.getZoomFactor(), x(e));
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pressX = x(e);
            pressY = y(e);
            lastX = x(e);
            lastY = y(e);
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            setCursor(Cursor.DEFAULT);
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                open(painter.hit(x(e), y(e)));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(x(e), y(e), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    /** New lanes (after a filter or a new sort); keeps the visible time range. */
    public void setLanes(List<Lane> lanes) {
        painter.setLanes(lanes);
        painter.setSelectedLane(-1);
        painter.setHoverLane(-1);
        fitLaneHeight();
        painter.setScrollY(Math.min(painter.scrollY(), painter.maxScroll()));
        redraw();
    }

    public List<Lane> lanes() {
        return painter.lanes();
    }

    /** The caption of the policy strip, in the interface's language. */
    public void setStripCaption(String caption) {
        painter.setStripCaption(caption);
    }

    public void setBands(List<PolicyBand> bands) {
        painter.setBands(bands);
        redraw();
    }

    /** The outer limits of the axis: 1982 to the end of 2016, or to the last fact when later facts are shown. */
    public void setYearBounds(int first, int last) {
        boolean wasAll = scale.from() <= scale.min() && scale.to() >= scale.max();
        scale.setBounds(first, last + 1);
        if (wasAll) {
            scale.fit();
        }
        redraw();
    }

    /** Words for a hit, for the tooltip. */
    public void setDescriber(Function<TimelinePainter.Hit, String> describer) {
        this.describe = describer;
    }

    /** Called with the lane and the mark (null for the lane itself) the user clicked. */
    public void setOnOpen(BiConsumer<Lane, Mark> handler) {
        this.onOpen = handler;
    }

    /** The words of the visible range: first year, last year, firms, first lane, last lane. */
    public void setRangeFormat(String format) {
        this.rangeFormat = format;
        redraw();
    }

    public TimeScale scale() {
        return scale;
    }

    public TimelinePainter painter() {
        return painter;
    }

    /** "1982–2016 · lanes 1–28 of 32": what is in view. */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public void zoomIn() {
        zoom(ZOOM_STEP, TimelinePainter.LABEL_WIDTH + scale.x((scale.from() + scale.to()) / 2));
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, TimelinePainter.LABEL_WIDTH + scale.x((scale.from() + scale.to()) / 2));
    }

    /** Shows the whole axis and, when they fit at a readable height, all lanes. */
    public void fitAll() {
        scale.fit();
        fitLaneHeight();
        painter.setScrollY(0);
        redraw();
    }

    /** Shows a stretch of years, e.g. 2005 to 2016 (both whole). */
    public void showYears(int first, int last) {
        scale.show(first, last + 1);
        redraw();
    }

    /** Selects a lane (highlighted) and scrolls it into view. */
    public void reveal(int lane) {
        painter.setSelectedLane(lane);
        painter.reveal(lane);
        redraw();
    }

    private void zoom(double factor, double xOnCanvas) {
        scale.zoom(factor, xOnCanvas - TimelinePainter.LABEL_WIDTH);
        redraw();
    }

    private void scrollLanes(double dy) {
        painter.setScrollY(Math.max(0, Math.min(painter.maxScroll(), painter.scrollY() + dy)));
        redraw();
    }

    private void onScroll(ScrollEvent e) {
        if (x(e) < TimelinePainter.LABEL_WIDTH || e.isShiftDown()) {
            scrollLanes(-drawScale.logical(e.getDeltaY()));
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            scale.pan(-drawScale.logical(e.getDeltaX()) / scale.pixelsPerYear());
            redraw();
        } else if (e.getDeltaY() != 0) {
            // a wheel notch is one step, whatever pixel distance the platform reports for it
            double steps = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE
                    ? e.getDeltaY() / 40.0 : e.getTextDeltaY();
            zoom(Math.pow(ZOOM_STEP, steps), x(e));
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (!dragged && Math.hypot(x(e) - pressX, y(e) - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        setCursor(Cursor.CLOSED_HAND);
        hideTooltip();
        scale.pan(-(x(e) - lastX) / scale.pixelsPerYear());
        painter.setScrollY(Math.max(0, Math.min(painter.maxScroll(), painter.scrollY() - (y(e) - lastY))));
        lastX = x(e);
        lastY = y(e);
        redraw();
    }

    /** Zooms, pans, scrolls or fits for the keys of the timeline; other keys are left alone. */
    public void handleKey(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        double page = Math.max(painter.laneHeight(), painter.lanesViewport() - painter.laneHeight());
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case LEFT -> {
                scale.pan(-scale.span() / 10);
                redraw();
            }
            case RIGHT -> {
                scale.pan(scale.span() / 10);
                redraw();
            }
            case UP -> scrollLanes(-painter.laneHeight());
            case DOWN -> scrollLanes(painter.laneHeight());
            case PAGE_UP -> scrollLanes(-page);
            case PAGE_DOWN -> scrollLanes(page);
            case HOME, DIGIT0, NUMPAD0 -> fitAll();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void hover(double x, double y, double screenX, double screenY) {
        TimelinePainter.Hit hit = x < 0 ? null : painter.hit(x, y);
        int lane = hit instanceof TimelinePainter.MarksHit m ? m.lane()
                : hit instanceof TimelinePainter.LaneHit l ? l.lane() : -1;
        Object key = hit instanceof TimelinePainter.MarksHit m ? m.cluster().marks()
                : hit instanceof TimelinePainter.BandHit b ? b.band() : null;
        setCursor(hit instanceof TimelinePainter.MarksHit || hit instanceof TimelinePainter.LaneHit
                ? Cursor.HAND : Cursor.DEFAULT);
        if (lane != painter.hoverLane()) {
            // the pointer moved to another lane: only then is there something new to draw
            painter.setHoverLane(lane);
            redraw();
        }
        if (key == null) {
            hideTooltip();
            return;
        }
        if (!key.equals(hovered) || !tooltip.isShowing()) {
            hovered = key;
            tooltip.show(this, describe.apply(hit), screenX, screenY);
        }
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    /** The tooltip's text while it shows, for tests and for the status of the view. */
    public String tooltipText() {
        return tooltip.text();
    }

    private void open(TimelinePainter.Hit hit) {
        if (hit instanceof TimelinePainter.MarksHit m) {
            painter.setSelectedLane(m.lane());
            redraw();
            onOpen.accept(painter.lanes().get(m.lane()), m.cluster().marks().get(0));
        } else if (hit instanceof TimelinePainter.LaneHit l) {
            painter.setSelectedLane(l.lane());
            redraw();
            onOpen.accept(painter.lanes().get(l.lane()), null);
        }
    }

    /** Lanes tall enough to read, small enough that a sample-size dataset fits the height. */
    private void fitLaneHeight() {
        double viewport = painter.lanesViewport();
        int n = Math.max(1, painter.lanes().size());
        painter.setLaneHeight(viewport <= 0 ? 20 : Math.max(17, Math.min(26, Math.floor(viewport / n))));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = scrollBar.prefWidth(-1);
        scrollBar.resizeRelocate(w - bar, 0, bar, h);
        canvas.setWidth(Math.max(1, w - bar));
        canvas.setHeight(Math.max(1, h));
        painter.layout(width(), height(), pen); // the lanes' viewport depends on the strip
        fitLaneHeight();
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }

    /** Draws the canvas again and brings the scroll bar and the range text up to date. */
    public void redraw() {
        painter.layout(width(), height(), pen);
        painter.setScrollY(Math.max(0, Math.min(painter.maxScroll(), painter.scrollY())));
        drawScale.paint(canvas, () -> painter.paint(pen));
        scrollBar.setMax(painter.maxScroll());
        scrollBar.setVisibleAmount(Math.max(1, painter.lanesViewport() * painter.maxScroll()
                / Math.max(1, painter.lanes().size() * painter.laneHeight())));
        scrollBar.setUnitIncrement(painter.laneHeight());
        scrollBar.setBlockIncrement(Math.max(painter.laneHeight(), painter.lanesViewport()));
        scrollBar.setValue(painter.scrollY());
        scrollBar.setDisable(painter.maxScroll() <= 0);
        int firms = (int) painter.lanes().stream().filter(l -> !l.isHeading()).count();
        range.set(String.format(rangeFormat, scale.firstYear(), scale.lastYear(), firms,
                painter.lanes().isEmpty() ? 0 : painter.firstVisibleLane() + 1, painter.lastVisibleLane() + 1));
    }

    /** The chart as it is now, with its legend below, as an SVG document. */
    public String svg(Function<MarkKind, String> kindNames, Function<TimelinePainter.Symbol, String> symbolNames) {
        double w = width();
        double h = height();
        SvgPen measure = new SvgPen(w, 10);
        double legend = TimelinePainter.paintLegend(measure, 8, 0, w - 16, kindNames, symbolNames);
        SvgPen svg = new SvgPen(w, h + legend + 12);
        painter.layout(w, h, svg);
        painter.paint(svg);
        svg.fill(0xFFFFFFFF);
        svg.fillRect(0, h, w, legend + 12);
        TimelinePainter.paintLegend(svg, 8, h + 6, w - 16, kindNames, symbolNames);
        painter.layout(w, h, pen);
        return svg.svg();
    }

    /** The canvas's width on the logical surface the painter draws on (see {@link DrawScale}). */
    private double width() {
        return drawScale.logical(canvas.getWidth());
    }

    private double height() {
        return drawScale.logical(canvas.getHeight());
    }

    private double x(javafx.scene.input.GestureEvent e) {
        return drawScale.logical(e.getX());
    }

    private double x(MouseEvent e) {
        return drawScale.logical(e.getX());
    }

    private double y(MouseEvent e) {
        return drawScale.logical(e.getY());
    }

    /** How much larger than at the normal text size the chart draws (defense mode, Ctrl +). */
    public double drawScale() {
        return drawScale.factor();
    }
}
