package be.bioregions.explorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The tooltip of a drawn chart: shown at once beside the pointer with the words for what is under it. */
public final class PointerTip {
    private final Tooltip tooltip = new Tooltip();

    public PointerTip(double maxWidth) {
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(maxWidth);
    }

    /** Shows the words beside the pointer, over the owner's window; null or empty words hide the tooltip. */
    public void show(Node owner, String words, double screenX, double screenY) {
        if (words == null || words.isEmpty()) {
            hide();
            return;
        }
        tooltip.setText(words);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            tooltip.show(owner.getScene().getWindow(), screenX + 14, screenY + 16);
        }
    }

    public void hide() {
        tooltip.hide();
    }

    public boolean isShowing() {
        return tooltip.isShowing();
    }

    /** The words while the tooltip shows, else null. */
    public String text() {
        return tooltip.isShowing() ? tooltip.getText() : null;
    }
}
