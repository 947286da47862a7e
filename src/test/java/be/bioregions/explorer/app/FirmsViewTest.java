package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Starts the real application on a new database and uses the Firms view as a researcher would. */
class FirmsViewTest extends AppRobot {

    private TableView<Firm> firmsTable() {
        return lookup("#firms-table").queryTableView();
    }

    private void assertOrdered(String what, java.util.Comparator<Firm> order) {
        java.util.List<Firm> shown = java.util.List.copyOf(firmsTable().getItems());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(order.compare(shown.get(i - 1), shown.get(i)) <= 0,
                    what + ": " + shown.get(i - 1).name() + " before " + shown.get(i).name());
        }
    }

    @Test
    void clickingAHeaderSortsTheFirmsAndASearchKeepsThatOrder() throws Exception {
        waitFor("the firms table", () -> lookup("#firms-table").tryQuery().isPresent()
                && firmsTable().getItems().size() >= 10);
        java.util.Comparator<Firm> byName = java.util.Comparator.comparing(Firm::name, java.text.Collator.getInstance());
        assertOrdered("by name at first", byName);

        javafx.scene.control.TableColumn<Firm, ?> founded = firmsTable().getColumns().stream()
                .filter(c -> "foundedColumn".equals(c.getId())).findFirst().orElseThrow();
        Node header = lookup("#firms-table .column-header").match(n -> n instanceof
                javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == founded).query();
        clickOn(header);
        waitFor("the sort by year", () -> firmsTable().getSortOrder().equals(java.util.List.of(founded)));
        java.util.Comparator<Firm> byYear = java.util.Comparator.comparingInt(Firm::founded);
        assertOrdered("oldest first", byYear);
        assertTrue(firmsTable().getItems().get(0).founded() < firmsTable().getItems()
                .get(firmsTable().getItems().size() - 1).founded(), "the years differ");

        clickOn(header);
        waitFor("the reversed sort", () -> founded.getSortType() == javafx.scene.control.TableColumn.SortType.DESCENDING);
        assertOrdered("newest first", byYear.reversed());

        int all = firmsTable().getItems().size();
        javafx.scene.control.TextField search = lookup("#firm-search").queryAs(javafx.scene.control.TextField.class);
        interact(() -> search.setText("gen"));
        waitFor("the search", () -> firmsTable().getItems().size() < all);
        assertOrdered("a search keeps the order", byYear.reversed());
        interact(() -> search.setText(""));
        waitFor("every firm again", () -> firmsTable().getItems().size() == all);
        assertOrdered("so does clearing it", byYear.reversed());
    }

    @Test
    void theSampleFirmsAppearAndASelectedFactShowsItsSource() throws Exception {
        waitFor("the firms table", () -> lookup("#firms-table").tryQuery().isPresent()
                && firmsTable().getItems().size() >= 10);
        assertEquals("bioRegions Explorer", FxToolkit.toolkitContext().getRegisteredStage().getTitle());

        // the sample firms are in the table, as stored
        Firm expected;
        try (Store store = Store.open(db)) {
            // read-only peek at the same file is possible because H2 shares it within one JVM
            expected = store.firms().all().stream()
                    .filter(f -> !store.firms().events(f.id()).isEmpty()).findFirst().orElseThrow();
        }
        assertTrue(firmsTable().getItems().stream().anyMatch(f -> f.id().equals(expected.id())));

        // search narrows the table to the firm
        clickOn("#firm-search").write(expected.name());
        waitFor("the search", () -> firmsTable().getItems().stream().allMatch(f -> f.name().toLowerCase()
                .contains(expected.name().toLowerCase()) || String.valueOf(f.origin()).toLowerCase()
                .contains(expected.name().toLowerCase()) || String.valueOf(f.focus()).toLowerCase()
                .contains(expected.name().toLowerCase())));
        assertTrue(firmsTable().getItems().size() < 10, "the search reduced the table");
        Label count = lookup("#firm-count").queryAs(Label.class);
        assertTrue(count.getText().startsWith(firmsTable().getItems().size() + " of "), count.getText());

        // the search looks in the city too, whatever the case, and a term made of two fields finds nothing
        javafx.scene.control.TextField search = lookup("#firm-search").queryAs(javafx.scene.control.TextField.class);
        interact(() -> search.setText(expected.city().toUpperCase(java.util.Locale.ROOT)));
        waitFor("the city search", () -> firmsTable().getItems().stream().anyMatch(f -> f.id().equals(expected.id())));
        interact(() -> search.setText(expected.name() + expected.city()));
        waitFor("no firm", () -> firmsTable().getItems().isEmpty());
        interact(() -> search.setText(expected.name()));
        waitFor("the name search again", () -> firmsTable().getItems().stream().anyMatch(f -> f.id().equals(expected.id())));

        // select the firm: its events appear
        Node row = lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof Firm f && f.id().equals(expected.id())).query();
        clickOn(row);
        TableView<FirmEvent> events = lookup("#events-table").queryTableView();
        waitFor("the firm's events", () -> !events.getItems().isEmpty());
        assertEquals(expected.name(), lookup("#firm-title").queryAs(Label.class).getText());

        // click the first event: the source pane shows that event's source, as stored
        FirmEvent event = events.getItems().get(0);
        clickOn(lookup("#events-table .table-row-cell").nth(0).queryAs(Node.class));
        Source source;
        try (Store store = Store.open(db)) {
            source = store.sources().byId(event.sourceId()).orElseThrow();
        }
        waitFor("the event's source", () -> source.citation().equals(
                lookup("#source-citation").queryAs(Label.class).getText()));
        String mark = lookup("#source-mark").queryAs(Label.class).getText();
        assertEquals(event.verified() ? "\u2713 verified" : "\u26A0 unverified", mark);
        if (source.hasUrl()) {
            assertEquals(source.url(), lookup("#source-link").queryAs(Hyperlink.class).getText());
        }

        // the alliances of the firm are listed with their partners
        TableView<Alliance> alliances = lookup("#alliances-table").queryTableView();
        try (Store store = Store.open(db)) {
            assertEquals(store.alliances().forFirm(expected.id()).size(), alliances.getItems().size());
        }
        assertFalse(lookup("#status-label").queryAs(Label.class).getText().isEmpty());
    }
}
