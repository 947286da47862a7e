package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.PerformanceGroup;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;

/**
 * The shipped dataset keeps the promises of {@code sample-data/README.md}: every row names a source that exists,
 * years are plausible, names are not repeated, references hold, and there is as much data as the thesis needs.
 */
class SampleDataTest {
    /** Years of the thesis' period and what followed; the incumbent's founding (UCB, 1928) is the one exception. */
    private static final int FIRST_YEAR = 1950;
    private static final int LAST_YEAR = 2030;

    private final Dataset data;
    private final Set<String> sourceIds;

    SampleDataTest() throws ImportException {
        data = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
        sourceIds = data.sources().stream().map(Source::id).collect(Collectors.toSet());
    }

    @Test
    void everyRowOfEveryFileNamesASourceThatExists() {
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
        assertEquals(List.of(), bad, "rows without a known source");
    }

    @Test
    void everySourceSaysWhereItWasReadAndWhen() {
        // the thesis itself is the one source without a web address: its citation says so
        List<String> incomplete = data.sources().stream()
                .filter(s -> !(s.hasUrl() || s.citation().startsWith("the thesis")) || s.accessed() == null)
                .map(Source::id)
                .toList();
        assertEquals(List.of(), incomplete, "sources without an address or an access date");
    }

    @Test
    void everyYearLiesBetween1950And2030ExceptTheIncumbentsFounding() {
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
        assertEquals(List.of(), outside, "years outside " + FIRST_YEAR + "-" + LAST_YEAR);
        assertTrue(incumbents.size() <= 1, "only the incumbent reference may predate 1950: " + incumbents);
    }

    private static void check(List<String> outside, String what, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            outside.add(what + ": " + year);
        }
    }

    @Test
    void noFirmOrPartnerNameIsRepeatedEvenWrittenDifferently() {
        assertEquals(Map.of(), repeated(data.firms(), Firm::name), "firm names");
        assertEquals(Map.of(), repeated(data.partners(), Partner::name), "partner names");
    }

    /** Names that read the same once case, spaces and punctuation are ignored ("Argenx" and "argenx"). */
    private static <T> Map<String, List<String>> repeated(List<T> rows, Function<T, String> name) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (T row : rows) {
            String n = name.apply(row);
            byKey.computeIfAbsent(n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""), k -> new ArrayList<>()).add(n);
        }
        byKey.values().removeIf(names -> names.size() < 2);
        return byKey;
    }

    @Test
    void everyAllianceNamesAKnownFirmAndPartner() {
        Set<String> firms = data.firms().stream().map(Firm::id).collect(Collectors.toSet());
        Set<String> partners = data.partners().stream().map(Partner::id).collect(Collectors.toSet());
        List<String> orphans = data.alliances().stream()
                .filter(a -> !firms.contains(a.firmId()) || !partners.contains(a.partnerId()))
                .map(Alliance::id).toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void thereAreThirtyNewBiotechFirmsFromTheBioRegionsAndTheIncumbent() {
        List<Firm> nbfs = data.firms().stream().filter(f -> f.originKind() != OriginKind.INCUMBENT).toList();
        assertTrue(nbfs.size() >= 30, nbfs.size() + " new biotechnology firms");
        assertTrue(nbfs.stream().allMatch(f -> f.founded() >= 1982 && f.founded() <= 2016),
                "every NBF was founded 1982-2016");
        long flanders = nbfs.stream().filter(f -> f.region() == Region.FLANDERS).count();
        long wallonia = nbfs.stream().filter(f -> f.region() == Region.WALLONIA).count();
        assertTrue(flanders >= 10 && wallonia >= 10, flanders + " Flemish and " + wallonia + " Walloon firms");
        assertTrue(data.firms().stream().anyMatch(f -> f.name().equals("UCB")), "UCB is the incumbent reference");
    }

    @Test
    void everyFirmComesWithEventsAllianceAndBusinessModelEvidence() {
        Set<String> withEvents = data.events().stream().map(FirmEvent::firmId).collect(Collectors.toSet());
        Set<String> withAlliances = data.alliances().stream().map(Alliance::firmId).collect(Collectors.toSet());
        Set<String> withEvidence = data.evidence().stream().map(Evidence::firmId).collect(Collectors.toSet());
        List<String> incomplete = data.firms().stream()
                .filter(f -> !withEvents.contains(f.id()) || !withAlliances.contains(f.id()) || !withEvidence.contains(f.id()))
                .map(Firm::id).toList();
        assertEquals(List.of(), incomplete, "firms lacking events, alliances or evidence");
    }

    @Test
    void atLeastAHundredAlliancesOfThePeriodManyWithBigPharma() {
        Set<String> bigPharma = data.partners().stream().filter(p -> p.kind() == PartnerKind.BIG_PHARMA)
                .map(Partner::id).collect(Collectors.toSet());
        List<Alliance> ofPeriod = data.alliances().stream().filter(a -> a.year() >= 1985 && a.year() <= 2016).toList();
        assertTrue(ofPeriod.size() >= 100, ofPeriod.size() + " alliances 1985-2016");
        long withBigPharma = ofPeriod.stream().filter(a -> bigPharma.contains(a.partnerId())).count();
        assertTrue(withBigPharma >= 50, withBigPharma + " alliances with big pharma 1985-2016");
    }

    @Test
    void theIndicatorsPlaceBelgiumAndItsRegionsAmongPeers() {
        Map<IndicatorDataset, Set<String>> geos = new HashMap<>();
        Map<String, IndicatorDataset> datasetOf = data.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::dataset));
        for (IndicatorValue v : data.indicatorValues()) {
            geos.computeIfAbsent(datasetOf.get(v.code()), k -> new TreeSet<>()).add(v.geo());
        }
        Set<String> oecd = geos.getOrDefault(IndicatorDataset.OECD_KBI, Set.of());
        assertTrue(oecd.contains("BE") && oecd.size() >= 6, "OECD figures for Belgium and peers: " + oecd);
        Set<String> grouped = data.performanceGroups().stream().map(PerformanceGroup::geo).collect(Collectors.toSet());
        assertTrue(grouped.containsAll(Set.of("BE1", "BE2", "BE3")), "performance groups of the three regions: " + grouped);
    }
}
