package be.bioregions.explorer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a fact entered by hand must satisfy before it is stored: the values a form can get wrong (a required field
 * left empty, a year out of range, an end before its start, text longer than its column). References to other
 * facts (the firm, the partner, the source) are checked by the store, which sees what exists.
 * <p>
 * Each problem names the field (the column) so that a form can show it beside that field.
 */
public final class FactCheck {
    /** The years a fact may have: the same range the import accepts. */
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2100;
    /** Ids are short words: letters, digits, dots, hyphens and underscores. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    /** One thing wrong with a fact: the field and why, in the interface's language. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    private FactCheck() {
    }

    public static List<Problem> of(Firm f) {
        FactCheck c = new FactCheck();
        c.id("id", f.id());
        c.text("name", f.name(), 200, true);
        c.text("city", f.city(), 100, false);
        c.year("founded", f.founded());
        c.text("origin", f.origin(), 1000, false);
        c.text("focus", f.focus(), 1000, false);
        c.text("status", f.status(), 1000, false);
        c.text("note", f.note(), 4000, false);
        return c.problems;
    }

    public static List<Problem> of(FirmEvent e) {
        FactCheck c = new FactCheck();
        c.id("id", e.id());
        c.required("firm_id", e.firmId());
        c.year("event_year", e.year());
        if (e.month() != null && (e.month() < 1 || e.month() > 12)) {
            c.add("event_month", Problems.text("fact.check.month", e.month()));
        }
        c.text("detail", e.detail(), 2000, false);
        c.text("note", e.note(), 4000, false);
        return c.problems;
    }

    public static List<Problem> of(Partner p) {
        FactCheck c = new FactCheck();
        c.id("id", p.id());
        c.text("name", p.name(), 200, true);
        c.text("country", p.country(), 8, false);
        c.text("note", p.note(), 4000, false);
        return c.problems;
    }

    public static List<Problem> of(Alliance a) {
        FactCheck c = new FactCheck();
        c.id("id", a.id());
        c.required("firm_id", a.firmId());
        c.required("partner_id", a.partnerId());
        c.year("start_year", a.year());
        if (a.endYear() != null) {
            c.year("end_year", a.endYear());
            if (a.endYear() < a.year()) {
                c.add("end_year", Problems.text("fact.check.end", a.endYear(), a.year()));
            }
        }
        if (a.valueMusd() != null && (a.valueMusd().signum() < 0 || a.valueMusd().compareTo(MAX_VALUE) > 0)) {
            c.add("value_musd", Problems.text("fact.check.value", a.valueMusd().toPlainString()));
        }
        c.text("subject", a.subject(), 2000, false);
        c.text("note", a.note(), 4000, false);
        return c.problems;
    }

    public static List<Problem> of(Evidence x) {
        FactCheck c = new FactCheck();
        c.id("id", x.id());
        c.required("firm_id", x.firmId());
        c.year("ev_year", x.year());
        if (x.endYear() != null) {
            c.year("end_year", x.endYear());
            if (x.endYear() < x.year()) {
                c.add("end_year", Problems.text("fact.check.end", x.endYear(), x.year()));
            }
        }
        c.text("detail", x.detail(), 2000, false);
        c.text("note", x.note(), 4000, false);
        return c.problems;
    }

    public static List<Problem> of(Source s) {
        FactCheck c = new FactCheck();
        c.id("id", s.id());
        c.text("citation", s.citation(), 2000, true);
        c.text("url", s.url(), 2000, false);
        if (s.url() != null && !s.url().isBlank() && !s.url().strip().matches("(?i)(https?|ftp)://\\S+")) {
            c.add("url", Problems.text("fact.check.url"));
        }
        c.text("note", s.note(), 4000, false);
        return c.problems;
    }

    private void id(String field, String id) {
        if (id == null || id.isBlank()) {
            add(field, Problems.text("fact.check.required"));
        } else if (!ID.matcher(id).matches()) {
            add(field, Problems.text("fact.check.id", id));
        }
    }

    private void required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, Problems.text("fact.check.required"));
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (required) {
            required(field, value);
        }
        if (value != null && value.length() > max) {
            add(field, Problems.text("fact.check.long", value.length(), max));
        }
    }

    private void year(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            add(field, Problems.text("fact.check.year", year, MIN_YEAR, MAX_YEAR));
        }
    }

    private void add(String field, String message) {
        problems.add(new Problem(field, message));
    }
}
