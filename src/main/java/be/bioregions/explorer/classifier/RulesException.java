package be.bioregions.explorer.classifier;

import java.util.ArrayList;
import java.util.List;

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
            place.add(ruleId != null ? "rule '" + ruleId + "' (" + ordinal(ruleNumber) + ")"
                    : "the " + ordinal(ruleNumber) + " rule");
        }
        if (field != null) {
            place.add("field '" + field + "'");
        }
        return file + ": " + (place.isEmpty() ? "" : String.join(", ", place) + ": ") + reason;
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
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

    public String reason() {
        return reason;
    }
}
