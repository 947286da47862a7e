package be.bioregions.explorer.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import be.bioregions.explorer.domain.FactKind;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.ui.Facts;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The sources window: every source with how many facts cite it, narrowed by typing; New, Edit and Delete (which
 * the store refuses, listing the facts, while anything still cites the source). Double-click edits.
 */
public final class SourcesController {
    private final Editing editing;
    private final ResourceBundle texts;
    private final FilteredList<Source> shown = new FilteredList<>(FXCollections.observableArrayList());
    private Map<String, Integer> cited = Map.of();

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<Source> sourcesTable;
    @FXML private TableColumn<Source, String> citationColumn;
    @FXML private TableColumn<Source, String> accessedColumn;
    @FXML private TableColumn<Source, String> citedColumn;
    @FXML private TableColumn<Source, String> urlColumn;
    @FXML private Button editButton;
    @FXML private Button deleteButton;

    private SourcesController(Editing editing) {
        this.editing = editing;
        this.texts = editing.texts();
    }

    /** Opens the sources in a window of its own; it reads them again after each change made anywhere. */
    public static void open(Node owner, Editing editing) {
        SourcesController controller = new SourcesController(editing);
        Stage stage = editing.window(owner, "/be/bioregions/explorer/edit/SourcesView.fxml", controller, "sources.title");
        Runnable reread = controller::refresh;
        editing.alsoOnChanged(reread);
        stage.setOnHidden(e -> editing.noLongerOnChanged(reread));
        stage.show();
        controller.refresh();
    }

    @FXML
    private void initialize() {
        citationColumn.setCellValueFactory(Facts.text(Source::citation));
        accessedColumn.setCellValueFactory(Facts.text(s -> s.accessed() == null ? "" : s.accessed().toString()));
        citedColumn.setCellValueFactory(Facts.text(s -> Integer.toString(cited.getOrDefault(s.id(), 0))));
        urlColumn.setCellValueFactory(Facts.text(s -> s.url() == null ? "" : s.url()));
        sourcesTable.setItems(shown);
        sourcesTable.setRowFactory(t -> {
            TableRow<Source> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editing.edit(root, row.getItem());
                }
            });
            return row;
        });
        editButton.disableProperty().bind(sourcesTable.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(sourcesTable.getSelectionModel().selectedItemProperty().isNull());
        searchField.textProperty().addListener((obs, old, text) -> {
            String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(s -> words.isEmpty() || (s.citation() + " " + s.id() + " " + (s.url() == null ? "" : s.url()))
                    .toLowerCase(Locale.ROOT).contains(words));
            count();
        });
    }

    private void refresh() {
        editing.background().run(texts.getString("sources.loading"), r -> new Read(editing.sources(),
                editing.citationCounts()), read -> {
                    cited = read.cited();
                    ((javafx.collections.ObservableList<Source>) shown.getSource()).setAll(read.sources());
                    sourcesTable.refresh();
                    count();
                });
    }

    private record Read(List<Source> sources, Map<String, Integer> cited) {
    }

    private void count() {
        countLabel.setText(String.format(texts.getString("sources.count"), shown.size(), shown.getSource().size()));
    }

    @FXML
    private void add() {
        editing.add(root, FactKind.SOURCE, Map.of());
    }

    @FXML
    private void edit() {
        Source s = sourcesTable.getSelectionModel().getSelectedItem();
        if (s != null) {
            editing.edit(root, s);
        }
    }

    @FXML
    private void delete() {
        Source s = sourcesTable.getSelectionModel().getSelectedItem();
        if (s != null) {
            editing.delete(root, FactKind.SOURCE, s.id());
        }
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
