package be.bioregions.explorer.ui;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A {@link Pen} on a JavaFX canvas. */
public final class FxPen implements Pen {
    private final GraphicsContext g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    private int clips;

    public FxPen(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    @Override
    public void fill(int argb) {
        g.setFill(color(argb));
    }

    @Override
    public void stroke(int argb, double width) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void lines(double[] xy, int count) {
        g.beginPath();
        for (int i = 0; i < count; i++) {
            g.moveTo(xy[4 * i], xy[4 * i + 1]);
            g.lineTo(xy[4 * i + 2], xy[4 * i + 3]);
        }
        g.stroke();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Align align) {
        g.setFont(font(size, bold));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void verticalText(String text, double x, double y, double size, boolean bold) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        g.setFont(font(size, bold));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(text, 0, 0);
        g.restore();
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
        clips++;
    }

    @Override
    public void unclip() {
        if (clips > 0) {
            g.restore();
            clips--;
        }
    }
}
