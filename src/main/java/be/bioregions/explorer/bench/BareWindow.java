package be.bioregions.explorer.bench;

import be.bioregions.explorer.ui.FirstFrame;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the cold-start figure: a JavaFX window that shows one label, prints the first-frame marker
 * once it is drawn, and exits. Started in a fresh JVM by {@link Bench}, on the same classpath as the app.
 *
 * <p>With {@code --table} the window shows a table of 32 rows and 6 columns instead (no FXML, no database, no
 * stylesheet of ours): what any view that opens on a table pays beyond the label, printed for comparison.
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
            Parent content = getParameters().getRaw().contains("--table") ? table() : new Label("bioRegions Explorer");
            Scene scene = new Scene(new StackPane(content), 1280, 800);
            stage.setScene(scene);
            stage.show();
            FirstFrame.after(scene, FirstFrame::reportAndExit);
        }

        private static TableView<List<String>> table() {
            TableView<List<String>> table = new TableView<>();
            for (int c = 0; c < 6; c++) {
                int column = c;
                TableColumn<List<String>, String> col = new TableColumn<>("Column " + (c + 1));
                col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
                table.getColumns().add(col);
            }
            for (int r = 0; r < 32; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    row.add("row " + (r + 1) + ", cell " + (c + 1));
                }
                table.getItems().add(row);
            }
            return table;
        }
    }
}
