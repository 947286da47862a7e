package be.bioregions.explorer.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.store.Store;

/**
 * Nothing is lost: a separate JVM writes notes in a loop and is killed with SIGKILL at a random moment, 20 times
 * over on the same database; after each kill the database must open and hold every note whose save had returned,
 * exactly as saved (or, for the one save under way at the kill, either its old or its new text).
 */
class NotesCrashTest {
    private static final int KILLS = 20;

    static String hash(Note n) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(n.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(n.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCommittedNoteSurvivesAKillAtARandomMoment(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("notes.mv.db");
        Store.open(db).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20261124);
        Map<Long, String> committed = new HashMap<>();
        // every line the writers printed, by note: what a failure reports
        Map<Long, java.util.List<String>> history = new HashMap<>();
        int checked = 0;
        for (int round = 0; round < KILLS; round++) {
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WriteNotesUntilKilled.class.getName(), db.toString(), Long.toString(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<Long, String> inFlight = new HashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // let it write a random number of notes, then kill it wherever it is
                int saves = 1 + random.nextInt(60);
                for (int seen = 0; seen < saves; ) {
                    String line = out.readLine();
                    assertTrue(line != null, "the writer stopped by itself in round " + round);
                    String[] word = line.split(" ");
                    long id = Long.parseLong(word[1]);
                    history.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(line);
                    if (word[0].equals("saving")) {
                        inFlight.put(id, word[2]);
                    } else {
                        committed.put(id, word[2]);
                        inFlight.remove(id);
                        seen++;
                    }
                }
                Thread.sleep(random.nextInt(15));
                // SIGKILL through the process handle, which (unlike Process.destroyForcibly) leaves the pipe open,
                // so that the lines the writer printed before it died can still be read
                writer.toHandle().destroyForcibly();
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
                // what it printed before dying is true too
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] word = line.split(" ");
                    long id = Long.parseLong(word[1]);
                    history.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(line + " (read after the kill)");
                    if (word[0].equals("saving")) {
                        inFlight.put(id, word[2]);
                    } else {
                        committed.put(id, word[2]);
                        inFlight.remove(id);
                    }
                }
            } finally {
                if (writer.isAlive()) {
                    writer.destroyForcibly();
                }
            }
            try (Store store = Store.open(db)) {
                Map<Long, Note> stored = new HashMap<>();
                store.notes().all().forEach(n -> stored.put(n.id(), n));
                for (Map.Entry<Long, String> e : committed.entrySet()) {
                    Note n = stored.get(e.getKey());
                    assertTrue(n != null, "round " + round + ": committed note " + e.getKey() + " is missing");
                    String found = hash(n);
                    Set<String> allowed = new HashSet<>(Set.of(e.getValue()));
                    if (inFlight.containsKey(e.getKey())) {
                        allowed.add(inFlight.get(e.getKey()));
                    }
                    assertTrue(allowed.contains(found), "round " + round + ": note " + e.getKey()
                            + " is not as it was saved: found " + found + " (title \"" + n.title() + "\"), saves "
                            + history.get(e.getKey()));
                    committed.put(e.getKey(), found);
                    checked++;
                }
            }
        }
        assertTrue(committed.size() >= KILLS, "notes were written: " + committed.size());
        assertEquals(true, checked > 0);
    }
}
