package be.bioregions.explorer.ui;

import java.util.Map;

import be.bioregions.explorer.domain.FactKind;

import javafx.scene.Node;

/**
 * What a view offers to change the facts it shows: forms to add and edit a firm, an event, a partner, an alliance
 * or a source, and deletion. The forms live in the edit feature; the views only ask through this, and hide their
 * edit buttons when it is {@link #NONE} (a figure made from the command line).
 */
public interface FactEditing {
    /** No editing: the buttons that would use it are not shown. */
    FactEditing NONE = new FactEditing() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void add(Node owner, FactKind kind, Map<String, String> preset) {
        }

        @Override
        public void edit(Node owner, Object fact) {
        }

        @Override
        public void delete(Node owner, FactKind kind, String id) {
        }
    };

    boolean enabled();

    /**
     * Opens the form of a new fact.
     *
     * @param preset values already known, by column (e.g. the firm of an event added from that firm's detail)
     */
    void add(Node owner, FactKind kind, Map<String, String> preset);

    /** Opens the form of a stored fact: a Firm, FirmEvent, Partner, Alliance or Source. */
    void edit(Node owner, Object fact);

    /** Deletes a fact; the status line says what was deleted and that Ctrl+Z brings it back, or why it was refused. */
    void delete(Node owner, FactKind kind, String id);
}
