package be.bioregions.explorer.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows: the message of the work running now with its progress (-1: busy with no measure,
 * 0: idle), or, when nothing runs, the resting message (for example what the database holds). Used on the FX
 * thread only.
 */
public final class Status {
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private String resting = "";
    private int running;

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Sets the message shown when no work runs, and shows it unless work is running. */
    public void show(String text) {
        resting = text;
        if (running == 0) {
            message.set(text);
            progress.set(0);
        }
    }

    void started(String what) {
        running++;
        message.set(what);
        progress.set(-1);
    }

    void report(String what, double fraction) {
        if (what != null && !what.isBlank()) {
            message.set(what);
        }
        progress.set(fraction);
    }

    void finished() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            message.set(resting);
            progress.set(0);
        }
    }
}
