package be.bioregions.explorer.edit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.ui.Facts;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The change log window: every change made to the facts in the app, newest first — when, what, which fact, which
 * fields went from what to what, whether it was undone — with every field of the chosen change below, and a button
 * that undoes the last change (as Ctrl+Z does in the main window).
 */
public final class ChangeLogController {
    /** How many changes the window lists: the newest. */
    static final int SHOWN = 1000;
    private static final String NOTHING = "\u2014";

    private final Editing editing;
    private final ResourceBundle texts;
    private final DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    @FXML private BorderPane root;
    @FXML private TableView<Change> changesTable;
    @FXML private TableColumn<Change, String> whenColumn;
    @FXML private TableColumn<Change, String> whatColumn;
    @FXML private TableColumn<Change, String> factColumn;
    @FXML private TableColumn<Change, String> fieldsColumn;
    @FXML private TableColumn<Change, String> undoneColumn;
    @FXML private TextArea detailArea;
    @FXML private Button undoButton;
    @FXML private Label undoLabel;

    private ChangeLogController(Editing editing) {
        this.editing = editing;
        this.texts = editing.texts();
    }

    /** Opens the change log in a window of its own, over the main window. */
    public static void open(Node owner, Editing editing) {
        ChangeLogController controller = new ChangeLogController(editing);
        Stage stage = editing.window(owner, "/be/bioregions/explorer/edit/ChangeLogView.fxml", controller,
                "changes.title");
        // a change made elsewhere (a form, an import) while the log is open is listed at once, and undo names it
        Runnable reread = controller::refresh;
        editing.alsoOnChanged(reread);
        stage.setOnHidden(e -> editing.noLongerOnChanged(reread));
        stage.show();
        controller.refresh();
    }

    @FXML
    private void initialize() {
        whenColumn.setCellValueFactory(Facts.text(c -> when.format(c.at())));
        whatColumn.setCellValueFactory(Facts.text(c -> texts.getString("change." + c.action().name()) + " "
                + texts.getString("fact." + c.kind().name())));
        factColumn.setCellValueFactory(Facts.text(editing::summary));
        fieldsColumn.setCellValueFactory(Facts.text(this::fields));
        undoneColumn.setCellValueFactory(Facts.text(c -> c.undone() ? texts.getString("changes.undone") : ""));
        changesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) ->
                detailArea.setText(c == null ? "" : detail(c)));
    }

    /** The changed fields in one line: "start_year 2013 → 2014; end_year — → 2016". */
    private String fields(Change c) {
        return switch (c.action()) {
            case EDIT -> c.changedColumns().stream().map(k -> k + " " + or(c.before().get(k)) + " \u2192 "
                    + or(c.after().get(k))).collect(Collectors.joining("; "));
            case ADD, DELETE -> texts.getString("changes.fields." + c.action().name());
            case IMPORT -> "";
        };
    }

    /** Every field of the fact before and after the change, one per line. */
    private String detail(Change c) {
        StringBuilder sb = new StringBuilder(editing.label(c)).append('\n');
        java.util.Set<String> columns = new java.util.LinkedHashSet<>(c.before().keySet());
        columns.addAll(c.after().keySet());
        for (String k : columns) {
            String before = c.before().get(k);
            String after = c.after().get(k);
            sb.append('\n').append(k).append(": ");
            if (c.action() == Change.Action.EDIT && !Objects.equals(before, after)) {
                sb.append(or(before)).append(" \u2192 ").append(or(after));
            } else {
                sb.append(or(c.action() == Change.Action.DELETE ? before : after));
            }
        }
        return sb.toString();
    }

    private static String or(String value) {
        return value == null ? NOTHING : value;
    }

    /** Reads the log again, and what the undo button would undo. */
    private void refresh() {
        editing.background().run(texts.getString("changes.loading"),
                r -> new Read(editing.log(SHOWN), editing.undoable().orElse(null)), read -> {
                    changesTable.getItems().setAll(read.log());
                    changesTable.getSelectionModel().selectFirst(); // its fields show below at once
                    undoButton.setDisable(read.next() == null);
                    undoLabel.setText(read.next() == null ? texts.getString("edit.undo.nothing")
                            : String.format(texts.getString("changes.next"), editing.label(read.next())));
                });
    }

    private record Read(List<Change> log, Change next) {
    }

    @FXML
    private void undo() {
        undoButton.setDisable(true); // one undo at a time: a second click waits for the list read again
        editing.undo(this::refresh);
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
