package be.bioregions.explorer.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.ui.LegendFlow;
import be.bioregions.explorer.ui.Palette;
import be.bioregions.explorer.ui.Pen;

/**
 * Paints the alliance network on a {@link Pen}: firms as circles in their region's colour, partners as squares
 * (dark for big pharma, grey for the others), each sized by its degree, links as lines thickening with their
 * alliances. The best-connected nodes, the chosen one and the one under the pointer are named. Zoom and pan
 * move the view over the unit square of the layout.
 */
public final class NetworkPainter {
    static final int BIG_PHARMA = 0xFF243447;
    static final int OTHER_PARTNER = 0xFF9AA3AE;
    static final int LINE = 0x5A7F8C8D;
    static final int LINE_LIT = 0xE01F2A38;
    /** A link holding an unverified alliance: vermillion, so that it reads apart from the grey of the others. */
    static final int LINE_UNVERIFIED = 0xB0D55E00;
    static final int TEXT_COLOR = 0xFF1F2A38;
    static final double MARGIN = 24;
    static final int NAMED = 16;

    private NetworkPicture picture;
    private double width;
    private double height;
    private double zoom = 1;
    private double panX;
    private double panY;
    private int selected = -1;
    private int hovered = -1;

    public void setPicture(NetworkPicture p, AllianceNetwork.Node keepSelected) {
        this.picture = p;
        selected = indexOf(keepSelected);
        hovered = -1;
    }

    public NetworkPicture picture() {
        return picture;
    }

    public void setSize(double w, double h) {
        width = w;
        height = h;
    }

    public double zoom() {
        return zoom;
    }

    /** Zooms by a factor around a point of the canvas. */
    public void zoom(double factor, double x, double y) {
        double next = Math.max(0.5, Math.min(40, zoom * factor));
        double f = next / zoom;
        panX = x - (x - panX) * f;
        panY = y - (y - panY) * f;
        zoom = next;
    }

