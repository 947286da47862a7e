package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.bioregions.explorer.classifier.ClassifierController;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.classifier.Classifier;
import be.bioregions.explorer.domain.classifier.FirmFacts;
import be.bioregions.explorer.classifier.RulesFile;
import be.bioregions.explorer.store.Store;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Starts the real application on a new database and uses the Business models view as a researcher would. */
class ClassifierViewTest extends AppRobot {
    private List<FirmFacts> firms;
    private Map<String, Source> sources;

    @BeforeEach
    void open() throws Exception {
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#nav-business-models").queryAs(javafx.scene.control.ToggleButton.class).isDisabled());
        try (Store store = Store.open(db)) {
            firms = FirmFacts.group(store.firms().all(), store.firms().allEvents(), store.alliances().all(),
                    store.firms().allEvidence());
            sources = store.sources().all().stream().collect(Collectors.toMap(Source::id, s -> s));
        }
        clickOn("#nav-business-models");
        waitFor("the classification", () -> lookup("#classifier-table").tryQuery().isPresent()
                && !table().getItems().isEmpty());
    }

    private TableView<ClassifierController.FirmRow> table() {
        return lookup("#classifier-table").queryTableView();
    }

    /**
     * What the shipped rules say of the stored firms founded by a year, worked out here without the view: as of
     * that year, or as of the year of its first stored acquisition or closure for a firm that ended before it.
     */
    private Map<String, BusinessModel> expected(int year) {
        Map<String, BusinessModel> out = new java.util.HashMap<>();
        for (FirmFacts f : firms) {
            if (f.firm().founded() <= year) {
                int end = endOf(f);
                out.put(f.firm().id(), Classifier.classify(RulesFile.builtIn(), f, Math.min(year, end)).primary());
            }
        }
        return out;
    }

    private static int endOf(FirmFacts f) {
        return f.events().stream().filter(e -> e.kind() == EventKind.ACQUISITION || e.kind() == EventKind.CLOSURE)
                .mapToInt(e -> e.year()).min().orElse(Integer.MAX_VALUE);
    }

    private Map<String, BusinessModel> shown() {
        return table().getItems().stream().collect(Collectors.toMap(r -> r.firm().id(), r -> r.verdict().primary()));
    }

    @Test
    void theTableClassifiesEveryStoredFirmAsOfTheYearChosen() throws Exception {
        assertEquals(firms.stream().filter(f -> f.firm().founded() <= 2016).count(), table().getItems().size());
        assertEquals(expected(2016), shown());
        Slider slider = lookup("#classifier-year").queryAs(Slider.class);
        interact(() -> slider.setValue(2005));
        waitFor("2005", () -> lookup("#classifier-year-label").queryAs(Label.class).getText().contains("2005"));
        assertEquals(expected(2005), shown());
        assertFalse(expected(2005).equals(expected(2016)), "the sample data's models move between 2005 and 2016");
        Label summary = lookup("#classifier-summary").queryAs(Label.class);
        Map<String, BusinessModel> in2005 = expected(2005);
        long insufficient = firms.stream().filter(f -> f.firm().founded() <= 2005 && endOf(f) >= 2005)
                .filter(f -> in2005.get(f.firm().id()) == BusinessModel.INSUFFICIENT_EVIDENCE).count();
        assertTrue(summary.getText().contains(insufficient + " insufficient evidence"), "the summary counts the"
                + " independent firms: " + summary.getText());
        assertTrue(table().getItems().stream().allMatch(r -> r.firm().founded() <= 2005), "no firm founded later");
        // the chart counts the firms still independent in 2005: the table's less those acquired or closed before
        long gone = firms.stream().filter(f -> f.firm().founded() <= 2005 && endOf(f) < 2005).count();
        assertTrue(gone > 0, "the sample data has firms acquired before 2005");
        assertEquals(expected(2005).size() - gone, lookup("#classifier-chart")
                .queryAs(be.bioregions.explorer.classifier.ModelsChart.class).total(2005));
        assertTrue(summary.getText().contains(gone + " firms acquired or closed before 2005"), summary.getText());
        // an acquired firm is listed with its last model as an independent firm, and says so
        FirmFacts acquired = firms.stream().filter(f -> endOf(f) < 2005).findFirst().orElseThrow();
        ClassifierController.FirmRow row = table().getItems().stream()
                .filter(r -> r.firm().id().equals(acquired.firm().id())).findFirst().orElseThrow();
        assertEquals(endOf(acquired), row.verdict().year());
        TableColumn<ClassifierController.FirmRow, ?> ended = table().getColumns().stream()
                .filter(c -> "Ended".equals(c.getText())).findFirst().orElseThrow();
        assertEquals("acquired " + endOf(acquired), ended.getCellData(row));
        FirmFacts independent = firms.stream().filter(f -> f.firm().founded() <= 2005 && endOf(f) > 2005)
                .findFirst().orElseThrow();
        assertEquals("", ended.getCellData(table().getItems().stream()
                .filter(r -> r.firm().id().equals(independent.firm().id())).findFirst().orElseThrow()));
    }

