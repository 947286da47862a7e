package be.bioregions.explorer.domain.classifier;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import be.bioregions.explorer.domain.Sourced;

/**
 * A rule that fired for a firm and year, or nearly fired. {@code facts} are the firm's own evidence, alliances
 * and events that made it (nearly) fire, so a view can show their sources. {@code shortfall} is empty for a rule
 * that fired; for a near miss it says what was lacking.
 *
 * <p>The classifier renders the two texts only when they are first asked for: classifying thousands of firms for
 * a table should not write thousands of explanations nobody reads. The texts are pure functions of the verdict's
 * facts, so when they are made does not change what they say.
 */
public final class Fired {
    private final Rule rule;
    private final List<Sourced> facts;
    private final boolean nearMiss;
    private volatile Supplier<String> explanationMaker;
    private volatile Supplier<String> shortfallMaker;
    private volatile String explanation;
    private volatile String shortfall;

    /** A fired rule (empty or null shortfall) or a near miss, with its texts already written. */
    public Fired(Rule rule, String explanation, List<Sourced> facts, String shortfall) {
        this(rule, facts, shortfall != null && !shortfall.isEmpty(), null, null);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.shortfall = shortfall == null ? "" : shortfall;
    }

    private Fired(Rule rule, List<Sourced> facts, boolean nearMiss, Supplier<String> explanation,
                  Supplier<String> shortfall) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.facts = List.copyOf(facts);
        this.nearMiss = nearMiss;
        this.explanationMaker = explanation;
        this.shortfallMaker = shortfall;
    }

    static Fired later(Rule rule, List<Sourced> facts, boolean nearMiss, Supplier<String> explanation,
                       Supplier<String> shortfall) {
        return new Fired(rule, facts, nearMiss, explanation, shortfall);
    }

    public Rule rule() {
        return rule;
    }

    public List<Sourced> facts() {
        return facts;
    }

    public boolean nearMiss() {
        return nearMiss;
    }

    /** The rule's explanation with the firm's facts filled in; for a near miss, what it needed and found. */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            Supplier<String> maker = explanationMaker;
            text = maker == null ? explanation : maker.get();
            explanation = text;
            explanationMaker = null;
        }
        return text;
    }

    /** What a near miss lacked; empty for a rule that fired. */
    public String shortfall() {
        String text = shortfall;
        if (text == null) {
            Supplier<String> maker = shortfallMaker;
            text = maker == null ? shortfall : maker.get();
            shortfall = text;
            shortfallMaker = null;
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fired f && rule.equals(f.rule) && nearMiss == f.nearMiss && facts.equals(f.facts)
                && explanation().equals(f.explanation()) && shortfall().equals(f.shortfall());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.id(), nearMiss, facts.size());
    }

    @Override
    public String toString() {
        return (nearMiss ? "Nearly[" : "Fired[") + rule.id() + ": " + explanation() + "]";
    }
}
