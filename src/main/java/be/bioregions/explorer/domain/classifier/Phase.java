package be.bioregions.explorer.domain.classifier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a firm's most advanced programme has come. It is read from the start of a pipeline-phase fact's detail
 * ("phase 2b: ...", "preclinical: ..."); a detail that does not start with a phase word carries no phase.
 */
public enum Phase {
    PRECLINICAL("preclinical"),
    PHASE_1("phase 1"),
    PHASE_2("phase 2"),
    PHASE_3("phase 3"),
    FILED("filed");

    /** "phase" then one or more numbers (arabic or roman, with a letter: 2b, IIa, I/II), maybe "-ready" or "planned". */
    private static final Pattern PHASE = Pattern.compile(
            "^phase\\s*((?:[0-9]|iv|i{1,3})[ab]?(?:\\s*/\\s*(?:phase\\s*)?(?:[0-9]|iv|i{1,3})[ab]?)*)"
                    + "(\\s*-?\\s*(?:ready|planned))?(?![a-z])");
    private static final Pattern NUMBER = Pattern.compile("[0-9]|iv|i{1,3}");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** How the phase reads in a rules file and an explanation: "phase 2", "preclinical". */
    public String label() {
        return label;
    }

    /** The phase a detail starts with, if it starts with one. */
    public static Optional<Phase> of(String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        String d = detail.strip().toLowerCase(Locale.ROOT);
        Matcher m = PHASE.matcher(d);
        if (m.find()) {
            int highest = 0;
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                highest = Math.max(highest, number(n.group()));
            }
            // "phase 3-ready", "phase 2 planned": the previous phase is the one reached
            if (m.group(2) != null) {
                highest--;
            }
            return Optional.of(highest <= 0 ? PRECLINICAL : highest >= 3 ? PHASE_3 : highest == 2 ? PHASE_2 : PHASE_1);
        }
        if (startsWithWord(d, "research", "discovery", "preclinical", "pre-clinical")) {
            return Optional.of(PRECLINICAL);
        }
        if (startsWithWord(d, "clinical", "early clinical")) {
            return Optional.of(PHASE_1);
        }
        if (startsWithWord(d, "filed", "filing", "registration", "pre-commercial")) {
            return Optional.of(FILED);
        }
        return Optional.empty();
    }

    /** Reads a phase as written in a rules file: "phase 2", "phase_2", "preclinical", "filed". */
    public static Optional<Phase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Phase p : values()) {
            if (p.label.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int number(String n) {
        return switch (n) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(n);
        };
    }

    private static boolean startsWithWord(String text, String... words) {
        for (String w : words) {
            if (text.startsWith(w) && (text.length() == w.length() || !Character.isLetter(text.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }
}
