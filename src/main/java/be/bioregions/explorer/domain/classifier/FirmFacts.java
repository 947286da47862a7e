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
import be.bioregions.explorer.domain.EventKind;
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

    /**
     * The event that ended the firm's independence: its earliest acquisition or closure (several acquisition rows
     * of one year, a bid and its completion, count as one), or null while it is independent. A merger does not
     * count: in the data it is as often the firm absorbing another as the firm being absorbed.
     */
    public FirmEvent ending() {
        FirmEvent first = null;
        for (FirmEvent e : events) {
            if ((e.kind() == EventKind.ACQUISITION || e.kind() == EventKind.CLOSURE)
                    && (first == null || e.year() < first.year())) {
                first = e;
            }
        }
        return first;
    }

    /** Whether the firm was founded by the end of a year and still independent for at least part of it. */
    public boolean independentIn(int year) {
        FirmEvent end = ending();
        return firm.founded() <= year && (end == null || end.year() >= year);
    }

    /** Whether the firm's independence ended before the year: it is then classified as of that earlier year. */
    public boolean endedBefore(int year) {
        return classifiedAsOf(year) < year;
    }

    /**
     * The year the firm is classified as of when a year is asked for: that year, or the year its independence
     * ended when that came earlier (after an acquisition, its facts are a subsidiary's).
     */
    public int classifiedAsOf(int year) {
        FirmEvent end = ending();
        return end == null ? year : Math.min(year, end.year());
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
