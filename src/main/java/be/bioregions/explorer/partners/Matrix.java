package be.bioregions.explorer.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The firm × partner matrix as it stood at the end of one year: the firms in rows (those of the chosen regions
 * that existed or had allied by then), the partners in columns (those allied by then), and in each cell the
 * alliances of that pair counted by kind.
 */
public final class Matrix {
    /** How the rows are sorted. */
    public enum RowOrder { NAME, REGION, TOTAL }

    /** How the columns are sorted. */
    public enum ColumnOrder { NAME, TOTAL }

    /** One non-empty cell: how many alliances, how many of them unverified, the most frequent kind. */
    public record Cell(int count, int unverified, AllianceKind dominant, int[] byKind) {
        /** "2 licensing, 1 research": the kinds in order of frequency. */
        public String kindsInWords(java.util.function.Function<AllianceKind, String> name) {
            List<String> parts = new ArrayList<>();
            Integer[] order = new Integer[byKind.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> byKind[b] - byKind[a]);
            for (int k : order) {
                if (byKind[k] > 0) {
                    parts.add(byKind[k] + " " + name.apply(AllianceKind.values()[k]).toLowerCase(Locale.ROOT));
                }
            }
            return String.join(", ", parts);
        }
    }

    private final PartnerModel model;
    private final int year;
    private final int end;             // the alliances counted: indices 0 .. end-1 of the model's
    private final int[] pairTotals;
    private final int[] pairUnverified;
    private final int[] firmTotals;
    private final int[] partnerTotals;
    private final int[] rows;          // firm indices
    private final int[] columns;       // partner indices
    private final int total;

    Matrix(PartnerModel model, int year, RowOrder rowOrder, ColumnOrder columnOrder) {
        this.model = model;
        this.year = year;
        PartnerData data = model.data();
        int pairs = model.pairCount();
        pairTotals = new int[pairs];
        pairUnverified = new int[pairs];
        firmTotals = new int[data.firms().size()];
        partnerTotals = new int[data.partners().size()];
        int[] pairOf = model.pairOf();
        end = model.end(year);
        for (int i = 0; i < end; i++) {
            int pair = pairOf[i];
            pairTotals[pair]++;
            if (model.unverified(i)) {
                pairUnverified[pair]++;
            }
        }
        int n = 0;
        for (int pair = 0; pair < pairs; pair++) {
            if (pairTotals[pair] > 0) {
                firmTotals[model.pairFirm(pair)] += pairTotals[pair];
                partnerTotals[model.pairPartner(pair)] += pairTotals[pair];
                n += pairTotals[pair];
            }
        }
        total = n;
        List<Firm> firms = data.firms();
        rows = sorted(firms.size(), f -> model.firmShown(f) && (firms.get(f).founded() <= year || firmTotals[f] > 0),
                switch (rowOrder) {
                    case NAME -> byName(f -> firms.get(f).name());
                    case REGION -> Comparator.comparing((Integer f) -> firms.get(f).region())
                            .thenComparing(byName(f -> firms.get(f).name()));
                    case TOTAL -> Comparator.comparingInt((Integer f) -> -firmTotals[f])
                            .thenComparing(byName(f -> firms.get(f).name()));
                });
        List<Partner> partners = data.partners();
        columns = sorted(partners.size(), p -> partnerTotals[p] > 0, switch (columnOrder) {
            case NAME -> byName(p -> partners.get(p).name());
            case TOTAL -> Comparator.comparingInt((Integer p) -> -partnerTotals[p])
                    .thenComparing(byName(p -> partners.get(p).name()));
        });
    }

    private static Comparator<Integer> byName(java.util.function.IntFunction<String> name) {
        return Comparator.comparing((Integer i) -> name.apply(i), String.CASE_INSENSITIVE_ORDER);
    }

    private static int[] sorted(int n, IntPredicate keep, Comparator<Integer> order) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                kept.add(i);
            }
        }
        kept.sort(order);
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    public int year() {
        return year;
    }

    public int rowCount() {
        return rows.length;
    }

    public int columnCount() {
        return columns.length;
    }

    public Firm firm(int row) {
        return model.data().firms().get(rows[row]);
    }

    public Partner partner(int column) {
        return model.data().partners().get(columns[column]);
    }

    /** The cell of a row and a column, or null when the pair has no alliance (yet). */
    public Cell cell(int row, int column) {
        int pair = model.pair(rows[row], columns[column]);
        if (pair < 0 || pairTotals[pair] == 0) {
            return null;
        }
        int[] byKind = new int[PartnerModel.KINDS];
        for (int i : model.pairAlliances(pair)) {
            if (i >= end) {
                break;
            }
            byKind[model.kind(i)]++;
        }
        int best = 0;
        for (int k = 1; k < byKind.length; k++) {
            if (byKind[k] > byKind[best]) {
                best = k;
            }
        }
        return new Cell(pairTotals[pair], pairUnverified[pair], AllianceKind.values()[best], byKind);
    }

    /** The alliances of a cell, in year order (those begun by the end of the matrix' year). */
    public List<Alliance> alliances(int row, int column) {
        int pair = model.pair(rows[row], columns[column]);
        List<Alliance> list = new ArrayList<>();
        if (pair < 0) {
            return list;
        }
        for (int i : model.pairAlliances(pair)) {
            if (i >= end) {
                break;
            }
            list.add(model.alliances().get(i));
        }
        return list;
    }

    public int rowTotal(int row) {
        return firmTotals[rows[row]];
    }

    public int columnTotal(int column) {
        return partnerTotals[columns[column]];
    }

    /** All alliances the matrix counts. */
    public int total() {
        return total;
    }

    /** The row of a firm, or -1 when it is not in the matrix. */
    public int rowOf(String firmId) {
        Integer f = model.firmIndex(firmId);
        for (int r = 0; f != null && r < rows.length; r++) {
            if (rows[r] == f) {
                return r;
            }
        }
        return -1;
    }

    /** The column of a partner, or -1 when it is not in the matrix. */
    public int columnOf(String partnerId) {
        Integer p = model.partnerIndex(partnerId);
        for (int c = 0; p != null && c < columns.length; c++) {
            if (columns[c] == p) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The counts as CSV: a header of partner names, one row per firm (name, region, counts, total), and a last
     * row of column totals. Empty pairs are 0, so that a spreadsheet sums them.
     */
    public String csv() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<Object> header = new ArrayList<>(List.of("firm", "region"));
            for (int c = 0; c < columns.length; c++) {
                header.add(partner(c).name());
            }
            header.add("total");
            printer.printRecord(header);
            for (int r = 0; r < rows.length; r++) {
                List<Object> line = new ArrayList<>(List.of(firm(r).name(), firm(r).region().label()));
                for (int c = 0; c < columns.length; c++) {
                    Cell cell = cell(r, c);
                    line.add(cell == null ? 0 : cell.count());
                }
                line.add(rowTotal(r));
                printer.printRecord(line);
            }
            List<Object> totals = new ArrayList<>(List.of("total", ""));
            for (int c = 0; c < columns.length; c++) {
                totals.add(columnTotal(c));
            }
            totals.add(total);
            printer.printRecord(totals);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
