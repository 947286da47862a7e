package be.bioregions.explorer.domain.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.bioregions.explorer.domain.BusinessModel;

/**
 * One classifier rule: when {@code when} holds of a firm's facts as of a year, the rule adds {@code weight} to
 * {@code model}'s score and explains itself with {@code explain}, a template whose placeholders are
 * {@link #PLACEHOLDERS}.
 */
public record Rule(String id, BusinessModel model, double weight, Condition when, String explain) {
    /**
     * {firm} the firm's name, {year} the year classified, {model} the rule's model, {count} and {kind} the number
     * and kind of facts counted by the first counting part that held, {phase} the most advanced phase reached,
     * {facts} the supporting facts with their years and sources.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("firm", "year", "model", "count", "kind", "phase", "facts");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public Rule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        Objects.requireNonNull(model, "model");
        if (!Classifier.MODELS.contains(model)) {
            throw new IllegalArgumentException("rule '" + id + "': the classifier scores " + Classifier.MODELS
                    + ", not " + model);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("rule '" + id + "': the weight must be 0 or more, not " + weight);
        }
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(explain, "explain");
        List<String> unknown = unknownPlaceholders(explain);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("rule '" + id + "': unknown placeholder {" + unknown.get(0) + "}");
        }
    }

    /** The placeholders of a template that {@link #PLACEHOLDERS} does not know, in order of appearance. */
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
