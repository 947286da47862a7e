package be.bioregions.explorer.partners;

import java.util.function.BiConsumer;
import java.util.function.Function;

import be.bioregions.explorer.ui.DrawScale;
import be.bioregions.explorer.ui.DrawnLegend;
import be.bioregions.explorer.ui.Figures;
import be.bioregions.explorer.ui.FxPen;
import be.bioregions.explorer.ui.PointerTip;

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
import javafx.scene.layout.Region;

/**
 * The drawn matrix: a canvas with two scroll bars; the names and totals stay in view while the cells scroll.
 * The wheel scrolls the rows (with Shift, the columns); the arrow keys move the chosen cell and Enter opens it;
 * Page Up/Down scroll a screenful; hovering a cell tells its pair and kinds; a click opens it.
 */
public final class MatrixChart extends Region {
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final MatrixPainter painter = new MatrixPainter();
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private final DrawScale drawScale = new DrawScale(this::requestLayout);
    private final PointerTip tooltip = new PointerTip(480);
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper("");
    private Function<MatrixPainter.Hit, String> describe = hit -> "";
    private BiConsumer<Integer, Integer> onOpen = (row, column) -> { };
    private String rangeFormat = "%d firms \u00D7 %d partners \u00B7 rows %d\u2013%d, columns %d\u2013%d in view";
    private MatrixPainter.Hit hovered;
    private boolean syncing;

