package be.bioregions.explorer.domain.classifier;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.EvidenceKind;

/**
 * What must hold of a firm's facts, as of a year, for a rule to fire. The leaves count facts dated up to that
 * year (optionally only the last {@code withinYears} years) or look at the pipeline; {@link All}, {@link Any} and
 * {@link Not} combine them. See docs/classifier.md for the meaning of each.
 */
public sealed interface Condition {

    /** The condition in plain words, for explanations and near misses. */
    String describe();

    /** A leaf that counts facts of some kind. */
    sealed interface Count extends Condition {
        int atLeast();

        /** Only facts of the last this many years count (the year itself included); null for all years. */
        Integer withinYears();

        /** The kind being counted, as it reads in an explanation. */
        String kindLabel();
    }

    /** At least {@code atLeast} business-model evidence facts of one kind. */
    record EvidenceAtLeast(EvidenceKind kind, int atLeast, Integer withinYears) implements Count {
        public EvidenceAtLeast {
            Objects.requireNonNull(kind, "kind");
            checkCount(atLeast, withinYears);
        }

        @Override
        public String kindLabel() {
            return Codes.code(kind).replace('_', ' ');
        }

        @Override
        public String describe() {
            return amount(atLeast, kindLabel()) + " fact" + (atLeast == 1 ? "" : "s") + window(withinYears);
        }
    }

    /**
     * At least {@code atLeast} alliances of any of {@code kinds}, begun by the year and not ended before it, in
     * the given direction (null: any direction).
     */
    record AlliancesAtLeast(Set<AllianceKind> kinds, Direction direction, int atLeast, Integer withinYears)
            implements Count {
        public AlliancesAtLeast {
            if (kinds == null || kinds.isEmpty()) {
                throw new IllegalArgumentException("an alliance condition needs at least one alliance kind");
            }
            kinds = Set.copyOf(EnumSet.copyOf(kinds));
            checkCount(atLeast, withinYears);
        }

        /** The kinds in their enum order (a Set.copyOf has no order of its own). */
        public List<AllianceKind> kindsInOrder() {
            return EnumSet.copyOf(kinds).stream().toList();
        }

        @Override
        public String kindLabel() {
            List<String> labels = kindsInOrder().stream().map(Codes::label).toList();
            String joined = labels.size() == 1 ? labels.get(0)
                    : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
            return (direction == null ? "" : Codes.code(direction) + " ") + joined;
        }

        @Override
        public String describe() {
            return amount(atLeast, kindLabel()) + " alliance" + (atLeast == 1 ? "" : "s") + window(withinYears);
        }
    }

    /** At least {@code atLeast} events of one kind in the firm's life (approvals, for instance). */
    record EventsAtLeast(EventKind kind, int atLeast, Integer withinYears) implements Count {
        public EventsAtLeast {
            Objects.requireNonNull(kind, "kind");
            checkCount(atLeast, withinYears);
        }

        @Override
        public String kindLabel() {
            return Codes.label(kind);
        }

        @Override
        public String describe() {
            return amount(atLeast, kindLabel()) + " event" + (atLeast == 1 ? "" : "s") + window(withinYears);
        }
    }

    /** The firm's most advanced programme had reached {@code atLeast} by the year (see {@link Phase#of}). */
    record PipelineAtLeast(Phase atLeast) implements Condition {
        public PipelineAtLeast {
            Objects.requireNonNull(atLeast, "atLeast");
        }

        @Override
        public String describe() {
            return "a programme at " + atLeast.label() + (atLeast == Phase.FILED ? "" : " or beyond");
        }
    }

    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = nonEmpty(parts, "all");
        }

        @Override
        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" and "));
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = nonEmpty(parts, "any");
        }

        @Override
        public String describe() {
            return "(" + parts.stream().map(Condition::describe).collect(Collectors.joining(" or ")) + ")";
        }
    }

    /** The part does not hold. */
    record Not(Condition part) implements Condition {
        public Not {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public String describe() {
            return "not " + part.describe();
        }
    }

    static Condition evidence(EvidenceKind kind, int atLeast) {
        return new EvidenceAtLeast(kind, atLeast, null);
    }

    static Condition alliances(AllianceKind kind, Direction direction, int atLeast) {
        return new AlliancesAtLeast(Set.of(kind), direction, atLeast, null);
    }

    static Condition events(EventKind kind, int atLeast) {
        return new EventsAtLeast(kind, atLeast, null);
    }

    static Condition pipeline(Phase atLeast) {
        return new PipelineAtLeast(atLeast);
    }

    static Condition all(Condition... parts) {
        return new All(List.of(parts));
    }

    static Condition any(Condition... parts) {
        return new Any(List.of(parts));
    }

    static Condition not(Condition part) {
        return new Not(part);
    }

    private static void checkCount(int atLeast, Integer withinYears) {
        if (atLeast < 1) {
            throw new IllegalArgumentException("atLeast must be 1 or more, not " + atLeast);
        }
        if (withinYears != null && withinYears < 1) {
            throw new IllegalArgumentException("withinYears must be 1 or more, not " + withinYears);
        }
    }

    private static List<Condition> nonEmpty(List<Condition> parts, String name) {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' needs at least one part");
        }
        return List.copyOf(parts);
    }

    /** "an outbound licensing", "at least 2 platform deal". */
    private static String amount(int atLeast, String words) {
        if (atLeast > 1) {
            return "at least " + atLeast + " " + words;
        }
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String window(Integer withinYears) {
        return withinYears == null ? "" : " in the last " + withinYears + " years";
    }
}
