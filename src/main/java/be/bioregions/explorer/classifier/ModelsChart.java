package be.bioregions.explorer.classifier;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.ui.CanvasChart;
import be.bioregions.explorer.ui.LegendFlow;
import be.bioregions.explorer.ui.Pen;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * How many firms follow each model, year by year, by the rules: a stacked bar per year (FIPCO at the foot, then
 * hybrid, platform, royalty, and insufficient evidence on top, pale). The year chosen is marked; a click on a bar
 * chooses its year.
 */
public final class ModelsChart extends CanvasChart {
    /** The models in the order they are stacked, from the foot of a bar. */
    public static final List<BusinessModel> STACK = List.of(BusinessModel.FIPCO, BusinessModel.HYBRID,
            BusinessModel.PLATFORM, BusinessModel.ROYALTY, BusinessModel.INSUFFICIENT_EVIDENCE);
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 22;
    private static final int TEXT = 0xFF1F2A38;
    private static final int GRID = 0xFFE3E7ED;

    private Map<Integer, Map<BusinessModel, Integer>> counts = Map.of();
    private int year = -1;
    private IntConsumer onYear = y -> { };

    public ModelsChart() {
        super(500, 190);
        setId("classifier-chart");
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int y = yearAt(logical(e.getX()));
            if (y > 0) {
                onYear.accept(y);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(yearAt(logical(e.getX())) > 0 ? Cursor.HAND : Cursor.DEFAULT));
    }

    public static int color(BusinessModel m) {
        return switch (m) {
            case FIPCO -> 0xFF0072B2;
            case HYBRID -> 0xFF009E73;
            case PLATFORM -> 0xFFE69F00;
            case ROYALTY -> 0xFFCC79A7;
            default -> 0xFFD5D9DE;
        };
    }

    /** The counts per year (years in order) and per model. */
    public void setCounts(Map<Integer, Map<BusinessModel, Integer>> byYear) {
        this.counts = byYear;
        redraw();
    }

    /** How many firms the bar of a year counts. */
    public int total(int y) {
        return counts.getOrDefault(y, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public void setYear(int chosen) {
        this.year = chosen;
        redraw();
    }

    public void setOnYear(IntConsumer handler) {
        this.onYear = handler;
    }

    private int yearAt(double x) {
        if (counts.isEmpty() || x < LEFT || x > width() - RIGHT) {
            return -1;
        }
        int first = counts.keySet().iterator().next();
        double slot = (width() - LEFT - RIGHT) / counts.size();
        int i = (int) ((x - LEFT) / slot);
        return i >= 0 && i < counts.size() ? first + i : -1;
    }

    @Override
    protected void paint(Pen p, double w, double h) {
        p.fill(0xFFFFFFFF);
        p.fillRect(0, 0, w, h);
        if (counts.isEmpty()) {
            return;
        }
        int max = 1;
        for (Map<BusinessModel, Integer> of : counts.values()) {
            max = Math.max(max, of.values().stream().mapToInt(Integer::intValue).sum());
        }
        double plotH = h - TOP - BOTTOM;
        double slot = (w - LEFT - RIGHT) / counts.size();
        int step = max <= 10 ? 2 : max <= 50 ? 10 : max <= 200 ? 50 : (int) Math.pow(10, Math.floor(Math.log10(max)));
        for (int v = 0; v <= max; v += step) {
            double y = TOP + plotH * (1 - (double) v / max);
            p.stroke(GRID, 1);
            p.line(LEFT, y, w - RIGHT, y);
            p.fill(TEXT);
            p.text(Integer.toString(v), LEFT - 6, y + 4, 10, false, Pen.Align.RIGHT);
        }
        int i = 0;
        for (Map.Entry<Integer, Map<BusinessModel, Integer>> e : counts.entrySet()) {
            double x = LEFT + i * slot;
            double base = TOP + plotH;
            if (e.getKey() == year) {
                p.fill(0xFFEAF2FB);
                p.fillRect(x, TOP, slot, plotH);
            }
            for (BusinessModel m : STACK) {
                int n = e.getValue().getOrDefault(m, 0);
                double bh = plotH * n / max;
                p.fill(color(m));
                p.fillRect(x + slot * 0.15, base - bh, slot * 0.7, bh);
                base -= bh;
            }
            boolean crowded = e.getKey() != year && Math.abs(e.getKey() - year) <= 1;
            if (e.getKey() == year || e.getKey() % 5 == 0 && !crowded) {
                p.fill(TEXT);
                p.text(Integer.toString(e.getKey()), x + slot / 2, h - 6, 10, e.getKey() == year, Pen.Align.CENTER);
            }
            i++;
        }
    }

    /** The legend: a swatch per model. */
    static double paintLegend(Pen p, double x, double y, double maxWidth,
                              java.util.function.Function<BusinessModel, String> names) {
        LegendFlow flow = new LegendFlow(p, x, y, maxWidth);
        for (BusinessModel m : STACK) {
            double[] at = flow.place(18, names.apply(m), 11);
            p.fill(color(m));
            p.fillRect(at[0], at[1] - 6, 18, 12);
        }
        return flow.height();
    }
}
