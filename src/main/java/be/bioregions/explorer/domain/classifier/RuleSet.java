package be.bioregions.explorer.domain.classifier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classifier's rules. A firm whose best model scores less than {@code minimumScore} is classified as
 * insufficient evidence rather than guessed.
 */
public record RuleSet(int version, double minimumScore, List<Rule> rules) {
    public RuleSet {
        if (!(minimumScore >= 0) || Double.isInfinite(minimumScore)) {
            throw new IllegalArgumentException("minimumScore must be 0 or more, not " + minimumScore);
        }
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two rules have the id '" + r.id() + "'");
            }
        }
    }
}
