package be.bioregions.explorer.timeline;

import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.ui.Palette;
import be.bioregions.explorer.ui.Pen;

/**
 * The glyph and colour of each kind of mark. The colours are the Okabe-Ito palette, which stays distinct for the
 * common forms of colour blindness; the shapes differ as well, so that no kind is told by colour alone. A verified
 * fact is drawn filled, an unverified or unsourced one hollow.
 */
public final class Glyphs {
    static final int OUTLINE = 0xFF1F2A38;

    private Glyphs() {
    }

    public static int color(MarkKind kind) {
        return switch (kind) {
            case FOUNDING -> 0xFF009E73;    // bluish green
            case IPO -> 0xFF0072B2;         // blue
            case RENAME -> 0xFFCC79A7;      // reddish purple
            case ACQUISITION -> 0xFFD55E00; // vermillion
            case MERGER -> 0xFFE69F00;      // orange
            case ALLIANCE -> 0xFF56B4E9;    // sky blue
            case APPROVAL -> 0xFFF0E442;    // yellow (outlined)
            case CLOSURE -> 0xFF000000;     // black
            case OTHER -> 0xFF8A94A3;       // grey
        };
    }

    /** The colour of a region (the chip before a firm's name, the policy bands). */
    public static int color(Region region) {
        return Palette.region(region);
    }

    /** Draws a glyph of {@code size} pixels centred on (cx, cy). */
    public static void draw(Pen pen, MarkKind kind, double cx, double cy, double size, boolean filled) {
        double r = size / 2;
        int c = color(kind);
        double[] xs;
        double[] ys;
        switch (kind) {
            case FOUNDING, OTHER -> {
                double d = kind == MarkKind.OTHER ? size * 0.75 : size;
                shape(pen, c, filled, () -> pen.fillOval(cx - d / 2, cy - d / 2, d, d),
                        () -> pen.strokeOval(cx - d / 2, cy - d / 2, d, d));
                return;
            }
            case IPO -> {
                xs = new double[] {cx, cx + r, cx - r};
                ys = new double[] {cy - r, cy + r, cy + r};
            }
            case MERGER -> {
                xs = new double[] {cx - r, cx + r, cx};
                ys = new double[] {cy - r, cy - r, cy + r};
            }
            case ACQUISITION -> {
                double s = r * 0.9;
                xs = new double[] {cx - s, cx + s, cx + s, cx - s};
                ys = new double[] {cy - s, cy - s, cy + s, cy + s};
            }
            case ALLIANCE -> {
                xs = new double[] {cx, cx + r, cx, cx - r};
                ys = new double[] {cy - r, cy, cy + r, cy};
            }
            case RENAME -> {
                double w = r * 0.45;
                xs = new double[] {cx - w, cx + w, cx + w, cx - w};
                ys = new double[] {cy - r, cy - r, cy + r, cy + r};
            }
            case APPROVAL -> {
                xs = new double[10];
                ys = new double[10];
                for (int i = 0; i < 10; i++) {
                    double a = -Math.PI / 2 + i * Math.PI / 5;
                    double rr = i % 2 == 0 ? r * 1.1 : r * 0.45;
                    xs[i] = cx + rr * Math.cos(a);
                    ys[i] = cy + rr * Math.sin(a);
                }
            }
            case CLOSURE -> {
                double t = r * 0.32;
                double s = r * 0.95;
                xs = new double[] {cx - s, cx - s + t, cx, cx + s - t, cx + s, cx + t, cx + s, cx + s - t, cx,
                    cx - s + t, cx - s, cx - t};
                ys = new double[] {cy - s + t, cy - s, cy - t, cy - s, cy - s + t, cy, cy + s - t, cy + s, cy + t,
                    cy + s, cy + s - t, cy};
            }
            default -> throw new IllegalStateException(kind.name());
        }
        double[] px = xs;
        double[] py = ys;
        shape(pen, c, filled, () -> pen.fillPolygon(px, py, px.length), () -> pen.strokePolygon(px, py, px.length));
    }

    private static void shape(Pen pen, int color, boolean filled, Runnable fill, Runnable outline) {
        if (filled) {
            pen.fill(color);
            fill.run();
            pen.stroke(OUTLINE, 0.8);
        } else {
            pen.fill(0xFFFFFFFF);
            fill.run();
            pen.stroke(color == 0xFFF0E442 ? 0xFF8A7A00 : color, 1.6);
        }
        outline.run();
    }
}
