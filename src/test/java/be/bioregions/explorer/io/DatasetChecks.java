package be.bioregions.explorer.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;

/**
 * The checks every shipped or generated dataset must pass beyond what the reader enforces; each returns the rows
 * that break the rule (an empty list when none does).
 */
final class DatasetChecks {
    /** Years of the thesis' period and what followed; an incumbent's founding (UCB, 1928) is the one exception. */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2030;

    private DatasetChecks() {
    }

    static List<String> rowsWithoutAKnownSource(Dataset data) {
        Set<String> sourceIds = data.sources().stream().map(Source::id).collect(Collectors.toSet());
        List<String> bad = new ArrayList<>();
        Stream.of(data.firms(), data.events(), data.partners(), data.alliances(), data.evidence(),
                        data.indicatorValues(), data.performanceGroups())
                .flatMap(List::stream)
                .map(f -> (Sourced) f)
                .filter(f -> f.unsourced() || !sourceIds.contains(f.sourceId()))
                .forEach(f -> bad.add(f.toString()));
        data.indicators().stream()
                .filter(i -> i.sourceId() == null || !sourceIds.contains(i.sourceId()))
                .forEach(i -> bad.add(i.toString()));
        return bad;
    }

    static List<String> yearsOutsideThePeriod(Dataset data) {
        Set<String> incumbents = data.firms().stream()
                .filter(f -> f.originKind() == OriginKind.INCUMBENT).map(Firm::id).collect(Collectors.toSet());
        List<String> outside = new ArrayList<>();
        for (Firm f : data.firms()) {
            if (!incumbents.contains(f.id())) {
                check(outside, "firm " + f.id() + " founded", f.founded());
            }
        }
        for (FirmEvent e : data.events()) {
            if (!(incumbents.contains(e.firmId()) && e.kind() == EventKind.FOUNDED)) {
                check(outside, "event " + e.id(), e.year());
            }
        }
        for (Alliance a : data.alliances()) {
            check(outside, "alliance " + a.id(), a.year());
            check(outside, "alliance " + a.id() + " end", a.endYear());
        }
        for (Evidence x : data.evidence()) {
            check(outside, "evidence " + x.id(), x.year());
        }
        for (IndicatorValue v : data.indicatorValues()) {
            check(outside, "value " + v.code() + "/" + v.geo(), v.year());
        }
        if (incumbents.size() > 1) {
            outside.add("only one incumbent reference may predate " + FIRST_YEAR + ": " + incumbents);
        }
        return outside;
    }

    private static void check(List<String> outside, String what, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            outside.add(what + ": " + year);
        }
    }

    /** Firm or partner names that read the same once case, spaces and punctuation are ignored. */
    static Map<String, List<String>> repeatedNames(Dataset data) {
        Map<String, List<String>> repeated = new HashMap<>(repeated(data.firms(), Firm::name));
        repeated.putAll(repeated(data.partners(), Partner::name));
        return repeated;
    }

    private static <T> Map<String, List<String>> repeated(List<T> rows, Function<T, String> name) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (T row : rows) {
            String n = name.apply(row);
            byKey.computeIfAbsent(n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""), k -> new ArrayList<>()).add(n);
        }
        byKey.values().removeIf(names -> names.size() < 2);
        return byKey;
    }

    static List<String> alliancesWithUnknownEnds(Dataset data) {
        Set<String> firms = data.firms().stream().map(Firm::id).collect(Collectors.toSet());
        Set<String> partners = data.partners().stream().map(Partner::id).collect(Collectors.toSet());
        return data.alliances().stream()
                .filter(a -> !firms.contains(a.firmId()) || !partners.contains(a.partnerId()))
                .map(Alliance::id).toList();
    }
}
