package be.bioregions.explorer.ui;

import java.util.function.Function;

import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/** How the views mark a fact as verified, unverified or unsourced, the same way everywhere. */
public final class Facts {
    public static final String VERIFIED = "\u2713 verified";
    public static final String UNVERIFIED = "\u26A0 unverified";
    public static final String UNSOURCED = "\u2717 unsourced";
    /** The interface's texts, once the application has chosen its language; the English marks until then. */
    private static volatile java.util.ResourceBundle texts;

    /** Shows the verified marks in the interface's language from now on. */
    public static void useTexts(java.util.ResourceBundle bundle) {
        texts = bundle;
    }

    private static String text(String key, String english) {
        java.util.ResourceBundle t = texts;
        return t != null && t.containsKey(key) ? t.getString(key) : english;
    }

    private Facts() {
    }

    public static String mark(Sourced fact) {
        if (fact.unsourced()) {
            return text("mark.unsourced", UNSOURCED);
        }
        return fact.verified() ? text("mark.verified", VERIFIED) : text("mark.unverified", UNVERIFIED);
    }

    public static String styleClass(Sourced fact) {
        if (fact.unsourced()) {
            return "fact-unsourced";
        }
        return fact.verified() ? "fact-verified" : "fact-unverified";
    }

    /** A label showing the mark of a fact, coloured by its state. */
    public static Label markLabel(Sourced fact) {
        Label l = new Label(mark(fact));
        l.getStyleClass().addAll("fact-mark", styleClass(fact));
        return l;
    }

    /** A text cell that shows the whole text in a tooltip, for columns too narrow for long values. */
    public static <S> TableCell<S, String> textCell() {
        return new TableCell<>() {
            // one tooltip per cell, not per item: a cell shows thousands of items while a large table scrolls
            private final Tooltip whole = new Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(480);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isBlank();
                setText(blank ? null : item);
                whole.setText(blank ? null : item);
                setTooltip(blank ? null : whole);
            }
        };
    }

    /** A table column's values from a text of its row; a missing text shows as empty. */
    public static <S> Callback<TableColumn.CellDataFeatures<S, String>, ObservableValue<String>> text(
            Function<S, String> f) {
        return c -> {
            String value = f.apply(c.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value);
        };
    }

    /** A source's citation for a table cell; empty for an unsourced fact. */
    public static String citation(Source source) {
        return source == null ? "" : source.citation();
    }

    /** A table cell that shows the verified mark of the row's fact, coloured. */
    public static <S extends Sourced> TableCell<S, S> markCell() {
        return markCell(false);
    }

    /**
     * A table cell that shows the verified mark of the row's fact, coloured; a compact cell shows the symbol
     * alone (the tooltip says the rest).
     */
    public static <S extends Sourced> TableCell<S, S> markCell(boolean compact) {
        return new TableCell<>() {
            private final Tooltip says = new Tooltip();
            private String shownClass;

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                String styleClass = empty || item == null ? null : styleClass(item);
                if (!java.util.Objects.equals(styleClass, shownClass)) {
                    // restyling a cell costs a CSS pass: only when its mark changes
                    getStyleClass().remove(shownClass);
                    if (styleClass != null) {
                        getStyleClass().add(styleClass);
                    }
                    shownClass = styleClass;
                }
                if (styleClass == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(compact ? mark(item).substring(0, 1) : mark(item));
                    says.setText(mark(item) + ": " + (item.unsourced()
                            ? text("mark.says.unsourced", "no source is recorded for this fact.")
                            : item.verified() ? text("mark.says.verified", "the cited source was read and states this fact.")
                            : text("mark.says.unverified", "not yet checked against the cited source.")));
                    setTooltip(says);
                }
            }
        };
    }
}
