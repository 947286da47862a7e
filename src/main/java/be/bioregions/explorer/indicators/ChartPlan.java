package be.bioregions.explorer.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.bioregions.explorer.domain.Geography;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorValue;

/**
 * What an indicator chart shows, worked out from the values alone (no drawing): the kind of chart that fits them,
 * the places and periods in order, the values (null where a value is missing, never zero) and the average to
 * draw as a reference line.
 *
 * <p>A value's period is its data year, or its edition when the source gives no year. One period (or one chosen)
 * gives a ranked bar chart; three data years or more give lines (the values without a year stay in the table);
 * several editions give grouped bars.
 *
 * @param kind the chart that fits
 * @param indicator what is shown
 * @param period the period of a ranked chart; null when the chart shows every period
 * @param categories the places (bars) or, for lines, the years, in the order drawn
 * @param series per period (bars) or per place (lines): values by category, null where missing
 * @param reference the average drawn as a line across a ranked chart, or null
 * @param missing the chosen places without any value in what is shown
 */
public record ChartPlan(Kind kind, Indicator indicator, String period, List<String> categories, List<Series> series,
                        Reference reference, List<String> missing) {

    /** The kinds of chart. */
    public enum Kind { RANKED_BARS, GROUPED_BARS, LINES, NOTHING }

    /** One series: its key (a period, or a place for lines) and its values by category, null where missing. */
    public record Series(String key, Map<String, Double> values) {
    }

    /** An average drawn as a reference line: where it is from and its value. */
    public record Reference(String geo, double value) {
    }

    /** The order in which averages are preferred as the reference of a chart. */
    private static final List<String> REFERENCES = List.of("EU28", "EU27", "EU", "EU15", "OECD");

    /** The period a value belongs to: its data year, or its edition when it has no year. */
    public static String period(IndicatorValue v) {
        return v.year() != null ? v.year().toString() : v.edition();
    }

    /** The periods of the values: years in order, then editions in alphabetical order. */
    public static List<String> periods(List<IndicatorValue> values) {
        Set<String> all = new LinkedHashSet<>();
        values.forEach(v -> all.add(period(v)));
        List<String> ordered = new ArrayList<>(all);
        // years in order, then editions by the year in their name (undated last), then by name
        ordered.sort(Comparator.comparing((String p) -> !isYear(p)).thenComparing(ChartPlan::yearOrZero)
                .thenComparing(ChartPlan::editionYear).thenComparing(String.CASE_INSENSITIVE_ORDER));
        return ordered;
    }

    /**
     * The period to show first: of those with a value for Belgium or one of its regions (if any has), the one with
     * values for the most of the given places, the latest of equals; null without values.
     */
    public static String busiestPeriod(List<IndicatorValue> values, Set<String> geos) {
        Map<String, Set<String>> placesByPeriod = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            if (geos.contains(v.geo()) && v.value() != null) {
                placesByPeriod.computeIfAbsent(period(v), p -> new LinkedHashSet<>()).add(v.geo());
            }
        }
        String best = null;
        int bestScore = -1;
        for (String p : periods(values)) {
            Set<String> places = placesByPeriod.get(p);
            if (places == null) {
                continue;
            }
            int score = (places.stream().anyMatch(Geography::belgian) ? 100_000 : 0) + places.size();
            if (score >= bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The chart of an indicator's values for the chosen places.
     *
     * @param geos the chosen places
     * @param period one period (a ranked chart of it), or null for every period
     */
    public static ChartPlan of(Indicator indicator, List<IndicatorValue> values, List<String> geos, String period) {
        List<IndicatorValue> chosen = values.stream().filter(v -> geos.contains(v.geo())).toList();
        List<String> periods = periods(chosen);
        if (geos.isEmpty()) {
            return new ChartPlan(Kind.NOTHING, indicator, period, List.of(), List.of(), null, List.of());
        }
        if (period != null || periods.size() <= 1) {
            return ranked(indicator, chosen, geos, period != null ? period : periods.isEmpty() ? null : periods.get(0));
        }
        // three years or more make a time line; values without a year cannot be placed on it (the table has them)
        List<String> years = periods.stream().filter(ChartPlan::isYear).toList();
        return years.size() >= 3 ? lines(indicator, chosen, geos, years)
                : grouped(indicator, chosen, ordered(geos), periods);
    }

    /**
     * A chart of places in a fixed order (not ranked), one bar per period for each: the small multiples of the
     * Belgian regions, which are read across charts and so keep their places.
     */
    public static ChartPlan fixed(Indicator indicator, List<IndicatorValue> values, List<String> geos,
                                  List<String> periods) {
        List<IndicatorValue> chosen = values.stream().filter(v -> geos.contains(v.geo())).toList();
        return grouped(indicator, chosen, geos, periods);
    }

    private static ChartPlan ranked(Indicator indicator, List<IndicatorValue> chosen, List<String> geos,
                                    String period) {
        Map<String, Double> byGeo = firstValues(chosen, period);
        List<String> shown = new ArrayList<>(geos.stream().filter(g -> !Geography.average(g)).toList());
        shown.sort(Comparator.comparing((String g) -> byGeo.get(g) == null)
                .thenComparing((String g) -> byGeo.get(g) == null ? 0 : -byGeo.get(g))
                .thenComparing(Geography::name));
        Map<String, Double> values = new LinkedHashMap<>();
        shown.forEach(g -> values.put(g, byGeo.get(g)));
        Reference reference = null;
        for (String avg : REFERENCES) {
            if (geos.contains(avg) && byGeo.get(avg) != null) {
                reference = new Reference(avg, byGeo.get(avg));
                break;
            }
        }
        List<String> missing = shown.stream().filter(g -> values.get(g) == null).toList();
        return new ChartPlan(Kind.RANKED_BARS, indicator, period, shown,
                List.of(new Series(period == null ? "" : period, values)), reference, missing);
    }

    private static ChartPlan grouped(Indicator indicator, List<IndicatorValue> chosen, List<String> geos,
                                     List<String> periods) {
        List<Series> series = new ArrayList<>();
        for (String p : periods) {
            Map<String, Double> byGeo = firstValues(chosen, p);
            Map<String, Double> values = new LinkedHashMap<>();
            geos.forEach(g -> values.put(g, byGeo.get(g)));
            series.add(new Series(p, values));
        }
        return new ChartPlan(Kind.GROUPED_BARS, indicator, null, geos, series, null, withoutAny(geos, series));
    }

    private static ChartPlan lines(Indicator indicator, List<IndicatorValue> chosen, List<String> geos,
                                   List<String> years) {
        List<Series> series = new ArrayList<>();
        for (String g : ordered(geos)) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String year : years) {
                values.put(year, firstValues(chosen, year).get(g));
            }
            series.add(new Series(g, values));
        }
        List<String> missing = series.stream().filter(s -> s.values().values().stream().allMatch(v -> v == null))
                .map(Series::key).toList();
        return new ChartPlan(Kind.LINES, indicator, null, years, series, null, missing);
    }

    /** Belgium and its regions first, then the other places by name, the averages last. */
    static List<String> ordered(List<String> geos) {
        List<String> out = new ArrayList<>(geos);
        out.sort(Comparator.comparing((String g) -> Geography.average(g) ? 2 : Geography.belgian(g) ? 0 : 1)
                .thenComparing(g -> Geography.belgian(g) ? g : Geography.name(g)));
        return out;
    }

    /** The places without a value in any series. */
    private static List<String> withoutAny(List<String> geos, List<Series> series) {
        return geos.stream().filter(g -> series.stream().allMatch(s -> s.values().get(g) == null)).toList();
    }

    /**
     * Each place's value in the period: when several editions give one for the same year, the latest edition's
     * (by the year in its name); the others are in the table.
     */
    private static Map<String, Double> firstValues(List<IndicatorValue> values, String period) {
        Map<String, IndicatorValue> byGeo = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            if (period(v).equals(period) && v.value() != null) {
                byGeo.merge(v.geo(), v, (a, b) -> editionYear(b.edition()) > editionYear(a.edition()) ? b : a);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byGeo.forEach((geo, v) -> out.put(geo, v.value()));
        return out;
    }

    /** The last four-digit year in an edition's name ("RIS 2016", "... (2012 update)"); 0 without one. */
    static int editionYear(String edition) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(edition);
        int year = 0;
        while (m.find()) {
            year = Integer.parseInt(m.group());
        }
        return year;
    }

    /** Whether any value is drawn at all. */
    public boolean hasValues() {
        return series.stream().anyMatch(s -> s.values().values().stream().anyMatch(v -> v != null));
    }

    private static boolean isYear(String period) {
        return period.matches("\\d{4}");
    }

    private static int yearOrZero(String period) {
        return isYear(period) ? Integer.parseInt(period) : 0;
    }
}
