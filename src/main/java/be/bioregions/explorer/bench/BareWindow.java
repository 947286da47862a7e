package be.bioregions.explorer.bench;

import be.bioregions.explorer.ui.FirstFrame;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the cold-start figure: a JavaFX window that shows one label, prints the first-frame marker
 * once it is drawn, and exits. Started in a fresh JVM by {@link Bench}, on the same classpath as the app.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a nested class, so that the JVM starts from a class that is not an Application). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("bioRegions Explorer")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            FirstFrame.after(scene, FirstFrame::reportAndExit);
        }
    }
}
