package be.bioregions.explorer.partners;

import java.util.function.Function;

import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.ui.LegendFlow;
import be.bioregions.explorer.ui.Palette;
import be.bioregions.explorer.ui.Pen;

/**
 * Paints the matrix on a {@link Pen}: the firm names and row totals frozen on the left, the partner names
 * (turned upright) and column totals frozen on top, and only the cells in view. A cell is coloured by the most
 * frequent kind of its alliances and shows their number; a folded corner marks a cell with an unverified
 * alliance.
 */
public final class MatrixPainter {
    public static final double CELL_W = 30;
    public static final double CELL_H = 22;
    public static final double NAME_W = 206;
    public static final double TOTAL_W = 46;
    public static final double LEFT = NAME_W + TOTAL_W;
    public static final double HEADER_H = 180;
    public static final double TOP = HEADER_H + CELL_H;
    static final double TEXT = 12;
    static final int TEXT_COLOR = 0xFF1F2A38;
    static final int MUTED = 0xFF5A6472;
    static final int GRID = 0xFFE3E7ED;
    static final int HEADER_BG = 0xFFF4F6F9;
    static final int HOVER_BG = 0xFFEAF2FB;
    static final int SELECTED = 0xFF1F2A38;

    /** What is under the pointer. */
    public record Hit(int row, int column) {
        public boolean isCell() {
            return row >= 0 && column >= 0;
        }
    }

    private Matrix matrix;
    private double width;
    private double height;
    private double scrollX;
    private double scrollY;
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private int hoverRow = -1;
    private int hoverColumn = -1;
    private String corner = "";

    public static int color(AllianceKind kind) {
        return switch (kind) {
            case RESEARCH -> 0xFF0072B2;       // blue
            case LICENSING -> 0xFFE69F00;      // orange
            case CO_DEVELOPMENT -> 0xFF009E73; // bluish green
            case PLATFORM -> 0xFF56B4E9;       // sky blue
            case MARKETING -> 0xFFD55E00;      // vermillion
            case EQUITY -> 0xFFCC79A7;         // reddish purple
            case ACQUISITION -> 0xFF3B3B3B;    // near black
            case MANUFACTURING -> 0xFFF0E442;  // yellow
            case SERVICES -> 0xFF9AA3AE;       // grey
        };
    }

    public void setMatrix(Matrix m) {
        this.matrix = m;
        clampScroll();
    }

    public Matrix matrix() {
        return matrix;
    }

    /** The words in the top-left corner (the year and what the matrix counts). */
    public void setCorner(String words) {
        this.corner = words == null ? "" : words;
    }

    /**
     * A painter of the same matrix, corner and chosen cell, from the first row and column, as large as the whole
     * matrix but at most {@code maxWidth} × {@code maxHeight}: what a figure of the matrix shows.
     */
    public MatrixPainter whole(double maxWidth, double maxHeight) {
        MatrixPainter p = new MatrixPainter();
        p.setMatrix(matrix);
        p.setCorner(corner);
        p.select(selectedRow, selectedColumn);
        p.setSize(Math.min(maxWidth, LEFT + contentWidth()), Math.min(maxHeight, TOP + contentHeight()));
        return p;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void setSize(double w, double h) {
        this.width = w;
        this.height = h;
        clampScroll();
    }

    public double contentWidth() {
        return matrix == null ? 0 : matrix.columnCount() * CELL_W;
    }

    public double contentHeight() {
        return matrix == null ? 0 : matrix.rowCount() * CELL_H;
    }

    public double viewportWidth() {
        return Math.max(0, width - LEFT);
    }

    public double viewportHeight() {
        return Math.max(0, height - TOP);
    }

    public double maxScrollX() {
        return Math.max(0, contentWidth() - viewportWidth());
    }

    public double maxScrollY() {
        return Math.max(0, contentHeight() - viewportHeight());
    }

    public double scrollX() {
        return scrollX;
    }

    public double scrollY() {
        return scrollY;
    }

    public void scrollTo(double x, double y) {
        scrollX = x;
        scrollY = y;
        clampScroll();
    }

    private void clampScroll() {
        scrollX = Math.max(0, Math.min(maxScrollX(), scrollX));
        scrollY = Math.max(0, Math.min(maxScrollY(), scrollY));
    }

    public void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
    }

    public int selectedRow() {
        return selectedRow;
    }

    public int selectedColumn() {
        return selectedColumn;
    }

    public void hover(int row, int column) {
        hoverRow = row;
        hoverColumn = column;
    }

    /** Scrolls so that a cell is in view (a row or column of -1 leaves that direction alone). */
    public void reveal(int row, int column) {
        if (row >= 0) {
            double top = row * CELL_H;
            if (top < scrollY) {
                scrollY = top;
            } else if (top + CELL_H > scrollY + viewportHeight()) {
                scrollY = top + CELL_H - viewportHeight();
            }
        }
        if (column >= 0) {
            double left = column * CELL_W;
            if (left < scrollX) {
                scrollX = left;
            } else if (left + CELL_W > scrollX + viewportWidth()) {
                scrollX = left + CELL_W - viewportWidth();
            }
        }
        clampScroll();
    }

