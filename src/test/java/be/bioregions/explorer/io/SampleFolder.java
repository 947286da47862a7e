package be.bioregions.explorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the shipped sample data to a folder, so that a test can break one line of one file. */
final class SampleFolder {
    private SampleFolder() {
    }

    static Path copyTo(Path dir) throws IOException {
        for (CsvTable t : DatasetFiles.ALL) {
            CsvFolder sample = CsvFolder.sampleData();
            if (sample.exists(t.fileName())) {
                try (InputStream in = sample.open(t.fileName())) {
                    Files.copy(in, dir.resolve(t.fileName()));
                }
            }
        }
        return dir;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Replaces line {@code lineNumber} (1 = header) of the file. */
    static void setLine(Path file, int lineNumber, String text) throws IOException {
        List<String> lines = new java.util.ArrayList<>(lines(file));
        lines.set(lineNumber - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The 1-based line number of the first line of the file containing {@code needle} after the header. */
    static int lineContaining(Path file, String needle) throws IOException {
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle + " not in " + file);
    }
}
