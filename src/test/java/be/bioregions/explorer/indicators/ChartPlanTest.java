package be.bioregions.explorer.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;

class ChartPlanTest {
    private static final Indicator SHARE = new Indicator("SHARE", IndicatorDataset.OECD_KBI, "A share", "%",
            "a share of something", null);

    private static IndicatorValue v(String geo, Integer year, String edition, Double value) {
        return new IndicatorValue("SHARE", geo, year, edition, value, "s1", true, null);
    }

    @Test
    void oneYearIsRankedHighestFirstWithTheAverageAsAReferenceAndAMissingValueIsNeverZero() {
        List<IndicatorValue> values = List.of(v("DK", 2011, "E", 19.4), v("BE", 2011, "E", 12.6),
                v("IE", 2011, "E", 17.2), v("BE2", 2011, "E", null), v("OECD", 2011, "E", 5.9));
        ChartPlan plan = ChartPlan.of(SHARE, values, List.of("BE", "BE2", "BE3", "DK", "IE", "OECD"), null);

        assertEquals(ChartPlan.Kind.RANKED_BARS, plan.kind());
        assertEquals("2011", plan.period());
        assertEquals(List.of("DK", "IE", "BE", "BE2", "BE3"), plan.categories(), "ranked, the missing ones last");
        assertEquals(19.4, plan.series().get(0).values().get("DK"));
        assertNull(plan.series().get(0).values().get("BE2"), "a stored missing value stays missing");
        assertNull(plan.series().get(0).values().get("BE3"), "a place without any row is missing too");
        assertEquals(List.of("BE2", "BE3"), plan.missing());
        assertEquals("OECD", plan.reference().geo(), "the average is a reference line, not a bar");
        assertEquals(5.9, plan.reference().value());
    }

    @Test
    void aChosenPeriodShowsOnlyItsValues() {
        List<IndicatorValue> values = List.of(v("BE", 2009, "E", 12.6), v("DK", 2011, "E", 19.4));
        ChartPlan plan = ChartPlan.of(SHARE, values, List.of("BE", "DK"), "2011");
        assertEquals(ChartPlan.Kind.RANKED_BARS, plan.kind());
        assertEquals(19.4, plan.series().get(0).values().get("DK"));
        assertNull(plan.series().get(0).values().get("BE"), "Belgium's 2009 value is not Belgium's 2011 value");
    }

    @Test
    void severalEditionsGiveGroupedBarsAndSeveralYearsGiveLines() {
        List<IndicatorValue> editions = List.of(v("BE2", null, "RIS 2014", 0.61), v("BE2", null, "RIS 2016", 0.65),
                v("BE3", null, "RIS 2016", 0.44));
        ChartPlan grouped = ChartPlan.of(SHARE, editions, List.of("BE3", "BE2"), null);
        assertEquals(ChartPlan.Kind.GROUPED_BARS, grouped.kind());
        assertEquals(List.of("RIS 2014", "RIS 2016"), grouped.series().stream().map(ChartPlan.Series::key).toList());
        assertEquals(List.of("BE2", "BE3"), grouped.categories(), "Belgian places in code order");
        assertNull(grouped.series().get(0).values().get("BE3"), "Wallonia has no 2014 value: missing, not zero");
        assertEquals(0.65, grouped.series().get(1).values().get("BE2"));

        List<IndicatorValue> years = List.of(v("ES", 2010, "E", 1494.0), v("ES", 2012, "E", 3070.0),
                v("ES", 2014, "E", 2742.0), v("DE", 2011, "E", 678.0), v("DE", null, "A survey", 693.0));
        ChartPlan lines = ChartPlan.of(SHARE, years, List.of("DE", "ES", "BE"), null);
        assertEquals(ChartPlan.Kind.LINES, lines.kind());
        assertEquals(List.of("2010", "2011", "2012", "2014"), lines.categories(), "an undated value is not a year");
        assertEquals(List.of("BE", "DE", "ES"), lines.series().stream().map(ChartPlan.Series::key).toList());
        assertEquals(List.of("BE"), lines.missing());
    }

    @Test
    void theFirstPeriodShownIsOneWithABelgianValue() {
        List<IndicatorValue> values = List.of(v("DK", 2011, "E", 19.4), v("IE", 2011, "E", 17.2),
                v("BE", 2009, "E", 12.6), v("OECD", 2009, "E", 5.7));
        assertEquals("2009", ChartPlan.busiestPeriod(values, Set.of("BE", "DK", "IE", "OECD")));
        assertEquals("2011", ChartPlan.busiestPeriod(values, Set.of("DK", "IE", "OECD")));
    }
}