    public int firstVisibleRow() {
        return (int) Math.floor(scrollY / CELL_H);
    }

    public int lastVisibleRow() {
        return matrix == null ? -1 : Math.min(matrix.rowCount() - 1,
                (int) Math.ceil((scrollY + viewportHeight()) / CELL_H) - 1);
    }

    public int firstVisibleColumn() {
        return (int) Math.floor(scrollX / CELL_W);
    }

    public int lastVisibleColumn() {
        return matrix == null ? -1 : Math.min(matrix.columnCount() - 1,
                (int) Math.ceil((scrollX + viewportWidth()) / CELL_W) - 1);
    }

    /** The row and column under a point (-1 where there is none). */
    public Hit hit(double x, double y) {
        if (matrix == null) {
            return new Hit(-1, -1);
        }
        int row = y >= TOP && y < height ? (int) Math.floor((y - TOP + scrollY) / CELL_H) : -1;
        int column = x >= LEFT && x < width ? (int) Math.floor((x - LEFT + scrollX) / CELL_W) : -1;
        if (row >= matrix.rowCount()) {
            row = -1;
        }
        if (column >= matrix.columnCount()) {
            column = -1;
        }
        return new Hit(row, column);
    }

    public void paint(Pen pen) {
        pen.unclip();
        pen.fill(0xFFFFFFFF);
        pen.fillRect(0, 0, width, height);
        if (matrix == null) {
            return;
        }
        int r0 = firstVisibleRow();
        int r1 = lastVisibleRow();
        int c0 = firstVisibleColumn();
        int c1 = lastVisibleColumn();
        double right = Math.min(width, LEFT + contentWidth() - scrollX);
        double bottom = Math.min(height, TOP + contentHeight() - scrollY);

        // cells
        pen.clip(LEFT, TOP, width - LEFT, height - TOP);
        if (hoverRow >= 0) {
            pen.fill(HOVER_BG);
            pen.fillRect(LEFT, rowY(hoverRow), right - LEFT, CELL_H);
        }
        if (hoverColumn >= 0) {
            pen.fill(HOVER_BG);
            pen.fillRect(columnX(hoverColumn), TOP, CELL_W, bottom - TOP);
        }
        pen.stroke(GRID, 1);
        for (int r = r0; r <= r1 + 1; r++) {
            pen.line(LEFT, rowY(r), right, rowY(r));
        }
        for (int c = c0; c <= c1 + 1; c++) {
            pen.line(columnX(c), TOP, columnX(c), bottom);
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Matrix.Cell cell = matrix.cell(r, c);
                if (cell != null) {
                    paintCell(pen, cell, columnX(c), rowY(r));
                }
            }
        }
        if (selectedRow >= 0 && selectedColumn >= 0) {
            pen.stroke(SELECTED, 2.5);
            pen.strokeRect(columnX(selectedColumn) + 1, rowY(selectedRow) + 1, CELL_W - 2, CELL_H - 2);
        }
        pen.unclip();

        // firm names and row totals
        pen.clip(0, TOP, LEFT, height - TOP);
        for (int r = r0; r <= r1; r++) {
            double y = rowY(r);
            boolean marked = r == hoverRow || r == selectedRow;
            pen.fill(marked ? HOVER_BG : 0xFFFFFFFF);
            pen.fillRect(0, y, LEFT, CELL_H);
            Firm f = matrix.firm(r);
            pen.fill(Palette.region(f.region()));
            pen.fillRect(4, y + 5, 5, CELL_H - 10);
            pen.fill(TEXT_COLOR);
            pen.text(pen.fit(f.name(), NAME_W - 20, TEXT, r == selectedRow), 14, y + CELL_H / 2 + 4.5, TEXT,
                    r == selectedRow, Pen.Align.LEFT);
            pen.fill(HEADER_BG);
            pen.fillRect(NAME_W, y, TOTAL_W, CELL_H);
            pen.fill(TEXT_COLOR);
            pen.text(Integer.toString(matrix.rowTotal(r)), LEFT - 8, y + CELL_H / 2 + 4.5, TEXT, true,
                    Pen.Align.RIGHT);
        }
        pen.stroke(GRID, 1);
        pen.line(0, bottom, LEFT, bottom);
        pen.unclip();

