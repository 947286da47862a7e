package be.bioregions.explorer.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.ui.ControlState;
import be.bioregions.explorer.ui.DrawnLegend;
import be.bioregions.explorer.ui.Facts;
import be.bioregions.explorer.ui.FirmDetail;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Menus;
import be.bioregions.explorer.ui.ViewContext;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The Timeline view: one lane per firm from 1982 to 2016, its events and alliances as glyphs, the policy context
 * behind them; filters, sorting, zoom and pan; hovering tells a fact and its source, clicking opens the firm's
 * detail (the same as in the Firms view).
 */
public final class TimelineController implements LoadableView {
    private static final String ALL = "*all*";
    private static final String NONE = "*none*";
    private static final int TOOLTIP_LINES = 8;

    private final ViewContext context;
    private final ResourceBundle texts;
    private final Map<Region, CheckBox> regionBoxes = new EnumMap<>(Region.class);
    private final Map<MarkKind, CheckBox> kindBoxes = new EnumMap<>(MarkKind.class);
    private final Map<String, CheckBox> bandBoxes = new LinkedHashMap<>();
    private TimelineData data;
    private LaneQuery query = LaneQuery.all();
    private boolean updating;

    @FXML private javafx.scene.control.SplitPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<LaneQuery.Order> sortBox;
    @FXML private CheckBox groupBox;
    @FXML private MenuButton regionsButton;
    @FXML private MenuButton kindsButton;
    @FXML private ComboBox<String> partnerBox;
    @FXML private ComboBox<String> modelBox;
    @FXML private CheckBox verifiedBox;
    @FXML private MenuButton contextButton;
    @FXML private CheckBox afterBox;
    @FXML private Label rangeLabel;
    @FXML private Label messageLabel;
    @FXML private VBox figure;
    @FXML private TimelineChart chart;
    @FXML private DrawnLegend legend;
    @FXML private FirmDetail detail;

