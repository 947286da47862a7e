package be.bioregions.explorer.ui;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;

import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The source of the fact chosen in a detail pane: what the fact says, its verified mark, the citation, the
 * address (opened in the browser on request) with its access date, and the fact's note. The same in every view.
 */
public final class SourcePane extends VBox {
    private ResourceBundle texts;

    @FXML private Label sourceFact;
    @FXML private Label sourceMark;
    @FXML private Label sourceCitation;
    @FXML private Hyperlink sourceLink;
    @FXML private Label sourceAccessed;
    @FXML private Label factNote;

    /** Built empty by the FXML of a view; {@link #attach} gives it its texts and its controls. */
    public SourcePane() {
    }

    /** Loads the pane's own FXML; called once, by the pane's owner. */
    public void attach(ResourceBundle viewTexts, Consumer<String> openLink) {
        this.texts = viewTexts;
        FXMLLoader loader = new FXMLLoader(SourcePane.class.getResource(
                "/be/bioregions/explorer/ui/SourcePane.fxml"), viewTexts);
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the source pane", e);
        }
        sourceLink.setOnAction(e -> openLink.accept(sourceLink.getText()));
        clear();
    }

    /** Empties the pane (nothing chosen). */
    public void clear() {
        sourceFact.setText("");
        sourceMark.setText("");
        sourceCitation.setText("");
        sourceLink.setVisible(false);
        sourceAccessed.setText("");
        factNote.setVisible(false);
        factNote.setManaged(false);
    }

    /**
     * Shows a fact's source.
     *
     * @param description the fact in words
     * @param source its source, or null when it has none (or it is not recorded)
     * @param note the fact's note, or null
     */
    public void show(String description, Sourced fact, Source source, String note) {
        sourceFact.setText(description);
        sourceMark.setText(Facts.mark(fact));
        sourceMark.getStyleClass().removeAll("fact-verified", "fact-unverified", "fact-unsourced");
        sourceMark.getStyleClass().add(Facts.styleClass(fact));
        if (source == null) {
            sourceCitation.setText(texts.getString("firms.source.none"));
            sourceLink.setVisible(false);
            sourceAccessed.setText("");
        } else {
            sourceCitation.setText(source.citation());
            sourceLink.setText(source.hasUrl() ? source.url() : "");
            sourceLink.setVisible(source.hasUrl());
            // a long address is shortened in its middle so that the access date stays in view; the tooltip has it whole
            sourceLink.setTooltip(source.hasUrl() ? new Tooltip(source.url()) : null);
            sourceAccessed.setText(source.accessed() == null ? ""
                    : String.format(texts.getString("firms.source.accessed"), source.accessed()));
        }
        factNote.setText(note == null ? "" : String.format(texts.getString("firms.source.note"), note));
        factNote.setVisible(note != null);
        factNote.setManaged(note != null);
    }
}
