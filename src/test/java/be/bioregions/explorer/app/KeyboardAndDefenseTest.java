package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Starts the real application and presents with the keyboard only, as a candidate before a jury would. */
class KeyboardAndDefenseTest extends AppRobot {

    private Parent windowRoot() {
        return lookup("#navigation").query().getScene().getRoot();
    }

    private double rootFontSize() {
        return windowRoot().getChildrenUnmodifiable().isEmpty() ? 0
                : ((javafx.scene.text.Text) lookup(".nav-button .text").query()).getFont().getSize();
    }

    @Test
    void theViewsAreReachedByShortcutAndF5EntersDefenseModeWithLargerType() throws Exception {
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#firms-table").queryAs(TableView.class).getItems().isEmpty());

        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor("the indicators view by Ctrl+5", () -> lookup("#indicators-chart").tryQuery()
                .map(Node::isVisible).orElse(false));
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor("the notes view by Ctrl+6", () -> lookup("#notes-list").tryQuery().map(Node::isVisible).orElse(false));

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor("the timeline by Ctrl+2", () -> lookup("#timeline-chart").tryQuery().map(Node::isVisible).orElse(false));
        be.bioregions.explorer.timeline.TimelineChart timeline =
                lookup("#timeline-chart").queryAs(be.bioregions.explorer.timeline.TimelineChart.class);
        assertTrue(timeline.drawScale() == 1.0, "the timeline draws at 1:1 in normal mode, not " + timeline.drawScale());

        double normal = rootFontSize();
        Stage stage = (Stage) windowRoot().getScene().getWindow();
        push(KeyCode.F5);
        waitFor("defense mode", () -> windowRoot().getStyleClass().contains("defense"));
        assertFalse(lookup("#menu-view").tryQuery().isPresent() && lookup(".menu-bar").query().isVisible(),
                "no menu bar in defense mode");
        waitFor("larger type", () -> rootFontSize() > normal * 1.3);
        assertTrue(stage.isFullScreen(), "full screen");
        // the drawn views grow with the type, not only the labels around them
        waitFor("the timeline drawn larger", () -> timeline.drawScale() > 1.3);

        double big = rootFontSize();
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitFor("larger still", () -> rootFontSize() > big);
        // the shortcuts work without the menu bar
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor("the firms view in defense mode", () -> lookup("#firms-table").tryQuery().map(Node::isVisible)
                .orElse(false));

        push(KeyCode.F5);
        waitFor("normal mode", () -> !windowRoot().getStyleClass().contains("defense"));
        assertTrue(lookup(".menu-bar").query().isVisible(), "the menu bar is back");
    }

    private int storySteps() {
        try (be.bioregions.explorer.store.Store store = be.bioregions.explorer.store.Store.open(db)) {
            return store.story().all().size();
        }
    }

    @Test
    void savedViewsAreSteppedThroughWithPageDownInDefenseMode() throws Exception {
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && lookup("#firms-table").queryAs(TableView.class).getItems().size() > 5);
        @SuppressWarnings("unchecked")
        TableView<be.bioregions.explorer.domain.Firm> firms = lookup("#firms-table").queryAs(TableView.class);
        be.bioregions.explorer.domain.Firm chosen = firms.getItems().get(3);
        interact(() -> firms.getSelectionModel().select(chosen));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the first step saved", () -> storySteps() == 1);

        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor("the indicators view", () -> lookup("#indicators-viewer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<be.bioregions.explorer.domain.Indicator> indicator =
                lookup("#indicators-indicator").queryAs(javafx.scene.control.ComboBox.class);
        be.bioregions.explorer.domain.Indicator firmsCount = indicator.getItems().stream()
                .filter(i -> i.code().equals("KBI_FIRMS")).findFirst().orElseThrow();
        interact(() -> indicator.setValue(firmsCount));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the second step saved", () -> storySteps() == 2);
        // elsewhere, with another indicator chosen
        interact(() -> indicator.setValue(indicator.getItems().get(0)));
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor("the notes view", () -> lookup("#notes-list").tryQuery().map(Node::isVisible).orElse(false));

        // a third step: the timeline without the Walloon firms (a filter, kept with the step)
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor("the timeline", () -> lookup("#timeline-chart").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.CheckBox wallonia = lookup("#timeline-regions")
                .queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .map(i -> ((javafx.scene.control.CustomMenuItem) i).getContent())
                .filter(n -> "timeline-region-wallonia".equals(n.getId()))
                .map(javafx.scene.control.CheckBox.class::cast).findFirst().orElseThrow();
        be.bioregions.explorer.timeline.TimelineChart timeline =
                lookup("#timeline-chart").queryAs(be.bioregions.explorer.timeline.TimelineChart.class);
        waitFor("the timeline's lanes", () -> !timeline.lanes().isEmpty());
        int allLanes = timeline.lanes().size();
        interact(() -> wallonia.setSelected(false));
        waitFor("fewer lanes without Wallonia", () -> timeline.lanes().size() < allLanes);
        int withoutWallonia = timeline.lanes().size();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the third step saved", () -> storySteps() == 3);
        interact(() -> wallonia.setSelected(true));
        waitFor("all lanes again", () -> timeline.lanes().size() == allLanes);
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);

        push(KeyCode.F5);
        waitFor("defense mode", () -> windowRoot().getStyleClass().contains("defense"));
        push(KeyCode.PAGE_DOWN);
        waitFor("step 1: the firm as saved", () -> lookup("#firms-table").tryQuery().map(Node::isVisible).orElse(false)
                && chosen.equals(firms.getSelectionModel().getSelectedItem()));
        push(KeyCode.PAGE_DOWN);
        waitFor("step 2: the indicator as saved", () -> lookup("#indicators-viewer").tryQuery().map(Node::isVisible)
                .orElse(false) && firmsCount.equals(indicator.getValue()));
        push(KeyCode.PAGE_DOWN);
        waitFor("step 3: the timeline with its filter as saved", () -> timeline.isVisible() && !wallonia.isSelected()
                && timeline.lanes().size() == withoutWallonia);
        push(KeyCode.PAGE_UP);
        push(KeyCode.PAGE_UP);
        waitFor("back to step 1", () -> lookup("#firms-table").tryQuery().map(Node::isVisible).orElse(false));
    }
}
