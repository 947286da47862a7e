package be.bioregions.explorer.classifier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.domain.classifier.Classifier;
import be.bioregions.explorer.domain.classifier.FirmFacts;
import be.bioregions.explorer.domain.classifier.Fired;
import be.bioregions.explorer.domain.classifier.Verdict;
import be.bioregions.explorer.ui.ControlState;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.Labels;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Menus;
import be.bioregions.explorer.ui.SourcePane;
import be.bioregions.explorer.ui.ViewContext;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Business models view: every firm's model as of a chosen year by the rules, with their scores, and the
 * researcher's own classification beside it; a firm's detail says which rules fired on which facts (each with its
 * source), which nearly fired, how the firm's model moved through the years, and takes or withdraws the
 * researcher's classification with its rationale.
 */
public final class ClassifierController implements LoadableView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ViewContext context;
    private final ResourceBundle texts;
    private ClassifierData data;
    /** The firms counted per model per year (the chart's bars, the summary's figures): {@link ClassifierData#countsByYear}. */
    private Map<Integer, Map<BusinessModel, Integer>> counts = Map.of();
    private List<ModelOverride> overrides = List.of();
    private FirmRow shown;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Slider yearSlider;
    @FXML private Label yearLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<FirmRow> firmsTable;
    @FXML private TableColumn<FirmRow, String> nameColumn;
    @FXML private TableColumn<FirmRow, String> regionColumn;
    @FXML private TableColumn<FirmRow, String> modelColumn;
    @FXML private TableColumn<FirmRow, Double> fipcoColumn;
    @FXML private TableColumn<FirmRow, Double> hybridColumn;
    @FXML private TableColumn<FirmRow, Double> platformColumn;
    @FXML private TableColumn<FirmRow, Double> royaltyColumn;
    @FXML private TableColumn<FirmRow, String> endedColumn;
    @FXML private TableColumn<FirmRow, String> overrideColumn;
    @FXML private Label detailEmpty;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailPane;
    @FXML private Label firmTitle;
    @FXML private Label verdictLabel;
    @FXML private Label historyLabel;
    @FXML private ListView<Fired> firedList;
    @FXML private ListView<Fired> nearlyList;
    @FXML private ListView<Sourced> factsList;
    @FXML private Button factEditButton;
    @FXML private Button factAddButton;
    @FXML private Button factDeleteButton;
    @FXML private SourcePane factSource;
    @FXML private ComboBox<BusinessModel> overrideModel;
    @FXML private Button overrideButton;
    @FXML private TextArea overrideRationale;
    @FXML private Label overrideMessage;
    @FXML private ListView<ModelOverride> overridesList;
    @FXML private Button withdrawButton;
    @FXML private ModelsChart chart;
    @FXML private be.bioregions.explorer.ui.DrawnLegend chartLegend;

    /** A line of the table: a firm, what the rules say of it as of the year, and the researcher's model if set. */
    private static final javafx.css.PseudoClass ENDED = javafx.css.PseudoClass.getPseudoClass("ended");

    public record FirmRow(Firm firm, FirmFacts facts, Verdict verdict, ModelOverride override) {
    }

    public ClassifierController(ViewContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        yearSlider.setMin(ClassifierData.FIRST_YEAR);
        yearSlider.setMax(ClassifierData.LAST_YEAR);
        yearSlider.setValue(ClassifierData.LAST_YEAR);
        yearSlider.setLabelFormatter(Menus.converter(v -> Integer.toString((int) Math.round(v))));
        yearSlider.valueProperty().addListener((obs, old, v) -> {
            if (Math.round(v.doubleValue()) != Math.round(old.doubleValue())) {
                showYear();
            }
        });
        yearLabel.setText(String.format(texts.getString("classifier.year"), year()));
        searchField.textProperty().addListener((obs, old, t) -> showYear());

        nameColumn.setCellValueFactory(Facts.text(r -> r.firm().name()));
        regionColumn.setCellValueFactory(Facts.text(r -> Labels.region(texts, r.firm().region())));
        modelColumn.setCellValueFactory(Facts.text(r -> modelName(r.verdict().primary())));
        // a firm acquired or closed before the year: when, and its row greyed (its model is its last one)
        endedColumn.setCellValueFactory(Facts.text(r -> r.facts().endedBefore(year()) ? ended(r.facts()) : ""));
        firmsTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FirmRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ENDED, !empty && row != null && row.facts().endedBefore(year()));
            }
        });
        fipcoColumn.setCellValueFactory(c -> score(c.getValue(), BusinessModel.FIPCO));
        hybridColumn.setCellValueFactory(c -> score(c.getValue(), BusinessModel.HYBRID));
        platformColumn.setCellValueFactory(c -> score(c.getValue(), BusinessModel.PLATFORM));
        royaltyColumn.setCellValueFactory(c -> score(c.getValue(), BusinessModel.ROYALTY));
        for (TableColumn<FirmRow, Double> c : List.of(fipcoColumn, hybridColumn, platformColumn, royaltyColumn)) {
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Double d, boolean empty) {
                    super.updateItem(d, empty);
                    setText(empty || d == null ? null : d == 0 ? "\u00B7" : number(d));
                }
            });
        }
        overrideColumn.setCellValueFactory(Facts.text(r -> r.override() == null ? ""
                : modelName(r.override().model()) + (r.override().year() == year() ? "" : " (" + r.override().year() + ")")));
        firmsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showFirm(row));

        firedList.setCellFactory(list -> new FiredCell(list));
        nearlyList.setCellFactory(list -> new FiredCell(list));
        firedList.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                nearlyList.getSelectionModel().clearSelection();
                showFacts(f);
            }
        });
        nearlyList.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                firedList.getSelectionModel().clearSelection();
                showFacts(f);
            }
        });
        factsList.setCellFactory(list -> new FactCell(list));
        factsList.getSelectionModel().selectedItemProperty().addListener((obs, old, fact) -> {
            if (fact != null) {
                factSource.show(factWords(fact), fact, fact.unsourced() ? null : data.sourceOf(fact.sourceId()),
                        fact.note());
            }
        });
        factSource.attach(texts, context.openLink());
        // the facts the rules read (evidence, events, alliances) can be corrected from here, and evidence added
        java.util.stream.Stream.of(factAddButton, factEditButton, factDeleteButton).forEach(b -> {
            b.setVisible(context.editing().enabled());
            b.setManaged(context.editing().enabled());
        });
        factEditButton.disableProperty().bind(factsList.getSelectionModel().selectedItemProperty().isNull());
        factDeleteButton.disableProperty().bind(factsList.getSelectionModel().selectedItemProperty().isNull());
        factAddButton.disableProperty().bind(firmsTable.getSelectionModel().selectedItemProperty().isNull());

        List<BusinessModel> choices = new ArrayList<>(List.of(BusinessModel.values()));
        overrideModel.getItems().setAll(choices);
        overrideModel.setConverter(Menus.converter(this::modelName));
        overridesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ModelOverride o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : String.format(texts.getString("classifier.override.line"),
                        o.year(), modelName(o.model()), o.rationale(), WHEN.format(o.created()),
                        o.active() ? "" : String.format(texts.getString("classifier.override.withdrawn"),
                                WHEN.format(o.withdrawn()))));
                setWrapText(true);
                setPrefWidth(0);
                setDisable(o != null && !o.active());
            }
        });
        overridesList.setPlaceholder(new Label(texts.getString("classifier.overrides.none")));
        withdrawButton.disableProperty().bind(overridesList.getSelectionModel().selectedItemProperty().isNull());
        chart.setOnYear(y -> yearSlider.setValue(y));
        chartLegend.setPainter((pen, x, y, w) -> ModelsChart.paintLegend(pen, x, y, w, this::modelName));
        showFirm(null);
    }

    private static ReadOnlyObjectWrapper<Double> score(FirmRow row, BusinessModel model) {
        return new ReadOnlyObjectWrapper<>(row.verdict().score(model));
    }

    /** How a model reads in the view. */
    /** A model's name in the interface's language (the bundle's {@code code.BusinessModel.NAME}). */
    String modelName(BusinessModel model) {
        return Labels.of(texts, model, englishModelName(model));
    }

    static String englishModelName(BusinessModel model) {
        return switch (model) {
            case INSUFFICIENT_EVIDENCE -> "insufficient evidence";
            case PLATFORM -> "platform";
            case ROYALTY -> "royalty";
            default -> Classifier.modelLabel(model);
        };
    }

    private int year() {
        return (int) Math.round(yearSlider.getValue());
    }

    @Override
    public CompletableFuture<Void> load() {
        return context.background().run(texts.getString("status.classifying"), r -> {
            ClassifierData d = ClassifierData.read(context.store());
            return new Loaded(d, context.store().classifications().overrides(), d.countsByYear());
        }, loaded -> {
            data = loaded.data();
            overrides = loaded.overrides();
            counts = loaded.counts();
            chart.setCounts(counts);
            showYear();
        }).thenApply(x -> null);
    }

    private record Loaded(ClassifierData data, List<ModelOverride> overrides,
                          Map<Integer, Map<BusinessModel, Integer>> counts) {
    }

    /** Classifies every firm as of the chosen year and fills the table (keeping the chosen firm). */
    private void showYear() {
        int y = year();
        yearLabel.setText(String.format(texts.getString("classifier.year"), y));
        chart.setYear(y);
        if (data == null) {
            return;
        }
        String search = searchField.getText() == null ? "" : searchField.getText().strip().toLowerCase(Locale.ROOT);
        List<FirmRow> rows = new ArrayList<>();
        // the firms founded by the end of the year: a firm not yet founded has no model to have
        List<Map.Entry<FirmFacts, Verdict>> existing = data.existing(y);
        Map<BusinessModel, Integer> counted = counts.getOrDefault(y, Map.of());
        int gone = existing.size() - counted.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<FirmFacts, Verdict> e : existing) {
            FirmFacts facts = e.getKey();
            if (search.isEmpty() || facts.firm().name().toLowerCase(Locale.ROOT).contains(search)) {
                rows.add(new FirmRow(facts.firm(), facts, e.getValue(), overrideOf(facts.firm().id(), y)));
            }
        }
        summaryLabel.setText(String.format(texts.getString("classifier.summary"), y, counted.entrySet().stream()
                .sorted(Map.Entry.<BusinessModel, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + modelName(e.getKey())).collect(Collectors.joining(" \u00B7 ")))
                + (gone == 0 ? "" : " " + String.format(texts.getString("classifier.summary.gone"), gone, y)));
        String chosen = shown == null ? null : shown.firm().id();
        firmsTable.getItems().setAll(rows);
        firmsTable.sort();
        if (chosen != null) {
            rows.stream().filter(r -> r.firm().id().equals(chosen)).findFirst().ifPresentOrElse(
                    r -> firmsTable.getSelectionModel().select(r), () -> showFirm(null));
        }
        overrideButton.setText(String.format(texts.getString("classifier.override.set"), y));
    }

    /** The researcher's model in force for a firm in a year: the latest one set for that year or before. */
    private ModelOverride overrideOf(String firmId, int year) {
        return overrides.stream().filter(o -> o.active() && o.firmId().equals(firmId) && o.year() <= year)
                .max(Comparator.comparingInt(ModelOverride::year).thenComparing(ModelOverride::created))
                .orElse(null);
    }

    private void showFirm(FirmRow row) {
        shown = row;
        boolean any = row != null;
        detailScroll.setVisible(any);
        detailEmpty.setVisible(!any);
        if (!any) {
            return;
        }
        Verdict v = row.verdict();
        firmTitle.setText(row.firm().name());
        String asOf = row.facts().endedBefore(year()) ? String.format(texts.getString("classifier.verdict.ended"),
                ended(row.facts()), v.year()) + "\n" : "";
        verdictLabel.setText(asOf + String.format(texts.getString("classifier.verdict"), modelName(v.primary()),
                number(v.score(BusinessModel.FIPCO)), number(v.score(BusinessModel.HYBRID)),
                number(v.score(BusinessModel.PLATFORM)), number(v.score(BusinessModel.ROYALTY)),
                number(data.rules().minimumScore()))
                + "\n" + (row.override() == null
                ? String.format(texts.getString("classifier.verdict.nooverride"), year())
                : String.format(texts.getString("classifier.verdict.override"), modelName(row.override().model()),
                        WHEN.format(row.override().created()), row.override().rationale())));
        historyLabel.setText(String.format(texts.getString("classifier.history"), history(row.facts())));
        firedList.getItems().setAll(v.fired());
        firedList.setPlaceholder(new Label(texts.getString("classifier.fired.none")));
        nearlyList.getItems().setAll(v.nearly());
        nearlyList.setPlaceholder(new Label(texts.getString("classifier.nearly.none")));
        factsList.getItems().clear();
        factSource.clear();
        if (!v.fired().isEmpty()) {
            firedList.getSelectionModel().select(0);
        }
        overridesList.getItems().setAll(overrides.stream().filter(o -> o.firmId().equals(row.firm().id())).toList());
        overrideModel.setValue(row.override() != null ? row.override().model() : v.primary());
        overrideMessage.setText("");
    }

    /** "1990–2003 insufficient evidence · 2004–2009 platform · 2010–2016 hybrid". */
    private String history(FirmFacts facts) {
        List<BusinessModel> models = data.history(facts.firm().id());
        List<String> spans = new ArrayList<>();
        int start = ClassifierData.FIRST_YEAR;
        for (int i = 1; i <= models.size(); i++) {
            if (i == models.size() || models.get(i) != models.get(i - 1)) {
                int end = ClassifierData.FIRST_YEAR + i - 1;
                spans.add((start == end ? Integer.toString(start) : start + "\u2013" + end) + " "
                        + modelName(models.get(i - 1)));
                start = end + 1;
            }
        }
        if (facts.endedBefore(ClassifierData.LAST_YEAR)) {
            spans.add(ended(facts));
        }
        return String.join(" \u00B7 ", spans);
    }

    /** "acquired 2010" or "closed 2017": how and when a firm's independence ended. */
    private String ended(FirmFacts facts) {
        FirmEvent end = facts.ending();
        String key = end.kind() == EventKind.CLOSURE ? "classifier.closed" : "classifier.acquired";
        return String.format(texts.getString(key), end.year());
    }

    private void showFacts(Fired f) {
        factsList.getItems().setAll(f.facts());
        if (!f.facts().isEmpty()) {
            factsList.getSelectionModel().select(0);
        } else {
            factSource.clear();
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private String factWords(Sourced fact) {
        if (fact instanceof Evidence e) {
            return e.year() + (e.endYear() == null ? "" : "\u2013" + e.endYear()) + " \u00B7 " + Labels.of(texts, e.kind())
                    + ": " + e.detail();
        }
        if (fact instanceof Alliance a) {
            return a.year() + " \u00B7 " + String.format(texts.getString("classifier.fact.alliance"),
                    Labels.of(texts, a.kind()), a.partnerId()) + (a.subject() == null ? "" : ": " + a.subject());
        }
        if (fact instanceof FirmEvent e) {
            return e.year() + " \u00B7 " + Labels.of(texts, e.kind()) + (e.detail() == null ? "" : ": " + e.detail());
        }
        return String.valueOf(fact);
    }

    // ---- the researcher's classification ------------------------------------------------------------------

    @FXML
    private void saveOverride() {
        FirmRow row = shown;
        BusinessModel model = overrideModel.getValue();
        String rationale = overrideRationale.getText() == null ? "" : overrideRationale.getText().strip();
        int y = year();
        if (row == null || model == null) {
            return;
        }
        if (rationale.isEmpty()) {
            overrideMessage.setText(texts.getString("classifier.override.prompt"));
            overrideRationale.requestFocus();
            return;
        }
        context.background().run(String.format(texts.getString("status.saving.classification"), row.firm().name()), r -> {
            context.store().classifications().addOverride(row.firm().id(), y, model, rationale, Instant.now());
            return context.store().classifications().overrides();
        }, all -> {
            overrides = all;
            overrideRationale.clear();
            showYear();
            overrideMessage.setText(String.format(texts.getString("classifier.override.saved"), modelName(model), y));
        }).exceptionally(e -> {
            javafx.application.Platform.runLater(() -> overrideMessage.setText(rootMessage(e)));
            return null;
        });
    }

    @FXML
    private void withdrawOverride() {
        ModelOverride o = overridesList.getSelectionModel().getSelectedItem();
        if (o == null || !o.active()) {
            return;
        }
        context.background().run(texts.getString("status.withdrawing"), r -> {
            context.store().classifications().withdraw(o.id(), Instant.now());
            return context.store().classifications().overrides();
        }, all -> {
            overrides = all;
            showYear();
        }).exceptionally(e -> {
            javafx.application.Platform.runLater(() -> overrideMessage.setText(rootMessage(e)));
            return null;
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t.getMessage() == null)) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    // ---- cells ----------------------------------------------------------------------------------------------

    /** A rule that fired (or nearly): model and weight, then the explanation, wrapped. */
    private final class FiredCell extends ListCell<Fired> {
        private final Label head = new Label();
        private final Label words = new Label();
        private final VBox box = new VBox(2, head, words);

        FiredCell(ListView<Fired> list) {
            head.getStyleClass().add("pair-head");
            words.setWrapText(true);
            words.maxWidthProperty().bind(list.widthProperty().subtract(40));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Fired f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            head.setText(modelName(f.rule().model()) + " +" + number(f.rule().weight()) + "  \u00B7  " + f.rule().id());
            words.setText(f.explanation());
            setGraphic(box);
        }
    }

    /** A fact a rule stood on: its year and words, its verified mark. */
    private final class FactCell extends ListCell<Sourced> {
        private final Label words = new Label();
        private final Label mark = new Label();
        private final VBox box = new VBox(1, words, mark);
        private String markClass;

        FactCell(ListView<Sourced> list) {
            words.setWrapText(true);
            words.maxWidthProperty().bind(list.widthProperty().subtract(40));
            mark.getStyleClass().add("fact-mark");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Sourced fact, boolean empty) {
            super.updateItem(fact, empty);
            if (empty || fact == null) {
                setGraphic(null);
                return;
            }
            words.setText(factWords(fact));
            mark.setText(Facts.mark(fact));
            mark.getStyleClass().remove(markClass);
            markClass = Facts.styleClass(fact);
            mark.getStyleClass().add(markClass);
            setGraphic(box);
        }
    }

    public TableView<FirmRow> table() {
        return firmsTable;
    }

    public Slider yearSlider() {
        return yearSlider;
    }

    /** A picture of the chart of models through the years, with its caption and legend. */
    @Override
    public javafx.scene.Node figureNode() {
        return chart.figure(texts.getString("classifier.chart.caption"), this::paintLegend);
    }

    @Override
    public String svg() {
        return chart.svg(texts.getString("classifier.chart.caption"), this::paintLegend);
    }

    private double paintLegend(be.bioregions.explorer.ui.Pen pen, double x, double y, double w) {
        return ModelsChart.paintLegend(pen, x, y, w, this::modelName);
    }

    @Override
    public void showYears(int first, int last) {
        yearSlider.setValue(Math.max(yearSlider.getMin(), Math.min(yearSlider.getMax(), last)));
    }

    @FXML
    private void editFact() {
        Sourced f = factsList.getSelectionModel().getSelectedItem();
        if (f != null) {
            context.editing().edit(factsList, f);
        }
    }

    /** New business-model evidence of the firm shown (a product launched, a platform deal signed...). */
    @FXML
    private void addEvidence() {
        if (shown != null) {
            context.editing().add(factsList, be.bioregions.explorer.domain.FactKind.EVIDENCE,
                    Map.of("firm_id", shown.firm().id()));
        }
    }

    @FXML
    private void deleteFact() {
        Sourced f = factsList.getSelectionModel().getSelectedItem();
        be.bioregions.explorer.domain.FactKind kind = f instanceof Evidence ? be.bioregions.explorer.domain.FactKind.EVIDENCE
                : f instanceof FirmEvent ? be.bioregions.explorer.domain.FactKind.EVENT
                : f instanceof Alliance ? be.bioregions.explorer.domain.FactKind.ALLIANCE : null;
        String id = f instanceof Evidence x ? x.id() : f instanceof FirmEvent e ? e.id() : f instanceof Alliance a ? a.id()
                : null;
        if (kind != null) {
            context.editing().delete(factsList, kind, id);
        }
    }

    /** A story step shows the firm whose reasons were open when it was saved. */
    @Override
    public String storySelection() {
        return shown == null ? null : shown.firm().id();
    }

    @Override
    public CompletableFuture<Void> prepareFigure(String selection) {
        if (selection != null) {
            firmsTable.getItems().stream().filter(r -> r.firm().id().equals(selection)).findFirst().ifPresent(r -> {
                firmsTable.getSelectionModel().select(r);
                firmsTable.scrollTo(r);
            });
        }
        return CompletableFuture.completedFuture(null);
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
    public int[] storyYears() {
        return new int[] {year(), year()};
    }

    public ModelsChart chart() {
        return chart;
    }

    /** The table of the year as CSV: firm, region, the rules' model and scores, the researcher's model. */
    @Override
    public String csv() {
        return data == null ? null : ClassificationCsv.of(firmsTable.getItems(), year());
    }
}
