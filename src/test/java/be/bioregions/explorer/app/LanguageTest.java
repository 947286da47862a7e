package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

/** Starts the real application, chooses French in View › Language, and finds the French labels after a restart. */
class LanguageTest extends AppRobot {

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void choosingFrenchShowsFrenchLabelsFromTheNextStart() throws Exception {
        String node = "/bioregions-explorer-test-" + java.util.UUID.randomUUID();
        Locale formats = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        System.setProperty("bioregions.prefs", node);
        try {
            waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                    && !lookup("#firms-table").queryAs(TableView.class).getItems().isEmpty());
            ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
            ResourceBundle french = ResourceBundle.getBundle("i18n.messages", Locale.FRENCH);
            assertNotEquals(english.getString("nav.firms"), french.getString("nav.firms"));

            MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
            interact(() -> item(bar, "menu-language-fr").fire());
            restartApp();
            waitFor("the French navigation", () -> lookup("#nav-firms").tryQuery().isPresent());
            assertEquals(french.getString("nav.firms"), lookup("#nav-firms").queryAs(ToggleButton.class).getText());
            assertEquals(french.getString("nav.notes"), lookup("#nav-notes").queryAs(ToggleButton.class).getText());
            // a search finds a region by the name the table shows for it
            waitFor("the firms", () -> lookup("#firms-table").tryQuery().map(t -> !((javafx.scene.control.TableView<?>) t)
                    .getItems().isEmpty()).orElse(false));
            javafx.scene.control.TableView<?> firms = lookup("#firms-table").queryAs(javafx.scene.control.TableView.class);
            int all = firms.getItems().size();
            interact(() -> lookup("#firm-search").queryAs(javafx.scene.control.TextField.class).setText("wallonie"));
            waitFor("the Walloon firms", () -> firms.getItems().size() > 0 && firms.getItems().size() < all);
            assertEquals(Locale.FRENCH.getLanguage(), Locale.getDefault(Locale.Category.FORMAT).getLanguage(),
                    "dates and numbers follow the language");
            assertEquals(Locale.FRENCH.getLanguage(), Locale.getDefault(Locale.Category.DISPLAY).getLanguage(),
                    "the messages about files and the database follow the language");
        } finally {
            Preferences.userRoot().node(node).removeNode();
            System.clearProperty("bioregions.prefs");
            Locale.setDefault(Locale.Category.FORMAT, formats);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
