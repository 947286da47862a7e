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

        double normal = rootFontSize();
        Stage stage = (Stage) windowRoot().getScene().getWindow();
        push(KeyCode.F5);
        waitFor("defense mode", () -> windowRoot().getStyleClass().contains("defense"));
        assertFalse(lookup("#menu-view").tryQuery().isPresent() && lookup(".menu-bar").query().isVisible(),
                "no menu bar in defense mode");
        waitFor("larger type", () -> rootFontSize() > normal * 1.3);
        assertTrue(stage.isFullScreen(), "full screen");

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

        push(KeyCode.F5);
        waitFor("defense mode", () -> windowRoot().getStyleClass().contains("defense"));
        push(KeyCode.PAGE_DOWN);
        waitFor("step 1: the firm as saved", () -> lookup("#firms-table").tryQuery().map(Node::isVisible).orElse(false)
                && chosen.equals(firms.getSelectionModel().getSelectedItem()));
        push(KeyCode.PAGE_DOWN);
        waitFor("step 2: the indicator as saved", () -> lookup("#indicators-viewer").tryQuery().map(Node::isVisible)
                .orElse(false) && firmsCount.equals(indicator.getValue()));
        push(KeyCode.PAGE_UP);
        waitFor("back to step 1", () -> lookup("#firms-table").tryQuery().map(Node::isVisible).orElse(false));
    }
}
