package be.bioregions.explorer.domain.classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.FirmEvent;

/**
 * One firm's facts sorted out by kind and, within a kind, by year, so that "facts of this kind up to year Y" is a
 * binary search and a sublist. Built once per firm and classification run.
 */
final class FactIndex {
    final FirmFacts facts;
    private final Map<EvidenceKind, List<Evidence>> evidence = new EnumMap<>(EvidenceKind.class);
    private final Map<AllianceKind, List<Alliance>> alliances = new EnumMap<>(AllianceKind.class);
    private final Map<EventKind, List<FirmEvent>> events = new EnumMap<>(EventKind.class);
    /** Pipeline-phase evidence whose detail names a phase, by year, and that phase (same positions). */
    private final List<Evidence> phased = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();

    FactIndex(FirmFacts facts) {
        this.facts = facts;
        for (Evidence e : facts.evidence()) {
            evidence.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        for (Alliance a : facts.alliances()) {
            alliances.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
        }
        for (FirmEvent e : facts.events()) {
            events.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        evidence.values().forEach(l -> l.sort(Comparator.comparingInt(Evidence::year)));
        alliances.values().forEach(l -> l.sort(Comparator.comparingInt(Alliance::year)));
        events.values().forEach(l -> l.sort(Comparator.comparingInt(FirmEvent::year)));
        for (Evidence e : evidence.getOrDefault(EvidenceKind.PIPELINE_PHASE, List.of())) {
            Phase.of(e.detail()).ifPresent(p -> {
                phased.add(e);
                phases.add(p);
            });
        }
    }

    /**
     * Evidence of a kind dated up to {@code year} (after {@code year - within} when within is given) that had not
     * ended before it.
     */
    List<Evidence> evidence(EvidenceKind kind, int year, Integer within) {
        List<Evidence> dated = window(evidence.getOrDefault(kind, List.of()), Evidence::year, year, within);
        for (Evidence e : dated) {
            if (!holds(e, year)) {
                return dated.stream().filter(x -> holds(x, year)).toList();
            }
        }
        return dated;
    }

    List<FirmEvent> events(EventKind kind, int year, Integer within) {
        return window(events.getOrDefault(kind, List.of()), FirmEvent::year, year, within);
    }

    /**
     * Alliances of the kinds begun up to {@code year} (after {@code year - within} when given) and not ended
     * before it, in the direction when one is given.
     */
    List<Alliance> alliances(Set<AllianceKind> kinds, Direction direction, int year, Integer within) {
        List<Alliance> out = new ArrayList<>();
        for (AllianceKind kind : AllianceKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            for (Alliance a : window(alliances.getOrDefault(kind, List.of()), Alliance::year, year, within)) {
                if ((direction == null || direction == a.direction()) && (a.endYear() == null || a.endYear() >= year)) {
                    out.add(a);
                }
            }
        }
        if (kinds.size() > 1) {
            out.sort(Comparator.comparingInt(Alliance::year));
        }
        return out;
    }

    /** The most advanced phase named by pipeline evidence dated up to {@code year} and not ended; null when none. */
    Phase highestPhase(int year) {
        Phase best = null;
        for (int i = 0; i < phased.size() && phased.get(i).year() <= year; i++) {
            if (holds(phased.get(i), year) && (best == null || phases.get(i).compareTo(best) > 0)) {
                best = phases.get(i);
            }
        }
        return best;
    }

    /** The pipeline evidence up to {@code year} that names {@code atLeast} or a later phase. */
    List<Evidence> phaseFacts(Phase atLeast, int year) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < phased.size() && phased.get(i).year() <= year; i++) {
            if (holds(phased.get(i), year) && phases.get(i).compareTo(atLeast) >= 0) {
                out.add(phased.get(i));
            }
        }
        return out;
    }

    /** Whether a fact had not ended before the year (a programme stopped, a product withdrawn). */
    private static boolean holds(Evidence e, int year) {
        return e.endYear() == null || e.endYear() >= year;
    }

    private static <T> List<T> window(List<T> sorted, ToIntFunction<T> yearOf, int year, Integer within) {
        int to = firstAfter(sorted, yearOf, year);
        int from = within == null ? 0 : firstAfter(sorted, yearOf, year - within);
        return from >= to ? List.of() : sorted.subList(from, to);
    }

    /** The index of the first element dated after {@code year} (the list's size when none is). */
    private static <T> int firstAfter(List<T> sorted, ToIntFunction<T> yearOf, int year) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (yearOf.applyAsInt(sorted.get(mid)) <= year) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
