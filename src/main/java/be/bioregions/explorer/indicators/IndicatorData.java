package be.bioregions.explorer.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;

/**
 * What the Indicators view reads, once and in the background: the indicators, their values and the sources those
 * cite.
 */
public record IndicatorData(List<Indicator> indicators, Map<String, List<IndicatorValue>> valuesByCode,
                            Map<String, Source> sources) {
    /** The Regional Innovation Scoreboard indicators the thesis compares the three Belgian regions on. */
    public static final List<String> REGION_PAGE = List.of("RIS_PUB_RD", "RIS_BUS_RD", "RIS_SME_COLLAB", "RIS_EPO");
    /** The places of that page, in the order they are drawn in each of its charts. */
    public static final List<String> REGION_PAGE_PLACES = List.of("BE2", "BE3", "BE1", "EU28");

    public static IndicatorData read(Store store) {
        Map<String, List<IndicatorValue>> byCode = store.indicators().allValues().stream()
                .collect(Collectors.groupingBy(IndicatorValue::code, LinkedHashMap::new, Collectors.toList()));
        Map<String, Source> sources = new LinkedHashMap<>();
        store.sources().all().forEach(s -> sources.put(s.id(), s));
        return new IndicatorData(store.indicators().indicators(), byCode, sources);
    }

    /** The values of an indicator, as stored. */
    public List<IndicatorValue> values(String code) {
        return valuesByCode.getOrDefault(code, List.of());
    }

    /** The indicators of a dataset, those with values first (then by name). */
    public List<Indicator> indicators(IndicatorDataset dataset) {
        List<Indicator> out = new ArrayList<>(indicators.stream().filter(i -> i.dataset() == dataset).toList());
        out.sort(java.util.Comparator.comparing((Indicator i) -> values(i.code()).isEmpty())
                .thenComparing(Indicator::name));
        return out;
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** The places an indicator has values for, with Belgium and its regions always offered. */
    public List<String> places(String code) {
        TreeSet<String> places = new TreeSet<>(List.of("BE", "BE1", "BE2", "BE3"));
        values(code).forEach(v -> places.add(v.geo()));
        return ChartPlan.ordered(new ArrayList<>(places));
    }
}
