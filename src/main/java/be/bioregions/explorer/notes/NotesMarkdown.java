package be.bioregions.explorer.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.store.Store;

/**
 * Notes as Markdown files, one per note: a front matter between {@code ---} lines holds the note's key, times,
 * interview fields, links and tags, one {@code name: value} per line with the value written as JSON (which any
 * YAML reader also reads); the body follows as it was typed. Importing the files back finds each note by its key,
 * so a second import adds nothing; a file changed later than the stored note replaces it.
 */
public final class NotesMarkdown {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FENCE = "---";
    private static final List<String> FIELDS = List.of("key", "title", "created", "updated", "interview_date",
            "interviewee", "role", "organisation", "consent", "firms", "alliances", "partners", "tags", "source");

    private NotesMarkdown() {
    }

    /** Writes every note as a file of its own into the folder (created if needed); returns the files written. */
    public static List<Path> export(List<Note> notes, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Note n : notes) {
            Path file = folder.resolve(fileName(n));
            String text = text(n);
            be.bioregions.explorer.ui.SafeFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            written.add(file);
        }
        return written;
    }

    /** A note's file: its front matter, then its body. */
    static String text(Note n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Note.Interview i = n.interview();
        fields.put("key", n.key());
        fields.put("title", n.title());
        fields.put("created", n.created().toString());
        fields.put("updated", n.updated().toString());
        fields.put("interview_date", i.date() == null ? null : i.date().toString());
        fields.put("interviewee", i.interviewee());
        fields.put("role", i.role());
        fields.put("organisation", i.organisation());
        fields.put("consent", i.consent());
        fields.put("firms", n.firmIds());
        fields.put("alliances", n.allianceIds());
        fields.put("partners", n.partnerIds());
        fields.put("tags", n.tags());
        fields.put("source", n.sourceId());
        StringBuilder out = new StringBuilder(FENCE).append('\n');
        try {
            for (Map.Entry<String, Object> f : fields.entrySet()) {
                out.append(f.getKey()).append(": ").append(JSON.writeValueAsString(f.getValue())).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.append(FENCE).append('\n').append(n.body()).toString();
    }

    /**
     * A note's file is named after its whole key alone: exporting again into the same folder replaces the note's
     * file, even after its title changed, instead of leaving a second file with the same key.
     */
    private static String fileName(Note n) {
        if (n.key() == null) {
            throw new IllegalArgumentException("note " + n.id() + " has no key to name its file");
        }
        return n.key().replaceAll("[^A-Za-z0-9._-]", "_") + ".md";
    }

    /**
     * Reads every {@code .md} file of the folder and stores the notes in one transaction.
     *
     * @return how many notes were added and how many replaced
     * @throws IllegalArgumentException naming the file, line and field of the first problem; nothing is stored then
     */
    public static int[] importInto(Store store, Path folder) throws IOException {
        Set<String> firms = new HashSet<>();
        store.firms().all().stream().map(Firm::id).forEach(firms::add);
        Set<String> partners = new HashSet<>();
        store.partners().all().stream().map(Partner::id).forEach(partners::add);
        Set<String> alliances = new HashSet<>();
        store.alliances().all().stream().map(Alliance::id).forEach(alliances::add);
        Set<String> sources = new HashSet<>();
        store.sources().all().forEach(x -> sources.add(x.id()));
        List<Note> notes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw problem(file, 0, null, Problems.text("problem.notes.not.utf8"));
            }
            Note n = read(file, text, firms, alliances, partners);
            if (n.sourceId() != null && !sources.contains(n.sourceId())) {
                throw problem(file, 2, "source", Problems.text("problem.notes.source", n.sourceId()));
            }
            if (!keys.add(n.key())) {
                throw problem(file, 2, "key", Problems.text("problem.notes.key.twice", n.key()));
            }
            notes.add(n);
        }
        return store.notes().merge(notes);
    }

    /** One note from its file's text, every field checked. */
    static Note read(Path file, String text, Set<String> firms, Set<String> alliances, Set<String> partners) {
        // the fields are read line by line; the body after them is kept exactly as it is in the file
        int bodyStart = bodyStart(text);
        String head = bodyStart < 0 ? text : text.substring(0, bodyStart);
        String[] lines = head.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(FENCE)) {
            throw problem(file, 1, null, Problems.text("problem.notes.fence"));
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals(FENCE)) {
                end = i;
                break;
            }
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw problem(file, i + 1, null, Problems.text("problem.notes.name.value"));
            }
            String name = lines[i].substring(0, colon).strip();
            if (!FIELDS.contains(name)) {
                throw problem(file, i + 1, name,
                        Problems.text("problem.notes.field.unknown", String.join(", ", FIELDS)));
            }
            try {
                fields.put(name, JSON.readTree(lines[i].substring(colon + 1).strip()));
            } catch (JsonProcessingException e) {
                throw problem(file, i + 1, name, Problems.text("problem.notes.json", e.getOriginalMessage()));
            }
            lineOf.put(name, i + 1);
        }
        if (end < 0) {
            throw problem(file, lines.length, null, Problems.text("problem.notes.unclosed"));
        }
        String body = text.substring(bodyStart);
        String key = text(file, fields, lineOf, "key", true);
        Instant created = instant(file, fields, lineOf, "created");
        Instant updated = instant(file, fields, lineOf, "updated");
        if (updated.isBefore(created)) {
            throw problem(file, lineOf.get("updated"), "updated", Problems.text("problem.notes.order"));
        }
        String date = text(file, fields, lineOf, "interview_date", false);
        LocalDate day;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw problem(file, lineOf.get("interview_date"), "interview_date",
                    Problems.text("problem.notes.date", date));
        }
        JsonNode consent = fields.get("consent");
        if (consent != null && !consent.isNull() && !consent.isBoolean()) {
            throw problem(file, lineOf.get("consent"), "consent", Problems.text("problem.notes.consent", consent));
        }
        Note.Interview interview = new Note.Interview(day, text(file, fields, lineOf, "interviewee", false),
                text(file, fields, lineOf, "role", false), text(file, fields, lineOf, "organisation", false),
                consent == null || consent.isNull() ? null : consent.booleanValue());
        return new Note(null, key, created, updated, text(file, fields, lineOf, "title", false), body,
                ids(file, fields, lineOf, "firms", firms), list(file, fields, lineOf, "tags"),
                text(file, fields, lineOf, "source", false), interview,
                ids(file, fields, lineOf, "alliances", alliances), ids(file, fields, lineOf, "partners", partners));
    }

    /** Where the body begins: after the line "---" that closes the fields; -1 when there is none. */
    private static int bodyStart(String text) {
        int from = text.indexOf('\n');
        while (from >= 0) {
            int next = text.indexOf('\n', from + 1);
            String line = (next < 0 ? text.substring(from + 1) : text.substring(from + 1, next)).replace("\r", "");
            if (line.equals(FENCE)) {
                return next < 0 ? text.length() : next + 1;
            }
            from = next;
        }
        return -1;
    }

    /** The longest text each field may hold in the database. */
    private static final Map<String, Integer> LIMITS = Map.of("key", 64, "title", 500, "interviewee", 200,
            "role", 200, "organisation", 200, "source", 64);

    private static String text(Path file, Map<String, JsonNode> f, Map<String, Integer> at, String name,
                               boolean required) {
        JsonNode v = f.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw problem(file, 2, name, Problems.text("problem.notes.missing"));
            }
            return null;
        }
        if (!v.isTextual()) {
            throw problem(file, at.get(name), name, Problems.text("problem.notes.quoted", v));
        }
        Integer max = LIMITS.get(name);
        if (max != null && v.textValue().length() > max) {
            throw problem(file, at.get(name), name, Problems.text("problem.notes.long", max));
        }
        return v.textValue();
    }

    private static Instant instant(Path file, Map<String, JsonNode> f, Map<String, Integer> at, String name) {
        String t = text(file, f, at, name, true);
        try {
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw problem(file, at.get(name), name, Problems.text("problem.notes.time", t));
        }
    }

    private static List<String> list(Path file, Map<String, JsonNode> f, Map<String, Integer> at, String name) {
        JsonNode v = f.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw problem(file, at.get(name), name, Problems.text("problem.notes.list"));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.textValue().isBlank() || e.textValue().length() > 100) {
                throw problem(file, at.get(name), name, Problems.text("problem.notes.entry", e));
            }
            out.add(e.textValue());
        }
        return out;
    }

    private static List<String> ids(Path file, Map<String, JsonNode> f, Map<String, Integer> at, String name,
                                     Set<String> known) {
        List<String> ids = list(file, f, at, name);
        for (String id : ids) {
            if (!known.contains(id)) {
                throw problem(file, at.get(name), name, Problems.text("problem.notes.unknown.id", id));
            }
        }
        return ids;
    }

    /** The problem with the file, the line and the field (when known) where it is, in the interface's language. */
    private static IllegalArgumentException problem(Path file, int line, String field, String what) {
        String place = file + ", " + Problems.text("problem.at.line", line)
                + (field == null ? "" : ", " + Problems.text("problem.at.field", field));
        return new IllegalArgumentException(Problems.text("problem.place", place,
                Problems.text("problem.notes.nothing.imported", what)));
    }
}
