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

    /**
     * Sets one field of one data row (0 = the first row after the header) and writes the file back as CSV.
     *
     * @return the line of the file on which that row now starts (1 = header)
     */
    static int setField(Path file, int row, String column, String value) throws IOException {
        List<org.apache.commons.csv.CSVRecord> records;
        List<String> header;
        try (var parser = org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        StringBuilder out = new StringBuilder();
        int line = 0;
        try (var printer = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (int i = 0; i < records.size(); i++) {
                if (i == row) {
                    line = (int) out.chars().filter(c -> c == '\n').count() + 1;
                }
                List<String> values = new java.util.ArrayList<>(records.get(i).toList());
                if (i == row) {
                    values.set(header.indexOf(column), value);
                }
                printer.printRecord(values);
            }
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return line;
    }
}
