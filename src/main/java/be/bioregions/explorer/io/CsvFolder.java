package be.bioregions.explorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import be.bioregions.explorer.domain.Problems;

/** A set of dataset CSV files: a folder on disk, or the sample data packed inside the application. */
public interface CsvFolder {
    /** The file's name as the user should read it in a message. */
    String describe(String fileName);

    boolean exists(String fileName);

    InputStream open(String fileName) throws IOException;

    static CsvFolder of(Path dir) {
        return new CsvFolder() {
            @Override
            public String describe(String fileName) {
                return dir.resolve(fileName).toString();
            }

            @Override
            public boolean exists(String fileName) {
                return Files.isRegularFile(dir.resolve(fileName));
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                return Files.newInputStream(dir.resolve(fileName));
            }
        };
    }

    /** The dataset shipped with the application (the build packs {@code sample-data/} onto the classpath). */
    static CsvFolder sampleData() {
        String prefix = "sample-data/";
        return new CsvFolder() {
            @Override
            public String describe(String fileName) {
                return prefix + fileName;
            }

            @Override
            public boolean exists(String fileName) {
                return CsvFolder.class.getClassLoader().getResource(prefix + fileName) != null;
            }

            @Override
            public InputStream open(String fileName) throws IOException {
                InputStream in = CsvFolder.class.getClassLoader().getResourceAsStream(prefix + fileName);
                if (in == null) {
                    throw new IOException(Problems.text("problem.csv.not.in.app", prefix + fileName));
                }
                return in;
            }
        };
    }
}
