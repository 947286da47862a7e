package be.bioregions.explorer.indicators;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import be.bioregions.explorer.domain.Geography;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.ui.ControlState;
import be.bioregions.explorer.ui.DrawScale;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Menus;
import be.bioregions.explorer.ui.ViewContext;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * The Indicators view: an OECD or RIS indicator for the chosen places, charted the way its values allow (ranked
 * bars, grouped bars by edition, lines over years), its values in a table with their sources, and a page of the
 * Belgian regions on the four RIS indicators of the thesis.
 */
public final class IndicatorsController implements LoadableView {
    private static final String ALL_PERIODS = "\u0000all";

    private final ViewContext context;
    private final ResourceBundle texts;
    /** The story filter that names the places not chosen. */
    private static final String LEFT_OUT = "places-left-out";
    /** The words the charts write themselves, in the interface's language. */
    private final IndicatorCharts.Words words;
    /** The charts' type size follows the window's (a probe in the view reads it). */
    private final DrawScale drawScale = new DrawScale(this::redraw);
    private volatile IndicatorData data;
    private boolean regionsPage;

    /** What an export draws: the plans shown and whether as the regions page, published together. */
    private record Figure(List<ChartPlan> plans, boolean page) {
    }

    /** Read by the exports, on any thread; replaced whole each time the view draws. */
    private volatile Figure figure = new Figure(List.of(), false);
    private boolean updating;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private ChoiceBox<IndicatorDataset> datasetChoice;
    @FXML private ComboBox<Indicator> indicatorChoice;
    @FXML private ChoiceBox<String> periodChoice;
    @FXML private ToggleButton regionsToggle;
    @FXML private Label definitionLabel;
    @FXML private StackPane chartPane;
    @FXML private TableView<IndicatorValue> valuesTable;
    @FXML private TableColumn<IndicatorValue, String> indicatorColumn;
    @FXML private TableColumn<IndicatorValue, String> placeColumn;
    @FXML private TableColumn<IndicatorValue, String> valueColumn;
    @FXML private TableColumn<IndicatorValue, String> unitColumn;
    @FXML private TableColumn<IndicatorValue, String> yearColumn;
    @FXML private TableColumn<IndicatorValue, String> editionColumn;
    @FXML private TableColumn<IndicatorValue, String> sourceColumn;
    @FXML private TableColumn<IndicatorValue, IndicatorValue> markColumn;
    @FXML private ListView<Place> placesList;
    @FXML private javafx.scene.control.Button belgiumButton;
    @FXML private javafx.scene.control.Button allButton;

    /** A place in the list, ticked when it is charted. */
    public static final class Place {
        private final String code;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Place(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return Geography.name(code);
        }
    }

    public IndicatorsController(ViewContext context) {
        this.context = context;
        this.texts = context.texts();
        this.words = new IndicatorCharts.Words(texts.getString("indicators.chart.novalue"),
                texts.getString("indicators.chart.nofigures"), texts.getString("indicators.chart.allperiods"),
                texts.getString("indicators.chart.byyear"));
    }

