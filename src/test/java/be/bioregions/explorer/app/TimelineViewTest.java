package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.timeline.Lane;
import be.bioregions.explorer.timeline.TimelineChart;
import be.bioregions.explorer.timeline.TimelinePainter;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;

/** Starts the real application on a new database and uses the Timeline view as a researcher would. */
class TimelineViewTest extends AppRobot {

    @BeforeEach
    void start() throws Exception {
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#nav-timeline").queryAs(javafx.scene.control.ToggleButton.class).isDisabled());
        clickOn("#nav-timeline");
        waitFor("the timeline's lanes", () -> lookup("#timeline-chart").tryQuery().isPresent() && !chart().lanes().isEmpty());
    }

    private TimelineChart chart() {
        return lookup("#timeline-chart").queryAs(TimelineChart.class);
    }

    private List<Firm> storedFirms() {
        try (Store store = Store.open(db)) {
            return store.firms().all();
        }
    }

    @Test
    void aRegionFilterLeavesTheLanesOfThatRegionsFirms() throws Exception {
        List<Firm> firms = storedFirms();
        assertEquals(firms.size(), chart().lanes().size(), "one lane per firm at first");

        // keep Wallonia only: untick Flanders and Brussels in the Regions menu
        clickOn("#timeline-regions");
        clickOn("#timeline-region-flanders");
        clickOn("#timeline-region-brussels");
        interact(() -> lookup("#timeline-regions").queryAs(MenuButton.class).hide());
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> walloon = firms.stream().filter(f -> f.region() == Region.WALLONIA).map(Firm::id)
                .collect(Collectors.toSet());
        Set<String> shown = chart().lanes().stream().map(l -> l.firm().id()).collect(Collectors.toSet());
        assertEquals(walloon, shown);
        assertTrue(lookup("#timeline-range").queryAs(Label.class).getText().contains(walloon.size() + " firms"),
                lookup("#timeline-range").queryAs(Label.class).getText());
    }

    @Test
    void zoomingChangesTheVisibleRange() throws Exception {
        Label range = lookup("#timeline-range").queryAs(Label.class);
        assertTrue(range.getText().startsWith("1982\u20132016"), range.getText());
        double span = chart().scale().span();

        clickOn("#timeline-zoom-in");
        assertTrue(chart().scale().span() < span, "the + button shows fewer years");
        assertFalse(range.getText().startsWith("1982\u20132016"), range.getText());

        // the mouse wheel over the plot zooms around the pointer
        double before = chart().scale().span();
        Point2D plot = chart().localToScreen(TimelinePainter.LABEL_WIDTH + chart().painter().plotWidth() / 2,
                chart().painter().lanesTop() + 40);
        moveTo(plot);
        scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(chart().scale().span() - before) > 0.5, "the wheel zooms: " + chart().scale().span());

        // the keyboard: + zooms in, minus zooms out, Home fits all again
        double wheeled = chart().scale().span();
        type(javafx.scene.input.KeyCode.EQUALS);
        double zoomed = chart().scale().span();
        assertTrue(zoomed < wheeled, "+ shows fewer years");
        type(javafx.scene.input.KeyCode.MINUS);
        assertTrue(chart().scale().span() > zoomed, "minus shows more years");
        type(javafx.scene.input.KeyCode.HOME);
        assertEquals(span, chart().scale().span(), 1e-9);
        assertTrue(range.getText().startsWith("1982\u20132016"), range.getText());
    }

    @Test
    void clickingAnEventShowsItsSource() throws Exception {
        // the founding of the first firm founded in the thesis' period in the sample data, and its source as stored
        FirmEvent founding;
        Source source;
        try (Store store = Store.open(db)) {
            founding = store.firms().allEvents().stream()
                    .filter(e -> e.kind() == be.bioregions.explorer.domain.EventKind.FOUNDED && !e.unsourced()
                            && e.year() >= 1982)
                    .min(java.util.Comparator.comparingInt(FirmEvent::year)).orElseThrow();
            source = store.sources().byId(founding.sourceId()).orElseThrow();
        }
        TimelineChart chart = chart();
        int lane = -1;
        for (int i = 0; i < chart.lanes().size(); i++) {
            if (chart.lanes().get(i).firm().id().equals(founding.firmId())) {
                lane = i;
            }
        }
        assertTrue(lane >= 0, "the firm has a lane");
        Lane l = chart.lanes().get(lane);
        TimelinePainter.Cluster cluster = chart.painter().clusters(l).stream()
                .filter(c -> c.marks().stream().anyMatch(m -> m.factId().equals(founding.id()))).findFirst()
                .orElseThrow();
        assertEquals(1, cluster.marks().size(), "the founding glyph stands alone at the default zoom");
        double y = chart.painter().lanesTop() + lane * chart.painter().laneHeight() - chart.painter().scrollY()
                + chart.painter().laneHeight() / 2;
        Point2D at = chart.localToScreen(cluster.x(), y);

        // hovering tells the fact, its source and its mark
        moveTo(at);
        waitFor("the tooltip", () -> chart.tooltipText() != null);
        String tip = chart.tooltipText();
        assertTrue(tip.contains(Integer.toString(founding.year())) && tip.contains(source.citation()), tip);

        // clicking opens the firm's detail with that event's source
        clickOn(at);
        waitFor("the event's source", () -> source.citation().equals(
                lookup("#source-citation").queryAs(Label.class).getText()));
        assertEquals(l.firm().name(), lookup("#firm-title").queryAs(Label.class).getText());
        assertNotNull(lookup("#source-mark").queryAs(Label.class).getText());
        assertEquals(founding.verified() ? "\u2713 verified" : "\u26A0 unverified",
                lookup("#source-mark").queryAs(Label.class).getText());
    }

    @Test
    void theSearchJumpsToAFirmAndVerifiedOnlyHidesUnverifiedFacts() throws Exception {
        Firm last = chart().lanes().get(chart().lanes().size() - 1).firm();
        clickOn("#timeline-search").write(last.name()).type(javafx.scene.input.KeyCode.ENTER);
        waitFor("the firm's detail", () -> last.name().equals(lookup("#firm-title").queryAs(Label.class).getText()));
        int selected = chart().painter().selectedLane();
        assertEquals(last.id(), chart().lanes().get(selected).firm().id());
        assertTrue(selected >= chart().painter().firstVisibleLane() && selected <= chart().painter().lastVisibleLane(),
                "the lane found is in view");

        long unverified = chart().lanes().stream().flatMap(l -> l.marks().stream()).filter(m -> !m.verified()).count();
        assertTrue(unverified > 0, "the sample data has unverified facts");
        clickOn("#timeline-verified");
        assertTrue(lookup("#timeline-verified").queryAs(CheckBox.class).isSelected());
        assertTrue(chart().lanes().stream().flatMap(l -> l.marks().stream()).allMatch(m -> m.verified()));
    }
}
