package be.bioregions.explorer.notes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.Menus;
import be.bioregions.explorer.ui.ViewContext;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * The Notes view: field notes written in an interview, saved as they are typed, linked to firms, alliances and
 * partners, found again by full-text search, exported to and imported from Markdown files.
 *
 * <p>Saving: every change starts a one-second wait; when it ends (or the note, the field or the view is left, or
 * the application closes) the note is written whole in one transaction. Writes go through one thread of their
 * own, in the order they were made, so an older version can never overwrite a newer one.
 */
public final class NotesController implements LoadableView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final int MAX_TAG = 100;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ViewContext context;
    private final ResourceBundle texts;
    private final NoteSearch search = new NoteSearch();
    /** The one thread notes are written on, in order. */
    private final ExecutorService writes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "note writer");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition saveSoon = new PauseTransition(Duration.seconds(1));
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final Map<String, String> firmNames = new HashMap<>();
    private final Map<String, String> partnerNames = new HashMap<>();
    private final Map<String, Alliance> alliances = new HashMap<>();
    private Note current;
    /** The newest version of each note written or being written: what the editor shows when a note is chosen. */
    private final Map<Long, Note> latest = new HashMap<>();
    /** Notes whose newest version is not yet known to be in the database, by number. */
    private final Map<Long, Note> pending = new java.util.concurrent.ConcurrentHashMap<>();
    /** When the note began to differ from what was last written; a long run of typing is saved every 5 s. */
    private Instant dirtySince;
    private boolean dirty;
    private boolean filling;
    private Note lastDeleted;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    @FXML private TextField searchField;
    @FXML private Button deleteButton;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;
    @FXML private Label countLabel;
    @FXML private ListView<Note> notesList;
    @FXML private Label editorEmpty;
    @FXML private VBox editor;
    @FXML private TextField titleField;
    @FXML private DatePicker dateField;
    @FXML private TextField intervieweeField;
    @FXML private TextField roleField;
    @FXML private TextField organisationField;
    @FXML private ChoiceBox<Boolean> consentChoice;
    @FXML private TextField tagsField;
    @FXML private ComboBox<Firm> firmPick;
    @FXML private ComboBox<Partner> partnerPick;
    @FXML private ComboBox<Alliance> alliancePick;
    @FXML private FlowPane linksPane;
    @FXML private TextArea bodyArea;
    @FXML private Tab previewTab;
    @FXML private TextFlow previewFlow;
    @FXML private Label savedLabel;

    /** The links of the note being edited. */
    private final List<String> linkedFirms = new ArrayList<>();
    private final List<String> linkedAlliances = new ArrayList<>();
    private final List<String> linkedPartners = new ArrayList<>();

    public NotesController(ViewContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        saveSoon.setOnFinished(e -> saveNow());
        notesList.setItems(notes);
        notesList.setCellFactory(list -> new NoteCell());
        notesList.getSelectionModel().selectedItemProperty().addListener((obs, old, note) -> {
            if (note != null && (current == null || !note.id().equals(current.id()))) {
                saveNow();
                edit(note);
            }
        });
        consentChoice.setItems(FXCollections.observableArrayList(Arrays.asList(null, true, false)));
        consentChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return texts.getString(b == null ? "notes.consent.unknown" : b ? "notes.consent.yes" : "notes.consent.no");
            }

            @Override
            public Boolean fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        firmPick.setConverter(Menus.converter(Firm::name));
        partnerPick.setConverter(Menus.converter(Partner::name));
        alliancePick.setConverter(Menus.converter(this::allianceName));
        // a picker shows its prompt again after each link it made
        promptWhenEmpty(firmPick);
        promptWhenEmpty(partnerPick);
        promptWhenEmpty(alliancePick);
        firmPick.setOnAction(e -> link(firmPick.getValue() == null ? null : firmPick.getValue().id(), linkedFirms, firmPick));
        partnerPick.setOnAction(e -> link(partnerPick.getValue() == null ? null : partnerPick.getValue().id(),
                linkedPartners, partnerPick));
        alliancePick.setOnAction(e -> link(alliancePick.getValue() == null ? null : alliancePick.getValue().id(),
                linkedAlliances, alliancePick));
        for (var field : List.of(titleField.textProperty(), intervieweeField.textProperty(), roleField.textProperty(),
                organisationField.textProperty(), tagsField.textProperty(), bodyArea.textProperty())) {
            field.addListener((obs, old, text) -> changed());
        }
        dateField.valueProperty().addListener((obs, old, d) -> changed());
        consentChoice.valueProperty().addListener((obs, old, c) -> changed());
        // leaving a field writes the note at once
        for (var node : List.of(titleField, bodyArea, intervieweeField, roleField, organisationField, tagsField)) {
            node.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    saveNow();
                }
            });
        }
        // the database's limits, kept while typing rather than refused at the save
        limit(titleField, 500);
        limit(intervieweeField, 200);
        limit(roleField, 200);
        limit(organisationField, 200);
        previewTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                MarkdownPreview.render(bodyArea.getText(), previewFlow);
            }
        });
        searchField.textProperty().addListener((obs, old, text) -> showList());
        showEditor(null);
    }

    @Override
    public CompletableFuture<Void> load() {
        return context.background().run(texts.getString("notes.loading"), r -> {
            List<Note> all = context.store().notes().all();
            search.index(all);
            List<Firm> firms = context.store().firms().all();
            List<Partner> partners = context.store().partners().all();
            return new Object[] {all, firms, partners};
        }, read -> {
            @SuppressWarnings("unchecked") List<Note> all = (List<Note>) read[0];
            @SuppressWarnings("unchecked") List<Firm> firms = (List<Firm>) read[1];
            @SuppressWarnings("unchecked") List<Partner> partners = (List<Partner>) read[2];
            firms.forEach(f -> firmNames.put(f.id(), f.name()));
            partners.forEach(p -> partnerNames.put(p.id(), p.name()));
            firmPick.setItems(FXCollections.observableArrayList(firms));
            partnerPick.setItems(FXCollections.observableArrayList(partners));
            all.forEach(n -> latest.putIfAbsent(n.id(), n));
            allNotes = new ArrayList<>(all.stream().map(n -> latest.get(n.id())).toList());
            showList();
        }).thenApply(r -> null);
    }

    /** Every note not deleted, newest change first; the list shows these or the search's matches. */
    private List<Note> allNotes = new ArrayList<>();

    private void showList() {
        String text = searchField.getText();
        List<Note> shown;
        if (text == null || text.isBlank()) {
            shown = allNotes;
        } else {
            // the matches, in the list's own order: the most recently changed first
            java.util.Set<Long> hits = new java.util.HashSet<>(search.search(text, Math.max(1, allNotes.size())));
            shown = allNotes.stream().filter(n -> hits.contains(n.id())).toList();
        }
        Note selected = current;
        notes.setAll(shown);
        countLabel.setText(String.format(texts.getString("notes.count"), shown.size(), allNotes.size()));
        if (selected != null) {
            shown.stream().filter(n -> n.id().equals(selected.id())).findFirst()
                    .ifPresent(n -> notesList.getSelectionModel().select(n));
        }
    }

    @FXML
    private void newNote() {
        saveNow();
        Instant now = Instant.now();
        writeInOrder(() -> context.store().notes().create(now), created -> {
            search.index(List.of(created));
            allNotes.add(0, created);
            searchField.setText("");
            showList();
            notesList.getSelectionModel().select(created);
            edit(created);
            titleField.requestFocus();
        });
    }

    @FXML
    private void deleteNote() {
        if (current == null) {
            return;
        }
        saveNow();
        Note gone = current;
        editor.setDisable(true);
        Instant now = Instant.now();
        writeInOrder(() -> {
            context.store().notes().delete(gone.id(), now);
            search.remove(gone.id());
            return gone;
        }, deleted -> {
            lastDeleted = deleted;
            allNotes.removeIf(n -> n.id().equals(deleted.id()));
            edit(null);
            showList();
            undoLabel.setText(String.format(texts.getString("notes.deleted"), title(deleted)));
            undoBar.setVisible(true);
            undoBar.setManaged(true);
        });
    }

    @FXML
    private void undoDelete() {
        Note back = lastDeleted;
        if (back == null) {
            return;
        }
        writeInOrder(() -> {
            context.store().notes().restore(back.id());
            search.index(List.of(back));
            return back;
        }, restored -> {
            lastDeleted = null;
            undoBar.setVisible(false);
            undoBar.setManaged(false);
            allNotes.add(restored);
            allNotes.sort(java.util.Comparator.comparing(Note::updated).reversed());
            showList();
            notesList.getSelectionModel().select(restored);
        });
    }

    /** Writes what is pending, then asks for a folder; null when the user cancels. */
    private java.io.File chooseFolder(String titleKey) {
        saveNow();
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(texts.getString(titleKey));
        return chooser.showDialog(notesList.getScene().getWindow());
    }

    @FXML
    private void exportNotes() {
        java.io.File dir = chooseFolder("notes.export.title");
        if (dir == null) {
            return;
        }
        // after the saves queued before it, on the same thread: the files hold what was typed
        writeInOrder(() -> {
            List<Note> all = context.store().notes().all();
            NotesMarkdown.export(all, dir.toPath());
            return all.size();
        }, n -> savedLabel.setText(String.format(texts.getString("notes.exported"), n, dir)));
    }

    @FXML
    private void importNotes() {
        java.io.File dir = chooseFolder("notes.import.title");
        if (dir == null) {
            return;
        }
        writeInOrder(() -> {
            int[] counts = NotesMarkdown.importInto(context.store(), dir.toPath());
            List<Note> all = context.store().notes().all();
            search.index(all);
            return new Object[] {counts, all};
        }, read -> {
            int[] counts = (int[]) read[0];
            @SuppressWarnings("unchecked") List<Note> all = (List<Note>) read[1];
            savedLabel.setText(String.format(texts.getString("notes.imported"), counts[0], counts[1], dir));
            allNotes = new ArrayList<>(all);
            all.forEach(n -> latest.put(n.id(), n));
            Note open = current;
            showList();
            if (open != null) {
                edit(all.stream().filter(n -> n.id().equals(open.id())).findFirst().orElse(null));
            }
        });
    }

    /** Shows a note in the editor (or none), its newest version, without counting that as a change. */
    private void edit(Note note) {
        current = note == null ? null : latest.getOrDefault(note.id(), note);
        dirty = false;
        dirtySince = null;
        showEditor(current);
    }

    private void showEditor(Note note) {
        filling = true;
        try {
            editor.setVisible(note != null);
            editor.setDisable(false);
            editorEmpty.setVisible(note == null);
            deleteButton.setDisable(note == null);
            linkedFirms.clear();
            linkedAlliances.clear();
            linkedPartners.clear();
            if (note == null) {
                return;
            }
            titleField.setText(note.title());
            bodyArea.setText(note.body());
            Note.Interview i = note.interview();
            dateField.setValue(i.date());
            intervieweeField.setText(orEmpty(i.interviewee()));
            roleField.setText(orEmpty(i.role()));
            organisationField.setText(orEmpty(i.organisation()));
            consentChoice.setValue(i.consent());
            tagsField.setText(String.join(", ", note.tags()));
            linkedFirms.addAll(note.firmIds());
            linkedAlliances.addAll(note.allianceIds());
            linkedPartners.addAll(note.partnerIds());
            showLinks();
            savedLabel.setText(String.format(texts.getString("notes.saved"), WHEN.format(note.updated())));
            if (previewTab.isSelected()) {
                MarkdownPreview.render(note.body(), previewFlow);
            }
        } finally {
            filling = false;
        }
    }

    private void link(String id, List<String> into, ComboBox<?> pick) {
        if (id == null || current == null || filling) {
            return;
        }
        if (!into.contains(id)) {
            into.add(id);
            showLinks();
            changed();
        }
        Platform.runLater(() -> pick.getSelectionModel().clearSelection());
    }

    private void showLinks() {
        linksPane.getChildren().clear();
        addChips(linkedFirms, id -> firmNames.getOrDefault(id, id), "link-firm");
        addChips(linkedPartners, id -> partnerNames.getOrDefault(id, id), "link-partner");
        addChips(linkedAlliances, this::allianceName, "link-alliance");
        // the alliances a note can link to are those of the firms it links to, read in the background
        List<String> firms = List.copyOf(linkedFirms);
        context.background().run(texts.getString("notes.loading"), r -> {
            List<Alliance> choices = new ArrayList<>();
            for (String firm : firms) {
                choices.addAll(context.store().alliances().forFirm(firm));
            }
            return choices;
        }, choices -> {
            choices.forEach(a -> alliances.put(a.id(), a));
            alliancePick.setItems(FXCollections.observableArrayList(choices));
        });
    }

    private void addChips(List<String> ids, java.util.function.Function<String, String> name, String style) {
        for (String id : List.copyOf(ids)) {
            Button chip = new Button(name.apply(id) + "  \u2715");
            chip.getStyleClass().addAll("link-chip", style);
            chip.setUserData(id);
            chip.setOnAction(e -> {
                ids.remove(id);
                showLinks();
                changed();
            });
            linksPane.getChildren().add(chip);
        }
    }

    private String allianceName(Alliance a) {
        return a == null ? "" : allianceName(a.id());
    }

    private String allianceName(String id) {
        Alliance a = alliances.get(id);
        if (a == null) {
            return id;
        }
        return a.year() + " " + partnerNames.getOrDefault(a.partnerId(), a.partnerId()) + " (" + a.kind().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    private static void limit(TextField field, int max) {
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= max ? change : null));
    }

    private static <T> void promptWhenEmpty(ComboBox<T> pick) {
        pick.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? pick.getPromptText() : pick.getConverter().toString(item));
            }
        });
    }

    /** A field of the note changed: it is written a second after the last change. */
    private void changed() {
        if (filling || current == null) {
            return;
        }
        dirty = true;
        savedLabel.setText(texts.getString("notes.unsaved"));
        Instant now = Instant.now();
        if (dirtySince == null) {
            dirtySince = now;
        }
        if (java.time.Duration.between(dirtySince, now).getSeconds() >= 5) {
            saveNow(); // typing without a pause is saved every five seconds all the same
        } else {
            saveSoon.playFromStart();
        }
    }

    /** Writes the note being edited now, if it changed; the write runs on the notes' own thread. */
    private void saveNow() {
        saveSoon.stop();
        if (!dirty || current == null) {
            return;
        }
        dirty = false;
        dirtySince = null;
        List<String> tags = Arrays.stream(tagsField.getText().split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.length() > MAX_TAG ? t.substring(0, MAX_TAG) : t)
                .distinct().toList();
        Note.Interview interview = new Note.Interview(dateField.getValue(), intervieweeField.getText(),
                roleField.getText(), organisationField.getText(), consentChoice.getValue());
        Note edited = current.edited(titleField.getText(), bodyArea.getText(), interview, linkedFirms,
                linkedAlliances, linkedPartners, tags, Instant.now());
        current = edited;
        latest.put(edited.id(), edited);
        pending.put(edited.id(), edited);
        allNotes.replaceAll(n -> n.id().equals(edited.id()) ? edited : n);
        int at = notes.indexOf(notes.stream().filter(n -> n.id().equals(edited.id())).findFirst().orElse(null));
        if (at >= 0) {
            filling = true;
            try {
                notes.set(at, edited);
            } finally {
                filling = false;
            }
        }
        writeInOrder(() -> {
            try {
                context.store().notes().save(edited);
            } catch (RuntimeException e) {
                throw new IllegalStateException(be.bioregions.explorer.domain.Problems.text(
                        "problem.notes.copy.written", e.getMessage(), keepCopy(edited)), e);
            }
            pending.remove(edited.id(), edited);
            search.index(List.of(edited));
            return edited;
        }, saved -> savedLabel.setText(String.format(texts.getString("notes.saved.at"),
                CLOCK.format(saved.updated()))));
    }

    /**
     * Writes a note the database refused as a Markdown file into a folder beside the database, so that its text is
     * kept whatever happens next; returns the file.
     */
    private Path keepCopy(Note note) {
        try {
            Path folder = context.store().file().toAbsolutePath().resolveSibling("unsaved-notes");
            return NotesMarkdown.export(List.of(note), folder).get(0);
        } catch (java.io.IOException | RuntimeException e) {
            return Path.of(be.bioregions.explorer.domain.Problems.text("problem.notes.copy.failed", e.getMessage()));
        }
    }

    /** Runs a write on the notes' thread after the writes before it, then its result on the FX thread. */
    private <T> void writeInOrder(java.util.concurrent.Callable<T> write, java.util.function.Consumer<T> then) {
        CompletableFuture<T> done = lastWrite.thenApplyAsync(ignored -> {
            try {
                return write.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, writes);
        lastWrite = done.handle((r, e) -> null);
        done.whenComplete((result, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = be.bioregions.explorer.ui.Background.cause(error);
                savedLabel.setText(String.format(texts.getString("notes.save.failed"), cause.getMessage()));
            } else {
                then.accept(result);
            }
        }));
    }

    /** Writes what is pending now and waits for it (the view is left or the application closes). */
    @Override
    public void flush() {
        saveNow();
        try {
            lastWrite.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a write still under way after 10 s: its note is kept as a file below
        }
        // anything not known to be in the database is kept as a Markdown file beside it
        for (Note unsaved : List.copyOf(pending.values())) {
            keepCopy(unsaved);
        }
    }

    private static String title(Note n) {
        return n.title().isBlank() ? "(untitled)" : n.title();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A note in the list: its title, when it changed, what it links to, and (when searching) the words found. */
    private final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label heading = new Label(title(note));
            heading.getStyleClass().add("note-heading");
            List<String> names = new ArrayList<>();
            note.firmIds().forEach(f -> names.add(firmNames.getOrDefault(f, f)));
            Label meta = new Label(WHEN.format(note.updated()) + (names.isEmpty() ? "" : " \u00B7 " + String.join(", ", names)));
            meta.getStyleClass().add("muted");
            VBox box = new VBox(2, heading, meta);
            List<String> words = search.words(searchField.getText());
            if (!words.isEmpty()) {
                box.getChildren().add(snippet(note, words));
            }
            setText(null);
            setGraphic(box);
        }
    }

    /** The first stretch of the note where a searched word occurs, the words found in bold on yellow. */
    private static TextFlow snippet(Note note, List<String> words) {
        String text = (note.title() + " \u2014 " + note.body()).replace('\n', ' ');
        List<int[]> found = NoteSearch.matches(text, words);
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("note-snippet");
        flow.setMaxWidth(360);
        if (found.isEmpty()) {
            flow.getChildren().add(new Text(text.substring(0, Math.min(120, text.length()))));
            return flow;
        }
        int from = Math.max(0, found.get(0)[0] - 40);
        int to = Math.min(text.length(), from + 160);
        int at = from;
        for (int[] m : found) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            flow.getChildren().add(new Text((at == from && from > 0 ? "\u2026" : "") + text.substring(at, m[0])));
            Text hit = new Text(text.substring(m[0], m[1]));
            hit.getStyleClass().add("search-hit");
            flow.getChildren().add(hit);
            at = m[1];
        }
        flow.getChildren().add(new Text(text.substring(at, to) + (to < text.length() ? "\u2026" : "")));
        return flow;
    }
}
