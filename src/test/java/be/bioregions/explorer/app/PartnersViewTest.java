package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.partners.Matrix;
import be.bioregions.explorer.partners.MatrixChart;
import be.bioregions.explorer.partners.MatrixPainter;
import be.bioregions.explorer.partners.PartnersController;
import be.bioregions.explorer.store.Store;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;

/** Starts the real application on a new database and uses the Partners view as a researcher would. */
class PartnersViewTest extends AppRobot {
    private List<Alliance> alliances;
    private List<Firm> firms;
    private Map<String, Source> sources;
    private Map<String, Partner> partners;

    @BeforeEach
    void start() throws Exception {
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#nav-partners").queryAs(javafx.scene.control.ToggleButton.class).isDisabled());
        try (Store store = Store.open(db)) {
            alliances = store.alliances().all();
            firms = store.firms().all();
            sources = store.sources().all().stream().collect(Collectors.toMap(Source::id, s -> s));
            partners = store.partners().all().stream().collect(Collectors.toMap(Partner::id, p -> p));
        }
        clickOn("#nav-partners");
        waitFor("the matrix", () -> lookup("#matrix-chart").tryQuery().isPresent() && chart().matrix() != null);
    }

    private MatrixChart chart() {
        return lookup("#matrix-chart").queryAs(MatrixChart.class);
    }

    private Slider slider() {
        return lookup("#partners-year").queryAs(Slider.class);
    }

    /** The pair with the most alliances begun by the end of 2016, as stored. */
    private List<Alliance> busiestPair() {
        Map<String, List<Alliance>> byPair = alliances.stream().filter(a -> a.year() <= 2016)
                .collect(Collectors.groupingBy(a -> a.firmId() + "|" + a.partnerId()));
        return byPair.values().stream().max(Comparator.comparingInt((List<Alliance> l) -> l.size())
                .thenComparing(l -> l.get(0).id())).orElseThrow().stream()
                .sorted(Comparator.comparingInt(Alliance::year).thenComparing(Alliance::id)).toList();
    }

    /** Scrolls a cell into view and gives its centre on the screen. */
    private Point2D cellOnScreen(int row, int column) {
        interact(() -> chart().choose(row, column, false));
        MatrixPainter p = chart().painter();
        double x = MatrixPainter.LEFT + column * MatrixPainter.CELL_W - p.scrollX() + MatrixPainter.CELL_W / 2;
        double y = MatrixPainter.TOP + row * MatrixPainter.CELL_H - p.scrollY() + MatrixPainter.CELL_H / 2;
        return chart().localToScreen(x, y);
    }

    @Test
    void aCellCountsThePairsStoredAlliancesAndClickingItListsThemWithTheirSources() throws Exception {
        List<Alliance> pair = busiestPair();
        Alliance first = pair.get(0);
        Matrix m = chart().matrix();
        assertEquals(2016, m.year());
        int row = m.rowOf(first.firmId());
        int column = m.columnOf(first.partnerId());
        assertEquals(pair.size(), m.cell(row, column).count());
        assertEquals(alliances.stream().filter(a -> a.year() <= 2016).count(), m.total());

        // hovering tells the pair; clicking lists its alliances, the first chosen with its source
        Point2D at = cellOnScreen(row, column);
        moveTo(at);
        waitFor("the tooltip", () -> chart().tooltipText() != null);
        assertTrue(chart().tooltipText().contains(partners.get(first.partnerId()).name()), chart().tooltipText());
        clickOn(at);
        ListView<Alliance> list = lookup("#partners-pair-list").queryListView();
        waitFor("the pair's alliances", () -> !list.getItems().isEmpty());
        assertEquals(pair.stream().map(Alliance::id).toList(), list.getItems().stream().map(Alliance::id).toList());
        Label citation = lookup("#source-citation").queryAs(Label.class);
        assertEquals(sources.get(first.sourceId()).citation(), citation.getText());
        assertEquals(first.verified() ? "\u2713 verified" : "\u26A0 unverified",
                lookup("#source-mark").queryAs(Label.class).getText());

        // the year slider: the matrix as it stood in the first year of the pair, and before it the cell is blank
        interact(() -> slider().setValue(first.year() - 1));
        waitFor("the earlier matrix", () -> chart().matrix().year() == first.year() - 1);
        m = chart().matrix();
        int earlierRow = m.rowOf(first.firmId());
        int earlierColumn = m.columnOf(first.partnerId());
        assertTrue(earlierRow < 0 || earlierColumn < 0 || m.cell(earlierRow, earlierColumn) == null);
        assertEquals(alliances.stream().filter(a -> a.year() < first.year()).count(), m.total());
        interact(() -> slider().setValue(first.year()));
        waitFor("the pair's first year", () -> chart().matrix().year() == first.year());
        m = chart().matrix();
        assertEquals(pair.stream().filter(a -> a.year() <= first.year()).count(),
                m.cell(m.rowOf(first.firmId()), m.columnOf(first.partnerId())).count());
        assertEquals(pair.stream().filter(a -> a.year() <= first.year()).count(), list.getItems().size(),
                "the open pair follows the year");

        // the keyboard: the arrow keys on the slider step a year, Home goes back to 1982
        interact(() -> slider().requestFocus());
        type(KeyCode.LEFT);
        waitFor("a year back", () -> chart().matrix().year() == first.year() - 1);
        type(KeyCode.HOME);
        waitFor("1982", () -> chart().matrix().year() == 1982);
        assertEquals(alliances.stream().filter(a -> a.year() <= 1982).count(), chart().matrix().total());
    }

