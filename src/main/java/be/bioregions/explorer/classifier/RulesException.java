package be.bioregions.explorer.classifier;

import java.util.ArrayList;
import java.util.List;

import be.bioregions.explorer.domain.Problems;

/**
 * A classifier rules file that cannot be used, with the place of the problem: the file, the rule (its id when it
 * has one, and its position) and the field, as a dotted path such as {@code when.all[1].evidence}.
 */
public class RulesException extends Exception {
    private final String file;
    private final String ruleId;
    private final int ruleNumber;
    private final String field;
    private final String reason;

    /**
     * @param ruleId     the rule's id, or null when it has none or is not known
     * @param ruleNumber the rule's position in the file counting from 1; 0 when the problem is not in a rule
     * @param field      the field's path inside the rule (or the file), or null
     */
    public RulesException(String file, String ruleId, int ruleNumber, String field, String reason) {
        super(format(file, ruleId, ruleNumber, field, reason));
        this.file = file;
        this.ruleId = ruleId;
        this.ruleNumber = ruleNumber;
        this.field = field;
        this.reason = reason;
    }

    private static String format(String file, String ruleId, int ruleNumber, String field, String reason) {
        List<String> place = new ArrayList<>();
        if (ruleNumber > 0) {
            place.add(ruleId != null ? Problems.text("problem.rules.rule.named", ruleId, ordinal(ruleNumber))
                    : Problems.text("problem.rules.rule.nth", ordinal(ruleNumber)));
        }
        if (field != null) {
            place.add(Problems.text("problem.rules.field", field));
        }
        return Problems.text("problem.place", file,
                place.isEmpty() ? reason : Problems.text("problem.place", String.join(", ", place), reason));
    }

    /**
     * A rule's position as the interface's language writes it: in English 1st, 2nd, 3rd, 4th, 11th, 12th, 13th,
     * 21st... The first has a key of its own because French writes 1re but 21e.
     */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String key = n == 1 ? "problem.rules.ordinal.first"
                : lastTwo >= 11 && lastTwo <= 13 ? "problem.rules.ordinal.th"
                : switch (n % 10) {
                    case 1 -> "problem.rules.ordinal.st";
                    case 2 -> "problem.rules.ordinal.nd";
                    case 3 -> "problem.rules.ordinal.rd";
                    default -> "problem.rules.ordinal.th";
                };
        return Problems.text(key, n);
    }

    public String file() {
        return file;
    }

    /** The rule's id; null when the problem is outside the rules or the rule has no id. */
    public String ruleId() {
        return ruleId;
    }

    /** The rule's position counting from 1; 0 when the problem is not in one rule. */
    public int ruleNumber() {
        return ruleNumber;
    }

    /** The field's dotted path, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, in the interface's language. */
    public String reason() {
        return reason;
    }
}
