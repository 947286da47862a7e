package be.bioregions.explorer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Status;
import be.bioregions.explorer.ui.ViewContext;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: the navigation between views, the view area and the status bar. */
public final class MainWindowController {
    private final ResourceBundle texts;
    private final Status status;
    private final Map<Views, Views.Loaded> loaded = new EnumMap<>(Views.class);
    private final CompletableFuture<Void> firstView = new CompletableFuture<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private ViewContext context;

    @FXML private BorderPane root;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label startupMessage;
    @FXML private Label statusLabel;
    @FXML private ProgressBar statusProgress;
    @FXML private MenuItem exportPngItem;
    @FXML private MenuItem exportSvgItem;
    @FXML private MenuItem exportCsvItem;
    @FXML private MenuItem exportPdfItem;
    private Views current;

    public MainWindowController(ResourceBundle texts, Status status) {
        this.texts = texts;
        this.status = status;
    }

    @FXML
    private void initialize() {
        for (Views view : Views.values()) {
            ToggleButton button = new ToggleButton(texts.getString(view.titleKey()));
            button.setId("nav-" + view.id());
            button.setUserData(view);
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setDisable(true);
            navigation.getChildren().add(button);
        }
        navGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one view is always shown
            } else {
                show((Views) toggle.getUserData());
            }
        });
        statusLabel.textProperty().bind(status.messageProperty());
        // a message longer than the window (an interrupted import's, say) can be read whole by pointing at it
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(status.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        statusLabel.setTooltip(whole);
        statusProgress.progressProperty().bind(status.progressProperty());
        statusProgress.visibleProperty().bind(status.progressProperty().isNotEqualTo(0));
        exportPngItem.setDisable(true);
        exportSvgItem.setDisable(true);
        exportCsvItem.setDisable(true);
        exportPdfItem.setDisable(true);
    }

    /** Shows a message in the view area while the database opens. */
    public void showStartupMessage(String text) {
        startupMessage.setText(text);
    }

    /** The store is open: enable the navigation and show the Firms view. */
    public void attach(ViewContext viewContext) {
        this.context = viewContext;
        navigation.getChildren().forEach(n -> n.setDisable(false));
        navGroup.getToggles().get(0).setSelected(true);
    }

    /** Shows that the store could not be opened; the views stay disabled. */
    public void fail(String message) {
        startupMessage.setText(texts.getString("status.failed") + ":\n\n" + message);
        startupMessage.getStyleClass().add("error");
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(texts.getString("error.title"));
        alert.setHeaderText(texts.getString("error.header"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    /** Completes when the first view shown has its data (or failed to get it). */
    CompletableFuture<Void> firstViewReady() {
        return firstView;
    }

    /** Writes what any view has not written yet (a note being typed): the application is closing. */
    void flushAll() {
        loaded.values().forEach(l -> {
            if (l.controller() != null) {
                l.controller().flush();
            }
        });
    }

    void show(Views view) {
        Views.Loaded leaving = current == null ? null : loaded.get(current);
        if (leaving != null && leaving.controller() != null && current != view) {
            leaving.controller().flush();
        }
        Views.Loaded v = loaded.computeIfAbsent(view, k -> {
            Views.Loaded l = k.load(context);
            if (l.controller() != null) {
                l.controller().load().whenComplete((ok, error) -> firstView.complete(null));
            } else {
                firstView.complete(null);
            }
            return l;
        });
        content.getChildren().setAll(v.root());
        current = view;
        exportPngItem.setDisable(v.controller() == null);
        // only a drawn view has a vector form; the others are exported as a picture of the screen
        exportSvgItem.setDisable(v.controller() == null || !view.drawn());
        exportCsvItem.setDisable(v.controller() == null || !view.tabular());
        exportPdfItem.setDisable(v.controller() == null || !view.printable());
    }

    @FXML
    private void exportPng() {
        export("PNG", "*.png");
    }

    @FXML
    private void exportSvg() {
        export("SVG", "*.svg");
    }

    @FXML
    private void exportPdf() {
        export("PDF", "*.pdf");
    }

    @FXML
    private void exportCsv() {
        export("CSV", "*.csv");
    }

    /** Asks where to write a figure of the view shown, then writes it in the background. */
    private void export(String format, String pattern) {
        Views.Loaded v = current == null ? null : loaded.get(current);
        if (v == null || v.controller() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(String.format(texts.getString("export.title"), texts.getString(current.titleKey()), format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, pattern));
        chooser.setInitialFileName(current.id() + pattern.substring(1));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        LoadableView view = v.controller();
        String suffix = pattern.substring(1);
        if (format.equals("PDF") || format.equals("PNG") && current.printable()) {
            // a figure the view draws itself is made and written in the background: the window stays responsive
            context.background().run("Writing " + out.getFileName(), r -> {
                byte[] bytes = format.equals("PDF") ? view.pdf() : view.png();
                if (bytes == null) {
                    throw new java.io.IOException("the view shows no figure yet; choose what to show, then export");
                }
                FigureExporter.writeBytes(bytes, out, suffix);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)))
                    .exceptionally(e -> {
                        Throwable cause = e.getCause() != null ? e.getCause() : e;
                        Platform.runLater(() -> status.show("Could not write " + out + ": " + cause.getMessage()));
                        return null;
                    });
        } else if (!format.equals("PNG")) {
            String text = format.equals("SVG") ? view.svg() : view.csv();
            if (text == null) {
                return;
            }
            context.background().run("Writing " + out.getFileName(), r -> {
                FigureExporter.writeText(text, out, suffix);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)));
        } else {
            Node part = view.figureNode();
            WritableImage image = part == null ? v.root().snapshot(null, null) : part.snapshot(null, null);
            context.background().run("Writing " + out.getFileName(), r -> {
                FigureExporter.writePng(image, out);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)));
        }
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        String db = context == null ? "-" : context.store().file().toString();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.format(texts.getString("about.text"), db));
        alert.setTitle(texts.getString("app.title"));
        alert.setHeaderText(texts.getString("app.title"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }
}
