package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Note;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Starts the real application and takes notes as a researcher in an interview would. */
class NotesViewTest extends AppRobot {

    private void openNotes() throws Exception {
        // the window opens on the Firms view once the database is open
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#firms-table").queryAs(TableView.class).getItems().isEmpty());
        clickOn("#nav-notes");
        waitFor("the notes, read", () -> lookup("#notes-count").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
    }

    /** Starts a new note and types its title; returns how many notes the list held before. */
    private int newNoteTitled(String title) throws Exception {
        int before = list().getItems().size();
        clickOn("#notes-new");
        waitFor("a new note", () -> list().getItems().size() == before + 1);
        clickOn("#notes-title").write(title);
        return before;
    }

    @SuppressWarnings("unchecked")
    private ListView<Note> list() {
        return lookup("#notes-list").queryAs(ListView.class);
    }

    @Test
    void typedTextSurvivesLeavingTheViewAndARestartAndSearchFindsIt() throws Exception {
        openNotes();
        newNoteTitled("Interview at the science park");
        clickOn("#notes-body").write("We spoke about the xylophone");
        // leave the view at once, before the second's wait is over: the text is written on the way out
        clickOn("#nav-firms");
        waitFor("the firms view", () -> lookup("#firms-table").tryQuery().isPresent());
        clickOn("#nav-notes");
        waitFor("the note again", () -> lookup("#notes-body").queryAs(TextArea.class).getText()
                .equals("We spoke about the xylophone"));
        // more text, and the application closed at once, the caret still in the body: closing writes it
        TextArea body = lookup("#notes-body").queryAs(TextArea.class);
        interact(() -> body.appendText(" platform and its partners."));
        restartApp();
        openNotes();
        waitFor("the notes", () -> list().getItems().stream()
                .anyMatch(n -> n.body().equals("We spoke about the xylophone platform and its partners.")));
        Note kept = list().getItems().stream().filter(n -> n.title().equals("Interview at the science park"))
                .findFirst().orElseThrow();
        assertEquals("We spoke about the xylophone platform and its partners.", kept.body());

        TextField search = lookup("#notes-search").queryAs(TextField.class);
        interact(() -> search.setText("XYLOPHONE"));
        waitFor("the search", () -> list().getItems().size() == 1);
        assertEquals(kept.id(), list().getItems().get(0).id());
        // the word found is marked in the list
        waitFor("the highlighted match", () -> lookup(".search-hit").tryQuery().isPresent());
        Text hit = lookup(".search-hit").queryAs(Text.class);
        assertEquals("xylophone", hit.getText());
        interact(() -> search.setText("xylophone nowhere"));
        waitFor("no match", () -> list().getItems().isEmpty());
    }

    @Test
    void aDeletedNoteComesBackWithUndo() throws Exception {
        openNotes();
        int before = newNoteTitled("To be deleted by mistake");
        clickOn("#notes-delete");
        waitFor("the note gone", () -> list().getItems().size() == before);
        assertTrue(lookup("#notes-undo-bar").query().isVisible(), "the undo bar is offered");
        clickOn("#notes-undo");
        waitFor("the note back", () -> list().getItems().stream()
                .anyMatch(n -> n.title().equals("To be deleted by mistake")));
        try (be.bioregions.explorer.store.Store store = be.bioregions.explorer.store.Store.open(db)) {
            assertTrue(store.notes().all().stream().anyMatch(n -> n.title().equals("To be deleted by mistake")),
                    "restored in the database too");
        }
    }

    @Test
    void aNoteLinkedToAFirmIsShownInThatFirmsDetail() throws Exception {
        openNotes();
        newNoteTitled("Visit to the lab");
        @SuppressWarnings("unchecked")
        ComboBox<Firm> firms = lookup("#notes-link-firm").queryAs(ComboBox.class);
        Firm firm = firms.getItems().get(0);
        interact(() -> firms.setValue(firm));
        waitFor("the link chip", () -> lookup("#notes-links .link-chip").tryQuery().isPresent());
        waitFor("the link stored", () -> {
            try (be.bioregions.explorer.store.Store store = be.bioregions.explorer.store.Store.open(db)) {
                return store.notes().forFirm(firm.id()).stream().anyMatch(n -> n.title().equals("Visit to the lab"));
            }
        });

        clickOn("#nav-firms");
        waitFor("the firms table", () -> lookup("#firms-table").tryQuery().isPresent()
                && !lookup("#firms-table").queryAs(TableView.class).getItems().isEmpty());
        TextField search = lookup("#firm-search").queryAs(TextField.class);
        interact(() -> search.setText(firm.name()));
        waitFor("the firm's row", () -> lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof Firm f && f.id().equals(firm.id())).tryQuery().isPresent());
        Node row = lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof Firm f && f.id().equals(firm.id())).query();
        clickOn(row);
        waitFor("the firm's notes", () -> lookup("#firm-notes").queryAs(Label.class).getText()
                .contains("Visit to the lab"));
        assertTrue(lookup("#firm-title").queryAs(Label.class).getText().equals(firm.name()));
    }
}
