package be.bioregions.explorer.io;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;

import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.ViewContext;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's import and export of a whole dataset. An import asks for a folder of CSV files or a JSON bundle,
 * reads it and compares it with the database in the background, then shows what it would do (how many rows each
 * table would gain, change or have in conflict, and every change and conflict with the value stored and the file's)
 * and imports only when asked, in one transaction. A file that cannot be imported is reported by file, line (or
 * JSON path) and column, and nothing changes. An export writes the whole database as CSV files or one bundle.
 */
public final class DataTransfer {
    /** How many lines of changes and conflicts the preview lists; the rest are counted. */
    private static final int LISTED = 2000;

    private final ViewContext context;
    private final Window owner;
    private final Runnable onChanged;
    private final Consumer<String> statusLine;
    private final ResourceBundle texts;

    /** An import and export whose outcome is said in the status bar by the background runner only. */
    public DataTransfer(ViewContext context, Window owner, Runnable onChanged) {
        this(context, owner, onChanged, line -> { });
    }

    /**
     * @param owner      the window the dialogs belong to (may be null)
     * @param onChanged  run on the FX thread after an import wrote something, so that the views read again
     * @param statusLine shows the outcome in the status bar (the main window's {@code status::show})
     */
    public DataTransfer(ViewContext context, Window owner, Runnable onChanged, Consumer<String> statusLine) {
        this.context = context;
        this.owner = owner;
        this.onChanged = onChanged;
        this.statusLine = statusLine;
        this.texts = context.texts();
    }

    // ---- import -------------------------------------------------------------------------------------------------

    /** Asks for a dataset, previews its import, and imports it if the researcher agrees. */
    public void importData() {
        Path from = choose(true);
        if (from != null) {
            importFrom(from);
        }
    }

    /**
     * Reads and compares the dataset at the path (a folder of CSV files or a .json bundle) in the background, then
     * previews its import and imports it if the researcher agrees: {@link #importData()} once the place is chosen.
     */
    public void importFrom(Path from) {
        DatasetExchange exchange = new DatasetExchange(context.store());
        context.background().run(format("transfer.reading", from.getFileName()),
                reporter -> exchange.plan(from, reporter::update),
                plan -> preview(exchange, from, plan))
                .exceptionally(failure -> {
                    Platform.runLater(() -> refused(failure));
                    return null;
                });
    }

    /** One line of the preview's list: a changed field of a row, or a row in conflict. */
    public record Line(String table, String key, String what, String field, String stored, String incoming) {
    }

    private void preview(DatasetExchange exchange, Path from, DatasetMerge.Plan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(format("transfer.preview.title", from.getFileName()));
        dialog.setHeaderText(format("transfer.preview.header", plan.added(), plan.changed(), plan.conflicts(),
                plan.same()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("transfer-preview");
        if (owner != null) {
            dialog.initOwner(owner);
        }

        TableView<DatasetMerge.Table> counts = new TableView<>();
        counts.setId("transfer-counts");
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.getColumns().add(textColumn("transfer.col.table", t -> tableName(t.name())));
        counts.getColumns().add(numberColumn("transfer.col.add", DatasetMerge.Table::added));
        counts.getColumns().add(numberColumn("transfer.col.change", DatasetMerge.Table::changed));
        counts.getColumns().add(numberColumn("transfer.col.conflict", DatasetMerge.Table::conflicts));
        counts.getColumns().add(numberColumn("transfer.col.same", DatasetMerge.Table::same));
        counts.getItems().setAll(plan.tables().stream().filter(t -> t.total() > 0).toList());
        counts.setPrefHeight(Math.min(12, counts.getItems().size() + 1) * 26 + 8);

        List<Line> lines = lines(plan);
        TableView<Line> changes = new TableView<>();
        changes.setId("transfer-rows");
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        changes.getColumns().add(lineColumn("transfer.col.table", Line::table, 90));
        changes.getColumns().add(lineColumn("transfer.col.key", Line::key, 120));
        changes.getColumns().add(lineColumn("transfer.col.what", Line::what, 170));
        changes.getColumns().add(lineColumn("transfer.col.field", Line::field, 80));
        changes.getColumns().add(lineColumn("transfer.col.yours", Line::stored, 210));
        changes.getColumns().add(lineColumn("transfer.col.file", Line::incoming, 210));
        changes.getItems().setAll(lines.subList(0, Math.min(LISTED, lines.size())));
        changes.setPlaceholder(new Label(texts.getString("transfer.no.changes")));
        VBox.setVgrow(changes, Priority.ALWAYS);

        VBox content = new VBox(8, counts);
        if (plan.nothingToDo()) {
            content.getChildren().add(wrapped("transfer.nothing.note"));
        } else if (plan.blocked()) {
            content.getChildren().add(wrapped("transfer.blocked.note"));
        } else if (plan.hasConflicts()) {
            content.getChildren().add(wrapped("transfer.conflicts.note"));
        }
        content.getChildren().add(changes);
        if (lines.size() > LISTED) {
            content.getChildren().add(new Label(format("transfer.more", lines.size() - LISTED)));
        }
        content.setPrefSize(900, 560);
        dialog.getDialogPane().setContent(content);

        ButtonType keepMine = new ButtonType(texts.getString("transfer.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType takeTheirs = new ButtonType(texts.getString("transfer.import.theirs"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().add(keepMine);
        if (plan.hasConflicts() && !plan.blocked()) {
            dialog.getDialogPane().getButtonTypes().add(takeTheirs);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(keepMine).setDisable(plan.blocked() || plan.nothingToDo());

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        boolean theirs = answer.get() == takeTheirs;
        context.background().run(format("transfer.importing", from.getFileName()),
                reporter -> exchange.apply(plan, theirs),
                done -> {
                    if (done.added() + done.changed() > 0) {
                        onChanged.run();
                    }
                    statusLine.accept(format("transfer.imported", from.getFileName(), done.added(), done.changed(),
                            done.kept()));
                })
                .exceptionally(failure -> {
                    Platform.runLater(() -> refused(failure));
                    return null;
                });
    }

    /** Every change and conflict of a plan, one line per field (a conflict's reason on its first line). */
    private List<Line> lines(DatasetMerge.Plan plan) {
        List<Line> lines = new ArrayList<>();
        // the rows to add come last, after what needs a look (conflicts, changes), each on one line by its key
        List<Line> added = new ArrayList<>();
        for (DatasetMerge.Row row : plan.rows()) {
            if (row.action() == DatasetMerge.Action.ADD) {
                if (added.size() <= LISTED) {
                    added.add(new Line(tableName(row.table()), row.key(), texts.getString("transfer.what.ADD"), "",
                            "", ""));
                }
                continue;
            }
            String table = tableName(row.table());
            String what = row.action() == DatasetMerge.Action.CONFLICT ? row.reason()
                    : texts.getString("transfer.what." + row.action().name());
            if (row.fields().isEmpty()) {
                lines.add(new Line(table, row.key(), what, "", "", ""));
            }
            for (DatasetMerge.Field f : row.fields()) {
                lines.add(new Line(table, row.key(), what, DatasetExchange.columnOf(row.table(), f.name()),
                        shown(f.stored()), shown(f.incoming())));
                what = "";
            }
            if (lines.size() > LISTED + 1) {
                // enough to show and to say that more follow
                break;
            }
        }
        lines.addAll(added.subList(0, Math.min(added.size(), Math.max(0, LISTED + 2 - lines.size()))));
        return lines;
    }

    private static String shown(String value) {
        if (value == null) {
            return "\u2014";
        }
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() > 300 ? oneLine.substring(0, 299) + "\u2026" : oneLine;
    }

    private String tableName(String table) {
        return texts.getString("transfer.table." + table);
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /** Asks where to write the whole database (a folder of CSV files or a JSON bundle), then writes it. */
    public void exportData() {
        Path to = choose(false);
        if (to != null) {
            exportTo(to);
        }
    }

    /** Writes the whole database to the path in the background: {@link #exportData()} once the place is chosen. */
    public void exportTo(Path to) {
        DatasetExchange exchange = new DatasetExchange(context.store());
        context.background().run(format("transfer.writing", to.getFileName()),
                reporter -> exchange.export(to),
                rows -> statusLine.accept(format("transfer.exported", to, rows)))
                .exceptionally(failure -> {
                    Throwable cause = Background.cause(failure);
                    Platform.runLater(() -> alert(texts.getString("transfer.export.header"),
                            format("transfer.export.failed", to, cause.getMessage())));
                    return null;
                });
    }

    // ---- choosing and telling -----------------------------------------------------------------------------------

    /** Asks first whether a folder of CSV files or a JSON bundle, then for it; null when the researcher cancels. */
    private Path choose(boolean reading) {
        ButtonType folder = new ButtonType(texts.getString("transfer.choose.folder"), ButtonBar.ButtonData.YES);
        ButtonType bundle = new ButtonType(texts.getString("transfer.choose.bundle"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                texts.getString(reading ? "transfer.choose.import.text" : "transfer.choose.export.text"),
                folder, bundle, ButtonType.CANCEL);
        ask.setTitle(texts.getString(reading ? "transfer.choose.import.title" : "transfer.choose.export.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("transfer-choose");
        if (owner != null) {
            ask.initOwner(owner);
        }
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return null;
        }
        File chosen;
        if (answer.get() == folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(texts.getString(reading ? "transfer.import.folder.title" : "transfer.export.folder.title"));
            chosen = chooser.showDialog(owner);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.getString(reading ? "transfer.import.bundle.title" : "transfer.export.bundle.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.getString("transfer.filter.json"),
                    "*.json"));
            if (reading) {
                chosen = chooser.showOpenDialog(owner);
            } else {
                chooser.setInitialFileName("bioregions.json");
                chosen = chooser.showSaveDialog(owner);
                if (chosen != null && !DatasetExchange.isBundle(chosen.toPath())) {
                    chosen = new File(chosen.getPath() + ".json");
                }
            }
        }
        return chosen == null ? null : chosen.toPath();
    }

    /** Says that the file was not imported, and why: file, line or JSON path, column. */
    private void refused(Throwable failure) {
        Throwable cause = Background.cause(failure);
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        statusLine.accept(texts.getString("transfer.refused"));
        alert(texts.getString("transfer.refused"), message);
    }

    private void alert(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("transfer-refusal");
        alert.getDialogPane().setMinWidth(560);
        alert.setResizable(true);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }


    private String format(String key, Object... args) {
        return String.format(texts.getString(key), args);
    }

    private Label wrapped(String key) {
        Label label = new Label(texts.getString(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private TableColumn<DatasetMerge.Table, String> textColumn(String key,
                                                              Function<DatasetMerge.Table, String> value) {
        TableColumn<DatasetMerge.Table, String> column = new TableColumn<>(texts.getString(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(220);
        return column;
    }

    private TableColumn<DatasetMerge.Table, Number> numberColumn(String key,
                                                                Function<DatasetMerge.Table, Integer> value) {
        TableColumn<DatasetMerge.Table, Number> column = new TableColumn<>(texts.getString(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A column of the list of changes; a cell too narrow for its text shows it whole in a tooltip. */
    private TableColumn<Line, String> lineColumn(String key, Function<Line, String> value, double width) {
        TableColumn<Line, String> column = new TableColumn<>(texts.getString(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(item);
                    tip.setWrapText(true);
                    tip.setMaxWidth(600);
                    setTooltip(tip);
                }
            }
        });
        return column;
    }
}
