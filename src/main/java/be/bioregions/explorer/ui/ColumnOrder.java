package be.bioregions.explorer.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Sorts a table by comparing its rows' own fields, in the order of the columns the user clicked.
 *
 * <p>A {@link TableView} sorts by asking each column for a cell value at every comparison and compares text with a
 * {@link Collator} it looks up each time: at 10,000 rows, sorting again when a search is cleared cost 15-35 ms of a
 * 50 ms redraw (docs/performance.md). This orders the rows the same way (text by the user's collation, so that
 * "Élan" comes among the E's; nothing before something), from comparators given per column; a column without one
 * falls back to its cell values and its own comparator.
 *
 * @param <S> the rows' type
 */
public final class ColumnOrder<S> {
    private final Collator collator = Collator.getInstance();
    private final Map<TableColumn<S, ?>, Comparator<S>> byColumn = new HashMap<>();

    /** The column shows this text of a row (null shown as nothing). */
    public ColumnOrder<S> text(TableColumn<S, ?> column, Function<S, String> text) {
        return by(column, Comparator.comparing(row -> orEmpty(text.apply(row)), collator));
    }

    /** The column's rows compare so. */
    public ColumnOrder<S> by(TableColumn<S, ?> column, Comparator<S> order) {
        byColumn.put(column, order);
        return this;
    }

    /**
     * Shows the items in the table, ordered by its sort order from now on: clicking a header sorts by that column,
     * a second click reverses it, as with a table's own sort.
     */
    public void install(TableView<S> table, ObservableList<S> items) {
        SortedList<S> sorted = new SortedList<>(items);
        table.setItems(sorted);
        table.setSortPolicy(t -> {
            sorted.setComparator(comparator(t.getSortOrder()));
            return true;
        });
    }

    /** The order of several columns: the first decides, the next breaks its ties, and so on; null for none. */
    Comparator<S> comparator(List<TableColumn<S, ?>> sortOrder) {
        Comparator<S> whole = null;
        for (TableColumn<S, ?> column : sortOrder) {
            Comparator<S> one = byColumn.getOrDefault(column, cellValues(column));
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            whole = whole == null ? one : whole.thenComparing(one);
        }
        return whole;
    }

    @SuppressWarnings("unchecked")
    private static <S, T> Comparator<S> cellValues(TableColumn<S, T> column) {
        Comparator<T> values = (Comparator<T>) column.getComparator();
        return (a, b) -> values.compare(column.getCellData(a), column.getCellData(b));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