    public TimelineController(ViewContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        detail.attach(context);
        // the keys of the timeline work wherever the focus is in the view, except while typing
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.TextInputControl)
                    && !(e.getTarget() instanceof javafx.scene.control.TableView<?>)
                    && !(e.getTarget() instanceof ComboBox<?>)) {
                chart.handleKey(e);
            }
        });
        chart.setRangeFormat(texts.getString("timeline.range"));
        chart.setStripCaption(texts.getString("timeline.context"));
        rangeLabel.textProperty().bind(chart.rangeProperty());
        legend.setPainter((pen, x, y, w) -> TimelinePainter.paintLegend(pen, x, y, w, this::kindName,
                s -> texts.getString("timeline.symbol." + s.name().toLowerCase())));
        chart.setDescriber(this::describe);
        chart.setOnOpen((lane, mark) -> {
            messageLabel.setText("");
            detail.show(lane.firm(), mark == null ? null : mark.factId());
        });

        sortBox.getItems().setAll(LaneQuery.Order.values());
        sortBox.setConverter(Menus.converter(o -> texts.getString("timeline.sort." + o.name().toLowerCase())));
        sortBox.setValue(query.order());
        sortBox.valueProperty().addListener((obs, old, o) -> apply(query.withOrder(o)));
        groupBox.selectedProperty().addListener((obs, old, g) -> apply(query.withByRegion(g)));

        for (Region r : Region.values()) {
            regionBoxes.put(r, checkItem(regionsButton, "timeline-region-" + r.name().toLowerCase(), r.label(), true,
                    this::regionsChanged));
        }
        for (MarkKind k : MarkKind.values()) {
            kindBoxes.put(k, checkItem(kindsButton, "timeline-kind-" + k.name().toLowerCase(), kindName(k), true,
                    this::kindsChanged));
        }

        partnerBox.getItems().setAll(ALL);
        partnerBox.setValue(ALL);
        partnerBox.valueProperty().addListener((obs, old, p) -> apply(query.withPartner(p == null || ALL.equals(p)
                ? null : p)));

        List<String> models = new ArrayList<>(List.of(ALL, NONE));
        for (BusinessModel m : BusinessModel.values()) {
            models.add(m.name());
        }
        modelBox.getItems().setAll(models);
        modelBox.setConverter(Menus.converter(m -> ALL.equals(m) ? texts.getString("timeline.model.all")
                : NONE.equals(m) ? texts.getString("timeline.model.none") : Codes.label(BusinessModel.valueOf(m))));
        modelBox.setValue(ALL);
        modelBox.valueProperty().addListener((obs, old, m) -> apply(query.withModel(
                m == null || ALL.equals(m) || NONE.equals(m) ? null : BusinessModel.valueOf(m), NONE.equals(m))));

        verifiedBox.selectedProperty().addListener((obs, old, v) -> apply(query.withVerifiedOnly(v)));
        afterBox.selectedProperty().addListener((obs, old, a) -> {
            apply(query.withAfterThesis(a));
            chart.setYearBounds(TimelineData.FIRST_YEAR, a && data != null ? data.lastYear() : TimelineData.THESIS_END);
        });

        searchField.textProperty().addListener((obs, old, text) -> jump(text, false));
        searchField.setOnAction(e -> jump(searchField.getText(), true));
    }

    private CheckBox checkItem(MenuButton menu, String id, String text, boolean selected, Runnable changed) {
        return Menus.checkItem(menu, id, text, selected, () -> {
            if (!updating) {
                changed.run();
            }
        });
    }

    private void regionsChanged() {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        regionBoxes.forEach((r, box) -> {
            if (box.isSelected()) {
                regions.add(r);
            }
        });
        apply(query.withRegions(regions));
    }

    private void kindsChanged() {
        Set<MarkKind> kinds = EnumSet.noneOf(MarkKind.class);
        kindBoxes.forEach((k, box) -> {
            if (box.isSelected()) {
                kinds.add(k);
            }
        });
        apply(query.withKinds(kinds));
    }

    private void bandsChanged() {
        if (data == null) {
            return;
        }
        chart.setBands(data.bands().stream().filter(b -> bandBoxes.get(b.id()).isSelected()).toList());
    }

    @Override
    public CompletableFuture<Void> load() {
        return context.background().run(context.texts().getString("status.loading.timeline"), r -> TimelineData.read(context.store()), d -> {
            data = d;
            fillChoices();
            apply(query);
            bandsChanged();
        }).thenApply(d -> null);
    }

    private void fillChoices() {
        Map<String, String> names = data.partnerNames();
        Set<String> allied = new java.util.HashSet<>();
        data.marks().values().forEach(list -> list.forEach(m -> {
            if (m.partnerId() != null) {
                allied.add(m.partnerId());
            }
        }));
        List<String> partners = new ArrayList<>(List.of(ALL));
        allied.stream().sorted(Comparator.comparing(id -> names.getOrDefault(id, id).toLowerCase()))
                .forEach(partners::add);
        partnerBox.setConverter(Menus.converter(id -> ALL.equals(id) ? texts.getString("timeline.partner.all")
                : names.getOrDefault(id, id)));
        partnerBox.getItems().setAll(partners);
        partnerBox.setValue(ALL);

        contextButton.getItems().clear();
        bandBoxes.clear();
        for (PolicyBand b : data.bands()) {
            String label = b.name() + " (" + b.place() + ", " + years(b) + ")";
            bandBoxes.put(b.id(), checkItem(contextButton, "timeline-band-" + b.id(), label, true,
                    this::bandsChanged));
        }
        contextButton.getItems().add(new SeparatorMenuItem());
        MenuItem all = new MenuItem(texts.getString("timeline.context.all"));
        all.setOnAction(e -> setAllBands(true));
        MenuItem none = new MenuItem(texts.getString("timeline.context.none"));
        none.setOnAction(e -> setAllBands(false));
        contextButton.getItems().addAll(all, none);
    }

    private void setAllBands(boolean shown) {
        updating = true;
        bandBoxes.values().forEach(b -> b.setSelected(shown));
        updating = false;
        bandsChanged();
    }

    private void apply(LaneQuery q) {
        query = q;
        if (data == null) {
            return;
        }
        chart.setLanes(Lanes.build(data, q));
        if (!searchField.getText().isBlank()) {
            jump(searchField.getText(), false);
        }
    }

    private void jump(String text, boolean open) {
        if (text == null || text.isBlank()) {
            messageLabel.setText("");
            return;
        }
        int lane = Lanes.find(chart.lanes(), text);
        if (lane < 0) {
            messageLabel.setText(String.format(texts.getString("timeline.search.none"), text.strip()));
            return;
        }
        messageLabel.setText("");
        chart.reveal(lane);
        if (open) {
            detail.show(chart.lanes().get(lane).firm());
        }
    }

    private String describe(TimelinePainter.Hit hit) {
        if (hit instanceof TimelinePainter.BandHit b) {
            return describe(b.band());
        }
        if (!(hit instanceof TimelinePainter.MarksHit m)) {
            return "";
        }
        Lane lane = chart.lanes().get(m.lane());
        List<Mark> marks = m.cluster().marks();
        StringBuilder text = new StringBuilder(lane.firm().name());
        if (marks.size() == 1) {
            Mark mark = marks.get(0);
            text.append('\n').append(when(mark)).append(" \u00B7 ").append(kindName(mark.kind())).append('\n')
                    .append(mark.label()).append('\n').append(sourceLine(mark)).append('\n').append(Facts.mark(mark));
            return text.toString();
        }
        int shown = Math.min(TOOLTIP_LINES, marks.size());
        for (int i = 0; i < shown; i++) {
            Mark mark = marks.get(i);
            text.append('\n').append(when(mark)).append(" \u00B7 ").append(mark.label()).append("  ")
                    .append(Facts.mark(mark));
        }
        if (marks.size() > shown) {
            text.append('\n').append(String.format(texts.getString("timeline.tooltip.more"), marks.size() - shown));
        }
        return text.toString();
    }

    private String describe(PolicyBand b) {
        return String.format(texts.getString("timeline.tooltip.band"), b.name(), b.place(), years(b))
                + (b.detail() == null ? "" : "\n" + b.detail()) + "\n" + sourceLine(b) + "\n" + Facts.mark(b)
                + (b.note() == null ? "" : "\n" + b.note());
    }

    private String sourceLine(Sourced fact) {
        Source s = fact.unsourced() ? null : data.sourceOf(fact.sourceId());
        if (s == null) {
            return texts.getString("timeline.tooltip.nosource");
        }
        return String.format(texts.getString("timeline.tooltip.source"), Facts.citation(s))
                + (s.hasUrl() ? "\n" + s.url() : "");
    }

    private String years(PolicyBand b) {
        return b.endYear() == null ? String.format(texts.getString("timeline.tooltip.since"), b.startYear())
                : b.startYear() + "\u2013" + b.endYear();
    }

    private static String when(Mark m) {
        return m.month() == null ? Integer.toString(m.year()) : String.format("%d-%02d", m.year(), m.month());
    }

    private String kindName(MarkKind k) {
        return texts.getString(k.textKey());
    }

    @FXML
    private void zoomIn() {
        chart.zoomIn();
    }

    @FXML
    private void zoomOut() {
        chart.zoomOut();
    }

    @FXML
    private void fitAll() {
        chart.fitAll();
    }

    public TimelineChart chart() {
        return chart;
    }

    /** A figure of the timeline: the given firm revealed and opened, or the whole axis. */
    @Override
    public CompletableFuture<Void> prepareFigure(String selection) {
        if (selection == null) {
            return CompletableFuture.completedFuture(null);
        }
        for (int i = 0; i < chart.lanes().size(); i++) {
            Lane lane = chart.lanes().get(i);
            if (!lane.isHeading() && lane.firm().id().equals(selection)) {
                chart.reveal(i);
                return detail.show(lane.firm());
            }
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no firm has the id " + selection));
    }

    /** The firm open in the detail, for a story step and for keeping it open after a change to the data. */
    @Override
    public String storySelection() {
        be.bioregions.explorer.domain.Firm shown = detail.shownFirmProperty().get();
        return shown == null ? null : shown.id();
    }

    @Override
    public void showYears(int first, int last) {
        chart.showYears(first, last);
    }

    @Override
    public java.util.Map<String, String> storyFilters() {
        return ControlState.of(filters());
    }

    @Override
    public void showFilters(java.util.Map<String, String> filters) {
        ControlState.apply(filters, filters());
    }

    private javafx.scene.Node[] filters() {
        return new javafx.scene.Node[] {searchField, sortBox, groupBox, regionsButton, kindsButton, partnerBox, modelBox,
            verifiedBox, contextButton, afterBox};
    }

    @Override
    public int[] storyYears() {
        return new int[] {(int) Math.round(chart.scale().from()), (int) Math.round(chart.scale().to())};
    }

    @Override
    public Node figureNode() {
        return figure;
    }

    @Override
    public String svg() {
        return chart.svg(this::kindName, s -> texts.getString("timeline.symbol." + s.name().toLowerCase()));
    }
}
