package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Geography;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.store.Store;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

/** Starts the real application and uses the Indicators view as a researcher would. */
class IndicatorsViewTest extends AppRobot {

    private CategoryDataset plotted() {
        ChartViewer viewer = lookup("#indicators-viewer").queryAs(ChartViewer.class);
        return ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
    }

    /** The places and values of the one series a ranked chart draws. */
    private List<String> drawnPlaces() {
        CategoryDataset data = plotted();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < data.getColumnCount(); c++) {
            out.add(data.getColumnKey(c) + "=" + data.getValue(0, c));
        }
        return out;
    }

    @Test
    void switchingIndicatorChangesThePlottedSeriesAndMissingValuesStayMissing() throws Exception {
        openView("nav-indicators");
        waitFor("the indicators chart", () -> lookup("#indicators-viewer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Indicator> indicator = lookup("#indicators-indicator").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> period = lookup("#indicators-period").queryAs(ChoiceBox.class);

        List<IndicatorValue> shares;
        List<IndicatorValue> firms;
        try (Store store = Store.open(db)) {
            shares = store.indicators().values("KBI_RD_SHARE");
            firms = store.indicators().values("KBI_FIRMS");
        }
        Indicator share = indicator.getItems().stream().filter(i -> i.code().equals("KBI_RD_SHARE")).findFirst()
                .orElseThrow();
        interact(() -> indicator.setValue(share));
        IndicatorValue belgium = shares.stream().filter(v -> v.geo().equals("BE") && v.value() != null)
                .findFirst().orElseThrow();
        waitFor("a period with Belgium", () -> String.valueOf(belgium.year()).equals(period.getValue()));
        List<String> before = drawnPlaces();
        assertTrue(before.contains("Belgium=" + belgium.value()), before.toString());
        // a place without a value that year is in the chart as missing, not as zero
        assertTrue(before.stream().anyMatch(p -> p.endsWith("=null")), before.toString());
        assertTrue(before.stream().noneMatch(p -> p.endsWith("=0.0")), before.toString());
        @SuppressWarnings("unchecked")
        TableView<IndicatorValue> table = lookup("#indicators-table").queryAs(TableView.class);
        assertTrue(table.getItems().stream().anyMatch(v -> v.value() == null), "the table lists the missing ones");

        Indicator count = indicator.getItems().stream().filter(i -> i.code().equals("KBI_FIRMS")).findFirst()
                .orElseThrow();
        interact(() -> indicator.setValue(count));
        waitFor("the other indicator", () -> lookup("#indicators-viewer").tryQuery().isPresent()
                && !drawnPlaces().equals(before));
        List<String> after = drawnPlaces();
        String shown = period.getValue();
        for (IndicatorValue v : firms) {
            if (v.value() != null && shown.equals(v.year() != null ? v.year().toString() : v.edition())) {
                assertTrue(after.stream().anyMatch(p -> p.startsWith(Geography.name(v.geo()) + "=")), after.toString());
            }
        }
        assertNotEquals(before, after);
        assertTrue(lookup("#indicators-definition").queryLabeled().getText().contains(count.definition()
                .substring(0, 20)), "the indicator's definition is shown");

        // all years: three years or more of the same indicator become lines, one per place
        interact(() -> period.setValue(period.getItems().get(0)));
        waitFor("the lines", () -> lookup("#indicators-viewer").queryAs(ChartViewer.class).getChart().getPlot()
                instanceof org.jfree.chart.plot.XYPlot);
    }

    @Test
    void thePageOfTheRegionsShowsFourIndicatorsInTheSameOrder() throws Exception {
        openView("nav-indicators");
        waitFor("the indicators chart", () -> lookup("#indicators-viewer").tryQuery().isPresent());
        clickOn(lookup("#indicators-regions").queryAs(ToggleButton.class));
        waitFor("the page", () -> lookup("#indicators-page").tryQuery().isPresent());
        List<ChartViewer> charts = new ArrayList<>(lookup("#indicators-page .chart-viewer").queryAllAs(ChartViewer.class));
        if (charts.isEmpty()) {
            charts = new ArrayList<>(lookup(n -> n instanceof ChartViewer).queryAllAs(ChartViewer.class));
        }
        assertEquals(4, charts.size());
        for (ChartViewer viewer : charts) {
            CategoryDataset data = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
            List<Object> places = new ArrayList<>(data.getColumnKeys());
            assertEquals(List.of("Flemish Region", "Walloon Region", "Brussels-Capital Region", "EU-28 average"),
                    places, viewer.getChart().getTitle().getText());
        }
        try (Store store = Store.open(db)) {
            IndicatorValue brussels = store.indicators().values("RIS_PUB_RD").stream()
                    .filter(v -> v.geo().equals("BE1")).findFirst().orElseThrow();
            CategoryDataset first = ((CategoryPlot) charts.stream().filter(c -> c.getChart().getTitle().getText()
                    .startsWith("R&D expenditure in the public")).findFirst().orElseThrow().getChart().getPlot())
                    .getDataset();
            assertEquals(brussels.value(), first.getValue(brussels.edition(), "Brussels-Capital Region"));
            assertNull(first.getValue(brussels.edition(), "Walloon Region"), "no value found: missing, not zero");
        }
    }
}
