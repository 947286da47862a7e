package be.bioregions.explorer.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/** A {@link Pen} that writes an SVG document through JFreeSVG (decision record 9). */
public final class SvgPen implements Pen {
    private final SVGGraphics2D g;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private BasicStroke line = new BasicStroke(1f);
    private Shape savedClip;
    private boolean clipped;

    public SvgPen(double width, double height) {
        g = new SVGGraphics2D(width, height, SVGUnits.PX);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /**
     * The document drawn so far: the SVG element after an XML declaration, without the DOCTYPE that would send an
     * XML reader to the network for the DTD (the app and its users work offline).
     */
    public String svg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    private static Color color(int argb) {
        return new Color((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >>> 24) & 0xFF);
    }

    private static Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public void fill(int argb) {
        fill = color(argb);
    }

    @Override
    public void stroke(int argb, double width) {
        stroke = color(argb);
        line = new BasicStroke((float) width);
    }

    private void fillShape(Shape s) {
        g.setPaint(fill);
        g.fill(s);
    }

    private void strokeShape(Shape s) {
        g.setPaint(stroke);
        g.setStroke(line);
        g.draw(s);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void lines(double[] xy, int count) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            path.moveTo(xy[4 * i], xy[4 * i + 1]);
            path.lineTo(xy[4 * i + 2], xy[4 * i + 3]);
        }
        strokeShape(path);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    private static Path2D polygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fillShape(polygon(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        strokeShape(polygon(xs, ys, n));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Align align) {
        g.setFont(font(size, bold));
        g.setPaint(fill);
        double w = align == Align.LEFT ? 0 : textWidth(text, size, bold);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void verticalText(String text, double x, double y, double size, boolean bold) {
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.setFont(font(size, bold));
        g.setPaint(fill);
        g.drawString(text, 0f, 0f);
        g.setTransform(saved);
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        savedClip = g.getClip();
        clipped = true;
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        if (clipped) {
            g.setClip(savedClip);
            clipped = false;
        }
    }
}
