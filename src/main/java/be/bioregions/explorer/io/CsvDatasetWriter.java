package be.bioregions.explorer.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Dataset;

/**
 * Writes a {@link Dataset} as a folder of CSV files in the format {@link CsvDatasetReader} reads, so that writing
 * and reading again gives back the same data. Each file is written under a temporary name and then renamed: an
 * interrupted write never leaves a half-written file under its final name.
 */
public final class CsvDatasetWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** Writes every file of the dataset; the optional files only when they have rows. */
    public void write(Dataset d, Path folder) throws IOException {
        Files.createDirectories(folder);
        file(folder, DatasetFiles.SOURCES, d.sources(), s -> cells(s.id(), s.citation(), s.url(), s.accessed(),
                s.note()));
        file(folder, DatasetFiles.FIRMS, d.firms(), f -> cells(f.id(), f.name(), f.region().label(), f.city(),
                f.founded(), f.origin(), f.sourceId(), f.verified(), f.originKind(), f.focus(), f.status(), f.note()));
        file(folder, DatasetFiles.EVENTS, d.events(), e -> cells(e.id(), e.firmId(), e.year(), e.kind(), e.detail(),
                e.sourceId(), e.verified(), e.month(), e.note()));
        file(folder, DatasetFiles.PARTNERS, d.partners(), p -> cells(p.id(), p.name(), p.country(), p.kind(),
                p.sourceId(), p.verified(), p.note()));
        file(folder, DatasetFiles.ALLIANCES, d.alliances(), a -> cells(a.id(), a.firmId(), a.partnerId(), a.year(),
                a.kind(), a.direction(), a.subject(), a.sourceId(), a.verified(), a.endYear(), a.valueMusd(), a.note()));
        optionalFile(folder, DatasetFiles.EVIDENCE, d.evidence(), x -> cells(x.id(), x.firmId(), x.year(), x.kind(),
                x.detail(), x.sourceId(), x.verified(), x.endYear(), x.note()));
        optionalFile(folder, DatasetFiles.INDICATORS, d.indicators(), i -> cells(i.code(), i.dataset().name(),
                i.name(), i.unit(), i.definition(), i.sourceId()));
        optionalFile(folder, DatasetFiles.INDICATOR_VALUES, d.indicatorValues(), v -> cells(v.code(), v.geo(),
                v.year(), v.value(), v.sourceId(), v.verified(), v.edition(), v.note()));
        optionalFile(folder, DatasetFiles.PERFORMANCE_GROUPS, d.performanceGroups(), g -> cells(g.geo(),
                g.edition(), g.group(), g.sourceId(), g.verified(), g.note()));
        optionalFile(folder, DatasetFiles.POLICY_CONTEXT, d.policyBands(), b -> cells(b.id(), b.name(), b.place(),
                b.startYear(), b.kind(), b.sourceId(), b.verified(), b.endYear(), b.detail(), b.note()));
        optionalFile(folder, DatasetFiles.NOTES, d.notes(), n -> cells(n.key(), n.title(), n.body(), n.created(),
                n.updated(), String.join(";", n.firmIds()), String.join(";", n.tags()), n.sourceId()));
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static <T> void optionalFile(Path folder, CsvTable table, List<T> rows, Function<T, List<?>> cells)
            throws IOException {
        if (!rows.isEmpty()) {
            file(folder, table, rows, cells);
        }
    }

    private static <T> void file(Path folder, CsvTable table, List<T> rows, Function<T, List<?>> cells)
            throws IOException {
        List<String> header = new ArrayList<>(table.required());
        header.addAll(table.optional());
        Path target = folder.resolve(table.fileName());
        Path temp = folder.resolve("." + table.fileName() + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter out = new CSVPrinter(w, FORMAT)) {
                out.printRecord(header);
                for (T row : rows) {
                    List<?> values = cells.apply(row);
                    if (values.size() != header.size()) {
                        throw new IllegalStateException(table.fileName() + ": " + values.size() + " cells for "
                                + header.size() + " columns");
                    }
                    List<String> text = new ArrayList<>(values.size());
                    for (Object v : values) {
                        text.add(cell(v));
                    }
                    out.printRecord(text);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** How a value reads in a cell: empty for none, codes for enums, plain decimals; dates and times in ISO form. */
    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Enum<?> e) {
            return Codes.code(e);
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Double x) {
            return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
