package be.bioregions.explorer.partners;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.ui.ControlState;
import be.bioregions.explorer.ui.DrawnLegend;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Labels;
import be.bioregions.explorer.ui.Menus;
import be.bioregions.explorer.ui.SourcePane;
import be.bioregions.explorer.ui.ViewContext;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Partners view: the firm × partner alliance matrix and the firm–partner network as they stood at the end
 * of a year chosen on a slider (or played through), under filters of alliance kind, direction, region and
 * partner kind; a cell lists its pair's alliances with their sources, and the network's centrality table says
 * who is the most preferred partner, and since when.
 */
public final class PartnersController implements LoadableView {
    /** How long each year shows while playing: long enough to read the matrix change. */
    static final Duration PLAY_STEP = Duration.millis(1000);
    private static final long LAYOUT_SEED = 1982;

    private final ViewContext context;
    private final ResourceBundle texts;
    private final Map<AllianceKind, CheckBox> kindBoxes = new EnumMap<>(AllianceKind.class);
    private final Map<Direction, CheckBox> directionBoxes = new EnumMap<>(Direction.class);
    private final Map<Region, CheckBox> regionBoxes = new EnumMap<>(Region.class);
    private final Map<PartnerKind, CheckBox> partnerKindBoxes = new EnumMap<>(PartnerKind.class);
    private final Timeline player = new Timeline(new KeyFrame(PLAY_STEP, e -> stepPlay()));
    private final javafx.animation.PauseTransition measureDelay = new javafx.animation.PauseTransition(
            Duration.millis(250));
    private CheckBox unknownDirectionBox;
    private PartnerData data;
    private PartnerModel model;
    private AllianceFilter filter = AllianceFilter.all();
    private Map<AllianceNetwork.Node, double[]> layout;
    private Map<AllianceNetwork.Node, Integer> firstYears = Map.of();
    /** The story filter that names the partner of the open pair. */
    private static final String OPEN_PAIR = "open-pair";
    private String pairFirm;
    private String pairPartner;
    private int generation;
    private int scoring;
    private boolean scoringBusy;
    private boolean scoringAgain;
    private boolean scoringForced;
    private CompletableFuture<Void> lastRebuild = CompletableFuture.completedFuture(null);
    private CompletableFuture<?> lastScore = CompletableFuture.completedFuture(null);

    @FXML private BorderPane root;
    @FXML private MenuButton kindsButton;
    @FXML private MenuButton directionsButton;
    @FXML private MenuButton regionsButton;
    @FXML private MenuButton partnerKindsButton;
    @FXML private CheckBox verifiedBox;
    @FXML private Label filterLabel;
    @FXML private Button playButton;
    @FXML private Slider yearSlider;
    @FXML private Label yearLabel;
    @FXML private CheckBox afterBox;
    @FXML private TabPane tabs;
    @FXML private Tab matrixTab;
    @FXML private Tab networkTab;

    @FXML private ComboBox<Matrix.RowOrder> rowOrderBox;
    @FXML private ComboBox<Matrix.ColumnOrder> columnOrderBox;
    @FXML private Label rangeLabel;
    @FXML private MatrixChart matrix;
    @FXML private DrawnLegend matrixLegend;

    @FXML private Label pairEmpty;
    @FXML private VBox pairPane;
    @FXML private Label pairTitle;
    @FXML private Label pairSubtitle;
    @FXML private ListView<Alliance> pairList;
    @FXML private javafx.scene.layout.FlowPane pairEditBar;
    @FXML private Button pairEditButton;
    @FXML private Button pairDeleteButton;
    @FXML private SourcePane pairSource;

    @FXML private Label networkLabel;
    @FXML private Label networkCaption;
    @FXML private NetworkChart network;
    @FXML private DrawnLegend networkLegend;
    @FXML private Label leaderPartner;
    @FXML private Label leaderFirm;
    @FXML private TableView<CentralityRow> centralityTable;
    @FXML private TableColumn<CentralityRow, Integer> rankColumn;
    @FXML private TableColumn<CentralityRow, String> nameColumn;
    @FXML private TableColumn<CentralityRow, String> typeColumn;
    @FXML private TableColumn<CentralityRow, Integer> degreeColumn;
    @FXML private TableColumn<CentralityRow, Integer> alliancesColumn;
    @FXML private TableColumn<CentralityRow, Double> betweennessColumn;
    @FXML private TableColumn<CentralityRow, Double> pageRankColumn;
    @FXML private TableColumn<CentralityRow, Integer> firstColumn;
    @FXML private Button betweennessButton;
    @FXML private Label betweennessLabel;

