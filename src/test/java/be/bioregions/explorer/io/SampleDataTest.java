package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Sourced;

/** The shipped dataset: every fact names its source, and the firms come with their events and alliances. */
class SampleDataTest {
    private final Dataset data;

    SampleDataTest() throws ImportException {
        data = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
    }

    @Test
    void everyFactOfTheSampleDataNamesASource() {
        List<String> unsourced = Stream.of(data.firms(), data.events(), data.alliances(), data.evidence(), data.indicatorValues())
                .flatMap(List::stream)
                .map(f -> (Sourced) f)
                .filter(Sourced::unsourced)
                .map(Object::toString)
                .toList();
        assertTrue(unsourced.isEmpty(), "facts without a source: " + unsourced);
    }

    @Test
    void atLeastTenFirmsComeWithEventsAndAlliances() {
        Set<String> withEvents = data.events().stream().map(FirmEvent::firmId).collect(Collectors.toSet());
        Set<String> withAlliances = data.alliances().stream().map(Alliance::firmId).collect(Collectors.toSet());
        long complete = data.firms().stream()
                .filter(f -> withEvents.contains(f.id()) && withAlliances.contains(f.id())).count();
        assertTrue(complete >= 10, complete + " firms have both events and alliances");
    }
}
