package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
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

/**
 * The shipped dataset keeps the promises of {@code sample-data/README.md}: every row names a source that exists,
 * years are plausible, names are not repeated, references hold, and there is as much data as the thesis needs.
 */
class SampleDataTest {
    private final Dataset data;

    SampleDataTest() throws ImportException {
        data = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
    }

    @Test
    void everyRowOfEveryFileNamesASourceThatExists() {
        assertEquals(List.of(), DatasetChecks.rowsWithoutAKnownSource(data), "rows without a known source");
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
        assertEquals(List.of(), DatasetChecks.yearsOutsideThePeriod(data));
    }

    @Test
    void noFirmOrPartnerNameIsRepeatedEvenWrittenDifferently() {
        assertEquals(Map.of(), DatasetChecks.repeatedNames(data));
    }

    @Test
    void everyAllianceNamesAKnownFirmAndPartner() {
        assertEquals(List.of(), DatasetChecks.alliancesWithUnknownEnds(data));
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