    public MatrixChart() {
        getStyleClass().add("matrix-chart");
        setId("matrix-chart");
        setFocusTraversable(true);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((obs, old, v) -> scrolled());
        vertical.valueProperty().addListener((obs, old, v) -> scrolled());
        getChildren().addAll(canvas, horizontal, vertical, drawScale.probe());

        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() ? 0 : e.getDeltaY();
            scrollBy(-drawScale.logical(dx), -drawScale.logical(dy));
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                MatrixPainter.Hit hit = painter.hit(drawScale.logical(e.getX()), drawScale.logical(e.getY()));
                if (hit.isCell()) {
                    choose(hit.row(), hit.column(), true);
                }
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(drawScale.logical(e.getX()), drawScale.logical(e.getY()), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    /** A new matrix (another year, filter or order); keeps the scroll position and the chosen pair if it is still there. */
    public void setMatrix(Matrix matrix) {
        Matrix old = painter.matrix();
        String firm = old != null && painter.selectedRow() >= 0 ? old.firm(painter.selectedRow()).id() : null;
        String partner = old != null && painter.selectedColumn() >= 0 ? old.partner(painter.selectedColumn()).id() : null;
        painter.setMatrix(matrix);
        painter.select(firm == null ? -1 : matrix.rowOf(firm), partner == null ? -1 : matrix.columnOf(partner));
        painter.reveal(painter.selectedRow(), painter.selectedColumn()); // a new order may have moved it
        painter.hover(-1, -1);
        hideTooltip();
        redraw();
    }

    public Matrix matrix() {
        return painter.matrix();
    }

    public MatrixPainter painter() {
        return painter;
    }

    public void setCorner(String words) {
        painter.setCorner(words);
        redraw();
    }

    public void setDescriber(Function<MatrixPainter.Hit, String> describer) {
        this.describe = describer;
    }

    /** Called with the row and column of the cell the user opened (click or Enter). */
    public void setOnOpen(BiConsumer<Integer, Integer> handler) {
        this.onOpen = handler;
    }

    /** The words of what is in view: firms, partners, first row, last row, first column, last column. */
    public void setRangeFormat(String format) {
        this.rangeFormat = format;
        redraw();
    }

    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Chooses a cell, scrolls it into view and, when asked, opens it. */
    public void choose(int row, int column, boolean open) {
        painter.select(row, column);
        painter.reveal(row, column);
        redraw();
        if (open && row >= 0 && column >= 0) {
            onOpen.accept(row, column);
        }
    }

    private void scrollBy(double dx, double dy) {
        painter.scrollTo(painter.scrollX() + dx, painter.scrollY() + dy);
        redraw();
    }

    private void scrolled() {
        if (!syncing) {
            painter.scrollTo(horizontal.getValue(), vertical.getValue());
            redraw();
        }
    }

    /** Moves the chosen cell, scrolls, or opens, for the keys of the matrix; other keys are left alone. */
    public void handleKey(KeyEvent e) {
        Matrix m = painter.matrix();
        if (e.isConsumed() || m == null || m.rowCount() == 0 || m.columnCount() == 0) {
            return;
        }
        int row = Math.max(0, painter.selectedRow());
        int column = Math.max(0, painter.selectedColumn());
        boolean none = painter.selectedRow() < 0 || painter.selectedColumn() < 0;
        int page = Math.max(1, (int) (painter.viewportHeight() / MatrixPainter.CELL_H) - 1);
        switch (e.getCode()) {
            case UP -> row = none ? row : row - 1;
            case DOWN -> row = none ? row : row + 1;
            case LEFT -> column = none ? column : column - 1;
            case RIGHT -> column = none ? column : column + 1;
            case PAGE_UP -> row -= page;
            case PAGE_DOWN -> row += page;
            case HOME -> {
                row = 0;
                column = 0;
            }
            case END -> {
                row = m.rowCount() - 1;
                column = m.columnCount() - 1;
            }
            case ENTER -> {
                if (!none) {
                    onOpen.accept(row, column);
                    e.consume();
                }
                return;
            }
            default -> {
                return;
            }
        }
        choose(Math.max(0, Math.min(m.rowCount() - 1, row)), Math.max(0, Math.min(m.columnCount() - 1, column)),
                false);
        e.consume();
    }

    private void hover(double x, double y, double screenX, double screenY) {
        MatrixPainter.Hit hit = x < 0 ? new MatrixPainter.Hit(-1, -1) : painter.hit(x, y);
        setCursor(hit.isCell() ? Cursor.HAND : Cursor.DEFAULT);
        if (hit.equals(hovered)) {
            return;
        }
        hovered = hit;
        painter.hover(hit.row(), hit.column());
        redraw();
        tooltip.show(this, hit.row() < 0 && hit.column() < 0 ? "" : describe.apply(hit), screenX, screenY);
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    /** The tooltip's text while it shows, for tests. */
    public String tooltipText() {
        return tooltip.text();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        vertical.resizeRelocate(w - bar, 0, bar, h - barH);
        horizontal.resizeRelocate(0, h - barH, w - bar, barH);
        canvas.setWidth(Math.max(1, w - bar));
        canvas.setHeight(Math.max(1, h - barH));
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

    /** Draws the canvas again and brings the scroll bars and the range text up to date. */
    public void redraw() {
        painter.setSize(drawScale.logical(canvas.getWidth()), drawScale.logical(canvas.getHeight()));
        drawScale.paint(canvas, () -> painter.paint(pen));
        syncing = true;
        sync(horizontal, painter.maxScrollX(), painter.viewportWidth(), painter.contentWidth(), painter.scrollX(),
                MatrixPainter.CELL_W);
        sync(vertical, painter.maxScrollY(), painter.viewportHeight(), painter.contentHeight(), painter.scrollY(),
                MatrixPainter.CELL_H);
        syncing = false;
        Matrix m = painter.matrix();
        if (m == null) {
            range.set("");
            return;
        }
        range.set(String.format(rangeFormat, m.rowCount(), m.columnCount(),
                m.rowCount() == 0 ? 0 : painter.firstVisibleRow() + 1, painter.lastVisibleRow() + 1,
                m.columnCount() == 0 ? 0 : painter.firstVisibleColumn() + 1, painter.lastVisibleColumn() + 1));
    }

    private static void sync(ScrollBar bar, double max, double viewport, double content, double value, double unit) {
        bar.setMax(max);
        bar.setVisibleAmount(Math.max(1, content <= 0 ? 1 : viewport * max / content));
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(Math.max(unit, viewport - unit));
        bar.setValue(value);
        bar.setDisable(max <= 0);
    }

    /** The largest figure of the matrix: beyond it, a picture is too large to read or to open. */
    public static final double FIGURE_MAX = 4000;

    /** The painter of a figure: the whole matrix from its first row and column, up to {@link #FIGURE_MAX}. */
    public MatrixPainter figurePainter() {
        return painter.whole(FIGURE_MAX, FIGURE_MAX);
    }

    /** The whole matrix (up to the figure's limit), with a caption above and the legend below, as SVG. */
    public String svg(String caption, DrawnLegend.Painter legend) {
        MatrixPainter p = figurePainter();
        return Figures.svg(p.width(), p.height(), caption, p::paint, legend);
    }

    /** The same figure drawn on a canvas, for a PNG. */
    public javafx.scene.canvas.Canvas figure(String caption, DrawnLegend.Painter legend) {
        MatrixPainter p = figurePainter();
        return Figures.canvas(p.width(), p.height(), caption, p::paint, legend);
    }
}
