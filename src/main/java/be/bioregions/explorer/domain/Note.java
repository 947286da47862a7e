package be.bioregions.explorer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A field note: its title and Markdown body, when it was written and last changed, the interview it records (if
 * any), the firms, alliances and partners it is about and its tags. {@code id} is the database's number (null
 * until stored); {@code key} identifies the note across files (a dataset's note id, or the key given to a note
 * written in the app), so that importing the same note again finds it. {@code sourceId} is optional: a note is the
 * researcher's own text.
 */
public record Note(Long id, String key, Instant created, Instant updated, String title, String body,
                   List<String> firmIds, List<String> tags, String sourceId, Interview interview,
                   List<String> allianceIds, List<String> partnerIds) {
    public Note {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        firmIds = List.copyOf(firmIds);
        tags = List.copyOf(tags);
        interview = interview == null ? Interview.NONE : interview;
        allianceIds = List.copyOf(allianceIds);
        partnerIds = List.copyOf(partnerIds);
    }

    /** A note of a dataset file: no interview fields, links to firms only. */
    public Note(Long id, String key, Instant created, Instant updated, String title, String body,
                List<String> firmIds, List<String> tags, String sourceId) {
        this(id, key, created, updated, title, body, firmIds, tags, sourceId, Interview.NONE, List.of(), List.of());
    }

    /**
     * The interview a note records: when, with whom (name, role, organisation) and whether consent was given
     * (null: not recorded). Every field may be empty.
     */
    public record Interview(LocalDate date, String interviewee, String role, String organisation, Boolean consent) {
        public static final Interview NONE = new Interview(null, null, null, null, null);

        public Interview {
            interviewee = blankToNull(interviewee);
            role = blankToNull(role);
            organisation = blankToNull(organisation);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /** The same note with other text and links, changed now. */
    public Note edited(String newTitle, String newBody, Interview newInterview, List<String> firms,
                       List<String> alliances, List<String> partners, List<String> newTags, Instant now) {
        return new Note(id, key, created, now, newTitle, newBody, firms, newTags, sourceId, newInterview, alliances,
                partners);
    }
}