    /** A line of the centrality table. */
    public record CentralityRow(int rank, AllianceNetwork.Node node, String name, String type, int degree,
                                int alliances, Double betweenness, double pageRank, Integer first) {
    }

    public PartnersController(ViewContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        player.setCycleCount(Timeline.INDEFINITE);
        measureDelay.setOnFinished(e -> score(false));
        tabs.getProperties().put(PartnersController.class, this); // tests reach the controller through its tabs
        for (AllianceKind k : AllianceKind.values()) {
            kindBoxes.put(k, Menus.checkItem(kindsButton, "partners-kind-" + id(k), Labels.of(texts, k), true,
                    this::filtersChanged));
        }
        for (Direction d : Direction.values()) {
            directionBoxes.put(d, Menus.checkItem(directionsButton, "partners-direction-" + id(d), Labels.of(texts, d),
                    true, this::filtersChanged));
        }
        unknownDirectionBox = Menus.checkItem(directionsButton, "partners-direction-unknown",
                texts.getString("partners.direction.unknown"), true, this::filtersChanged);
        for (Region r : Region.values()) {
            regionBoxes.put(r, Menus.checkItem(regionsButton, "partners-region-" + id(r), r.label(), true,
                    this::filtersChanged));
        }
        for (PartnerKind k : PartnerKind.values()) {
            partnerKindBoxes.put(k, Menus.checkItem(partnerKindsButton, "partners-partner-kind-" + id(k),
                    Labels.of(texts, k), true, this::filtersChanged));
        }
        verifiedBox.selectedProperty().addListener((obs, old, v) -> filtersChanged());

        yearSlider.setMin(PartnerData.FIRST_YEAR);
        yearSlider.setMax(PartnerData.THESIS_END);
        yearSlider.setValue(PartnerData.THESIS_END);
        yearSlider.setLabelFormatter(Menus.converter(v -> Integer.toString((int) Math.round(v))));
        yearSlider.valueProperty().addListener((obs, old, v) -> {
            if (Math.round(v.doubleValue()) != Math.round(old.doubleValue())) {
                showYear();
            }
        });
        afterBox.selectedProperty().addListener((obs, old, after) -> {
            boolean atEnd = year() >= (int) yearSlider.getMax();
            yearSlider.setMax(after && data != null ? data.lastYear() : PartnerData.THESIS_END);
            if (atEnd || year() > yearSlider.getMax()) {
                yearSlider.setValue(yearSlider.getMax());
            }
        });
        yearLabel.setText(String.format(texts.getString("partners.year"), year()));

        rowOrderBox.getItems().setAll(Matrix.RowOrder.values());
        rowOrderBox.setConverter(Menus.converter(o -> texts.getString("partners.order." + id(o))));
        rowOrderBox.setValue(Matrix.RowOrder.TOTAL);
        rowOrderBox.valueProperty().addListener((obs, old, o) -> showYear());
        columnOrderBox.getItems().setAll(Matrix.ColumnOrder.values());
        columnOrderBox.setConverter(Menus.converter(o -> texts.getString("partners.order." + id(o))));
        columnOrderBox.setValue(Matrix.ColumnOrder.TOTAL);
        columnOrderBox.valueProperty().addListener((obs, old, o) -> showYear());

        matrix.setRangeFormat(texts.getString("partners.range"));
        rangeLabel.textProperty().bind(matrix.rangeProperty());
        matrix.setDescriber(this::describe);
        matrix.setOnOpen(this::openPair);
        matrixLegend.setPainter(this::paintMatrixLegend);
        network.setDescriber(this::describe);
        network.setOnChoose(this::chooseInTable);
        networkLegend.setPainter(this::paintNetworkLegend);

        pairSource.attach(texts, context.openLink());
        pairList.setCellFactory(list -> new PairCell());
        pairList.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                pairSource.show(a.year() + " " + Labels.of(texts, a.kind()) + (a.subject() == null ? "" : ": " + a.subject()),
                        a, a.unsourced() ? null : data.sourceOf(a.sourceId()), a.note());
            }
        });
        showPairPane(false);

        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        nameColumn.setCellValueFactory(Facts.text(CentralityRow::name));
        nameColumn.setCellFactory(c -> Facts.textCell());
        typeColumn.setCellValueFactory(Facts.text(CentralityRow::type));
        typeColumn.setCellFactory(c -> Facts.textCell());
        degreeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().degree()));
        alliancesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().alliances()));
        betweennessColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().betweenness()));
        betweennessColumn.setCellFactory(c -> numberCell("%.3f"));
        pageRankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pageRank()));
        pageRankColumn.setCellFactory(c -> numberCell("%.4f"));
        firstColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().first()));
        centralityTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                network.choose(row.node());
            }
        });
        centralityTable.setTooltip(new javafx.scene.control.Tooltip(texts.getString("partners.centrality.columns")));
        betweennessButton.setVisible(false);
        betweennessButton.setManaged(false);

        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // only the tab in view follows the year and the filters; the other catches up when it is opened
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> showYear());
        boolean editable = context.editing().enabled();
        pairEditBar.setVisible(editable);
        pairEditBar.setManaged(editable);
        pairEditButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
        pairDeleteButton.disableProperty().bind(pairList.getSelectionModel().selectedItemProperty().isNull());
    }

    // ---- changing the pair's alliances (forms of the edit feature, through the context) ------------------------

    @FXML
    private void addPairAlliance() {
        if (pairFirm != null && pairPartner != null) {
            context.editing().add(pairPane, be.bioregions.explorer.domain.FactKind.ALLIANCE,
                    java.util.Map.of("firm_id", pairFirm, "partner_id", pairPartner));
        }
    }

    @FXML
    private void editPairAlliance() {
        Alliance a = pairList.getSelectionModel().getSelectedItem();
        if (a != null) {
            context.editing().edit(pairPane, a);
        }
    }

    @FXML
    private void deletePairAlliance() {
        Alliance a = pairList.getSelectionModel().getSelectedItem();
        if (a != null) {
            context.editing().delete(pairPane, be.bioregions.explorer.domain.FactKind.ALLIANCE, a.id());
        }
    }

    @FXML
    private void editPairPartner() {
        Partner p = pairPartner == null ? null : data.partnerById().get(pairPartner);
        if (p != null) {
            context.editing().edit(pairPane, p);
        }
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The view's keys where the focus is not on a control of its own (a check box, a button, the slider, a table),
     * which keeps the arrows and Space for that control: Space plays or pauses, the others go to the tab in view.
     */
    private void onKey(KeyEvent e) {
        Object target = e.getTarget();
        if (target instanceof javafx.scene.control.Control && !(target instanceof TabPane)) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            togglePlay();
            e.consume();
            return;
        }
        if (tabs.getSelectionModel().getSelectedItem() == matrixTab) {
            matrix.handleKey(e);
        } else {
            network.handleKey(e);
        }
    }

    // ---- loading and filtering -----------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> load() {
        return context.background().run(context.texts().getString("status.loading.alliances"), r -> PartnerData.read(context.store()), d -> {
            data = d;
            if (afterBox.isSelected()) {
                yearSlider.setMax(d.lastYear()); // ticked before the data was there
            }
        }).thenCompose(d -> rebuild());
    }

    private void filtersChanged() {
        filter = new AllianceFilter(selected(kindBoxes, AllianceKind.class), selected(directionBoxes, Direction.class),
                unknownDirectionBox.isSelected(), selected(regionBoxes, Region.class),
                selected(partnerKindBoxes, PartnerKind.class), verifiedBox.isSelected());
        rebuild();
    }

    private static <E extends Enum<E>> Set<E> selected(Map<E, CheckBox> boxes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        boxes.forEach((k, box) -> {
            if (box.isSelected()) {
                set.add(k);
            }
        });
        return set;
    }

    /** Arranges the alliances for the filter, shows the matrix, then lays the network out (slower) behind it. */
    private CompletableFuture<Void> rebuild() {
        if (data == null) {
            return CompletableFuture.completedFuture(null);
        }
        int mine = ++generation;
        PartnerData d = data;
        AllianceFilter f = filter;
        lastRebuild = context.background().run(context.texts().getString("status.counting"), r -> new PartnerModel(d, f), m -> {
            if (mine != generation) {
                return;
            }
            model = m;
            layout = null;
            filterLabel.setText(String.format(texts.getString("partners.filter.summary"), m.alliances().size(),
                    d.alliances().size()));
            // the network of the former filter goes at once; the new one follows when it is laid out
            network.setPicture(null);
            networkCaption.setText("");
            networkLabel.setText(texts.getString("partners.network.laying"));
            centralityTable.getItems().clear();
            leaderPartner.setText("");
            leaderFirm.setText("");
            showYear();
        }).thenCompose(m -> mine != generation ? CompletableFuture.<Void>completedFuture(null)
                : context.background().run(context.texts().getString("status.layout"), r -> new Laid(layoutOf(m),
                m.firstYears()), laid -> {
                    if (mine != generation) {
                        return;
                    }
                    layout = laid.layout();
                    firstYears = laid.firstYears();
                    if (onNetwork()) {
                        showNetwork();
                        measureNow();
                    }
                }).thenApply(x -> (Void) null)).thenApply(x -> null);
        return lastRebuild;
    }

    @Override
    public CompletableFuture<Void> settled() {
        // once the rebuild has laid the network out, it has started the scoring of the year shown: wait for that
        return lastRebuild.thenCompose(x -> lastScore).handle((x, e) -> null);
    }

    private record Laid(Map<AllianceNetwork.Node, double[]> layout, Map<AllianceNetwork.Node, Integer> firstYears) {
    }

    /**
     * The layout of the whole period's network, so that nodes keep their place through the years; a network too
     * large to draw is laid out on its best-connected nodes only (the ones the picture can show).
     */
    static Map<AllianceNetwork.Node, double[]> layoutOf(PartnerModel m) {
        AllianceNetwork whole = m.network(Integer.MAX_VALUE);
        if (whole.nodeCount() <= NetworkPicture.MAX_DOTS * 2) {
            return whole.layout(LAYOUT_SEED);
        }
        List<AllianceNetwork.Score> best = NetworkPicture.bestOfEachSide(whole.scores(false),
                s -> s.node().firm(), NetworkPicture.MAX_DOTS);
        Set<AllianceNetwork.Node> kept = new java.util.HashSet<>();
        best.forEach(s -> kept.add(s.node()));
        return m.subNetwork(kept).layout(LAYOUT_SEED);
    }

    private int year() {
        return (int) Math.round(yearSlider.getValue());
    }

    /** Shows the matrix and the network as they stood at the end of the chosen year. */
    private void showYear() {
        int y = year();
        yearLabel.setText(String.format(texts.getString("partners.year"), y));
        if (model == null) {
            return;
        }
        if (onNetwork()) {
            showNetwork();
            return;
        }
        Matrix m = model.matrix(y, rowOrderBox.getValue(), columnOrderBox.getValue());
        matrix.setCorner(String.format(texts.getString("partners.corner"), y, m.total()));
        matrix.setMatrix(m);
        if (pairFirm != null) {
            showPair(pairFirm, pairPartner);
        }
    }

    // ---- matrix ----------------------------------------------------------------------------------------------

    private String describe(MatrixPainter.Hit hit) {
        Matrix m = matrix.matrix();
        if (hit.isCell()) {
            Matrix.Cell cell = m.cell(hit.row(), hit.column());
            if (cell == null) {
                return "";
            }
            List<Alliance> list = m.alliances(hit.row(), hit.column());
            return String.format(texts.getString("partners.cell.tooltip"), m.firm(hit.row()).name(),
                    m.partner(hit.column()).name(), cell.count(), cell.kindsInWords(k -> Labels.of(texts, k)),
                    list.get(0).year(), list.get(list.size() - 1).year(),
                    cell.unverified() == 0 ? "" : String.format(texts.getString("partners.cell.unverified"),
                            cell.unverified()));
        }
        if (hit.row() >= 0) {
            Firm f = m.firm(hit.row());
            int partners = 0;
            for (int c = 0; c < m.columnCount(); c++) {
                partners += m.cell(hit.row(), c) == null ? 0 : 1;
            }
            return String.format(texts.getString("partners.row.tooltip"), f.name(), Labels.region(texts, f.region()),
                    m.rowTotal(hit.row()), partners);
        }
        if (hit.column() >= 0) {
            Partner p = m.partner(hit.column());
            int firms = 0;
            for (int r = 0; r < m.rowCount(); r++) {
                firms += m.cell(r, hit.column()) == null ? 0 : 1;
            }
            return String.format(texts.getString("partners.column.tooltip"), p.name(), Labels.of(texts, p.kind()),
                    p.country() == null ? "?" : p.country(), m.columnTotal(hit.column()), firms);
        }
        return "";
    }

    private void openPair(int row, int column) {
        Matrix m = matrix.matrix();
        showPair(m.firm(row).id(), m.partner(column).id());
    }

    /** Lists a pair's alliances to the end of the year; the first is chosen so that its source shows. */
    private void showPair(String firmId, String partnerId) {
        pairFirm = firmId;
        pairPartner = partnerId;
        Matrix m = matrix.matrix();
        int row = m.rowOf(firmId);
        int column = m.columnOf(partnerId);
        Firm firm = data.firmById().get(firmId);
        Partner partner = data.partnerById().get(partnerId);
        if (firm == null || partner == null) {
            showPairPane(false);
            return;
        }
        showPairPane(true);
        pairTitle.setText(firm.name() + " \u00D7 " + partner.name());
        Matrix.Cell cell = row < 0 || column < 0 ? null : m.cell(row, column);
        Alliance chosen = pairList.getSelectionModel().getSelectedItem();
        if (cell == null) {
            pairSubtitle.setText(String.format(texts.getString("partners.pair.none"), m.year()));
            pairList.getItems().clear();
            pairSource.clear();
            return;
        }
        pairSubtitle.setText(String.format(texts.getString("partners.pair.subtitle"), cell.count(), m.year(),
                cell.kindsInWords(k -> Labels.of(texts, k))));
        pairList.getItems().setAll(m.alliances(row, column));
        int keep = chosen == null ? -1 : pairList.getItems().indexOf(chosen);
        pairList.getSelectionModel().select(Math.max(0, keep));
    }

    private void showPairPane(boolean shown) {
        pairPane.setVisible(shown);
        pairPane.setManaged(shown);
        pairEmpty.setVisible(!shown);
        pairEmpty.setManaged(!shown);
    }

    private double paintMatrixLegend(be.bioregions.explorer.ui.Pen pen, double x, double y, double w) {
        return MatrixPainter.paintLegend(pen, x, y, w, k -> Labels.of(texts, k), texts.getString("partners.legend.unverified"),
                texts.getString("partners.legend.blank"));
    }

    /** An alliance of the chosen pair: year, kind, direction, value and mark; the subject; the source. */
    private final class PairCell extends ListCell<Alliance> {
        private final Label head = new Label();
        private final Label mark = new Label();
        private final Label subject = new Label();
        private final Label source = new Label();
        private final VBox box = new VBox(2, new javafx.scene.layout.HBox(8, head, mark), subject, source);
        private String markClass;

        PairCell() {
            head.getStyleClass().add("pair-head");
            mark.getStyleClass().add("fact-mark");
            subject.setWrapText(true);
            source.setWrapText(true);
            source.getStyleClass().add("muted");
            // wrap to the list's width, less its scroll bar
            subject.maxWidthProperty().bind(pairList.widthProperty().subtract(40));
            source.maxWidthProperty().bind(pairList.widthProperty().subtract(40));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Alliance a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            head.setText(String.format(texts.getString("partners.pair.line"), a.year(), Labels.of(texts, a.kind()),
                    a.direction() == null ? "" : " \u00B7 " + Labels.of(texts, a.direction()),
                    a.valueMusd() == null ? "" : " \u00B7 " + money(a.valueMusd()) + " M$"));
            mark.setText(Facts.mark(a));
            mark.getStyleClass().remove(markClass);
            markClass = Facts.styleClass(a);
            mark.getStyleClass().add(markClass);
            subject.setText(a.subject() == null ? "" : a.subject());
            subject.setManaged(a.subject() != null);
            subject.setVisible(a.subject() != null);
            var s = a.unsourced() ? null : data.sourceOf(a.sourceId());
            source.setText(s == null ? texts.getString("partners.pair.nosource")
                    : String.format(texts.getString("partners.pair.source"), s.citation()));
            setGraphic(box);
        }
    }

    // ---- network ---------------------------------------------------------------------------------------------

    /** Draws and measures the network of the chosen year, when the network tab shows (else when it is opened). */
    private void showNetwork() {
        if (model == null || layout == null || !onNetwork()) {
            return;
        }
        int y = year();
        NetworkPicture picture = NetworkPicture.of(model, y, layout);
        network.setPicture(picture);
        networkCaption.setText(String.format(texts.getString("partners.network.caption"), y, picture.dots().size(),
                picture.lines().size()));
        networkLabel.setText(picture.dots().size() < picture.nodesInYear()
                || picture.lines().size() < picture.linksInYear()
                ? String.format(texts.getString("partners.network.range.capped"), picture.dots().size(),
                        picture.nodesInYear(), picture.lines().size(), picture.linksInYear(), y)
                : String.format(texts.getString("partners.network.range"), picture.dots().size(),
                        picture.lines().size(), y));
        measureSoon();
    }

    /**
     * Measures the year's network once the year has stood still for a moment: dragging the slider or playing
     * redraws the network at each year, but a measurement (most of a second at the reference size) is only worth
     * starting for a year the user stops at.
     */
    private void measureSoon() {
        measureDelay.playFromStart();
    }

    private void measureNow() {
        measureDelay.stop();
        score(false);
    }

    /**
     * Works out the measures of the year's network in the background; betweenness too when cheap or asked for.
     * While one is running, a newer request waits for it and only the latest of them runs next, so that playing
     * through the years never piles up work.
     */
    private void score(boolean forceBetweenness) {
        if (scoringBusy) {
            scoringAgain = true;
            scoringForced |= forceBetweenness;
            return;
        }
        scoringBusy = true;
        int mine = ++scoring;
        PartnerModel m = model;
        int y = year();
        Map<AllianceNetwork.Node, Integer> first = firstYears;
        lastScore = context.background().run(context.texts().getString("status.measuring"), r -> {
            AllianceNetwork net = m.network(y);
            boolean between = forceBetweenness || net.betweennessAffordable();
            if (between && !net.betweennessAffordable()) {
                r.update(0, 1, String.format(texts.getString("partners.betweenness.computing"), net.nodeCount()));
            }
            List<CentralityRow> rows = new ArrayList<>();
            int rank = 1;
            for (AllianceNetwork.Score sc : net.scores(between)) {
                rows.add(new CentralityRow(rank++, sc.node(), m.name(sc.node()), typeOf(sc.node()), sc.degree(),
                        sc.alliances(), sc.betweenness(), sc.pageRank(), first.get(sc.node())));
            }
            return new Scored(net, rows, m.leader(y, false), m.leader(y, true), between);
        }, scored -> {
            betweennessButton.setDisable(false);
            if (mine != scoring || scoringAgain || m != model || y != year()) {
                return; // measures of a former filter or year
            }
            AllianceNetwork.Node chosen = centralityTable.getSelectionModel().getSelectedItem() == null ? null
                    : centralityTable.getSelectionModel().getSelectedItem().node();
            centralityTable.getItems().setAll(scored.rows());
            centralityTable.sort(); // the order the user chose by clicking a header
            if (chosen != null) {
                scored.rows().stream().filter(row -> row.node().equals(chosen)).findFirst()
                        .ifPresent(row -> centralityTable.getSelectionModel().select(row));
            }
            leaderPartner.setText(leaderWords(scored.partnerLeader(), "partners.leader.partner", y));
            leaderFirm.setText(leaderWords(scored.firmLeader(), "partners.leader.firm", y));
            leaderFirm.setVisible(scored.firmLeader() != null);
            leaderFirm.setManaged(scored.firmLeader() != null);
            boolean skipped = !scored.withBetweenness();
            betweennessButton.setVisible(skipped);
            betweennessButton.setManaged(skipped);
            betweennessLabel.setText(skipped ? String.format(texts.getString("partners.betweenness.skipped"),
                    scored.network().nodeCount(), scored.network().linkCount())
                    : texts.getString("partners.betweenness.done"));
        });
        lastScore.whenComplete((x, e) -> javafx.application.Platform.runLater(() -> {
            scoringBusy = false;
            if (scoringAgain) {
                scoringAgain = false;
                boolean forced = scoringForced;
                scoringForced = false;
                score(forced);
            }
        }));
    }

    private record Scored(AllianceNetwork network, List<CentralityRow> rows, PartnerModel.Leader partnerLeader,
                          PartnerModel.Leader firmLeader, boolean withBetweenness) {
    }

    private String leaderWords(PartnerModel.Leader leader, String key, int y) {
        if (leader == null) {
            return String.format(texts.getString("partners.leader.none"), y);
        }
        return String.format(texts.getString(key), leader.name(), leader.degree(), leader.since());
    }

    private String typeOf(AllianceNetwork.Node node) {
        if (node.firm()) {
            Firm f = data.firmById().get(node.id());
            return f == null ? "" : Labels.region(texts, f.region());
        }
        Partner p = data.partnerById().get(node.id());
        return p == null ? "" : texts.getString("partners.kind." + id(p.kind()))
                + (p.country() == null ? "" : ", " + p.country());
    }

    private String describe(NetworkPicture.Dot dot) {
        String words = String.format(texts.getString("partners.network.tooltip"), dot.name(), typeOf(dot.node()),
                dot.degree(), dot.alliances());
        for (CentralityRow row : centralityTable.getItems()) {
            if (row.node().equals(dot.node())) {
                words += "\n" + texts.getString("col.pagerank") + " " + String.format(Locale.ROOT, "%.4f", row.pageRank())
                        + (row.betweenness() == null ? "" : " \u00B7 " + texts.getString("col.betweenness") + " "
                        + String.format(Locale.ROOT, "%.3f", row.betweenness()))
                        + (row.first() == null ? "" : "\n" + texts.getString("col.first") + " " + row.first());
                break;
            }
        }
        return words;
    }

    private void chooseInTable(AllianceNetwork.Node node) {
        for (CentralityRow row : centralityTable.getItems()) {
            if (row.node().equals(node)) {
                centralityTable.getSelectionModel().select(row);
                centralityTable.scrollTo(row);
                return;
            }
        }
    }

    private double paintNetworkLegend(be.bioregions.explorer.ui.Pen pen, double x, double y, double w) {
        return NetworkPainter.paintLegend(pen, x, y, w, key -> texts.getString("partners.legend." + key));
    }

    /** Betweenness of a large network, on request; the button stays off until the measures come back. */
    @FXML
    private void computeBetweenness() {
        betweennessButton.setDisable(true);
        score(true);
    }

    @FXML
    private void networkZoomIn() {
        network.zoomIn();
    }

    @FXML
    private void networkZoomOut() {
        network.zoomOut();
    }

    @FXML
    private void networkFit() {
        network.fit();
    }

    // ---- playing through the years ---------------------------------------------------------------------------

    @FXML
    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            stopPlay();
            return;
        }
        if (year() >= (int) yearSlider.getMax()) {
            yearSlider.setValue(yearSlider.getMin());
        }
        playButton.setText(texts.getString("partners.pause"));
        player.playFromStart();
    }

    private void stepPlay() {
        if (year() >= (int) yearSlider.getMax()) {
            stopPlay();
            return;
        }
        yearSlider.setValue(year() + 1);
        if (year() >= (int) yearSlider.getMax()) {
            stopPlay();
        }
    }

    private void stopPlay() {
        player.stop();
        playButton.setText(texts.getString("partners.play"));
    }

    /** Whether the years are playing. */
    public boolean playing() {
        return player.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    // ---- figures and export ----------------------------------------------------------------------------------

    private static String money(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static <S> javafx.scene.control.TableCell<S, Double> numberCell(String format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "\u2014" : String.format(Locale.ROOT, format, item));
            }
        };
    }

    public MatrixChart matrixChart() {
        return matrix;
    }

    public NetworkChart networkChart() {
        return network;
    }

    public Slider yearSlider() {
        return yearSlider;
    }

    private boolean onNetwork() {
        return tabs.getSelectionModel().getSelectedItem() == networkTab;
    }

    @Override
    public void showPart(String part) {
        tabs.getSelectionModel().select("network".equals(part) ? networkTab : matrixTab);
    }

    @Override
    public java.util.Map<String, String> storyFilters() {
        java.util.Map<String, String> state = new java.util.LinkedHashMap<>(ControlState.of(filters()));
        if (pairPane.isVisible() && pairPartner != null) {
            state.put(OPEN_PAIR, pairPartner); // the pair's firm is the step's selection
        }
        return state;
    }

    @Override
    public void showFilters(java.util.Map<String, String> filters) {
        ControlState.apply(filters, filters());
        Matrix m = matrix.matrix();
        String partner = filters.get(OPEN_PAIR);
        if (partner != null && m != null && !onNetwork() && matrix.painter().selectedRow() >= 0
                && m.columnOf(partner) >= 0) {
            matrix.choose(matrix.painter().selectedRow(), m.columnOf(partner), true);
        }
    }

    /** A firm chosen in the matrix, or the firm of the pair whose alliances are listed. */
    @Override
    public String storySelection() {
        if (onNetwork() || matrix.matrix() == null) {
            return null;
        }
        if (pairPane.isVisible() && pairFirm != null) {
            return pairFirm;
        }
        int row = matrix.painter().selectedRow();
        return row < 0 ? null : matrix.matrix().firm(row).id();
    }

    private javafx.scene.Node[] filters() {
        return new javafx.scene.Node[] {kindsButton, directionsButton, regionsButton, partnerKindsButton, verifiedBox,
            afterBox, rowOrderBox, columnOrderBox};
    }

    @Override
    public int[] storyYears() {
        return new int[] {year(), year()};
    }

    @Override
    public String storyPart() {
        return onNetwork() ? "network" : null;
    }

    /** The figure as of the last year given (the matrix is cumulative, so the first year does not narrow it). */
    @Override
    public void showYears(int first, int last) {
        if (last > yearSlider.getMax()) {
            afterBox.setSelected(true);
        }
        yearSlider.setValue(Math.max(yearSlider.getMin(), Math.min(yearSlider.getMax(), last)));
    }

    /** Chooses a firm: its row in the matrix, or its node in the network (its links lit). */
    @Override
    public CompletableFuture<Void> prepareFigure(String selection) {
        if (selection == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (onNetwork()) {
            AllianceNetwork.Node node = new AllianceNetwork.Node(selection, true);
            if (network.painter().indexOf(node) < 0) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("no firm in the network of "
                        + year() + " has the id " + selection));
            }
            network.choose(node);
            return CompletableFuture.completedFuture(null);
        }
        int row = matrix.matrix() == null ? -1 : matrix.matrix().rowOf(selection);
        if (row < 0) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no firm in the matrix of " + year()
                    + " has the id " + selection));
        }
        matrix.choose(row, -1, false);
        return CompletableFuture.completedFuture(null);
    }

    /** A picture of the figure: the whole matrix (up to the figure's limit) or the network, with caption and legend. */
    @Override
    public Node figureNode() {
        return onNetwork() ? network.figure(caption(), this::paintNetworkLegend)
                : matrix.figure(caption(), this::paintMatrixLegend);
    }

    @Override
    public String svg() {
        return onNetwork() ? network.svg(caption(), this::paintNetworkLegend)
                : matrix.svg(caption(), this::paintMatrixLegend);
    }

    /**
     * The caption of a figure: what it shows, to the end of which year, under which filters, and, for a matrix too
     * large for one figure, which rows and columns.
     */
    private String caption() {
        String filters = filter.describe(e -> Labels.of(texts, e),
                texts.getString("partners.direction.unknown"), texts.getString("partners.verified").toLowerCase(Locale.ROOT));
        String words;
        if (onNetwork()) {
            words = networkCaption.getText();
        } else {
            Matrix m = matrix.matrix();
            words = String.format(texts.getString("partners.matrix.caption"), year(), m == null ? 0 : m.total());
            MatrixPainter p = matrix.figurePainter();
            if (m != null && (p.lastVisibleRow() < m.rowCount() - 1 || p.lastVisibleColumn() < m.columnCount() - 1)) {
                words += String.format(texts.getString("partners.matrix.part"), p.lastVisibleRow() + 1,
                        p.lastVisibleColumn() + 1, m.rowCount(), m.columnCount());
            }
        }
        return filters.isEmpty() ? words : words + " \u00B7 " + filters;
    }

    /** The counts of the matrix of the year and filters chosen (made afresh: the matrix tab may not be in view). */
    @Override
    public String csv() {
        return model == null ? null : model.matrix(year(), rowOrderBox.getValue(), columnOrderBox.getValue()).csv();
    }

    /** Waits until the network is laid out and measured, for figures and tests. */
    public boolean networkReady() {
        return layout != null && network.painter().picture() != null;
    }
}
