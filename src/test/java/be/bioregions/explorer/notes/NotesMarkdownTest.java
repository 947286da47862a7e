package be.bioregions.explorer.notes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.DatasetImporter;
import be.bioregions.explorer.store.Store;

@ExtendWith(EnglishMessages.class)
class NotesMarkdownTest {
    @TempDir
    Path dir;

    private static Store withSample(Path db) throws Exception {
        Store store = Store.open(db);
        new DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
        return store;
    }

    @Test
    void notesGoOutAsMarkdownAndComeBackWholeAndASecondImportAddsNothing() throws Exception {
        Path folder = dir.resolve("export");
        Note written;
        try (Store store = withSample(dir.resolve("a"))) {
            String firm = store.firms().all().get(0).id();
            String partner = store.partners().all().get(0).id();
            String alliance = store.alliances().forFirm(firm).isEmpty() ? null
                    : store.alliances().forFirm(firm).get(0).id();
            Note n = store.notes().create(Instant.parse("2016-03-01T09:00:00Z"));
            written = n.edited("Interview: \"platform\" strategy", "# Notes\r\nThe CEO said: deals, *deals*.\n---\nend",
                    new Note.Interview(LocalDate.of(2016, 3, 1), "A. Person", "CEO", "Example Bio", true),
                    List.of(firm), alliance == null ? List.of() : List.of(alliance), List.of(partner),
                    List.of("interview", "platform"), Instant.parse("2016-03-01T10:30:00Z"));
            store.notes().save(written);
            NotesMarkdown.export(store.notes().all(), folder);
            assertEquals(store.notes().all().size(), NotesMarkdown.export(store.notes().all(), folder).size());
            // renamed and exported again into the same folder: its file is replaced, not doubled
            store.notes().save(written.edited("Renamed", written.body(), written.interview(), written.firmIds(),
                    written.allianceIds(), written.partnerIds(), written.tags(), Instant.parse("2016-03-01T10:00:00Z")));
            NotesMarkdown.export(store.notes().all(), folder);
            try (var files = Files.list(folder)) {
                assertEquals(store.notes().all().size(), files.count(), "one file per note");
            }
            store.notes().save(written);
            NotesMarkdown.export(store.notes().all(), folder);
        }
        try (Store other = withSample(dir.resolve("b"))) {
            int[] counts = NotesMarkdown.importInto(other, folder);
            assertEquals(0, counts[1], "nothing to replace in a database without these notes");
            assertTrue(counts[0] >= 1, "the written note is added");
            Note back = other.notes().byKey(written.key()).orElseThrow();
            assertEquals(new Note(back.id(), written.key(), written.created(), written.updated(), written.title(),
                    written.body(), written.firmIds(), written.tags(), null, written.interview(),
                    written.allianceIds(), written.partnerIds()), back, "every field comes back, line ends too");
            int count = other.notes().all().size();
            assertArrayEquals(new int[] {0, 0}, NotesMarkdown.importInto(other, folder), "a second import adds nothing");
            assertEquals(count, other.notes().all().size());
        }
    }

    @Test
    void aBadFileIsNamedWithItsLineAndFieldAndNothingIsImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.md"), "---\nkey: \"k1\"\ntitle: \"fine\"\ncreated: \"2016-01-01T00:00:00Z\"\n"
                + "updated: \"2016-01-01T00:00:00Z\"\n---\nbody", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.md"), "---\nkey: \"k2\"\ncreated: \"2016-01-01T00:00:00Z\"\n"
                + "updated: \"2016-01-02T00:00:00Z\"\nfirms: [\"no-such-firm\"]\n---\nbody", StandardCharsets.UTF_8);
        try (Store store = withSample(dir.resolve("c"))) {
            int before = store.notes().all().size();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NotesMarkdown.importInto(store, folder));
            assertTrue(e.getMessage().contains("b.md, line 5, field \"firms\""), e.getMessage());
            assertTrue(e.getMessage().contains("no-such-firm"), e.getMessage());
            assertEquals(before, store.notes().all().size(), "nothing was imported, not even a.md");
        }
    }

    @Test
    void searchFindsWordsWhateverTheirCaseAndAccentsAndMarksWhere() {
        try (NoteSearch search = new NoteSearch()) {
            Instant t = Instant.parse("2016-03-01T09:00:00Z");
            search.index(List.of(new Note(1L, "a", t, t, "Visit", "Met the team in Liège about the platform.",
                    List.of(), List.of(), null), new Note(2L, "b", t, t, "Other", "Nothing here.", List.of(),
                    List.of(), null)));
            assertEquals(List.of(1L), search.search("liege", 10));
            assertEquals(List.of(1L), search.search("PLATF", 10), "the last word matches as a beginning");
            assertEquals(List.of(), search.search("liege nothing", 10), "every word must occur");
            String text = "Met the team in Liège about the platform.";
            List<int[]> where = NoteSearch.matches(text, search.words("liege platform"));
            assertEquals("Liège", text.substring(where.get(0)[0], where.get(0)[1]));
            assertEquals("platform", text.substring(where.get(1)[0], where.get(1)[1]));
        }
    }
}
