package be.bioregions.explorer.firms;

import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.ui.ControlState;
import be.bioregions.explorer.ui.ColumnOrder;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.Labels;
import be.bioregions.explorer.ui.FirmDetail;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.ViewContext;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The Firms view: a searchable, sortable table of firms and the sourced detail of the selected one. */
public final class FirmsController implements LoadableView {
    private final ViewContext context;
    private final FirmsViewModel model;

    @FXML private TextField searchField;
    @FXML private javafx.scene.control.Button newFirmButton;
    @FXML private Label countLabel;
    @FXML private TableView<Firm> firmsTable;
    @FXML private TableColumn<Firm, String> nameColumn;
    @FXML private TableColumn<Firm, String> regionColumn;
    @FXML private TableColumn<Firm, String> cityColumn;
    @FXML private TableColumn<Firm, Integer> foundedColumn;
    @FXML private TableColumn<Firm, String> originColumn;
    @FXML private TableColumn<Firm, String> statusColumn;
    @FXML private TableColumn<Firm, Firm> firmMarkColumn;
    @FXML private FirmDetail detail;

    public FirmsController(ViewContext context) {
        this.context = context;
        this.model = new FirmsViewModel(context.store(), context.background(),
                r -> Labels.region(context.texts(), r));
    }

    public FirmsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        ResourceBundle texts = context.texts();
        detail.attach(context);
        new ColumnOrder<Firm>()
                .by(nameColumn, model.byName())
                .text(regionColumn, f -> Labels.region(texts, f.region()))
                .text(cityColumn, Firm::city)
                .by(foundedColumn, Comparator.comparingInt(Firm::founded))
                .text(originColumn, Firm::origin)
                .text(statusColumn, Firm::status)
                .by(firmMarkColumn, Comparator.comparing(Facts::mark))
                .install(firmsTable, model.visibleFirms());
        nameColumn.setCellValueFactory(Facts.text(Firm::name));
        regionColumn.setCellValueFactory(Facts.text(f -> Labels.region(texts, f.region())));
        cityColumn.setCellValueFactory(Facts.text(Firm::city));
        foundedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().founded()));
        originColumn.setCellValueFactory(Facts.text(Firm::origin));
        statusColumn.setCellValueFactory(Facts.text(Firm::status));
        firmMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        firmMarkColumn.setCellFactory(c -> Facts.markCell(true));
        // columns of long text show the whole text in a tooltip
        Stream.of(nameColumn, cityColumn, originColumn, statusColumn)
                .forEach(column -> column.setCellFactory(c -> Facts.textCell()));
        firmsTable.getSortOrder().add(nameColumn);

        searchField.textProperty().bindBidirectional(model.searchProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(texts.getString("firms.count"), model.visibleFirms().size(),
                        model.allFirms().size()),
                model.visibleFirms(), model.allFirms()));
        firmsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, firm) -> detail.show(firm));
        newFirmButton.setVisible(context.editing().enabled());
        newFirmButton.setManaged(context.editing().enabled());
    }

    /** A firm the thesis does not hold (one founded after 2016, say): the form of the edit feature. */
    @FXML
    private void newFirm() {
        context.editing().add(newFirmButton, be.bioregions.explorer.domain.FactKind.FIRM, java.util.Map.of());
    }

    @Override
    public CompletableFuture<Void> load() {
        return model.load(context.texts().getString("firms.loading"));
    }

    /** A figure of the Firms view shows one firm's detail: the given one, or the first in the table. */
    @Override
    public CompletableFuture<Void> prepareFigure(String selection) {
        if (selection == null) {
            if (firmsTable.getItems().isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            selection = firmsTable.getItems().get(0).id();
        }
        return select(selection);
    }

    @Override
    public java.util.Map<String, String> storyFilters() {
        return ControlState.of(searchField);
    }

    @Override
    public void showFilters(java.util.Map<String, String> filters) {
        ControlState.apply(filters, searchField);
    }

    @Override
    public String storySelection() {
        Firm f = firmsTable.getSelectionModel().getSelectedItem();
        return f == null ? null : f.id();
    }

    /** Selects the firm with this id in the table; the detail follows once it has been read. */
    public CompletableFuture<Void> select(String firmId) {
        for (Firm f : firmsTable.getItems()) {
            if (f.id().equals(firmId)) {
                firmsTable.getSelectionModel().select(f);
                firmsTable.scrollTo(f);
                return detail.show(f);
            }
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no firm has the id " + firmId));
    }

}
