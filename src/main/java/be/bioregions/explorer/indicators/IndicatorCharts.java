package be.bioregions.explorer.indicators;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import be.bioregions.explorer.domain.Geography;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.ui.Palette;

/**
 * Builds the JFreeChart of a {@link ChartPlan}, styled to be read on a projector: large type, Belgium and its
 * regions in the colours every view gives them, the other places grey, averages as dashed black lines.
 */
public final class IndicatorCharts {
    /** Belgium as a whole: dark slate, apart from the three regions' colours and from the grey of the peers. */
    static final Color BELGIUM = new Color(0x34495E);
    static final Color PEER = new Color(0xA7AFB7);
    private static final Color INK = new Color(0x1F2A38);
    private static final Color GRID = new Color(0xDDE1E5);
    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 19);
    private static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 14);
    private static final Font AXIS = new Font(FAMILY, Font.PLAIN, 15);
    private static final Font TICKS = new Font(FAMILY, Font.PLAIN, 14);
    private static final Font LABELS = new Font(FAMILY, Font.PLAIN, 13);

    private IndicatorCharts() {
    }

    /** The colour of a place: its region's, Belgium's, or the peers' grey. */
    static Color colour(String geo) {
        if (!Geography.belgian(geo)) {
            return PEER;
        }
        Region region = Geography.region(geo);
        return region == null ? BELGIUM : new Color(Palette.region(region), true);
    }

    /**
     * The chart of the plan.
     *
     * @param title the chart's title (the indicator's name, or a shorter one in small multiples)
     * @param compact smaller type and no subtitle, for one of several charts on a page
     */
    public static JFreeChart chart(ChartPlan plan, String title, boolean compact) {
        return chart(plan, title, compact, Words.ENGLISH);
    }

    /** The words a chart writes itself, in the interface's language. */
    public record Words(String noValue, String noFigures, String allPeriods, String byYear) {
        public static final Words ENGLISH = new Words("no value", "No figures in the data for these places",
                "all years and editions", "by data year (values without a year are in the table)");
    }

    /** The chart of the plan, its own words in the given language. */
    public static JFreeChart chart(ChartPlan plan, String title, boolean compact, Words words) {
        JFreeChart chart = switch (plan.kind()) {
            case RANKED_BARS, GROUPED_BARS, NOTHING -> bars(plan, compact, words);
            case LINES -> lines(plan, compact);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, compact ? TITLE.deriveFont(16f) : TITLE));
        chart.getTitle().setPaint(INK);
        if (compact && plan.series().size() == 1 && plan.hasValues()) {
            // one edition on a page of several charts: say which, since no legend does
            TextTitle sub = new TextTitle(plan.series().get(0).key(), LABELS);
            sub.setPaint(INK);
            chart.addSubtitle(sub);
        } else if (!compact) {
            String when = plan.period() != null ? plan.period()
                    : plan.kind() == ChartPlan.Kind.LINES ? words.byYear() : words.allPeriods();
            TextTitle sub = new TextTitle(when, SUBTITLE);
            sub.setPaint(INK);
            chart.addSubtitle(sub);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(compact ? LABELS : TICKS);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /**
     * The same chart with every text {@code factor} times larger: the screen's chart follows the window's text size
     * (defense mode, Ctrl +); files keep the print size.
     */
    public static JFreeChart enlarged(JFreeChart chart, double factor) {
        if (factor == 1) {
            return chart;
        }
        java.util.function.UnaryOperator<Font> up = f -> f.deriveFont((float) (f.getSize2D() * factor));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(up.apply(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(up.apply(t.getFont()));
            } else if (chart.getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle l) {
                l.setItemFont(up.apply(l.getItemFont()));
            }
        }
        java.util.List<org.jfree.chart.axis.Axis> axes = new java.util.ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot plot) {
            axes.add(plot.getDomainAxis());
            axes.add(plot.getRangeAxis());
            plot.setNoDataMessageFont(up.apply(plot.getNoDataMessageFont()));
            if (plot.getRenderer() != null && plot.getRenderer().getDefaultItemLabelFont() != null) {
                plot.getRenderer().setDefaultItemLabelFont(up.apply(plot.getRenderer().getDefaultItemLabelFont()));
            }
            for (Object a : plot.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation t) {
                    t.setFont(up.apply(t.getFont()));
                }
            }
            java.util.Collection<?> markers = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            for (Object m : markers == null ? java.util.List.of() : markers) {
                ((org.jfree.chart.plot.Marker) m).setLabelFont(up.apply(((org.jfree.chart.plot.Marker) m).getLabelFont()));
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            axes.add(plot.getDomainAxis());
            axes.add(plot.getRangeAxis());
            plot.setNoDataMessageFont(up.apply(plot.getNoDataMessageFont()));
        }
        for (org.jfree.chart.axis.Axis axis : axes) {
            if (axis != null) {
                axis.setLabelFont(up.apply(axis.getLabelFont()));
                axis.setTickLabelFont(up.apply(axis.getTickLabelFont()));
            }
        }
        return chart;
    }

    private static JFreeChart bars(ChartPlan plan, boolean compact, Words words) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartPlan.Series s : plan.series()) {
            s.values().forEach((geo, value) -> data.addValue(value, s.key(), Geography.name(geo)));
        }
        CategoryAxis places = new CategoryAxis(null);
        places.setTickLabelFont(compact ? LABELS : TICKS);
        places.setTickLabelPaint(INK);
        places.setMaximumCategoryLabelWidthRatio(compact ? 0.45f : 0.35f);
        NumberAxis values = new NumberAxis(plan.indicator().unit());
        values.setLabelFont(compact ? LABELS : AXIS);
        values.setTickLabelFont(compact ? LABELS : TICKS);
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(compact ? 0.25 : 0.15);
        if (compact && plan.indicator().unit() != null && plan.indicator().unit().contains("0-1")) {
            // scores of 0 to 1 on a page of several charts share one scale, so that bars compare across charts
            values.setRange(0, 1.1);
        }
        int periods = plan.series().size();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                String geo = plan.categories().get(column);
                return shade(colour(geo), row, periods);
            }

            @Override
            public LegendItemCollection getLegendItems() {
                // one entry per period, in grey: earlier periods are lighter, whatever the place's colour
                LegendItemCollection items = new LegendItemCollection();
                for (int i = 0; i < periods && periods > 1; i++) {
                    String key = plan.series().get(i).key();
                    items.add(new LegendItem(key, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                            shade(INK, i, periods)));
                }
                return items;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", number(plan)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABELS);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        CategoryPlot plot = new CategoryPlot(data, places, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        style(plot);
        plot.setNoDataMessage(words.noFigures());
        plot.setNoDataMessageFont(AXIS);
        // a missing value is said so where its bar would be, never drawn as zero (a chart without any value says
        // so once, in the middle)
        for (String geo : plan.hasValues() ? plan.missing() : List.<String>of()) {
            CategoryTextAnnotation missing = new CategoryTextAnnotation(words.noValue(), Geography.name(geo), 0);
            missing.setFont(LABELS.deriveFont(Font.ITALIC));
            missing.setPaint(INK);
            missing.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(missing);
        }
        if (plan.reference() != null) {
            ValueMarker average = new ValueMarker(plan.reference().value(), INK,
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
            average.setLabel(Geography.name(plan.reference().geo()) + " " + number(plan).format(plan.reference().value()));
            average.setLabelFont(LABELS);
            average.setLabelPaint(INK);
            average.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            average.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(average);
        }
        return new JFreeChart(null, TITLE, plot, periods > 1);
    }

    private static JFreeChart lines(ChartPlan plan, boolean compact) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ChartPlan.Series s : plan.series()) {
            XYSeries line = new XYSeries(Geography.name(s.key()), true, false);
            s.values().forEach((year, value) -> {
                if (value != null) {
                    line.add(Integer.parseInt(year), value);
                }
            });
            data.addSeries(line);
        }
        NumberAxis years = new NumberAxis(null);
        int first = Integer.parseInt(plan.categories().get(0));
        int last = Integer.parseInt(plan.categories().get(plan.categories().size() - 1));
        years.setTickUnit(new NumberTickUnit(last - first > 12 ? 5 : 1, new DecimalFormat("0")));
        years.setLowerMargin(0.03);
        years.setUpperMargin(0.03);
        years.setAutoRangeIncludesZero(false);
        years.setTickLabelFont(compact ? LABELS : TICKS);
        NumberAxis values = new NumberAxis(plan.indicator().unit());
        values.setLabelFont(compact ? LABELS : AXIS);
        values.setTickLabelFont(compact ? LABELS : TICKS);
        values.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < plan.series().size(); i++) {
            String geo = plan.series().get(i).key();
            boolean average = Geography.average(geo);
            renderer.setSeriesPaint(i, average ? INK : colour(geo));
            renderer.setSeriesStroke(i, average
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f)
                    : new BasicStroke(Geography.belgian(geo) ? 3.5f : 1.5f));
        }
        XYPlot plot = new XYPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return new JFreeChart(null, TITLE, plot, true);
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
    }

    /** The colour lightened for earlier periods: the last period in full, the first one lightest. */
    static Color shade(Color base, int index, int count) {
        if (count <= 1) {
            return base;
        }
        double toWhite = 0.6 * (count - 1 - index) / (count - 1);
        return new Color(mix(base.getRed(), toWhite), mix(base.getGreen(), toWhite), mix(base.getBlue(), toWhite));
    }

    private static int mix(int channel, double toWhite) {
        return (int) Math.round(channel + (255 - channel) * toWhite);
    }

    /** How the plan's values are written: whole numbers as such, others with up to three decimals. */
    static NumberFormat number(ChartPlan plan) {
        boolean whole = plan.series().stream().flatMap(s -> s.values().values().stream())
                .allMatch(v -> v == null || v == Math.rint(v))
                && (plan.reference() == null || plan.reference().value() == Math.rint(plan.reference().value()));
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.applyPattern(whole ? "#,##0" : "#,##0.0##");
        return f;
    }

    /**
     * Draws several charts on one page, two per row, under a title: the small multiples of the Belgian regions.
     */
    public static void page(Graphics2D g, Rectangle2D area, String title, String footnote, List<JFreeChart> charts) {
        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(INK);
        g.setFont(TITLE);
        double head = 34;
        g.drawString(title, (float) area.getX() + 12, (float) area.getY() + 25);
        double foot = footnote == null ? 0 : 24;
        int columns = 2;
        int rows = (charts.size() + columns - 1) / columns;
        double w = area.getWidth() / columns;
        double h = (area.getHeight() - head - foot) / Math.max(1, rows);
        for (int i = 0; i < charts.size(); i++) {
            double x = area.getX() + (i % columns) * w;
            double y = area.getY() + head + (i / columns) * h;
            charts.get(i).draw(g, new Rectangle2D.Double(x + 4, y + 4, w - 8, h - 8));
        }
        if (footnote != null) {
            g.setColor(INK);
            g.setFont(LABELS);
            g.drawString(footnote, (float) area.getX() + 12, (float) (area.getMaxY() - 8));
        }
    }
}
