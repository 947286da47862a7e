package be.bioregions.explorer.domain.classifier;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Classification;

/**
 * What the rules say of a firm as of a year: the primary model ({@link BusinessModel#INSUFFICIENT_EVIDENCE} when
 * the best score is under the rule set's minimum), the score of each of the four scored models, the rules that
 * fired (in the rule file's order) and those that nearly fired.
 */
public record Verdict(String firmId, int year, BusinessModel primary, Map<BusinessModel, Double> scores,
                      List<Fired> fired, List<Fired> nearly) {
    public Verdict {
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
        fired = List.copyOf(fired);
        nearly = List.copyOf(nearly);
    }

    public double score(BusinessModel model) {
        return scores.getOrDefault(model, 0.0);
    }

    /** The verdict as a stored classification by the rules; the rationale lists the rules that fired. */
    public Classification toClassification(Instant created) {
        String rationale = fired.isEmpty() ? "no rule fired"
                : "rules fired: " + fired.stream().map(f -> f.rule().id()).collect(Collectors.joining(", "));
        return new Classification(firmId, year, primary, Classification.Origin.RULES, rationale, created);
    }
}
