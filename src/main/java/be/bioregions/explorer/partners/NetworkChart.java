package be.bioregions.explorer.partners;

import java.util.function.Consumer;
import java.util.function.Function;

import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.ui.CanvasChart;
import be.bioregions.explorer.ui.Pen;
import be.bioregions.explorer.ui.PointerTip;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The drawn network: the wheel or a pinch zooms around the pointer, a drag pans, + and − zoom, Home or 0 fits;
 * hovering a node tells its measures and lights its links; a click chooses it.
 */
public final class NetworkChart extends CanvasChart {
    private static final double ZOOM_STEP = 1.25;

    private final NetworkPainter painter = new NetworkPainter();
    private final PointerTip tooltip = new PointerTip(420);
    private Function<NetworkPicture.Dot, String> describe = d -> d.name();
    private Consumer<AllianceNetwork.Node> onChoose = n -> { };
    private double lastX;
    private double lastY;
    private boolean dragged;

    public NetworkChart() {
        super(700, 500);
        getStyleClass().add("network-chart");
        setId("network-chart");
        setFocusTraversable(true);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            double steps = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE
                    ? e.getDeltaY() / 40.0 : e.getTextDeltaY();
            zoom(Math.pow(ZOOM_STEP, steps), logical(e.getX()), logical(e.getY()));
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoom(e.getZoomFactor(), logical(e.getX()), logical(e.getY()));
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            lastX = logical(e.getX());
            lastY = logical(e.getY());
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged = true;
            setCursor(Cursor.CLOSED_HAND);
            tooltip.hide();
            painter.pan(logical(e.getX()) - lastX, logical(e.getY()) - lastY);
            lastX = logical(e.getX());
            lastY = logical(e.getY());
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            setCursor(Cursor.DEFAULT);
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                int dot = painter.hit(logical(e.getX()), logical(e.getY()));
                if (dot >= 0) {
                    painter.select(dot);
                    redraw();
                    onChoose.accept(painter.picture().dots().get(dot).node());
                }
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(logical(e.getX()), logical(e.getY()), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    /** A new picture (another year or filter); keeps the zoom and the chosen node if it is still drawn. */
    public void setPicture(NetworkPicture picture) {
        NetworkPicture old = painter.picture();
        AllianceNetwork.Node chosen = old != null && painter.selected() >= 0
                ? old.dots().get(painter.selected()).node() : null;
        painter.setPicture(picture, chosen);
        tooltip.hide();
        redraw();
    }

    public NetworkPainter painter() {
        return painter;
    }

    public void setDescriber(Function<NetworkPicture.Dot, String> describer) {
        this.describe = describer;
    }

    public void setOnChoose(Consumer<AllianceNetwork.Node> handler) {
        this.onChoose = handler;
    }

    /** Chooses a node (from the table): it is marked and its links lit; zoomed in, it is brought into view. */
    public void choose(AllianceNetwork.Node node) {
        int dot = painter.indexOf(node);
        painter.select(dot);
        if (dot >= 0 && painter.zoom() > 1) {
            NetworkPicture.Dot d = painter.picture().dots().get(dot);
            painter.pan(width() / 2 - painter.x(d), height() / 2 - painter.y(d));
        }
        redraw();
    }

    private void zoom(double factor, double x, double y) {
        painter.zoom(factor, x, y);
        redraw();
    }

    /** Zooms in on the middle of the view. */
    public void zoomIn() {
        zoom(ZOOM_STEP, width() / 2, height() / 2);
    }

    /** Zooms out from the middle of the view. */
    public void zoomOut() {
        zoom(1 / ZOOM_STEP, width() / 2, height() / 2);
    }

    /** Shows the whole network again. */
    public void fit() {
        painter.fit();
        redraw();
    }

    public void handleKey(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case HOME, DIGIT0, NUMPAD0 -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void hover(double x, double y, double screenX, double screenY) {
        int dot = x < 0 ? -1 : painter.hit(x, y);
        setCursor(dot >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (dot == painter.hovered()) {
            return;
        }
        painter.hover(dot);
        redraw();
        tooltip.show(this, dot < 0 ? null : describe.apply(painter.picture().dots().get(dot)), screenX, screenY);
    }

    /** The tooltip's text while it shows, for tests. */
    public String tooltipText() {
        return tooltip.text();
    }

    @Override
    protected void paint(Pen p, double width, double height) {
        painter.setSize(width, height);
        painter.paint(p);
    }
}
