package be.bioregions.explorer.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.ui.SafeFiles;

/**
 * Writes a {@link Dataset} as a folder of CSV files in the format {@link CsvDatasetReader} reads, so that writing
 * and reading again gives back the same data. Each file is written under a temporary name and then renamed: an
 * interrupted write never leaves a half-written file under its final name.
 *
 * <p>A cell a spreadsheet would take for a formula gets an apostrophe before it ({@link CellText}); the reader takes
 * it off again. The JSON bundle ({@link JsonBundle}) holds the same cell texts.
 */
public final class CsvDatasetWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** Where the tables of a dataset go, as rows of cell texts: the files of a folder, or a JSON bundle. */
    @FunctionalInterface
    interface TableSink {
        /**
         * Takes one table: {@code size} rows, each a list of cell texts in the order of {@link CsvTable#columns()},
         * an empty text for a missing value.
         */
        void table(CsvTable table, int size, Iterable<List<String>> rows) throws IOException;
    }

    /**
     * Writes every file of the dataset. An optional file is written only when it has rows; a file of that name
     * left in the folder by an earlier export is deleted then, or it would be read back as part of this dataset.
     * <p>
     * Every file is first written in full beside its final name and forced to the disk; only when all of them are
     * written are they moved into place. A failure while writing (a full disk) leaves an earlier export in the
     * folder as it was, not a mix of old and new files that would read as another dataset.
     */
    public void write(Dataset d, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Path, Path> written = new LinkedHashMap<>();
        List<Path> stale = new ArrayList<>();
        try {
            tables(d, (table, size, rows) -> {
                Path target = folder.resolve(table.fileName());
                if (size == 0 && !DatasetFiles.REQUIRED.contains(table)) {
                    stale.add(target);
                } else {
                    written.put(part(folder, table, rows), target);
                }
            });
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                SafeFiles.moveIntoPlace(e.getKey(), e.getValue());
            }
            for (Path old : stale) {
                Files.deleteIfExists(old);
            }
        } finally {
            for (Path part : written.keySet()) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Hands every table of the dataset to {@code sink}, in the order of {@link DatasetFiles#ALL}. */
    static void tables(Dataset d, TableSink sink) throws IOException {
        table(sink, DatasetFiles.SOURCES, d.sources(), s -> cells(s.id(), s.citation(), s.url(), s.accessed(),
                s.note()));
        table(sink, DatasetFiles.FIRMS, d.firms(), f -> cells(f.id(), f.name(), f.region().label(), f.city(),
                f.founded(), f.origin(), f.sourceId(), f.verified(), f.originKind(), f.focus(), f.status(), f.note()));
        table(sink, DatasetFiles.EVENTS, d.events(), e -> cells(e.id(), e.firmId(), e.year(), e.kind(), e.detail(),
                e.sourceId(), e.verified(), e.month(), e.note()));
        table(sink, DatasetFiles.PARTNERS, d.partners(), p -> cells(p.id(), p.name(), p.country(), p.kind(),
                p.sourceId(), p.verified(), p.note()));
        table(sink, DatasetFiles.ALLIANCES, d.alliances(), a -> cells(a.id(), a.firmId(), a.partnerId(), a.year(),
                a.kind(), a.direction(), a.subject(), a.sourceId(), a.verified(), a.endYear(), a.valueMusd(),
                a.note()));
        table(sink, DatasetFiles.EVIDENCE, d.evidence(), x -> cells(x.id(), x.firmId(), x.year(), x.kind(),
                x.detail(), x.sourceId(), x.verified(), x.endYear(), x.note()));
        table(sink, DatasetFiles.INDICATORS, d.indicators(), i -> cells(i.code(), i.dataset().name(),
                i.name(), i.unit(), i.definition(), i.sourceId()));
        table(sink, DatasetFiles.INDICATOR_VALUES, d.indicatorValues(), v -> cells(v.code(), v.geo(),
                v.year(), v.value(), v.sourceId(), v.verified(), v.edition(), v.note()));
        table(sink, DatasetFiles.PERFORMANCE_GROUPS, d.performanceGroups(), g -> cells(g.geo(),
                g.edition(), g.group(), g.sourceId(), g.verified(), g.note()));
        table(sink, DatasetFiles.POLICY_CONTEXT, d.policyBands(), b -> cells(b.id(), b.name(), b.place(),
                b.startYear(), b.kind(), b.sourceId(), b.verified(), b.endYear(), b.detail(), b.note()));
        table(sink, DatasetFiles.NOTES, d.notes(), n -> cells(n.key(), n.title(), n.body(), n.created(),
                n.updated(), String.join(";", n.firmIds()), String.join(";", n.tags()), n.sourceId(),
                n.interview().date(), n.interview().interviewee(), n.interview().role(), n.interview().organisation(),
                n.interview().consent(), String.join(";", n.allianceIds()), String.join(";", n.partnerIds())));
        table(sink, DatasetFiles.MODEL_OVERRIDES, d.overrides(), o -> cells(o.firmId(), o.year(), o.model(),
                o.rationale(), o.created(), o.withdrawn()));
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    /** Hands one table to the sink; its rows become cell texts one at a time, as the sink takes them. */
    private static <T> void table(TableSink sink, CsvTable table, List<T> rows, Function<T, List<?>> cells)
            throws IOException {
        int columns = table.columns().size();
        Iterable<List<String>> texts = () -> rows.stream().map(row -> {
            List<?> values = cells.apply(row);
            if (values.size() != columns) {
                throw new IllegalStateException(table.fileName() + ": " + values.size() + " cells for "
                        + columns + " columns");
            }
            List<String> text = new ArrayList<>(values.size());
            for (Object v : values) {
                text.add(CellText.toFile(cell(v)));
            }
            return text;
        }).iterator();
        sink.table(table, rows.size(), texts);
    }

    /** Writes a table in full under a temporary name beside its final one, forced to the disk; returns that name. */
    private static Path part(Path folder, CsvTable table, Iterable<List<String>> rows) throws IOException {
        return SafeFiles.part(folder.resolve(table.fileName()), stream -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            CSVPrinter out = new CSVPrinter(w, FORMAT);
            out.printRecord(table.columns());
            for (List<String> row : rows) {
                out.printRecord(row);
            }
            out.flush();
        });
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
