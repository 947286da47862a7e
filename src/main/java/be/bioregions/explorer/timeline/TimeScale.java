package be.bioregions.explorer.timeline;

/**
 * The visible stretch of time and how it maps to pixels: zoom around a point, pan, fit, and the step of the
 * axis labels. Years are continuous (1995.5 is the middle of 1995). Pure arithmetic, unit tested.
 */
public final class TimeScale {
    /** The narrowest view: two years across the plot. */
    public static final double MIN_SPAN = 2;
    private static final int[] STEPS = {1, 2, 5, 10, 20};
    private static final double MIN_LABEL_GAP = 46;

    private double min;
    private double max;
    private double from;
    private double to;
    private double width = 1;

    public TimeScale(double min, double max) {
        setBounds(min, max);
        fit();
    }

    /** The outer limits of panning and zooming, e.g. 1982 to the start of 2017. */
    public void setBounds(double newMin, double newMax) {
        this.min = newMin;
        this.max = Math.max(newMax, newMin + MIN_SPAN);
        clamp();
    }

    public void setWidth(double pixels) {
        this.width = Math.max(1, pixels);
    }

    public void fit() {
        from = min;
        to = max;
    }

    public double from() {
        return from;
    }

    public double to() {
        return to;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double span() {
        return to - from;
    }

    public double pixelsPerYear() {
        return width / span();
    }

    /** The pixel (from the plot's left edge) of a time. */
    public double x(double year) {
        return (year - from) * width / span();
    }

    public double year(double x) {
        return from + x * span() / width;
    }

    /** Shows a given stretch of time, as far as the bounds allow. */
    public void show(double newFrom, double newTo) {
        double span = Math.max(MIN_SPAN, Math.min(max - min, newTo - newFrom));
        double center = (newFrom + newTo) / 2;
        from = center - span / 2;
        to = center + span / 2;
        clamp();
    }

    /** Zooms by {@code factor} (above 1 shows less time) keeping the time under {@code anchorX} in place. */
    public void zoom(double factor, double anchorX) {
        double anchor = year(anchorX);
        double span = Math.max(MIN_SPAN, Math.min(max - min, span() / factor));
        double share = anchorX / width;
        from = anchor - share * span;
        to = from + span;
        clamp();
    }

    /** Moves the view by a number of years (positive: later). */
    public void pan(double years) {
        from += years;
        to += years;
        clamp();
    }

    private void clamp() {
        double span = Math.min(to - from, max - min);
        if (from < min) {
            from = min;
        }
        to = from + span;
        if (to > max) {
            to = max;
            from = to - span;
        }
    }

    /** Years between two labelled ticks: the smallest of 1, 2, 5, 10, 20 that leaves room for a label. */
    public int labelStep() {
        double ppy = pixelsPerYear();
        for (int step : STEPS) {
            if (step * ppy >= MIN_LABEL_GAP) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The first and last whole years in view, for the range shown to the user. */
    public int firstYear() {
        return (int) Math.floor(from + 1e-9);
    }

    public int lastYear() {
        return (int) Math.ceil(to - 1e-9) - 1;
    }
}