    public void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }

    public int selected() {
        return selected;
    }

    public void select(int dot) {
        selected = dot;
    }

    public void hover(int dot) {
        hovered = dot;
    }

    public int hovered() {
        return hovered;
    }

    public int indexOf(AllianceNetwork.Node node) {
        if (picture == null || node == null) {
            return -1;
        }
        for (int i = 0; i < picture.dots().size(); i++) {
            if (picture.dots().get(i).node().equals(node)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The drawn extent of the layout's unit square along one side: the layout is stretched to the canvas, but at
     * most to 1.6 times its other side, so that the picture uses a wide pane without becoming a different shape.
     */
    private double extent(double along, double across) {
        double a = Math.max(10, along - 2 * MARGIN);
        double b = Math.max(10, across - 2 * MARGIN);
        return Math.min(a, 1.6 * b);
    }

    public double x(NetworkPicture.Dot d) {
        double w = extent(width, height);
        return panX + ((width - w) / 2 + d.x() * w) * zoom;
    }

    public double y(NetworkPicture.Dot d) {
        double h = extent(height, width);
        return panY + ((height - h) / 2 + d.y() * h) * zoom;
    }

    public static double radius(int degree) {
        return Math.min(24, 3.5 + 2.2 * Math.sqrt(degree));
    }

    public static int color(Object group) {
        if (group instanceof Region r) {
            return Palette.region(r);
        }
        return group == PartnerKind.BIG_PHARMA ? BIG_PHARMA : OTHER_PARTNER;
    }

    /** The dot under a point, the smallest when dots overlap; -1 for none. */
    public int hit(double x, double y) {
        if (picture == null) {
            return -1;
        }
        int best = -1;
        double bestRadius = Double.MAX_VALUE;
        for (int i = 0; i < picture.dots().size(); i++) {
            NetworkPicture.Dot d = picture.dots().get(i);
            double r = radius(d.degree()) + 2;
            if (Math.hypot(x - x(d), y - y(d)) <= r && r < bestRadius) {
                best = i;
                bestRadius = r;
            }
        }
        return best;
    }

    public void paint(Pen pen) {
        pen.unclip();
        pen.fill(0xFFFFFFFF);
        pen.fillRect(0, 0, width, height);
        if (picture == null) {
            return;
        }
        List<NetworkPicture.Dot> dots = picture.dots();
        int lit = hovered >= 0 ? hovered : selected;
        // the links in a few strokes, one per colour and width (one stroke per link is slow at thousands of links);
        // the links of the chosen or hovered node last, on top
        java.util.Map<Long, double[]> strokes = new java.util.TreeMap<>();
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (NetworkPicture.Line l : picture.lines()) {
            boolean on = l.from() == lit || l.to() == lit;
            int color = on ? LINE_LIT : l.unverified() ? LINE_UNVERIFIED : LINE;
            double width = on ? Math.min(4.5, 1.4 + 0.6 * (l.alliances() - 1))
                    : Math.min(4, 0.7 + 0.5 * (l.alliances() - 1));
            long key = ((on ? 1L : 0L) << 62) | ((long) Math.round(width * 10) << 32) | (color & 0xFFFFFFFFL);
            int n = counts.merge(key, 1, Integer::sum);
            double[] xy = strokes.get(key);
            if (xy == null || xy.length < 4 * n) {
                xy = java.util.Arrays.copyOf(xy == null ? new double[0] : xy, Math.max(64, 8 * n));
                strokes.put(key, xy);
            }
            NetworkPicture.Dot a = dots.get(l.from());
            NetworkPicture.Dot b = dots.get(l.to());
            xy[4 * n - 4] = x(a);
            xy[4 * n - 3] = y(a);
            xy[4 * n - 2] = x(b);
            xy[4 * n - 1] = y(b);
        }
        for (java.util.Map.Entry<Long, double[]> e : strokes.entrySet()) {
            long key = e.getKey();
            pen.stroke((int) key, ((key >> 32) & 0x3FFFFFFF) / 10.0);
            pen.lines(e.getValue(), counts.get(key));
        }
        // large dots first, so that small ones stay visible on top
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < dots.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -dots.get(i).degree()));
        for (int i : order) {
            paintDot(pen, dots.get(i), i == selected || i == hovered);
        }
        // names: the chosen and the hovered first, so that they always get theirs, then the best connected; a name
        // that would cover one already placed is left out (hovering its node shows it)
        List<Integer> first = new ArrayList<>();
        for (int i : new int[] {selected, hovered}) {
            if (i >= 0 && !first.contains(i)) {
                first.add(i);
            }
        }
        for (int i : order.subList(0, Math.min(NAMED, order.size()))) {
            if (!first.contains(i)) {
                first.add(i);
            }
        }
        List<double[]> placed = new ArrayList<>();
        for (int i : first) {
            NetworkPicture.Dot d = dots.get(i);
            boolean bold = i == selected || i == hovered;
            String name = pen.fit(d.name(), 180, 11, bold);
            double w = pen.textWidth(name, 11, bold);
            double tx = x(d) + radius(d.degree()) + 3;
            if (tx + w > width - 4) {
                tx = x(d) - radius(d.degree()) - 3 - w; // near the right edge the name goes on the left
            }
            double ty = y(d) + 4;
            double[] box = {tx - 2, ty - 11, w + 4, 14};
            if (!bold && placed.stream().anyMatch(b -> b[0] < box[0] + box[2] && box[0] < b[0] + b[2]
                    && b[1] < box[1] + box[3] && box[1] < b[1] + b[3])) {
                continue;
            }
            placed.add(box);
            pen.fill(0xD8FFFFFF);
            pen.fillRect(tx - 2, ty - 11, w + 4, 14);
            pen.fill(TEXT_COLOR);
            pen.text(name, tx, ty, 11, bold, Pen.Align.LEFT);
        }
    }

    private void paintDot(Pen pen, NetworkPicture.Dot d, boolean marked) {
        double r = radius(d.degree());
        double cx = x(d);
        double cy = y(d);
        if (cx + r < 0 || cy + r < 0 || cx - r > width || cy - r > height) {
            return;
        }
        pen.fill(color(d.group()));
        pen.stroke(marked ? 0xFF000000 : 0xFFFFFFFF, marked ? 2.5 : 1.2);
        if (d.firm()) {
            pen.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            pen.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        } else {
            double s = r * 0.9;
            pen.fillRect(cx - s, cy - s, 2 * s, 2 * s);
            pen.strokeRect(cx - s, cy - s, 2 * s, 2 * s);
        }
    }

    /** The legend: firm by region, big pharma, other partner, size. Returns its height. */
    public static double paintLegend(Pen pen, double x, double y, double maxWidth, Function<String, String> words) {
        LegendFlow flow = new LegendFlow(pen, x, y, maxWidth);
        List<Object> entries = new ArrayList<>(List.of(Region.values()));
        entries.add(PartnerKind.BIG_PHARMA);
        entries.add(PartnerKind.OTHER);
        entries.add("linkunverified");
        entries.add("size");
        for (Object e : entries) {
            String text = e instanceof Region r ? words.apply("firm." + r.name().toLowerCase(java.util.Locale.ROOT))
                    : e == PartnerKind.BIG_PHARMA ? words.apply("bigpharma")
                    : e == PartnerKind.OTHER ? words.apply("otherpartner") : words.apply((String) e);
            double[] at = flow.place(18, text, 11);
            double cx = at[0];
            double mid = at[1];
            if (e instanceof Region r) {
                pen.fill(color(r));
                pen.fillOval(cx + 3, mid - 6, 12, 12);
            } else if (e instanceof PartnerKind k) {
                pen.fill(color(k));
                pen.fillRect(cx + 3, mid - 6, 12, 12);
            } else if ("linkunverified".equals(e)) {
                pen.stroke(LINE_UNVERIFIED, 2);
                pen.line(cx, mid, cx + 18, mid);
            } else {
                pen.fill(OTHER_PARTNER);
                pen.fillOval(cx, mid - 2, 4, 4);
                pen.fillOval(cx + 6, mid - 6, 12, 12);
            }
        }
        return flow.height();
    }
}
