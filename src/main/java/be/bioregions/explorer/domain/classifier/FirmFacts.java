package be.bioregions.explorer.domain.classifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;

/** Everything the classifier may know of one firm: its events, alliances and business-model evidence, all years. */
public record FirmFacts(Firm firm, List<FirmEvent> events, List<Alliance> alliances, List<Evidence> evidence) {
    public FirmFacts {
        Objects.requireNonNull(firm, "firm");
        events = List.copyOf(events);
        alliances = List.copyOf(alliances);
        evidence = List.copyOf(evidence);
    }

    /** The facts of every firm of a dataset, in the dataset's order of firms. */
    public static List<FirmFacts> of(Dataset dataset) {
        return group(dataset.firms(), dataset.events(), dataset.alliances(), dataset.evidence());
    }

    /** Sorts the rows out by firm in one pass over each list; rows of firms not listed are left out. */
    public static List<FirmFacts> group(Collection<Firm> firms, Collection<FirmEvent> events,
                                        Collection<Alliance> alliances, Collection<Evidence> evidence) {
        Map<String, List<FirmEvent>> e = byFirm(events, FirmEvent::firmId);
        Map<String, List<Alliance>> a = byFirm(alliances, Alliance::firmId);
        Map<String, List<Evidence>> x = byFirm(evidence, Evidence::firmId);
        List<FirmFacts> out = new ArrayList<>(firms.size());
        for (Firm f : firms) {
            out.add(new FirmFacts(f, e.getOrDefault(f.id(), List.of()), a.getOrDefault(f.id(), List.of()),
                    x.getOrDefault(f.id(), List.of())));
        }
        return out;
    }

    private static <T> Map<String, List<T>> byFirm(Collection<T> rows, Function<T, String> firmId) {
        Map<String, List<T>> map = new HashMap<>();
        for (T row : rows) {
            map.computeIfAbsent(firmId.apply(row), k -> new ArrayList<>()).add(row);
        }
        return map;
    }
}
