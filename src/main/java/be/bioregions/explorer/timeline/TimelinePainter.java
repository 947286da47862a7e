package be.bioregions.explorer.timeline;

import java.util.ArrayList;
import java.util.List;

import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.ui.LegendFlow;
import be.bioregions.explorer.ui.Pen;

/**
 * Lays out and draws the timeline on a {@link Pen}: the axis, the policy context strip and its background bands,
 * and the lanes in view with their life-span bars and marks. Only the lanes and marks in view are visited, so a
 * frame costs the same with 30 firms or 10,000. Marks closer than a glyph are drawn as one numbered cluster, so
 * that no glyph hides another. The same instance answers what lies under the pointer.
 */
public final class TimelinePainter {
    public static final double LABEL_WIDTH = 210;
    public static final double AXIS_HEIGHT = 26;
    static final double STRIP_ROW = 18;
    static final double GLYPH = 11;
    static final double TEXT = 12;
    private static final int BACKGROUND = 0xFFFFFFFF;
    private static final int TEXT_COLOR = 0xFF1F2A38;
    private static final int MUTED = 0xFF5A6778;
    private static final int GRID = 0xFFE6EAF0;
    private static final int GRID_STRONG = 0xFFC9D1DC;
    private static final int STRIPE = 0xFFF6F8FA;
    private static final int HOVER = 0xFFEAF2FB;
    private static final int SELECTED = 0xFFFFF2BF;
    private static final int BAR = 0xFFB9C7D8;
    private static final int HEADING = 0xFFE3E8EF;

    /** A group of marks of one lane drawn as one glyph (one mark) or one numbered badge (several). */
    public record Cluster(double x, List<Mark> marks) {
    }

    /** A band of the context strip, placed in its row. */
    record PlacedBand(PolicyBand band, double x0, double x1, int row) {
    }

    /** What lies under a point: a cluster of marks, a lane, a band of the context, or nothing. */
    public sealed interface Hit permits MarksHit, LaneHit, BandHit {
    }

    public record MarksHit(int lane, Cluster cluster) implements Hit {
    }

    public record LaneHit(int lane) implements Hit {
    }

    public record BandHit(PolicyBand band) implements Hit {
    }

    private final TimeScale scale;
    private List<Lane> lanes = List.of();
    private List<PolicyBand> bands = List.of();
    private double laneHeight = 20;
    private double scrollY;
    private double width;
    private double height;
    private int hoverLane = -1;
    private int selectedLane = -1;
    private List<PlacedBand> placed = List.of();
    private int stripRows;
    private String stripCaption = "Policy context";

    public TimelinePainter(TimeScale scale) {
        this.scale = scale;
    }

