package be.bioregions.explorer.ui;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The size at which a drawn chart draws: it follows the text size of its window, so that defense mode (type at
 * 1.5 ×) and Ctrl + / Ctrl − enlarge a timeline or a matrix as they enlarge the labels around it.
 * <p>
 * A chart adds {@link #probe()} to its children: an empty text that takes the font its window's style sheet gives
 * it. The chart then paints on a logical surface of {@code width / factor} × {@code height / factor} with the
 * canvas scaled by {@code factor}, and divides pointer positions by the factor, so its painting and hit-testing
 * code never changes. Text stays sharp because the canvas is drawn at full resolution.
 */
public final class DrawScale {
    /** The text size at which a chart draws at 1:1 (the window's normal size). */
    public static final double BASE_FONT = 13;
    private static final double MIN = 0.7;
    private static final double MAX = 4;

    private final Text probe = new Text();
    private double factor = 1;

    /** @param onChange called on the FX thread when the factor changes (the chart lays itself out again) */
    public DrawScale(Runnable onChange) {
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.setOpacity(0);
        probe.getStyleClass().add("draw-scale-probe");
        probe.fontProperty().addListener((obs, old, font) -> {
            double next = of(font);
            if (next != factor) {
                factor = next;
                onChange.run();
            }
        });
    }

    /** The node to add to the chart's children; it takes no space and is never seen. */
    public Node probe() {
        return probe;
    }

    /** How much larger than at the normal text size the chart draws now. */
    public double factor() {
        return factor;
    }

    /** A length on screen (a pointer position, a canvas size) as a length of the logical surface. */
    public double logical(double screen) {
        return screen / factor;
    }

    /** Runs {@code paint} on the canvas's context scaled by the factor, and restores the context after. */
    public void paint(Canvas canvas, Runnable paint) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.scale(factor, factor);
        try {
            paint.run();
        } finally {
            gc.restore();
        }
    }

    private static double of(Font font) {
        double f = font.getSize() / BASE_FONT;
        // a system font a hair off the base (13.33 px) draws at 1:1; hundredths are enough for anything else
        f = Math.abs(f - 1) < 0.05 ? 1 : Math.round(f * 100) / 100.0;
        return Math.max(MIN, Math.min(MAX, f));
    }
}
