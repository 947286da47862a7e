package be.bioregions.explorer.ui;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.store.Store;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The detail of one firm, the same in every view that opens a firm: its record, its events and alliances, and
 * the source of the fact chosen among them, with its verified mark and its link. Reading happens in the
 * background; a slower read for an earlier choice never replaces a later one.
 */
public final class FirmDetail extends StackPane {
    /** A fact of the detail and the words that describe it in the source pane. */
    private record Chosen(String description, Sourced fact) {
    }

    private record Catalogue(Map<String, Source> sources, Map<String, Partner> partners) {
    }

    private record Read(Firm firm, List<FirmEvent> events, List<Alliance> alliances,
                        List<be.bioregions.explorer.domain.Note> notes, Catalogue catalogue) {
    }

    private static final java.time.format.DateTimeFormatter NOTE_DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy").withZone(java.time.ZoneId.systemDefault());

    private final ReadOnlyObjectWrapper<Firm> shownFirm = new ReadOnlyObjectWrapper<>();
    private ViewContext context;
    private Catalogue catalogue;
    private Firm requested;

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

    @FXML private javafx.scene.layout.HBox firmEditBar;
    @FXML private javafx.scene.layout.HBox eventEditBar;
    @FXML private javafx.scene.layout.HBox allianceEditBar;
    @FXML private javafx.scene.control.Button eventEditButton;
    @FXML private javafx.scene.control.Button eventDeleteButton;
    @FXML private javafx.scene.control.Button allianceEditButton;
    @FXML private javafx.scene.control.Button allianceDeleteButton;

    @FXML private SourcePane sourcePane;
    /** The titles of the notes linked to the firm, newest change first. */
    @FXML private Label notesLabel;

    /** Built empty by the FXML of a view; {@link #attach} gives it its context and its controls. */
    public FirmDetail() {
    }