    @FXML
    private void initialize() {
        root.getChildren().add(drawScale.probe());
        datasetChoice.setItems(FXCollections.observableArrayList(IndicatorDataset.values()));
        datasetChoice.setConverter(Menus.converter(d -> texts.getString("indicators.dataset." + d.name())));
        indicatorChoice.setConverter(Menus.converter(Indicator::name));
        indicatorChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Indicator item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = !empty && item != null && data != null && data.values(item.code()).isEmpty();
                setText(empty || item == null ? null : item.name() + (none ? " " + texts.getString("indicators.novalues") : ""));
            }
        });
        periodChoice.setConverter(Menus.converter(p -> p.equals(ALL_PERIODS) ? texts.getString("indicators.period.all") : p));
        placesList.setCellFactory(CheckBoxListCell.forListView(Place::chosenProperty));
        placeColumn.setCellValueFactory(Facts.text(v -> Geography.name(v.geo())));
        indicatorColumn.setCellValueFactory(Facts.text(v -> data.indicator(v.code()) == null ? v.code()
                : data.indicator(v.code()).name()));
        valueColumn.setCellValueFactory(Facts.text(v -> v.value() == null ? texts.getString("indicators.missing")
                : format(v.value())));
        valueColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                IndicatorValue row = empty ? null : getTableRow().getItem();
                boolean missing = row != null && row.value() == null;
                getStyleClass().remove("missing-value");
                if (missing) {
                    getStyleClass().add("missing-value");
                }
            }
        });
        unitColumn.setCellValueFactory(Facts.text(v -> unitOf(v.code())));
        yearColumn.setCellValueFactory(Facts.text(v -> v.year() == null ? "" : v.year().toString()));
        editionColumn.setCellValueFactory(Facts.text(IndicatorValue::edition));
        sourceColumn.setCellValueFactory(Facts.text(v -> Facts.citation(source(v))));
        markColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        markColumn.setCellFactory(c -> Facts.markCell(true));
        java.util.stream.Stream.of(indicatorColumn, placeColumn, unitColumn, editionColumn, sourceColumn)
                .forEach(column -> column.setCellFactory(c -> Facts.textCell()));

        datasetChoice.valueProperty().addListener((obs, old, d) -> showDataset(d));
        indicatorChoice.valueProperty().addListener((obs, old, i) -> showIndicator(i));
        periodChoice.valueProperty().addListener((obs, old, p) -> redraw());
        regionsToggle.selectedProperty().addListener((obs, old, on) -> {
            regionsPage = on;
            redraw();
        });
    }

    @Override
    public CompletableFuture<Void> load() {
        return context.background().run(texts.getString("indicators.loading"), r -> IndicatorData.read(context.store()),
                read -> {
                    data = read;
                    datasetChoice.setValue(IndicatorDataset.OECD_KBI);
                }).thenApply(read -> null);
    }

    /** Shows the indicator with this code (the {@code --indicator} of an export), or the regions page. */
    @Override
    public CompletableFuture<Void> prepareFigure(String selection) {
        if (selection != null) {
            Indicator indicator = data.indicator(selection);
            if (indicator == null) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("no indicator has the code "
                        + selection + "; the codes are: " + String.join(", ",
                        data.indicators().stream().map(Indicator::code).toList())));
            }
            select(indicator);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public String storySelection() {
        return regionsPage || indicatorChoice.getValue() == null ? null : indicatorChoice.getValue().code();
    }

    @Override
    public String storyPart() {
        return regionsPage ? "regions" : null;
    }

    /** The period and the places left out, for a story step (the indicator is its selection). */
    @Override
    public Map<String, String> storyFilters() {
        Map<String, String> filters = new java.util.LinkedHashMap<>(ControlState.of(periodChoice));
        filters.put(LEFT_OUT, placesList.getItems().stream().filter(p -> !p.chosenProperty().get()).map(Place::code)
                .collect(java.util.stream.Collectors.joining(",")));
        return filters;
    }

    @Override
    public void showFilters(Map<String, String> filters) {
        ControlState.apply(filters, periodChoice);
        String leftOut = filters.get(LEFT_OUT);
        if (leftOut != null) {
            Set<String> out = Set.of(leftOut.split(","));
            updating = true;
            try {
                placesList.getItems().forEach(p -> p.chosenProperty().set(!out.contains(p.code())));
            } finally {
                updating = false;
            }
            redraw();
        }
    }

    @Override
    public void showPart(String part) {
        regionsToggle.setSelected("regions".equals(part));
    }

    /** Chooses an indicator, switching to its dataset. */
    public void select(Indicator indicator) {
        regionsToggle.setSelected(false);
        datasetChoice.setValue(indicator.dataset());
        indicatorChoice.setValue(indicator);
    }

    private void showDataset(IndicatorDataset dataset) {
        if (data == null || dataset == null) {
            return;
        }
        List<Indicator> indicators = data.indicators(dataset);
        indicatorChoice.setItems(FXCollections.observableArrayList(indicators));
        indicatorChoice.setValue(indicators.isEmpty() ? null : indicators.get(0));
    }

    private void showIndicator(Indicator indicator) {
        if (data == null || indicator == null) {
            return;
        }
        updating = true;
        try {
            List<Place> places = new ArrayList<>();
            List<String> offered = data.places(indicator.code());
            for (String code : offered) {
                Place p = new Place(code);
                p.chosenProperty().addListener((obs, old, on) -> redraw());
                places.add(p);
            }
            placesList.setItems(FXCollections.observableArrayList(places));
            List<IndicatorValue> values = data.values(indicator.code());
            List<String> periods = new ArrayList<>(ChartPlan.periods(values));
            if (periods.size() > 1) {
                periods.add(0, ALL_PERIODS);
            }
            periodChoice.setItems(FXCollections.observableArrayList(periods));
            String busiest = ChartPlan.busiestPeriod(values, Set.copyOf(offered));
            periodChoice.setValue(busiest != null ? busiest : periods.isEmpty() ? null : periods.get(0));
        } finally {
            updating = false;
        }
        redraw();
    }

    @FXML
    private void chooseBelgium() {
        choose(code -> Geography.belgian(code) || Geography.average(code));
    }

    @FXML
    private void chooseAll() {
        choose(code -> true);
    }

    private void choose(java.util.function.Predicate<String> which) {
        updating = true;
        try {
            placesList.getItems().forEach(p -> p.chosenProperty().set(which.test(p.code())));
        } finally {
            updating = false;
        }
        redraw();
    }

    /** The plan, chart and table of what is chosen now. */
    private void redraw() {
        if (updating || data == null) {
            return;
        }
        boolean page = regionsPage;
        datasetChoice.setDisable(page);
        indicatorChoice.setDisable(page);
        periodChoice.setDisable(page);
        placesList.setDisable(page);
        belgiumButton.setDisable(page);
        allButton.setDisable(page);
        indicatorColumn.setVisible(page);
        if (page) {
            List<ChartPlan> shown = regionPlans();
            definitionLabel.setText(texts.getString("indicators.regions.about"));
            GridPane grid = new GridPane();
            grid.setId("indicators-page");
            for (int i = 0; i < 2; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(50);
                grid.getColumnConstraints().add(c);
                RowConstraints r = new RowConstraints();
                r.setPercentHeight(50);
                grid.getRowConstraints().add(r);
            }
            for (int i = 0; i < shown.size(); i++) {
                ChartViewer viewer = new ChartViewer(onScreen(chart(shown.get(i), true)));
                GridPane.setHgrow(viewer, Priority.ALWAYS);
                GridPane.setVgrow(viewer, Priority.ALWAYS);
                grid.add(viewer, i % 2, i / 2);
            }
            chartPane.getChildren().setAll(grid);
            figure = new Figure(shown, true);
            List<IndicatorValue> rows = new ArrayList<>();
            for (ChartPlan plan : shown) {
                rows.addAll(tableRows(plan.indicator(), IndicatorData.REGION_PAGE_PLACES));
            }
            valuesTable.getItems().setAll(rows);
            return;
        }
        Indicator indicator = indicatorChoice.getValue();
        if (indicator == null) {
            figure = new Figure(List.of(), false);
            chartPane.getChildren().clear();
            valuesTable.getItems().clear();
            definitionLabel.setText("");
            return;
        }
        definitionLabel.setText(indicator.definition() == null ? "" : indicator.definition());
        List<String> chosen = placesList.getItems().stream().filter(p -> p.chosenProperty().get())
                .map(Place::code).toList();
        String period = periodChoice.getValue();
        ChartPlan plan = ChartPlan.of(indicator, data.values(indicator.code()), chosen,
                period == null || period.equals(ALL_PERIODS) ? null : period);
        figure = new Figure(List.of(plan), false);
        ChartViewer viewer = new ChartViewer(onScreen(chart(plan, false)));
        viewer.setId("indicators-viewer");
        chartPane.getChildren().setAll(viewer);
        valuesTable.getItems().setAll(tableRows(indicator, chosen));
    }

    /** A chart for the screen: its type follows the window's text size (defense mode, Ctrl +). */
    private JFreeChart onScreen(JFreeChart chart) {
        return IndicatorCharts.enlarged(chart, drawScale.factor());
    }

    private JFreeChart chart(ChartPlan plan, boolean compact) {
        return IndicatorCharts.chart(plan, plan.indicator().name(), compact, words);
    }

    private List<ChartPlan> regionPlans() {
        List<Indicator> indicators = IndicatorData.REGION_PAGE.stream().map(data::indicator)
                .filter(java.util.Objects::nonNull).toList();
        Set<String> periods = new LinkedHashSet<>();
        List<IndicatorValue> all = new ArrayList<>();
        for (Indicator i : indicators) {
            all.addAll(data.values(i.code()).stream()
                    .filter(v -> IndicatorData.REGION_PAGE_PLACES.contains(v.geo())).toList());
        }
        periods.addAll(ChartPlan.periods(all));
        return indicators.stream().map(i -> ChartPlan.fixed(i, data.values(i.code()),
                IndicatorData.REGION_PAGE_PLACES, List.copyOf(periods))).toList();
    }

    /**
     * The values of the indicator for the places, as stored (a missing value says so), and a row saying "no
     * figure" for each place the data have nothing for.
     */
    private List<IndicatorValue> tableRows(Indicator indicator, List<String> places) {
        List<IndicatorValue> rows = new ArrayList<>(data.values(indicator.code()).stream()
                .filter(v -> places.contains(v.geo())).toList());
        List<String> order = ChartPlan.ordered(places);
        for (String place : order) {
            if (rows.stream().noneMatch(v -> v.geo().equals(place))) {
                rows.add(new IndicatorValue(indicator.code(), place, null, "", null, null, false,
                        texts.getString("indicators.nofigure")));
            }
        }
        rows.sort(java.util.Comparator.comparing((IndicatorValue v) -> order.indexOf(v.geo())));
        return rows;
    }

    private Source source(IndicatorValue v) {
        return v.sourceId() == null ? null : data.sources().get(v.sourceId());
    }

    private String unitOf(String code) {
        Indicator i = data == null ? null : data.indicator(code);
        return i == null || i.unit() == null ? "" : i.unit();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ENGLISH, "%,.0f", value)
                : String.format(Locale.ENGLISH, "%,.3f", value).replaceAll("0+$", "");
    }

    // ---- figures ----------------------------------------------------------------------------------------------

    /** The title of a figure. */
    private String title(Figure f) {
        return f.page() || f.plans().size() != 1 ? texts.getString("indicators.regions.title")
                : f.plans().get(0).indicator().name();
    }

    /** Draws a figure: one chart, or the page of four with its title and footnote. Safe off the FX thread. */
    private ChartFiles.Drawing drawing(Figure f) {
        if (f.page() || f.plans().size() != 1) {
            List<JFreeChart> charts = f.plans().stream().map(p -> chart(p, true)).toList();
            String title = texts.getString("indicators.regions.title");
            String footnote = texts.getString("indicators.regions.footnote");
            return (g, area) -> IndicatorCharts.page(g, area, title, footnote, charts);
        }
        JFreeChart chart = chart(f.plans().get(0), false);
        return chart::draw;
    }

    @Override
    public String svg() {
        Figure f = figure;
        return f.plans().isEmpty() ? null : ChartFiles.svg(drawing(f), ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }

    @Override
    public byte[] pdf() {
        Figure f = figure;
        return f.plans().isEmpty() ? null : ChartFiles.pdf(drawing(f), ChartFiles.WIDTH, ChartFiles.HEIGHT, title(f));
    }

    @Override
    public byte[] png() {
        Figure f = figure;
        return f.plans().isEmpty() ? null : ChartFiles.png(drawing(f), ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }

    @Override
    public Node figureNode() {
        return chartPane;
    }

    /** The table beside the chart: every value shown, with its unit, year, edition, source and verified mark. */
    @Override
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("indicator", "place_code", "place", "value", "unit", "year", "edition", "source_id",
                    "source", "verified", "note");
            for (IndicatorValue v : valuesTable.getItems()) {
                csv.printRecord(v.code(), v.geo(), Geography.name(v.geo()),
                        v.value() == null ? "missing" : v.value(), unitOf(v.code()),
                        v.year() == null ? "" : v.year(), v.edition(), v.sourceId() == null ? "" : v.sourceId(),
                        Facts.citation(source(v)), v.verified(), v.note() == null ? "" : v.note());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
