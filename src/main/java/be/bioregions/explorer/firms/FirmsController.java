package be.bioregions.explorer.firms;

import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.ViewContext;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Firms view: a searchable, sortable table of firms and the sourced detail of the selected one. */
public final class FirmsController implements LoadableView {
    private final ViewContext context;
    private final FirmsViewModel model;

    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<Firm> firmsTable;
    @FXML private TableColumn<Firm, String> nameColumn;
    @FXML private TableColumn<Firm, String> regionColumn;
    @FXML private TableColumn<Firm, String> cityColumn;
    @FXML private TableColumn<Firm, Integer> foundedColumn;
    @FXML private TableColumn<Firm, String> originColumn;
    @FXML private TableColumn<Firm, String> statusColumn;
    @FXML private TableColumn<Firm, Firm> firmMarkColumn;

    @FXML private VBox detailPane;
    @FXML private Label emptyDetail;
    @FXML private Label firmTitle;
    @FXML private Label firmSubtitle;
    @FXML private Label originValue;
    @FXML private Label focusValue;
    @FXML private Label statusValue;

    @FXML private TableView<FirmEvent> eventsTable;
    @FXML private TableColumn<FirmEvent, Integer> eventYearColumn;
    @FXML private TableColumn<FirmEvent, String> eventKindColumn;
    @FXML private TableColumn<FirmEvent, String> eventDetailColumn;
    @FXML private TableColumn<FirmEvent, FirmEvent> eventMarkColumn;
    @FXML private TableColumn<FirmEvent, String> eventSourceColumn;

    @FXML private TableView<Alliance> alliancesTable;
    @FXML private TableColumn<Alliance, Integer> allianceYearColumn;
    @FXML private TableColumn<Alliance, String> alliancePartnerColumn;
    @FXML private TableColumn<Alliance, String> allianceKindColumn;
    @FXML private TableColumn<Alliance, String> allianceDirectionColumn;
    @FXML private TableColumn<Alliance, String> allianceSubjectColumn;
    @FXML private TableColumn<Alliance, Alliance> allianceMarkColumn;
    @FXML private TableColumn<Alliance, String> allianceSourceColumn;

    @FXML private Label sourceFact;
    @FXML private Label sourceMark;
    @FXML private Label sourceCitation;
    @FXML private Hyperlink sourceLink;
    @FXML private Label sourceAccessed;
    @FXML private Label factNote;

    public FirmsController(ViewContext context) {
        this.context = context;
        this.model = new FirmsViewModel(context.store(), context.background());
    }