        // partner names and column totals
        pen.clip(LEFT, 0, width - LEFT, TOP);
        for (int c = c0; c <= c1; c++) {
            double x = columnX(c);
            boolean marked = c == hoverColumn || c == selectedColumn;
            pen.fill(marked ? HOVER_BG : 0xFFFFFFFF);
            pen.fillRect(x, 0, CELL_W, HEADER_H);
            pen.fill(TEXT_COLOR);
            pen.verticalText(pen.fit(matrix.partner(c).name(), HEADER_H - 10, TEXT, c == selectedColumn),
                    x + CELL_W / 2 + 4.5, HEADER_H - 6, TEXT, c == selectedColumn);
            pen.fill(HEADER_BG);
            pen.fillRect(x, HEADER_H, CELL_W, CELL_H);
            pen.fill(TEXT_COLOR);
            String sum = Integer.toString(matrix.columnTotal(c));
            double size = pen.textWidth(sum, TEXT - 1, true) <= CELL_W - 3 ? TEXT - 1 : TEXT - 4; // 5 digits fit too
            pen.text(sum, x + CELL_W / 2, HEADER_H + CELL_H / 2 + 4.5, size, true, Pen.Align.CENTER);
        }
        pen.stroke(GRID, 1);
        for (int c = c0; c <= c1 + 1; c++) {
            pen.line(columnX(c), HEADER_H, columnX(c), TOP);
        }
        pen.unclip();

        // the corner: what the matrix shows, and the grand total
        pen.fill(0xFFFFFFFF);
        pen.fillRect(0, 0, LEFT, HEADER_H);
        pen.fill(TEXT_COLOR);
        double y = 22;
        for (String line : corner.split("\n")) {
            pen.text(pen.fit(line, LEFT - 16, TEXT, y == 22), 8, y, TEXT, y == 22, Pen.Align.LEFT);
            y += 18;
        }
        pen.fill(HEADER_BG);
        pen.fillRect(0, HEADER_H, LEFT, CELL_H);
        pen.fill(MUTED);
        pen.text("\u03A3", LEFT - 8, HEADER_H - 6, TEXT, true, Pen.Align.RIGHT);
        pen.fill(TEXT_COLOR);
        pen.text(Integer.toString(matrix.total()), LEFT - 8, HEADER_H + CELL_H / 2 + 4.5, TEXT, true,
                Pen.Align.RIGHT);
        pen.stroke(0xFFB8C0CC, 1);
        pen.line(0, TOP, width, TOP);
        pen.line(LEFT, 0, LEFT, height);
        pen.line(NAME_W, HEADER_H, NAME_W, height);
        pen.line(0, HEADER_H, width, HEADER_H);
    }

    private void paintCell(Pen pen, Matrix.Cell cell, double x, double y) {
        int color = color(cell.dominant());
        pen.fill(color);
        pen.fillRect(x + 1.5, y + 1.5, CELL_W - 3, CELL_H - 3);
        pen.fill(Palette.textOn(color));
        pen.text(Integer.toString(cell.count()), x + CELL_W / 2, y + CELL_H / 2 + 4.5, TEXT - 1, true,
                Pen.Align.CENTER);
        if (cell.unverified() > 0) {
            // a folded corner: white triangle with a dark edge, top right
            double s = 8;
            double[] xs = {x + CELL_W - 1.5 - s, x + CELL_W - 1.5, x + CELL_W - 1.5};
            double[] ys = {y + 1.5, y + 1.5, y + 1.5 + s};
            pen.fill(0xFFFFFFFF);
            pen.fillPolygon(xs, ys, 3);
            pen.stroke(TEXT_COLOR, 0.8);
            pen.line(xs[0], ys[0], xs[2], ys[2]);
        }
    }

    private double rowY(int row) {
        return TOP + row * CELL_H - scrollY;
    }

    private double columnX(int column) {
        return LEFT + column * CELL_W - scrollX;
    }

    /** The legend: a swatch per alliance kind, the folded corner and the blank cell. Returns its height. */
    public static double paintLegend(Pen pen, double x, double y, double maxWidth,
                                     Function<AllianceKind, String> kindNames, String unverifiedWords,
                                     String blankWords) {
        LegendFlow flow = new LegendFlow(pen, x, y, maxWidth);
        int n = AllianceKind.values().length;
        for (int i = 0; i < n + 2; i++) {
            String text = i < n ? kindNames.apply(AllianceKind.values()[i]) : i == n ? unverifiedWords : blankWords;
            double[] at = flow.place(18, text, TEXT - 1);
            double cx = at[0];
            double top = at[1] - 7;
            if (i < n) {
                pen.fill(color(AllianceKind.values()[i]));
                pen.fillRect(cx, top, 18, 14);
            } else {
                pen.fill(i == n ? 0xFF9AA3AE : 0xFFFFFFFF);
                pen.fillRect(cx, top, 18, 14);
                pen.stroke(GRID, 1);
                pen.strokeRect(cx, top, 18, 14);
                if (i == n) {
                    double[] xs = {cx + 10, cx + 18, cx + 18};
                    double[] ys = {top, top, top + 8};
                    pen.fill(0xFFFFFFFF);
                    pen.fillPolygon(xs, ys, 3);
                    pen.stroke(TEXT_COLOR, 0.8);
                    pen.line(xs[0], ys[0], xs[2], ys[2]);
                }
            }
        }
        return flow.height();
    }
}
