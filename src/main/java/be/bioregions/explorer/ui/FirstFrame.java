package be.bioregions.explorer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once the scene has drawn its next frame: how the benchmark knows that a window shows what it
 * should, in the app and in the bare window it is compared with.
 */
public final class FirstFrame {
    /** What a process prints on its standard output when its first frame is drawn. */
    public static final String MARKER = "bioregions:first-frame";
    /** The system property that makes the app print {@link #MARKER} and exit once its first view shows its data. */
    public static final String EXIT_PROPERTY = "bioregions.bench.exitAfterFirstFrame";

    private FirstFrame() {
    }

    /** Call on the FX thread: after the next layout pass of {@code scene} and the frame drawn from it, runs {@code then}. */
    public static void after(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater comes after the pulse that laid the scene out has drawn it
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Prints the marker and leaves JavaFX: the end of a benchmark run. */
    public static void reportAndExit() {
        System.out.println(MARKER);
        System.out.flush();
        Platform.exit();
    }
}