    public FirmsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        ResourceBundle texts = context.texts();
        SortedList<Firm> sorted = new SortedList<>(model.visibleFirms());
        sorted.comparatorProperty().bind(firmsTable.comparatorProperty());
        firmsTable.setItems(sorted);
        nameColumn.setCellValueFactory(text(Firm::name));
        regionColumn.setCellValueFactory(text(f -> f.region().label()));
        cityColumn.setCellValueFactory(text(Firm::city));
        foundedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().founded()));
        originColumn.setCellValueFactory(text(Firm::origin));
        statusColumn.setCellValueFactory(text(Firm::status));
        firmMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        firmMarkColumn.setCellFactory(c -> Facts.markCell(true));
        // columns of long text show the whole text in a tooltip
        java.util.stream.Stream.of(nameColumn, cityColumn, originColumn, statusColumn, eventDetailColumn,
                eventSourceColumn, alliancePartnerColumn, allianceSubjectColumn, allianceSourceColumn)
                .forEach(FirmsController::showWholeText);
        firmMarkColumn.setComparator(Comparator.comparing(Facts::mark));
        firmsTable.getSortOrder().add(nameColumn);

        searchField.textProperty().bindBidirectional(model.searchProperty());
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format(texts.getString("firms.count"), model.visibleFirms().size(),
                        model.allFirms().size()),
                model.visibleFirms(), model.allFirms()));
        firmsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, firm) -> model.show(firm));

        eventsTable.setItems(model.events());
        eventYearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        eventKindColumn.setCellValueFactory(text(e -> Codes.label(e.kind())));
        eventDetailColumn.setCellValueFactory(text(FirmEvent::detail));
        eventMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        eventMarkColumn.setCellFactory(c -> Facts.markCell(true));
        eventSourceColumn.setCellValueFactory(text(e -> Facts.citation(model.sourceOf(e))));
        eventsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                alliancesTable.getSelectionModel().clearSelection();
                model.chosenFactProperty().set(new FirmsViewModel.ChosenFact(
                        e.year() + " " + Codes.label(e.kind()) + ": " + nullToEmpty(e.detail()), e));
            }
        });

        alliancesTable.setItems(model.alliances());
        allianceYearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        alliancePartnerColumn.setCellValueFactory(text(a -> model.partnerName(a.partnerId())));
        allianceKindColumn.setCellValueFactory(text(a -> Codes.label(a.kind())));
        allianceDirectionColumn.setCellValueFactory(text(a -> a.direction() == null ? "" : Codes.label(a.direction())));
        allianceSubjectColumn.setCellValueFactory(text(Alliance::subject));
        allianceMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        allianceMarkColumn.setCellFactory(c -> Facts.markCell(true));
        allianceSourceColumn.setCellValueFactory(text(a -> Facts.citation(model.sourceOf(a))));
        alliancesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                eventsTable.getSelectionModel().clearSelection();
                model.chosenFactProperty().set(new FirmsViewModel.ChosenFact(a.year() + " " + Codes.label(a.kind())
                        + " with " + model.partnerName(a.partnerId()) + ": " + nullToEmpty(a.subject()), a));
            }
        });

        model.shownFirmProperty().addListener((obs, old, firm) -> showFirm(firm));
        model.chosenFactProperty().addListener((obs, old, chosen) -> showSource(chosen));
        sourceLink.setOnAction(e -> context.openLink().accept(sourceLink.getText()));
        showFirm(null);
    }

    @Override
    public CompletableFuture<Void> load() {
        return model.load();
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

    /** Selects the firm with this id in the table; the detail follows once it has been read. */
    public CompletableFuture<Void> select(String firmId) {
        for (Firm f : firmsTable.getItems()) {
            if (f.id().equals(firmId)) {
                firmsTable.getSelectionModel().select(f);
                firmsTable.scrollTo(f);
                return model.show(f);
            }
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no firm has the id " + firmId));
    }

    private void showFirm(Firm firm) {
        boolean shown = firm != null;
        detailPane.setVisible(shown);
        detailPane.setManaged(shown);
        emptyDetail.setVisible(!shown);
        emptyDetail.setManaged(!shown);
        if (!shown) {
            return;
        }
        firmTitle.setText(firm.name());
        firmSubtitle.setText(firm.region().label() + " \u00B7 " + nullToEmpty(firm.city()) + " \u00B7 "
                + String.format(context.texts().getString("firms.detail.founded"), firm.founded()));
        originValue.setText(nullToDash(firm.origin()));
        focusValue.setText(nullToDash(firm.focus()));
        statusValue.setText(nullToDash(firm.status()));
    }

    private void showSource(FirmsViewModel.ChosenFact chosen) {
        if (chosen == null) {
            return;
        }
        Sourced fact = chosen.fact();
        Source source = model.sourceOf(fact);
        sourceFact.setText(chosen.description());
        sourceMark.setText(Facts.mark(fact));
        sourceMark.getStyleClass().removeAll("fact-verified", "fact-unverified", "fact-unsourced");
        sourceMark.getStyleClass().add(Facts.styleClass(fact));
        if (source == null) {
            sourceCitation.setText(context.texts().getString("firms.source.none"));
            sourceLink.setVisible(false);
            sourceAccessed.setText("");
        } else {
            sourceCitation.setText(source.citation());
            sourceLink.setText(source.hasUrl() ? source.url() : "");
            sourceLink.setVisible(source.hasUrl());
            // a long address is shortened in its middle so that the access date stays in view; the tooltip has it whole
            sourceLink.setTooltip(source.hasUrl() ? new javafx.scene.control.Tooltip(source.url()) : null);
            sourceAccessed.setText(source.accessed() == null ? ""
                    : String.format(context.texts().getString("firms.source.accessed"), source.accessed()));
        }
        String note = noteOf(fact);
        factNote.setText(note == null ? "" : String.format(context.texts().getString("firms.source.note"), note));
        factNote.setVisible(note != null);
        factNote.setManaged(note != null);
    }

    private static String noteOf(Sourced fact) {
        if (fact instanceof Firm f) {
            return f.note();
        }
        if (fact instanceof FirmEvent e) {
            return e.note();
        }
        if (fact instanceof Alliance a) {
            return a.note();
        }
        return null;
    }

    private static <S> void showWholeText(TableColumn<S, String> column) {
        column.setCellFactory(c -> Facts.textCell());
    }

    private static <S> javafx.util.Callback<TableColumn.CellDataFeatures<S, String>, ObservableValue<String>> text(
            Function<S, String> f) {
        return c -> new ReadOnlyStringWrapper(nullToEmpty(f.apply(c.getValue())));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
