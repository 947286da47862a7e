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
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private javafx.scene.control.Menu viewMenu;
    @FXML private javafx.scene.control.Menu editMenu;
    @FXML private MenuItem importDataItem;
    @FXML private MenuItem exportDataItem;
    @FXML private javafx.scene.control.Menu languageMenu;
    @FXML private javafx.scene.control.CheckMenuItem defenseItem;
    private Views current;
    /** The size of the text against the normal 13 px, raised and lowered with Ctrl + and Ctrl -. */
    private double textScale = 1.0;
    private boolean defense;
    /** The root's text size in defense mode before the presenter's own scale: larger for a projector. */
    private static final double DEFENSE_SCALE = 1.5;
    private static final double BASE_FONT = 13;

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
        // View › a view, with Ctrl+1 ... Ctrl+6, in the order of the navigation
        int at = 0;
        for (Views view : Views.values()) {
            MenuItem item = new MenuItem(texts.getString(view.titleKey()));
            item.setId("menu-view-" + view.id());
            item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + (at + 1)));
            item.setOnAction(e -> navGroup.getToggles().stream().filter(t -> t.getUserData() == view).findFirst()
                    .ifPresent(t -> t.setSelected(true)));
            item.setDisable(true);
            viewMenu.getItems().add(at++, item);
        }
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (String tag : Languages.CHOICES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(Languages.name(tag, texts));
            item.setId("menu-language-" + (tag.isEmpty() ? "system" : tag));
            item.setToggleGroup(languages);
            item.setSelected(tag.equals(Languages.chosen()));
            item.setOnAction(e -> chooseLanguage(tag));
            languageMenu.getItems().add(item);
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
        editMenu.getItems().forEach(i -> i.setDisable(true)); // until the store is open
        importDataItem.setDisable(true);
        exportDataItem.setDisable(true);
    }

    /** Shows a message in the view area while the database opens. */
    public void showStartupMessage(String text) {
        startupMessage.setText(text);
    }

    /** The store is open: enable the navigation and show the Firms view. */
    public void attach(ViewContext viewContext) {
        this.context = viewContext;
        navigation.getChildren().forEach(n -> n.setDisable(false));
        viewMenu.getItems().forEach(i -> i.setDisable(false));
        editMenu.getItems().forEach(i -> i.setDisable(!viewContext.editing().enabled()));
        importDataItem.setDisable(false);
        exportDataItem.setDisable(false);
        navGroup.getToggles().get(0).setSelected(true);
        // Page Down / Page Up (a presenter's clicker) step through the story; in defense mode the arrows too
        root.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean typing = root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
            boolean arrows = defense && !typing;
            if (e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN
                    || arrows && e.getCode() == javafx.scene.input.KeyCode.RIGHT) {
                step(+1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.PAGE_UP
                    || arrows && e.getCode() == javafx.scene.input.KeyCode.LEFT) {
                step(-1);
                e.consume();
            }
        });
        // Esc (or the window manager) leaving full screen leaves defense mode too
        javafx.stage.Stage stage = (javafx.stage.Stage) root.getScene().getWindow();
        stage.fullScreenProperty().addListener((obs, was, is) -> {
            if (!is && defense) {
                setDefense(false);
            }
        });
    }

    // ---- File › Import dataset / Export dataset: whole datasets in and out -------------------------------------

    private be.bioregions.explorer.io.DataTransfer transfer() {
        return new be.bioregions.explorer.io.DataTransfer(context, root.getScene().getWindow(), () -> {
            dataChanged();
            editing().ifPresent(be.bioregions.explorer.edit.Editing::changedElsewhere);
        }, status::show);
    }

    /** File › Import dataset (Ctrl+I): a folder of CSV files or a JSON bundle, previewed, then one transaction. */
    @FXML
    private void importData() {
        if (context != null) {
            transfer().importData();
        }
    }

    /** File › Export dataset: the whole database as a CSV folder or a JSON bundle. */
    @FXML
    private void exportData() {
        if (context != null) {
            transfer().exportData();
        }
    }

    // ---- Edit menu: the researcher's own changes to the facts ----------------------------------------------------

    private java.util.Optional<be.bioregions.explorer.edit.Editing> editing() {
        return context != null && context.editing() instanceof be.bioregions.explorer.edit.Editing e
                ? java.util.Optional.of(e) : java.util.Optional.empty();
    }

    /** Edit › Undo (Ctrl+Z, outside a text field): undoes the last change to the facts, also one made before a restart. */
    @FXML
    private void undo() {
        editing().ifPresent(be.bioregions.explorer.edit.Editing::undo);
    }

    @FXML
    private void changeLog() {
        editing().ifPresent(e -> be.bioregions.explorer.edit.ChangeLogController.open(root, e));
    }

    @FXML
    private void sources() {
        editing().ifPresent(e -> be.bioregions.explorer.edit.SourcesController.open(root, e));
    }

    @FXML
    private void newFirm() {
        editing().ifPresent(e -> e.add(root, be.bioregions.explorer.domain.FactKind.FIRM, Map.of()));
    }

    @FXML
    private void newPartner() {
        editing().ifPresent(e -> e.add(root, be.bioregions.explorer.domain.FactKind.PARTNER, Map.of()));
    }

    /** A new alliance of the firm shown in the view, if one is. */
    @FXML
    private void newAlliance() {
        Views.Loaded v = current == null ? null : loaded.get(current);
        String firm = v == null || v.controller() == null || current != Views.FIRMS ? null : v.controller().storySelection();
        editing().ifPresent(e -> e.add(root, be.bioregions.explorer.domain.FactKind.ALLIANCE,
                firm == null ? Map.of() : Map.of("firm_id", firm)));
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

    /** Completes when a view, once built, has its data. */
    private final Map<Views, CompletableFuture<Void>> ready = new EnumMap<>(Views.class);
    /** The step of the story shown last; -1 before the first. */
    private int storyAt = -1;

    void show(Views view) {
        Views.Loaded leaving = current == null ? null : loaded.get(current);
        if (leaving != null && leaving.controller() != null && current != view) {
            leaving.controller().flush();
        }
        Views.Loaded v = loaded.computeIfAbsent(view, k -> {
            Views.Loaded l = k.load(context);
            if (l.controller() != null) {
                CompletableFuture<Void> loading = l.controller().load();
                ready.put(k, loading.handle((ok, error) -> null));
                loading.whenComplete((ok, error) -> firstView.complete(null));
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
            context.background().run(String.format(texts.getString("status.writing"), out.getFileName()), r -> {
                byte[] bytes = format.equals("PDF") ? view.pdf() : view.png();
                if (bytes == null) {
                    throw new java.io.IOException("the view shows no figure yet; choose what to show, then export");
                }
                FigureExporter.writeBytes(bytes, out, suffix);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)))
                    .exceptionally(e -> {
                        Throwable cause = be.bioregions.explorer.ui.Background.cause(e);
                        Platform.runLater(() -> status.show(String.format(texts.getString("status.write.failed"), out, cause.getMessage())));
                        return null;
                    });
        } else if (!format.equals("PNG")) {
            String text = format.equals("SVG") ? view.svg() : view.csv();
            if (text == null) {
                return;
            }
            context.background().run(String.format(texts.getString("status.writing"), out.getFileName()), r -> {
                FigureExporter.writeText(text, out, suffix);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)));
        } else {
            Node part = view.figureNode();
            WritableImage image = part == null ? v.root().snapshot(null, null) : part.snapshot(null, null);
            context.background().run(String.format(texts.getString("status.writing"), out.getFileName()), r -> {
                FigureExporter.writePng(image, out);
                return out;
            }, written -> status.show(String.format(texts.getString("export.done"), written)));
        }
    }

    /** The view shown now (for tests and the story of a defense). */
    Views currentView() {
        return current;
    }

    boolean inDefense() {
        return defense;
    }

    @FXML
    private void toggleDefense() {
        setDefense(!defense);
    }

    /**
     * Defense mode: full screen, larger type in a high-contrast theme, only the views' navigation (no menu bar, no
     * status bar); the shortcuts keep working. Esc leaves it.
     */
    void setDefense(boolean on) {
        defense = on;
        defenseItem.setSelected(on);
        javafx.stage.Stage stage = (javafx.stage.Stage) root.getScene().getWindow();
        if (on) {
            root.getStyleClass().add("defense");
            stage.setFullScreenExitHint(texts.getString("defense.hint"));
        } else {
            root.getStyleClass().removeAll("defense");
        }
        menuBar.setVisible(!on);
        menuBar.setManaged(!on);
        statusBar.setVisible(!on);
        statusBar.setManaged(!on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
        applyTextSize();
    }

    /** View › Add current view to the story: the view with its part, selection, years and filters, at the end. */
    @FXML
    void addToStory() {
        be.bioregions.explorer.domain.StoryStep step = currentStep();
        if (step == null) {
            return;
        }
        context.background().run(texts.getString("story.adding"), r -> {
            context.store().story().add(step);
            return context.store().story().all().size();
        }, n -> status.show(String.format(texts.getString("story.added"), step.label(), n)));
    }

    /** What the view shown now shows, as a story step would keep it; null before a view is shown. */
    private be.bioregions.explorer.domain.StoryStep currentStep() {
        Views.Loaded v = current == null ? null : loaded.get(current);
        if (v == null || v.controller() == null) {
            return null;
        }
        LoadableView c = v.controller();
        int[] years = c.storyYears();
        String selection = c.storySelection();
        String label = texts.getString(current.titleKey()) + (c.storyPart() == null ? "" : " \u00B7 " + c.storyPart())
                + (selection == null ? "" : " \u00B7 " + selection)
                + (years == null ? "" : " \u00B7 " + (years[0] == years[1] ? years[0] : years[0] + "\u2013" + years[1]));
        return new be.bioregions.explorer.domain.StoryStep(null, 0, current.id(), c.storyPart(), selection,
                years == null ? null : years[0], years == null ? null : years[1], c.storyFilters(), label);
    }

    /**
     * The data changed (an edit, an undo, an import): every view will read it again when next shown, and the view
     * shown now is read again at once and keeps what it showed (its part, selection, years and filters).
     */
    public void dataChanged() {
        be.bioregions.explorer.domain.StoryStep shown = currentStep();
        loaded.values().forEach(l -> {
            if (l.controller() != null) {
                l.controller().flush();
            }
        });
        loaded.clear();
        ready.clear();
        if (shown != null) {
            Views view = Views.byId(shown.viewId());
            show(view);
            restore(view, shown);
        }
    }

    /** Shows the story's next (+1) or previous (-1) step, as it was saved. */
    void step(int by) {
        if (context == null) {
            return;
        }
        context.background().run(texts.getString("story.loading"), r -> context.store().story().all(), steps -> {
            if (steps.isEmpty()) {
                status.show(texts.getString("story.empty"));
                return;
            }
            storyAt = Math.max(0, Math.min(steps.size() - 1, storyAt + by));
            apply(steps.get(storyAt), storyAt, steps.size());
        });
    }

    private void apply(be.bioregions.explorer.domain.StoryStep step, int at, int of) {
        Views view = Views.byId(step.viewId());
        navGroup.getToggles().stream().filter(t -> t.getUserData() == view).findFirst()
                .ifPresent(t -> t.setSelected(true));
        restore(view, step);
        status.show(String.format(texts.getString("story.step"), at + 1, of, step.label()));
    }

    /** Once the view has its data, puts it in the state of the step: part, years, selection, then filters. */
    private void restore(Views view, be.bioregions.explorer.domain.StoryStep step) {
        ready.getOrDefault(view, CompletableFuture.completedFuture(null)).thenRun(() -> Platform.runLater(() -> {
            LoadableView c = loaded.get(view).controller();
            c.showPart(step.part());
            if (step.yearFrom() != null && step.yearTo() != null) {
                c.showYears(step.yearFrom(), step.yearTo());
            }
            // the selection first: choosing an indicator, for one, offers its own periods and places to filter
            CompletableFuture<Void> selected = step.selection() == null ? CompletableFuture.completedFuture(null)
                    : c.prepareFigure(step.selection());
            selected.whenComplete((done, failed) -> Platform.runLater(() -> c.showFilters(step.filters())));
        }));
    }

    /** View › Story: the saved steps in order, to move up or down or delete. */
    @FXML
    private void editStory() {
        javafx.scene.control.ListView<be.bioregions.explorer.domain.StoryStep> list = new javafx.scene.control.ListView<>();
        list.setId("story-list");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(be.bioregions.explorer.domain.StoryStep item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        list.setPrefSize(480, 300);
        Runnable refresh = () -> context.background().run(texts.getString("story.loading"),
                r -> context.store().story().all(), steps -> list.getItems().setAll(steps));
        java.util.function.Consumer<java.util.function.Consumer<Long>> onSelected = action -> {
            be.bioregions.explorer.domain.StoryStep s = list.getSelectionModel().getSelectedItem();
            if (s != null) {
                context.background().run(texts.getString("story.loading"), r -> {
                    action.accept(s.id());
                    return null;
                }, done -> refresh.run());
            }
        };
        javafx.scene.control.Button up = new javafx.scene.control.Button(texts.getString("story.up"));
        up.setOnAction(e -> onSelected.accept(id -> context.store().story().move(id, -1)));
        javafx.scene.control.Button down = new javafx.scene.control.Button(texts.getString("story.down"));
        down.setOnAction(e -> onSelected.accept(id -> context.store().story().move(id, +1)));
        javafx.scene.control.Button delete = new javafx.scene.control.Button(texts.getString("story.delete"));
        delete.setOnAction(e -> onSelected.accept(id -> context.store().story().delete(id)));
        VBox box = new VBox(8, list, new javafx.scene.layout.HBox(8, up, down, delete),
                new Label(texts.getString("story.hint")));
        refresh.run();
        Alert dialog = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.CLOSE);
        dialog.setTitle(texts.getString("story.title"));
        dialog.setHeaderText(texts.getString("story.title"));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(ExplorerApp.stylesheet());
        dialog.initOwner(root.getScene().getWindow());
        dialog.show();
    }

    @FXML
    private void largerText() {
        textScale = Math.min(3.0, textScale * 1.15);
        applyTextSize();
    }

    @FXML
    private void smallerText() {
        textScale = Math.max(0.7, textScale / 1.15);
        applyTextSize();
    }

    @FXML
    private void normalText() {
        textScale = 1.0;
        applyTextSize();
    }

    /** The root's text size, which every size of the stylesheet follows (they are in em). */
    double textSize() {
        return BASE_FONT * textScale * (defense ? DEFENSE_SCALE : 1.0);
    }

    private void applyTextSize() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", textSize()));
    }

    /** Help › Keyboard shortcuts (F1): every shortcut of the window on one sheet. */
    @FXML
    private void shortcuts() {
        javafx.scene.layout.GridPane sheet = new javafx.scene.layout.GridPane();
        sheet.setId("shortcut-sheet");
        sheet.setHgap(18);
        sheet.setVgap(6);
        int row = 0;
        for (Views view : Views.values()) {
            sheet.addRow(row, new Label(shortcutName("Ctrl+" + (row + 1))), new Label(texts.getString(view.titleKey())));
            row++;
        }
        for (String key : java.util.List.of("f5", "esc", "story", "pages", "larger", "smaller", "normal", "undo", "import", "export",
                "exportsvg", "f1", "quit")) {
            String[] parts = texts.getString("shortcuts." + key).split("\\|", 2);
            sheet.addRow(row++, new Label(shortcutName(parts[0])), new Label(parts[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(texts.getString("shortcuts.title"));
        alert.setHeaderText(texts.getString("shortcuts.title"));
        alert.getDialogPane().setContent(sheet);
        // the sheet reads at the window's text size (larger in defense mode)
        alert.getDialogPane().getStylesheets().add(ExplorerApp.stylesheet());
        alert.getDialogPane().setStyle(root.getStyle());
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    /** "Ctrl" is "⌘" on a Mac. */
    private static String shortcutName(String keys) {
        return System.getProperty("os.name", "").startsWith("Mac") ? keys.replace("Ctrl+", "\u2318") : keys;
    }

    private void chooseLanguage(String tag) {
        Languages.choose(tag);
        status.show(texts.getString("language.next.start"));
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