    /** Loads the detail's own FXML with the view's texts; called once, from the view's {@code initialize}. */
    public void attach(ViewContext viewContext) {
        this.context = viewContext;
        FXMLLoader loader = new FXMLLoader(FirmDetail.class.getResource(
                "/be/bioregions/explorer/ui/FirmDetail.fxml"), viewContext.texts());
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the firm detail", e);
        }
    }

    @FXML
    private void initialize() {
        eventYearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        ResourceBundle texts = context.texts();
        eventKindColumn.setCellValueFactory(Facts.text(e -> Labels.of(texts, e.kind())));
        eventDetailColumn.setCellValueFactory(Facts.text(FirmEvent::detail));
        eventMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        eventMarkColumn.setCellFactory(c -> Facts.markCell(true));
        eventSourceColumn.setCellValueFactory(Facts.text(e -> Facts.citation(sourceOf(e))));
        eventsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                alliancesTable.getSelectionModel().clearSelection();
                showSource(new Chosen(e.year() + " " + Labels.of(texts, e.kind()) + ": " + nullToEmpty(e.detail()), e));
            }
        });

        allianceYearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        alliancePartnerColumn.setCellValueFactory(Facts.text(a -> partnerName(a.partnerId())));
        allianceKindColumn.setCellValueFactory(Facts.text(a -> Labels.of(texts, a.kind())));
        allianceDirectionColumn.setCellValueFactory(Facts.text(a -> Labels.of(texts, a.direction())));
        allianceSubjectColumn.setCellValueFactory(Facts.text(Alliance::subject));
        allianceMarkColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        allianceMarkColumn.setCellFactory(c -> Facts.markCell(true));
        allianceSourceColumn.setCellValueFactory(Facts.text(a -> Facts.citation(sourceOf(a))));
        alliancesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                eventsTable.getSelectionModel().clearSelection();
                showSource(new Chosen(String.format(texts.getString("firm.alliance.chosen"), a.year(),
                        Labels.of(texts, a.kind()), partnerName(a.partnerId()), nullToEmpty(a.subject())), a));
            }
        });
        // columns of long text show the whole text in a tooltip
        Stream.of(eventDetailColumn, eventSourceColumn, alliancePartnerColumn, allianceSubjectColumn,
                allianceSourceColumn).forEach(column -> column.setCellFactory(c -> Facts.textCell()));
        sourcePane.attach(context.texts(), context.openLink());
        boolean editable = context.editing().enabled();
        Stream.of(firmEditBar, eventEditBar, allianceEditBar).forEach(bar -> {
            bar.setVisible(editable);
            bar.setManaged(editable);
        });
        eventEditButton.disableProperty().bind(eventsTable.getSelectionModel().selectedItemProperty().isNull());
        eventDeleteButton.disableProperty().bind(eventsTable.getSelectionModel().selectedItemProperty().isNull());
        allianceEditButton.disableProperty().bind(alliancesTable.getSelectionModel().selectedItemProperty().isNull());
        allianceDeleteButton.disableProperty().bind(alliancesTable.getSelectionModel().selectedItemProperty().isNull());
        if (editable) {
            // a double click on a fact opens its form
            eventsTable.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && eventsTable.getSelectionModel().getSelectedItem() != null) {
                    editEvent();
                }
            });
            alliancesTable.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && alliancesTable.getSelectionModel().getSelectedItem() != null) {
                    editAlliance();
                }
            });
        }
        showFirm(null);
    }

    // ---- changing the facts shown (the forms are the edit feature's, reached through the context) ------------

    @FXML
    private void editFirm() {
        Firm f = shownFirm.get();
        if (f != null) {
            context.editing().edit(this, f);
        }
    }

    @FXML
    private void deleteFirm() {
        Firm f = shownFirm.get();
        if (f != null) {
            context.editing().delete(this, be.bioregions.explorer.domain.FactKind.FIRM, f.id());
        }
    }

    @FXML
    private void addEvent() {
        Firm f = shownFirm.get();
        if (f != null) {
            context.editing().add(this, be.bioregions.explorer.domain.FactKind.EVENT, Map.of("firm_id", f.id()));
        }
    }

    @FXML
    private void editEvent() {
        FirmEvent e = eventsTable.getSelectionModel().getSelectedItem();
        if (e != null) {
            context.editing().edit(this, e);
        }
    }

    @FXML
    private void deleteEvent() {
        FirmEvent e = eventsTable.getSelectionModel().getSelectedItem();
        if (e != null) {
            context.editing().delete(this, be.bioregions.explorer.domain.FactKind.EVENT, e.id());
        }
    }

    @FXML
    private void addAlliance() {
        Firm f = shownFirm.get();
        if (f != null) {
            context.editing().add(this, be.bioregions.explorer.domain.FactKind.ALLIANCE, Map.of("firm_id", f.id()));
        }
    }

    @FXML
    private void editAlliance() {
        Alliance a = alliancesTable.getSelectionModel().getSelectedItem();
        if (a != null) {
            context.editing().edit(this, a);
        }
    }

    @FXML
    private void deleteAlliance() {
        Alliance a = alliancesTable.getSelectionModel().getSelectedItem();
        if (a != null) {
            context.editing().delete(this, be.bioregions.explorer.domain.FactKind.ALLIANCE, a.id());
        }
    }

    /** Shows a firm with its own record as the chosen fact; null empties the detail. */
    public CompletableFuture<Void> show(Firm firm) {
        return show(firm, null);
    }

    /**
     * Shows a firm and chooses one of its facts (an event or alliance id) so that its source is shown; an id the
     * firm does not have, or null, chooses the firm's own record.
     */
    public CompletableFuture<Void> show(Firm firm, String factId) {
        requested = firm;
        if (firm == null) {
            showFirm(null);
            return CompletableFuture.completedFuture(null);
        }
        Catalogue known = catalogue;
        Store store = context.store();
        return context.background().run(String.format(context.texts().getString("status.loading.firm"), firm.name()),
                r -> new Read(firm, store.firms().events(firm.id()), store.alliances().forFirm(firm.id()),
                        store.notes().forFirm(firm.id()),
                        known != null ? known : new Catalogue(index(store.sources().all(), Source::id),
                                index(store.partners().all(), Partner::id))),
                read -> {
                    catalogue = read.catalogue();
                    if (read.firm() != requested) {
                        return;
                    }
                    eventsTable.getItems().setAll(read.events());
                    alliancesTable.getItems().setAll(read.alliances());
                    notesLabel.setText(read.notes().isEmpty() ? context.texts().getString("firm.notes.none")
                            : read.notes().stream().map(n -> "\u2022 " + (n.title().isBlank() ? "(untitled)" : n.title())
                            + "  (" + NOTE_DAY.format(n.updated()) + ")").collect(java.util.stream.Collectors.joining("\n")));
                    showFirm(read.firm());
                    choose(factId);
                }).thenApply(read -> null);
    }

    /** The firm shown, once its detail has been read. */
    public ReadOnlyObjectProperty<Firm> shownFirmProperty() {
        return shownFirm.getReadOnlyProperty();
    }

    private void choose(String factId) {
        for (FirmEvent e : eventsTable.getItems()) {
            if (e.id().equals(factId)) {
                eventsTable.getSelectionModel().select(e);
                eventsTable.scrollTo(e);
                return;
            }
        }
        for (Alliance a : alliancesTable.getItems()) {
            if (a.id().equals(factId)) {
                alliancesTable.getSelectionModel().select(a);
                alliancesTable.scrollTo(a);
                return;
            }
        }
        Firm firm = shownFirm.get();
        showSource(new Chosen(String.format(context.texts().getString("firms.record"), firm.name()), firm));
    }

    private void showFirm(Firm firm) {
        boolean shown = firm != null;
        detailPane.setVisible(shown);
        detailPane.setManaged(shown);
        emptyDetail.setVisible(!shown);
        emptyDetail.setManaged(!shown);
        eventsTable.getSelectionModel().clearSelection();
        alliancesTable.getSelectionModel().clearSelection();
        shownFirm.set(firm);
        if (!shown) {
            eventsTable.getItems().clear();
            alliancesTable.getItems().clear();
            return;
        }
        firmTitle.setText(firm.name());
        firmSubtitle.setText(Labels.region(context.texts(), firm.region()) + " \u00B7 " + nullToEmpty(firm.city()) + " \u00B7 "
                + String.format(context.texts().getString("firms.detail.founded"), firm.founded()));
        originValue.setText(nullToDash(firm.origin()));
        focusValue.setText(nullToDash(firm.focus()));
        statusValue.setText(nullToDash(firm.status()));
    }

    private void showSource(Chosen chosen) {
        sourcePane.show(chosen.description(), chosen.fact(), sourceOf(chosen.fact()), chosen.fact().note());
    }

    private Source sourceOf(Sourced fact) {
        return fact == null || fact.unsourced() || catalogue == null ? null : catalogue.sources().get(fact.sourceId());
    }

    private String partnerName(String partnerId) {
        Partner p = catalogue == null ? null : catalogue.partners().get(partnerId);
        return p == null ? partnerId : p.name();
    }


    private static <T> Map<String, T> index(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }


    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