    @Test
    void playStepsThroughTheYearsAndStopsAtTheEnd() throws Exception {
        interact(() -> slider().setValue(2013));
        clickOn("#partners-play");
        PartnersController controller = controller();
        assertTrue(controller.playing());
        waitFor("a year later", () -> chart().matrix().year() == 2014);
        waitFor("the end of the slider", () -> chart().matrix().year() == 2016 && !controller.playing());
        assertEquals("\u25B6 Play", lookup("#partners-play").queryAs(Button.class).getText());
    }

    private PartnersController controller() {
        return (PartnersController) lookup("#partners-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getProperties().get(PartnersController.class);
    }

    @Test
    void theRegionFilterLeavesTheFirmsOfTheRegionAndTheirAlliances() throws Exception {
        clickOn("#partners-regions");
        clickOn("#partners-region-flanders");
        clickOn("#partners-region-brussels");
        interact(() -> lookup("#partners-regions").queryAs(MenuButton.class).hide());
        Set<String> walloon = firms.stream().filter(f -> f.region() == Region.WALLONIA).map(Firm::id)
                .collect(Collectors.toSet());
        long walloonAlliances = alliances.stream().filter(a -> a.year() <= 2016 && walloon.contains(a.firmId())).count();
        waitFor("the Walloon matrix", () -> chart().matrix().total() == walloonAlliances);
        Matrix m = chart().matrix();
        for (int r = 0; r < m.rowCount(); r++) {
            assertEquals(Region.WALLONIA, m.firm(r).region());
        }
        Set<String> allied = new HashSet<>();
        alliances.stream().filter(a -> a.year() <= 2016 && walloon.contains(a.firmId()))
                .forEach(a -> allied.add(a.partnerId()));
        assertEquals(allied.size(), m.columnCount());
    }

    @Test
    void theNetworkTabNamesTheMostPreferredPartnerAndSortsTheMeasures() throws Exception {
        clickOn("#partners-network-tab");
        TableView<PartnersController.CentralityRow> table = lookup("#partners-centrality").queryTableView();
        waitFor("the measures", () -> !table.getItems().isEmpty());
        // the partner allied with the most distinct firms by 2016, as stored
        Map<String, Set<String>> firmsOf = new HashMap<>();
        alliances.stream().filter(a -> a.year() <= 2016)
                .forEach(a -> firmsOf.computeIfAbsent(a.partnerId(), k -> new HashSet<>()).add(a.firmId()));
        int most = firmsOf.values().stream().mapToInt(Set::size).max().orElseThrow();
        Set<String> leaders = firmsOf.entrySet().stream().filter(e -> e.getValue().size() == most)
                .map(e -> partners.get(e.getKey()).name()).collect(Collectors.toSet());
        String words = lookup("#partners-leader-partner").queryAs(Label.class).getText();
        assertTrue(leaders.stream().anyMatch(words::contains), words + " names one of " + leaders);
        assertTrue(words.contains(" " + most + " firm"), words);
        // every node has a betweenness at this size, and the table's degrees are the stored counterparties
        assertTrue(table.getItems().stream().allMatch(r -> r.betweenness() != null));
        PartnersController.CentralityRow top = table.getItems().stream().filter(r -> !r.node().firm())
                .max(Comparator.comparingInt(PartnersController.CentralityRow::degree)).orElseThrow();
        assertEquals(most, top.degree());
        // sorting by PageRank (click the header twice: descending) puts the highest first
        javafx.scene.Node header = lookup(".column-header").match(n -> n instanceof TableColumnHeader h
                && h.getTableColumn() != null && "PageR.".equals(h.getTableColumn().getText())).query();
        clickOn(header);
        clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        double highest = table.getItems().stream().mapToDouble(PartnersController.CentralityRow::pageRank).max()
                .orElseThrow();
        assertEquals(highest, table.getItems().get(0).pageRank(), 1e-12);
        // the order chosen holds when the year moves
        Set<String> nodes2010 = new HashSet<>();
        alliances.stream().filter(a -> a.year() <= 2010).forEach(a -> {
            nodes2010.add("f:" + a.firmId());
            nodes2010.add("p:" + a.partnerId());
        });
        interact(() -> slider().setValue(2010));
        waitFor("the measures of 2010", () -> table.getItems().size() == nodes2010.size());
        double highest2010 = table.getItems().stream().mapToDouble(PartnersController.CentralityRow::pageRank).max()
                .orElseThrow();
        assertEquals(highest2010, table.getItems().get(0).pageRank(), 1e-12);
        // choosing a row marks its node in the network
        interact(() -> table.getSelectionModel().select(table.getItems().get(0)));
        assertTrue(lookup("#network-chart").queryAs(be.bioregions.explorer.partners.NetworkChart.class).painter()
                .selected() >= 0);
    }

    @Test
    void theKeysOpenACellAndAFilterThatRemovesThePairSaysSo() throws Exception {
        List<Alliance> pair = busiestPair();
        Alliance first = pair.get(0);
        Matrix m = chart().matrix();
        int row = m.rowOf(first.firmId());
        int column = m.columnOf(first.partnerId());
        // Home goes to the first cell; the arrows walk to the pair; Enter opens it
        clickOn(cellOnScreen(0, 0));
        type(KeyCode.HOME);
        for (int r = 0; r < row; r++) {
            type(KeyCode.DOWN);
        }
        for (int c = 0; c < column; c++) {
            type(KeyCode.RIGHT);
        }
        assertEquals(row, chart().painter().selectedRow());
        assertEquals(column, chart().painter().selectedColumn());
        type(KeyCode.ENTER);
        ListView<Alliance> list = lookup("#partners-pair-list").queryListView();
        waitFor("the pair's alliances", () -> list.getItems().size() == pair.size());

        // leave out every kind of alliance: the matrix empties and the open pair says it has none left
        clickOn("#partners-kinds");
        for (be.bioregions.explorer.domain.AllianceKind k : be.bioregions.explorer.domain.AllianceKind.values()) {
            clickOn("#partners-kind-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        interact(() -> lookup("#partners-kinds").queryAs(MenuButton.class).hide());
        waitFor("an empty matrix", () -> chart().matrix().total() == 0);
        assertEquals(0, chart().matrix().columnCount());
        waitFor("the pair emptied", () -> list.getItems().isEmpty());
        assertTrue(lookup("#partners-pair-subtitle").queryAs(Label.class).getText().startsWith("No alliance"),
                lookup("#partners-pair-subtitle").queryAs(Label.class).getText());
        assertTrue(lookup("#partners-filter-summary").queryAs(Label.class).getText().startsWith("0 of "));
    }
}
