package be.bioregions.explorer.notes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.store.Store;

/**
 * Run in a separate JVM by {@link NotesCrashTest}: writes notes in a loop as the Notes view does (a new note, then
 * its text saved again and again), printing "saving ID HASH" before each save and "committed ID HASH" once the save
 * has returned, until the test kills it.
 */
public final class WriteNotesUntilKilled {
    private WriteNotesUntilKilled() {
    }

    public static void main(String[] args) {
        Random random = new Random(Long.parseLong(args[1]));
        try (Store store = Store.open(Path.of(args[0]))) {
            Note note = null;
            for (int i = 0; ; i++) {
                if (note == null || i % 5 == 0) {
                    note = store.notes().create(Instant.now());
                }
                StringBuilder body = new StringBuilder("Interview note ").append(i).append('\n');
                for (int w = 0, n = 20 + random.nextInt(400); w < n; w++) {
                    body.append(Integer.toString(random.nextInt(1 << 20), 36)).append(w % 12 == 11 ? '\n' : ' ');
                }
                Note edited = note.edited("Note " + note.id() + " v" + i, body.toString(), Note.Interview.NONE,
                        List.of(), List.of(), List.of(), List.of("crash-test"), Instant.now());
                String hash = NotesCrashTest.hash(edited);
                System.out.println("saving " + edited.id() + " " + hash);
                System.out.flush();
                store.notes().save(edited);
                System.out.println("committed " + edited.id() + " " + hash);
                System.out.flush();
                note = edited;
            }
        }
    }
}
