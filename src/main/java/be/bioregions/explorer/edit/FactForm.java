package be.bioregions.explorer.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;

import org.controlsfx.control.SearchableComboBox;

import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.domain.FactCheck;
import be.bioregions.explorer.store.FactEditor;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.Labels;
import be.bioregions.explorer.ui.Menus;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/**
 * A form for one fact: labelled fields in a grid, each with a line under it for what is wrong with it. OK checks
 * the values ({@link FactCheck}), then saves in the background; what the store refuses (a name already taken, a
 * firm that no longer exists) comes back beside its field, and the form stays open with everything typed. The form
 * closes once the change is stored.
 */
final class FactForm {
    /** Reads the fields into a fact, adding a problem for each value that cannot even be read (a year "19x9"). */
    @FunctionalInterface
    interface Reader<T> {
        T read(List<FactCheck.Problem> problems);
    }

    private final ResourceBundle texts;
    private final Background background;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label general = new Label();
    private final Map<String, Label> errors = new HashMap<>();
    private final Map<String, Node> fields = new HashMap<>();
    private int row;

    FactForm(Node owner, String title, ResourceBundle texts, Background background) {
        this.texts = texts;
        this.background = background;
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            // the form reads at the window's text size (defense mode, Ctrl +)
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStyleClass().add("fact-form");
        dialog.setResizable(true);
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(4, 4, 4, 4));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(320);
        grid.getColumnConstraints().addAll(names, values);
        general.getStyleClass().add("form-error");
        general.setWrapText(true);
        general.setMinHeight(Control.USE_PREF_SIZE);
        general.setManaged(false);
        general.setId("form-error");
        VBox body = new VBox(8, general, grid);
        body.setPrefWidth(720);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(
                new ButtonType(texts.getString("edit.save"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    // ---- fields ------------------------------------------------------------------------------------------------

    TextField text(String field, String label, String value) {
        TextField t = new TextField(value == null ? "" : value);
        add(field, label, t);
        return t;
    }

    TextArea area(String field, String label, String value) {
        TextArea t = new TextArea(value == null ? "" : value);
        t.setPrefRowCount(3);
        t.setWrapText(true);
        add(field, label, t);
        return t;
    }

    /** A year, or any whole number (a month): typed as text, so that "19x9" can be told apart from "no value". */
    TextField number(String field, String label, Integer value) {
        TextField t = text(field, label, value == null ? "" : value.toString());
        t.setPrefColumnCount(6);
        t.setMaxWidth(Control.USE_PREF_SIZE);
        return t;
    }

    CheckBox check(String field, String label, boolean value) {
        CheckBox c = new CheckBox(label);
        c.setSelected(value);
        add(field, "", c);
        return c;
    }

    /** A choice of codes shown in the interface's language; optional choices start with an empty one. */
    <E extends Enum<E>> ComboBox<E> choice(String field, String label, Class<E> type, E value, boolean optional) {
        ComboBox<E> c = new ComboBox<>();
        if (optional) {
            c.getItems().add(null);
        }
        c.getItems().addAll(Arrays.asList(type.getEnumConstants()));
        c.setConverter(Menus.converter(e -> e == null ? "" : Labels.of(texts, e)));
        c.setValue(value);
        add(field, label, c);
        return c;
    }

    /** A choice among many (firms, partners, sources) in which one types to narrow the list. */
    <T> SearchableComboBox<T> pick(String field, String label, List<T> items, Function<T, String> name, T value) {
        SearchableComboBox<T> c = new SearchableComboBox<>();
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER));
        c.getItems().setAll(sorted);
        c.setConverter(Menus.converter(t -> t == null ? "" : name.apply(t)));
        c.setValue(value);
        c.setMaxWidth(Double.MAX_VALUE);
        add(field, label, c);
        return c;
    }

    /** A control of the caller's beside a label, e.g. a choice with a button to add to it. */
    void custom(String field, String label, Node content) {
        add(field, label, content);
    }

    /** Marks a field as the one a problem of {@code alias} belongs to (the store names columns, forms show fields). */
    void alias(String alias, String field) {
        errors.put(alias, errors.get(field));
        fields.put(alias, fields.get(field));
    }

    private void add(String field, String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("field-name");
        name.setLabelFor(control);
        if (control instanceof Control c) {
            c.setId("form-" + field);
        }
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Control.USE_PREF_SIZE);
        error.setManaged(false);
        error.setVisible(false);
        error.setId("form-error-" + field);
        VBox cell = new VBox(1, control, error);
        grid.add(name, 0, row);
        grid.add(cell, 1, row);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        GridPane.setMargin(name, new Insets(4, 0, 0, 0));
        errors.put(field, error);
        fields.put(field, control);
        row++;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The text of a field, or null when it is blank. */
    static String value(TextInputControl t) {
        String s = t.getText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A whole number typed in a field; null when blank; a problem when it is not a number. */
    Integer number(TextField t, String field, boolean required, List<FactCheck.Problem> problems) {
        String s = value(t);
        if (s == null) {
            if (required) {
                problems.add(new FactCheck.Problem(field, texts.getString("edit.required")));
            }
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            problems.add(new FactCheck.Problem(field, String.format(texts.getString("edit.not.number"), s)));
            return null;
        }
    }

    <T> T required(ComboBox<T> c, String field, List<FactCheck.Problem> problems) {
        if (c.getValue() == null) {
            problems.add(new FactCheck.Problem(field, texts.getString("edit.required")));
        }
        return c.getValue();
    }

    // ---- showing -----------------------------------------------------------------------------------------------

    /**
     * Shows the form. OK reads and checks the fields, then runs {@code save} in the background; {@code done} gets
     * the stored change on the FX thread after the form has closed.
     */
    <T> void open(Reader<T> reader, Function<T, List<FactCheck.Problem>> check, Function<T, Change> save,
                  Consumer<Change> done) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.setId("form-save");
        ok.setDefaultButton(true);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            clear();
            List<FactCheck.Problem> problems = new ArrayList<>();
            T fact = reader.read(problems);
            if (problems.isEmpty()) {
                problems.addAll(check.apply(fact));
            }
            if (!problems.isEmpty()) {
                show(problems);
                return;
            }
            ok.setDisable(true);
            background.run(texts.getString("edit.saving"), r -> save.apply(fact), change -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                done.accept(change);
            }).exceptionally(failure -> {
                Throwable cause = Background.cause(failure);
                Platform.runLater(() -> {
                    ok.setDisable(false);
                    if (cause instanceof FactEditor.Refused refused) {
                        show(refused.problems());
                    } else {
                        say(cause.getMessage());
                    }
                });
                return null;
            });
        });
        dialog.show();
    }

    /** The form's window, for a form opened from this one (a new source while entering a fact). */
    Node anchor() {
        return grid;
    }

    private void clear() {
        general.setText("");
        general.setManaged(false);
        errors.values().forEach(l -> {
            l.setText("");
            l.setVisible(false);
            l.setManaged(false);
        });
        fields.values().forEach(n -> n.getStyleClass().remove("field-invalid"));
    }

    private void show(List<FactCheck.Problem> problems) {
        Node first = null;
        List<String> elsewhere = new ArrayList<>();
        for (FactCheck.Problem p : problems) {
            Label l = errors.get(p.field());
            if (l == null) {
                elsewhere.add(p.toString());
                continue;
            }
            l.setText(l.getText().isEmpty() ? p.message() : l.getText() + "; " + p.message());
            l.setVisible(true);
            l.setManaged(true);
            Node field = fields.get(p.field());
            field.getStyleClass().add("field-invalid");
            first = first == null ? field : first;
        }
        if (!elsewhere.isEmpty()) {
            say(String.join("\n", elsewhere));
        }
        if (first != null) {
            first.requestFocus();
        }
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    private void say(String message) {
        general.setText(message);
        general.setManaged(true);
    }
}