    public void setLanes(List<Lane> newLanes) {
        this.lanes = newLanes;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The caption of the policy strip, in the interface's language. */
    public void setStripCaption(String caption) {
        stripCaption = caption;
    }

    public void setBands(List<PolicyBand> shown) {
        this.bands = shown;
    }

    public void setLaneHeight(double h) {
        this.laneHeight = h;
    }

    public double laneHeight() {
        return laneHeight;
    }

    public void setScrollY(double y) {
        this.scrollY = y;
    }

    public double scrollY() {
        return scrollY;
    }

    public int hoverLane() {
        return hoverLane;
    }

    public void setHoverLane(int lane) {
        this.hoverLane = lane;
    }

    public void setSelectedLane(int lane) {
        this.selectedLane = lane;
    }

    public int selectedLane() {
        return selectedLane;
    }

    /** Fits the layout to a surface; the pen measures the labels of the context strip. */
    public void layout(double surfaceWidth, double surfaceHeight, Pen pen) {
        this.width = surfaceWidth;
        this.height = surfaceHeight;
        scale.setWidth(plotWidth());
        placeBands(pen);
    }

    public double plotWidth() {
        return Math.max(1, width - LABEL_WIDTH);
    }

    /** The top of the first lane: below the axis and the context strip. */
    public double lanesTop() {
        return AXIS_HEIGHT + (stripRows == 0 ? 0 : stripRows * STRIP_ROW + 6);
    }

    public double lanesViewport() {
        return Math.max(0, height - lanesTop());
    }

    /** How far the lanes can scroll. */
    public double maxScroll() {
        return Math.max(0, lanes.size() * laneHeight - lanesViewport());
    }

    public int firstVisibleLane() {
        return (int) Math.floor(scrollY / laneHeight);
    }

    public int lastVisibleLane() {
        return Math.min(lanes.size() - 1, (int) Math.ceil((scrollY + lanesViewport()) / laneHeight) - 1);
    }

    private double plotX(double year) {
        return LABEL_WIDTH + scale.x(year);
    }

    private double laneY(int lane) {
        return lanesTop() + lane * laneHeight - scrollY;
    }

    private void placeBands(Pen pen) {
        List<PlacedBand> result = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        double right = LABEL_WIDTH + plotWidth();
        for (PolicyBand b : bands) {
            double x0 = Math.max(LABEL_WIDTH, plotX(b.startYear()));
            double x1 = Math.min(right, plotX(b.endYear() == null ? scale.max() : b.endYear() + 1));
            if (x1 <= LABEL_WIDTH || x0 >= right) {
                continue;
            }
            double labelEnd = x0 + pen.textWidth(b.name(), TEXT - 1, false) + 12;
            double needs = b.endYear() == null ? labelEnd : Math.max(x1, labelEnd);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > x0) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(needs);
            } else {
                rowEnds.set(row, needs);
            }
            result.add(new PlacedBand(b, x0, x1, row));
        }
        // a band that runs on stops where the next band of its row begins, so that each bar shows whose it is
        for (int i = 0; i < result.size(); i++) {
            PlacedBand p = result.get(i);
            if (p.band().endYear() != null) {
                continue;
            }
            for (int j = i + 1; j < result.size(); j++) {
                PlacedBand next = result.get(j);
                if (next.row() == p.row()) {
                    result.set(i, new PlacedBand(p.band(), p.x0(), Math.min(p.x1(), next.x0() - 2), p.row()));
                    break;
                }
            }
        }
        placed = result;
        stripRows = rowEnds.size();
    }

    /** The clusters of a lane at the current zoom: marks closer than a glyph share one. */
    public List<Cluster> clusters(Lane lane) {
        List<Cluster> clusters = new ArrayList<>();
        double left = LABEL_WIDTH - GLYPH;
        double right = LABEL_WIDTH + plotWidth() + GLYPH;
        List<Mark> current = null;
        double firstX = 0;
        double lastX = 0;
        for (Mark m : lane.marks()) {
            double x = plotX(m.time());
            if (x < left || x > right) {
                continue;
            }
            if (current != null && x - firstX < GLYPH) {
                current.add(m);
                lastX = x;
                continue;
            }
            if (current != null) {
                clusters.add(new Cluster((firstX + lastX) / 2, current));
            }
            current = new ArrayList<>();
            current.add(m);
            firstX = x;
            lastX = x;
        }
        if (current != null) {
            clusters.add(new Cluster((firstX + lastX) / 2, current));
        }
        return clusters;
    }

    /** Draws the whole surface. */
    public void paint(Pen pen) {
        pen.fill(BACKGROUND);
        pen.fillRect(0, 0, width, height);
        double top = lanesTop();
        double plotRight = LABEL_WIDTH + plotWidth();
        int first = firstVisibleLane();
        int last = lastVisibleLane();

        pen.clip(0, top, width, height - top);
        for (int i = first; i <= last; i++) {
            double y = laneY(i);
            int fill = i == selectedLane ? SELECTED : i == hoverLane ? HOVER : i % 2 == 1 ? STRIPE : BACKGROUND;
            if (lanes.get(i).isHeading()) {
                fill = HEADING;
            }
            pen.fill(fill);
            pen.fillRect(0, y, width, laneHeight);
        }
        paintBandBackgrounds(pen, top);
        paintGrid(pen, top, height);
        pen.unclip();

        pen.clip(LABEL_WIDTH, top, plotWidth(), height - top);
        for (int i = first; i <= last; i++) {
            Lane lane = lanes.get(i);
            if (!lane.isHeading()) {
                paintLane(pen, lane, laneY(i));
            }
        }
        pen.unclip();

        pen.clip(0, top, LABEL_WIDTH, height - top);
        for (int i = first; i <= last; i++) {
            paintLabel(pen, lanes.get(i), laneY(i));
        }
        pen.unclip();

        paintAxis(pen);
        paintStrip(pen);
        pen.stroke(GRID_STRONG, 1);
        pen.line(LABEL_WIDTH + 0.5, 0, LABEL_WIDTH + 0.5, height);
        pen.line(0, top - 0.5, plotRight, top - 0.5);
    }

    private void paintBandBackgrounds(Pen pen, double top) {
        for (PlacedBand p : placed) {
            int c = Glyphs.color(p.band().region());
            if (p.band().endYear() != null) {
                pen.fill((c & 0x00FFFFFF) | 0x10000000);
                pen.fillRect(p.x0(), top, p.x1() - p.x0(), height - top);
            }
            pen.stroke((c & 0x00FFFFFF) | 0x88000000, 1);
            pen.line(p.x0() + 0.5, top, p.x0() + 0.5, height);
        }
    }

    private void paintGrid(Pen pen, double top, double bottom) {
        int step = scale.labelStep();
        for (int year = (int) Math.ceil(scale.from()); year <= scale.to(); year++) {
            if (year % step != 0) {
                continue;
            }
            double x = Math.round(plotX(year)) + 0.5;
            pen.stroke(year % 10 == 0 ? GRID_STRONG : GRID, 1);
            pen.line(x, top, x, bottom);
        }
    }

    private void paintLane(Pen pen, Lane lane, double y) {
        double mid = y + laneHeight / 2;
        int founded = lane.firm().founded();
        double x0 = plotX(founded);
        boolean open = lane.end() == null;
        double x1 = open ? LABEL_WIDTH + plotWidth() : plotX(lane.end() + 1);
        double barH = Math.max(4, laneHeight * 0.32);
        if (x1 > x0) {
            pen.fill(BAR);
            pen.fillRect(x0, mid - barH / 2, x1 - x0, barH);
            if (open) {
                // an open end: the bar runs out of the plot with an arrow
                double ax = LABEL_WIDTH + plotWidth();
                pen.fillPolygon(new double[] {ax - 7, ax, ax - 7}, new double[] {mid - barH, mid, mid + barH}, 3);
            } else {
                pen.stroke(0xFF8A9BB0, 1.5);
                pen.line(x1, mid - barH, x1, mid + barH);
            }
        }
        double size = Math.min(GLYPH, laneHeight - 6);
        for (Cluster c : clusters(lane)) {
            if (c.marks().size() == 1) {
                Mark m = c.marks().get(0);
                Glyphs.draw(pen, m.kind(), c.x(), mid, size, m.verified());
            } else {
                paintBadge(pen, c, mid, size);
            }
        }
    }

    /** Several marks too close to tell apart: a badge with their number, in the colour of their kind when they share one. */
    private void paintBadge(Pen pen, Cluster c, double mid, double size) {
        MarkKind kind = c.marks().get(0).kind();
        boolean same = c.marks().stream().allMatch(m -> m.kind() == kind);
        String count = c.marks().size() > 99 ? "99+" : Integer.toString(c.marks().size());
        double w = Math.max(size + 4, pen.textWidth(count, 9, true) + 6);
        double h = size + 3;
        pen.fill(same ? Glyphs.color(kind) : 0xFF4A5568);
        pen.fillRect(c.x() - w / 2, mid - h / 2, w, h);
        pen.stroke(Glyphs.OUTLINE, 0.8);
        pen.strokeRect(c.x() - w / 2, mid - h / 2, w, h);
        boolean light = same && (kind == MarkKind.APPROVAL || kind == MarkKind.ALLIANCE || kind == MarkKind.MERGER);
        pen.fill(light ? 0xFF1F2A38 : 0xFFFFFFFF);
        pen.text(count, c.x(), mid + 3.5, 9, true, Pen.Align.CENTER);
    }

    private void paintLabel(Pen pen, Lane lane, double y) {
        double base = y + laneHeight / 2 + TEXT * 0.36;
        if (lane.isHeading()) {
            pen.fill(TEXT_COLOR);
            pen.text(pen.fit(lane.heading(), LABEL_WIDTH - 12, TEXT, true), 8, base, TEXT, true, Pen.Align.LEFT);
            return;
        }
        pen.fill(Glyphs.color(lane.firm().region()));
        pen.fillRect(4, y + 3, 4, laneHeight - 6);
        String year = Integer.toString(lane.firm().founded());
        double yearWidth = pen.textWidth(year, TEXT - 2, false);
        pen.fill(MUTED);
        pen.text(year, LABEL_WIDTH - 6, base, TEXT - 2, false, Pen.Align.RIGHT);
        pen.fill(TEXT_COLOR);
        pen.text(pen.fit(lane.firm().name(), LABEL_WIDTH - 26 - yearWidth, TEXT, false), 13, base, TEXT, false,
                Pen.Align.LEFT);
    }

    private void paintAxis(Pen pen) {
        pen.fill(0xFFF1F4F8);
        pen.fillRect(0, 0, width, AXIS_HEIGHT);
        pen.fill(MUTED);
        pen.text("Firm \u00B7 founded", 8, AXIS_HEIGHT - 8, TEXT - 1, true, Pen.Align.LEFT);
        int step = scale.labelStep();
        pen.clip(LABEL_WIDTH, 0, plotWidth(), AXIS_HEIGHT);
        for (int year = (int) Math.floor(scale.from()); year <= scale.to(); year++) {
            double x = plotX(year);
            boolean labelled = year % step == 0;
            pen.stroke(GRID_STRONG, 1);
            pen.line(Math.round(x) + 0.5, AXIS_HEIGHT - (labelled ? 7 : 3), Math.round(x) + 0.5, AXIS_HEIGHT);
            if (labelled) {
                // a year's label sits over the middle of its year when years are wide, on its tick otherwise
                double at = step == 1 ? plotX(year + 0.5) : x;
                pen.fill(TEXT_COLOR);
                pen.text(Integer.toString(year), at, AXIS_HEIGHT - 10, TEXT - 1, year % 10 == 0, Pen.Align.CENTER);
            }
        }
        pen.unclip();
        pen.stroke(GRID_STRONG, 1);
        pen.line(0, AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
    }

    private void paintStrip(Pen pen) {
        if (stripRows == 0) {
            return;
        }
        double top = AXIS_HEIGHT;
        pen.fill(0xFFFBFCFD);
        pen.fillRect(0, top, width, stripRows * STRIP_ROW + 6);
        pen.fill(MUTED);
        pen.text(stripCaption, 8, top + STRIP_ROW - 4, TEXT - 1, true, Pen.Align.LEFT);
        pen.clip(LABEL_WIDTH, top, plotWidth(), stripRows * STRIP_ROW + 6);
        for (PlacedBand p : placed) {
            double y = top + 3 + p.row() * STRIP_ROW;
            int c = Glyphs.color(p.band().region());
            double w = Math.max(3, p.x1() - p.x0());
            pen.fill((c & 0x00FFFFFF) | (p.band().endYear() == null ? 0x22000000 : 0x44000000));
            pen.fillRect(p.x0(), y + 1, w, STRIP_ROW - 3);
            pen.fill(c);
            pen.fillRect(p.x0(), y + 1, 3, STRIP_ROW - 3);
            pen.fill(p.band().verified() ? TEXT_COLOR : MUTED);
            String name = p.band().verified() ? p.band().name() : p.band().name() + " ?";
            pen.text(name, p.x0() + 6, y + STRIP_ROW - 5, TEXT - 1, false, Pen.Align.LEFT);
        }
        pen.unclip();
    }

    /** What lies at a point of the surface. */
    public Hit hit(double x, double y) {
        if (y >= AXIS_HEIGHT && y < lanesTop()) {
            int row = (int) ((y - AXIS_HEIGHT - 3) / STRIP_ROW);
            for (PlacedBand p : placed) {
                if (p.row() == row && x >= p.x0() && x <= Math.max(p.x1(), p.x0() + 40)) {
                    return new BandHit(p.band());
                }
            }
            return null;
        }
        if (y < lanesTop()) {
            return null;
        }
        int lane = (int) Math.floor((y - lanesTop() + scrollY) / laneHeight);
        if (lane < 0 || lane >= lanes.size() || lanes.get(lane).isHeading()) {
            return null;
        }
        if (x > LABEL_WIDTH) {
            Cluster best = null;
            double bestDistance = GLYPH * 0.75;
            for (Cluster c : clusters(lanes.get(lane))) {
                double d = Math.abs(c.x() - x);
                if (d <= bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best != null) {
                return new MarksHit(lane, best);
            }
        }
        return new LaneHit(lane);
    }

    /** Scrolls so that a lane is in view (in the upper third when it has to move). */
    public void reveal(int lane) {
        double y = lane * laneHeight;
        if (y < scrollY || y + laneHeight > scrollY + lanesViewport()) {
            scrollY = Math.max(0, Math.min(maxScroll(), y - lanesViewport() / 3));
        }
    }

    /** A symbol of the legend that is not a kind of mark. */
    public enum Symbol { BAR, HOLLOW, BADGE }

    /**
     * The legend: one glyph per kind, then the life-span bar, the hollow glyph of an unverified fact and the badge
     * of a cluster, each with its words; wraps to {@code maxWidth}. Returns the height used.
     */
    public static double paintLegend(Pen pen, double x, double y, double maxWidth,
                                     java.util.function.Function<MarkKind, String> kindNames,
                                     java.util.function.Function<Symbol, String> symbolNames) {
        LegendFlow flow = new LegendFlow(pen, x, y, maxWidth);
        List<Object> entries = new ArrayList<>(List.of(MarkKind.values()));
        entries.addAll(List.of(Symbol.values()));
        for (Object e : entries) {
            String text = e instanceof MarkKind k ? kindNames.apply(k) : symbolNames.apply((Symbol) e);
            double symbolWidth = e == Symbol.BAR || e == Symbol.BADGE ? 18 : GLYPH;
            double[] at = flow.place(symbolWidth, text, TEXT - 1);
            double cx = at[0];
            double mid = at[1];
            if (e instanceof MarkKind k) {
                Glyphs.draw(pen, k, cx + GLYPH / 2, mid, GLYPH, true);
            } else if (e == Symbol.BAR) {
                pen.fill(BAR);
                pen.fillRect(cx, mid - 3, 18, 6);
            } else if (e == Symbol.HOLLOW) {
                Glyphs.draw(pen, MarkKind.FOUNDING, cx + GLYPH / 2, mid, GLYPH, false);
            } else {
                pen.fill(0xFF4A5568);
                pen.fillRect(cx, mid - 7, 18, 14);
                pen.fill(0xFFFFFFFF);
                pen.text("3", cx + 9, mid + 3.5, 9, true, Pen.Align.CENTER);
            }
        }
        return flow.height();
    }
}