    @Test
    void aFirmShowsTheRulesThatFiredAndTheSourceOfTheirFacts() throws Exception {
        ClassifierController.FirmRow row = table().getItems().stream()
                .filter(r -> !r.verdict().fired().isEmpty() && !r.verdict().fired().get(0).facts().isEmpty())
                .findFirst().orElseThrow();
        interact(() -> {
            table().scrollTo(row);
            table().getSelectionModel().select(row);
        });
        clickOn(lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == row).queryAs(javafx.scene.Node.class));
        ListView<?> fired = lookup("#classifier-fired").queryListView();
        waitFor("the rules that fired", () -> fired.getItems().size() == row.verdict().fired().size());
        assertEquals(row.firm().name(), lookup("#classifier-firm-title").queryAs(Label.class).getText());
        // the first rule's first fact is chosen: its source shows
        var fact = row.verdict().fired().get(0).facts().get(0);
        Label citation = lookup("#source-citation").queryAs(Label.class);
        waitFor("the source", () -> !citation.getText().isEmpty());
        assertEquals(sources.get(fact.sourceId()).citation(), citation.getText());
        assertTrue(lookup("#classifier-history").queryAs(Label.class).getText().contains("2016"));
    }

    @Test
    void theResearchersClassificationIsStoredShownBesideTheRulesAndCanBeWithdrawn() throws Exception {
        ClassifierController.FirmRow row = table().getItems().get(0);
        interact(() -> table().getSelectionModel().select(row));
        ComboBox<BusinessModel> model = lookup("#classifier-override-model").queryComboBox();
        BusinessModel other = row.verdict().primary() == BusinessModel.HYBRID ? BusinessModel.FIPCO : BusinessModel.HYBRID;
        interact(() -> model.setValue(other));
        // without a rationale nothing is saved
        clickOn("#classifier-override-save");
        assertTrue(lookup("#classifier-override-message").queryAs(Label.class).getText().startsWith("Why?"));
        try (Store store = Store.open(db)) {
            assertTrue(store.classifications().overrides().isEmpty());
        }
        clickOn("#classifier-override-rationale").write("Interview with the CFO, 2016: sells its own products.");
        clickOn("#classifier-override-save");
        waitFor("the override in the table", () -> table().getItems().stream()
                .anyMatch(r -> r.firm().id().equals(row.firm().id()) && r.override() != null));
        ClassifierController.FirmRow after = table().getItems().stream()
                .filter(r -> r.firm().id().equals(row.firm().id())).findFirst().orElseThrow();
        assertEquals(other, after.override().model());
        assertEquals(row.verdict().primary(), after.verdict().primary(), "the rules' output stays beside it");
        List<ModelOverride> stored;
        try (Store store = Store.open(db)) {
            stored = store.classifications().overrides();
        }
        assertEquals(1, stored.size());
        assertEquals(other, stored.get(0).model());
        assertEquals(2016, stored.get(0).year());
        assertTrue(stored.get(0).rationale().startsWith("Interview"));

        // withdraw it: the table no longer shows it, the store keeps it as withdrawn
        ListView<ModelOverride> list = lookup("#classifier-overrides").queryListView();
        waitFor("the stored override listed", () -> list.getItems().size() == 1);
        interact(() -> list.getSelectionModel().select(0));
        clickOn("#classifier-override-withdraw");
        waitFor("the override withdrawn", () -> table().getItems().stream()
                .filter(r -> r.firm().id().equals(row.firm().id())).allMatch(r -> r.override() == null));
        try (Store store = Store.open(db)) {
            assertFalse(store.classifications().overrides().get(0).active());
        }
    }
}
