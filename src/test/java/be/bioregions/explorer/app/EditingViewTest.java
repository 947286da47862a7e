package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.partners.Matrix;
import be.bioregions.explorer.partners.MatrixChart;
import be.bioregions.explorer.store.Store;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** A researcher adds an alliance heard of in an interview through the form, sees it in the matrix, and undoes it. */
class EditingViewTest extends AppRobot {

    private Set<String> partnersOf(String firmId) {
        try (Store store = Store.open(db)) {
            return store.alliances().forFirm(firmId).stream().map(Alliance::partnerId).collect(Collectors.toSet());
        }
    }

    private int cell(String firmId, String partnerId) {
        Matrix m = lookup("#matrix-chart").queryAs(MatrixChart.class).matrix();
        if (m == null || m.rowOf(firmId) < 0 || m.columnOf(partnerId) < 0) {
            return -1;
        }
        Matrix.Cell cell = m.cell(m.rowOf(firmId), m.columnOf(partnerId));
        return cell == null ? 0 : cell.count();
    }

    @Test
    void anAllianceAddedThroughTheFormShowsInTheMatrixAndCtrlZRemovesIt() throws Exception {
        waitFor("the firms", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#firms-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<Firm> firms = lookup("#firms-table").queryAs(TableView.class);
        Firm firm = firms.getItems().stream().filter(f -> f.name().equals("Ablynx")).findFirst().orElseThrow();
        interact(() -> firms.getSelectionModel().select(firm));
        waitFor("the firm's detail", () -> lookup("#alliance-add").tryQuery().map(n -> !n.isDisabled()).orElse(false)
                && lookup("#firm-title").queryAs(Label.class).getText().equals("Ablynx"));
        Set<String> before = partnersOf(firm.id());

        clickOn("#alliance-add");
        waitFor("the alliance form", () -> lookup("#form-start_year").tryQuery().isPresent());
        // saving an empty form says what is missing, by field, and stores nothing
        clickOn("#form-save");
        waitFor("the problems shown", () -> lookup("#form-error-start_year").queryAs(Label.class).isVisible());
        assertTrue(lookup("#form-error-partner_row").queryAs(Label.class).isVisible(), "the partner is required");
        assertTrue(lookup("#form-error-source_id").queryAs(Label.class).isVisible(), "a source or 'unsourced'");

        @SuppressWarnings("unchecked")
        ComboBox<Partner> partners = lookup("#form-partner_id").queryAs(ComboBox.class);
        Partner partner = partners.getItems().stream().filter(p -> !before.contains(p.id())).findFirst().orElseThrow();
        interact(() -> partners.setValue(partner));
        clickOn("#form-start_year").write("20016");
        @SuppressWarnings("unchecked")
        ComboBox<AllianceKind> kind = lookup("#form-kind").queryAs(ComboBox.class);
        interact(() -> kind.setValue(AllianceKind.LICENSING));
        clickOn("#form-unsourced");
        clickOn("#form-save");
        waitFor("the impossible year refused", () -> lookup("#form-error-start_year").queryAs(Label.class)
                .getText().contains("20016"));
        assertEquals(before, partnersOf(firm.id()), "nothing stored while the form has a problem");

        interact(() -> lookup("#form-start_year").queryAs(javafx.scene.control.TextField.class).setText("2012"));
        clickOn("#form-save");
        waitFor("the form closed", () -> lookup("#form-save").tryQuery().isEmpty());
        waitFor("the alliance stored", () -> partnersOf(firm.id()).contains(partner.id()));

        // the change log lists it, with what it added
        clickOn("#menu-edit");
        clickOn("#menu-change-log");
        waitFor("the change log", () -> lookup("#change-log-table").tryQuery().map(n -> !((TableView<?>) n)
                .getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<be.bioregions.explorer.domain.Change> log = lookup("#change-log-table").queryAs(TableView.class);
        assertEquals(1, log.getItems().size());
        assertTrue(log.getItems().get(0).summary().contains("Ablynx") && log.getItems().get(0).summary()
                .contains(partner.name()), log.getItems().get(0).summary());
        assertTrue(lookup("#change-log-undo").tryQuery().map(n -> !n.isDisabled()).orElse(false), "undo offered");
        // the fact's line names its kind in the interface's words, read from the row the change wrote
        assertTrue(lookup("#change-log-table .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().startsWith("Ablynx") && l.getText().endsWith("\u00B7 licensing")),
                "the fact column reads 'Ablynx × partner · 2012 · licensing'");
        interact(() -> ((javafx.stage.Stage) log.getScene().getWindow()).close());

        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor("the new alliance in the matrix", () -> lookup("#matrix-chart").tryQuery().map(Node::isVisible)
                .orElse(false) && cell(firm.id(), partner.id()) == 1);

        clickOn("#matrix-chart");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor("the alliance undone in the database", () -> !partnersOf(firm.id()).contains(partner.id()));
        waitFor("and gone from the matrix", () -> cell(firm.id(), partner.id()) <= 0);
    }
}
