package be.bioregions.explorer.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import org.controlsfx.control.SearchableComboBox;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Change;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.FactCheck;
import be.bioregions.explorer.domain.FactKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;
import be.bioregions.explorer.ui.FactEditing;
import be.bioregions.explorer.ui.Status;

import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The forms that change facts, for every view: a firm, an event, a partner, an alliance, a source. Each change is
 * one transaction with its line in the change log ({@link be.bioregions.explorer.store.FactEditor}); after it the
 * views are read again ({@link #onChanged}). A fact needs a source, or an explicit "unsourced" tick: then it is
 * shown as unsourced everywhere, and cannot be marked verified.
 */
public final class Editing implements FactEditing {
    private final Store store;
    private final Background background;
    private final ResourceBundle texts;
    private final Status status;
    private Runnable onChanged = () -> { };
    /** Windows of the edit feature that read the data again after each change (the sources window). */
    private final List<Runnable> alsoOnChanged = new java.util.ArrayList<>();

    /** The firms, partners and sources a form chooses from, read once when it opens. */
    private record Lists(List<Firm> firms, List<Partner> partners, List<Source> sources) {
        Firm firm(String id) {
            return firms.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
        }

        Partner partner(String id) {
            return partners.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }

        Source source(String id) {
            return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }
    }

    public Editing(Store store, Background background, ResourceBundle texts, Status status) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.status = status;
    }

    /** Runs after each stored change, deletion or undo, on the FX thread: the views read the data again. */
    public void onChanged(Runnable run) {
        this.onChanged = () -> {
            run.run();
            List.copyOf(alsoOnChanged).forEach(Runnable::run);
        };
    }

    /** The data changed outside the forms (an import): the edit feature's open windows read it again. */
    public void changedElsewhere() {
        List.copyOf(alsoOnChanged).forEach(Runnable::run);
    }

    void alsoOnChanged(Runnable run) {
        alsoOnChanged.add(run);
    }

    void noLongerOnChanged(Runnable run) {
        alsoOnChanged.remove(run);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void add(Node owner, FactKind kind, Map<String, String> preset) {
        withLists(lists -> open(owner, kind, null, preset, lists, c -> { }));
    }

    @Override
    public void edit(Node owner, Object fact) {
        FactKind kind = fact instanceof Firm ? FactKind.FIRM : fact instanceof FirmEvent ? FactKind.EVENT
                : fact instanceof Partner ? FactKind.PARTNER : fact instanceof Alliance ? FactKind.ALLIANCE
                : fact instanceof Source ? FactKind.SOURCE : fact instanceof Evidence ? FactKind.EVIDENCE : null;
        if (kind == null) {
            throw new IllegalArgumentException("not a fact one can edit: " + fact);
        }
        withLists(lists -> open(owner, kind, fact, Map.of(), lists, c -> { }));
    }

    @Override
    public void delete(Node owner, FactKind kind, String id) {
        background.run(texts.getString("edit.deleting"), r -> store.edits().delete(kind, id), change -> {
            status.show(String.format(texts.getString("edit.deleted"), summary(change)));
            onChanged.run();
        }).exceptionally(failure -> {
            Throwable cause = Background.cause(failure);
            Platform.runLater(() -> refusal(owner, cause.getMessage()));
            return null;
        });
    }

    /** Undoes the last change not undone yet (Ctrl+Z), and says which. */
    public void undo() {
        undo(() -> { });
    }

    /** Undoes the last change, then runs {@code after} on the FX thread (the change log reads itself again). */
    void undo(Runnable after) {
        background.run(texts.getString("edit.undoing"), r -> store.edits().undo(), undone -> {
            if (undone.isEmpty()) {
                status.show(texts.getString("edit.undo.nothing"));
            } else {
                status.show(String.format(texts.getString("edit.undone"), label(undone.get())));
                onChanged.run();
            }
            after.run();
        }).exceptionally(failure -> {
            Throwable cause = Background.cause(failure);
            Platform.runLater(() -> refusal(null, cause.getMessage()));
            return null;
        });
    }

    /** A change in words for a list or a status line: "edited alliance: Ablynx × Sanofi · 2013 · licensing". */
    String label(Change c) {
        String summary = summary(c);
        return texts.getString("change." + c.action().name()) + " " + texts.getString("fact." + c.kind().name())
                + (summary.isEmpty() ? "" : ": " + summary);
    }

    /** The fact a change is about, its kind (of event, of alliance) in the interface's language. */
    String summary(Change c) {
        Map<String, String> row = c.after().isEmpty() ? c.before() : c.after();
        String kind = row.get("kind");
        String words = null;
        try {
            if (kind != null && c.kind() == FactKind.EVENT) {
                words = be.bioregions.explorer.ui.Labels.of(texts, EventKind.valueOf(kind));
            } else if (kind != null && c.kind() == FactKind.ALLIANCE) {
                words = be.bioregions.explorer.ui.Labels.of(texts, AllianceKind.valueOf(kind));
            } else if (kind != null && c.kind() == FactKind.EVIDENCE) {
                words = be.bioregions.explorer.ui.Labels.of(texts, EvidenceKind.valueOf(kind));
            }
        } catch (IllegalArgumentException e) {
            words = kind; // a code of another version of the app: shown as it is
        }
        return words == null ? c.summary() : c.summary() + " \u00B7 " + words;
    }

    private void refusal(Node owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.setHeaderText(texts.getString("edit.refused"));
        alert.getDialogPane().setId("edit-refusal");
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.getDialogPane().setMinWidth(520);
        alert.show();
        status.show(message);
    }

    private void withLists(Consumer<Lists> then) {
        background.run(texts.getString("edit.opening"), r -> new Lists(store.firms().all(), store.partners().all(),
                store.sources().all()), then);
    }

    private void open(Node owner, FactKind kind, Object fact, Map<String, String> preset, Lists lists,
                      Consumer<Change> added) {
        Consumer<Change> done = change -> {
            status.show(String.format(texts.getString("edit.saved"), label(change)));
            added.accept(change);
            onChanged.run();
        };
        switch (kind) {
            case FIRM -> firmForm(owner, (Firm) fact, lists, done);
            case EVENT -> eventForm(owner, (FirmEvent) fact, preset, lists, done);
            case PARTNER -> partnerForm(owner, (Partner) fact, lists, done);
            case ALLIANCE -> allianceForm(owner, (Alliance) fact, preset, lists, done);
            case SOURCE -> sourceForm(owner, (Source) fact, done);
            case EVIDENCE -> evidenceForm(owner, (Evidence) fact, preset, lists, done);
            default -> throw new IllegalArgumentException("no form for " + kind);
        }
    }

    private String title(FactKind kind, Object fact) {
        return texts.getString("edit.title." + (fact == null ? "new." : "edit.") + kind.name());
    }

    /** The id of a fact: its own when it is stored already, else a free one made from {@code base}. */
    private String id(FactKind kind, String existing, String base) {
        return existing != null ? existing : store.edits().freeId(kind, base);
    }

    // ---- the forms ---------------------------------------------------------------------------------------------

    private void firmForm(Node owner, Firm f, Lists lists, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.FIRM, f), texts, background);
        TextField name = form.text("name", texts.getString("edit.firm.name"), f == null ? null : f.name());
        var region = form.choice("region", texts.getString("edit.firm.region"), Region.class,
                f == null ? null : f.region(), false);
        TextField city = form.text("city", texts.getString("edit.firm.city"), f == null ? null : f.city());
        TextField founded = form.number("founded", texts.getString("edit.firm.founded"), f == null ? null : f.founded());
        TextField origin = form.text("origin", texts.getString("edit.firm.origin"), f == null ? null : f.origin());
        var originKind = form.choice("origin_kind", texts.getString("edit.firm.origin.kind"), OriginKind.class,
                f == null ? null : f.originKind(), true);
        TextField focus = form.text("focus", texts.getString("edit.firm.focus"), f == null ? null : f.focus());
        TextField state = form.text("status", texts.getString("edit.firm.status"), f == null ? null : f.status());
        SourceField source = new SourceField(form, lists, f == null ? null : f.sourceId(), f == null || f.verified());
        TextArea note = form.area("note", texts.getString("edit.note"), f == null ? null : f.note());
        String existing = f == null ? null : f.id();
        form.<Firm>open(problems -> {
            Region r = form.required(region, "region", problems);
            Integer year = form.number(founded, "founded", true, problems);
            source.check(problems);
            return new Firm(existing == null ? "new" : existing, orEmpty(FactForm.value(name)),
                    r == null ? Region.FLANDERS : r, FactForm.value(city), year == null ? 0 : year,
                    FactForm.value(origin), originKind.getValue(), FactForm.value(focus), FactForm.value(state),
                    source.id(), source.verified(), FactForm.value(note));
        }, FactCheck::of, firm -> store.edits().save(new Firm(id(FactKind.FIRM, existing, firm.name()), firm.name(),
                firm.region(), firm.city(), firm.founded(), firm.origin(), firm.originKind(), firm.focus(),
                firm.status(), firm.sourceId(), firm.verified(), firm.note())), done);
    }

    private void eventForm(Node owner, FirmEvent e, Map<String, String> preset, Lists lists, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.EVENT, e), texts, background);
        String firmId = e != null ? e.firmId() : preset.get("firm_id");
        SearchableComboBox<Firm> firm = form.pick("firm_id", texts.getString("edit.firm"), lists.firms(), Firm::name,
                firmId == null ? null : lists.firm(firmId));
        TextField year = form.number("event_year", texts.getString("edit.year"), e == null ? null : e.year());
        TextField month = form.number("event_month", texts.getString("edit.month"), e == null ? null : e.month());
        var kind = form.choice("kind", texts.getString("edit.event.kind"), EventKind.class,
                e == null ? null : e.kind(), false);
        TextField detail = form.text("detail", texts.getString("edit.detail"), e == null ? null : e.detail());
        SourceField source = new SourceField(form, lists, e == null ? null : e.sourceId(), e == null || e.verified());
        TextArea note = form.area("note", texts.getString("edit.note"), e == null ? null : e.note());
        String existing = e == null ? null : e.id();
        form.<FirmEvent>open(problems -> {
            Firm f = form.required(firm, "firm_id", problems);
            Integer y = form.number(year, "event_year", true, problems);
            Integer m = form.number(month, "event_month", false, problems);
            EventKind k = form.required(kind, "kind", problems);
            source.check(problems);
            return new FirmEvent(existing == null ? "new" : existing, f == null ? "" : f.id(), y == null ? 0 : y, m,
                    k == null ? EventKind.FOUNDED : k, FactForm.value(detail), source.id(), source.verified(),
                    FactForm.value(note));
        }, FactCheck::of, ev -> store.edits().save(new FirmEvent(
                id(FactKind.EVENT, existing, ev.firmId() + "-" + ev.kind().name() + "-" + ev.year()), ev.firmId(),
                ev.year(), ev.month(), ev.kind(), ev.detail(), ev.sourceId(), ev.verified(), ev.note())), done);
    }

    private void evidenceForm(Node owner, Evidence x, Map<String, String> preset, Lists lists, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.EVIDENCE, x), texts, background);
        String firmId = x != null ? x.firmId() : preset.get("firm_id");
        SearchableComboBox<Firm> firm = form.pick("firm_id", texts.getString("edit.firm"), lists.firms(), Firm::name,
                firmId == null ? null : lists.firm(firmId));
        TextField year = form.number("ev_year", texts.getString("edit.year"), x == null ? null : x.year());
        TextField end = form.number("end_year", texts.getString("edit.alliance.end"), x == null ? null : x.endYear());
        var kind = form.choice("kind", texts.getString("edit.evidence.kind"), EvidenceKind.class,
                x == null ? null : x.kind(), false);
        TextField detail = form.text("detail", texts.getString("edit.detail"), x == null ? null : x.detail());
        SourceField source = new SourceField(form, lists, x == null ? null : x.sourceId(), x == null || x.verified());
        TextArea note = form.area("note", texts.getString("edit.note"), x == null ? null : x.note());
        String existing = x == null ? null : x.id();
        form.<Evidence>open(problems -> {
            Firm f = form.required(firm, "firm_id", problems);
            Integer y = form.number(year, "ev_year", true, problems);
            Integer e = form.number(end, "end_year", false, problems);
            EvidenceKind k = form.required(kind, "kind", problems);
            source.check(problems);
            return new Evidence(existing == null ? "new" : existing, f == null ? "" : f.id(), y == null ? 0 : y, e,
                    k == null ? EvidenceKind.values()[0] : k, FactForm.value(detail), source.id(), source.verified(),
                    FactForm.value(note));
        }, FactCheck::of, ev -> store.edits().save(new Evidence(
                id(FactKind.EVIDENCE, existing, ev.firmId() + "-" + ev.kind().name() + "-" + ev.year()), ev.firmId(),
                ev.year(), ev.endYear(), ev.kind(), ev.detail(), ev.sourceId(), ev.verified(), ev.note())), done);
    }

    private void partnerForm(Node owner, Partner p, Lists lists, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.PARTNER, p), texts, background);
        TextField name = form.text("name", texts.getString("edit.partner.name"), p == null ? null : p.name());
        TextField country = form.text("country", texts.getString("edit.partner.country"), p == null ? null : p.country());
        country.setPrefColumnCount(4);
        var kind = form.choice("kind", texts.getString("edit.partner.kind"), PartnerKind.class,
                p == null ? null : p.kind(), false);
        SourceField source = new SourceField(form, lists, p == null ? null : p.sourceId(), p == null || p.verified());
        TextArea note = form.area("note", texts.getString("edit.note"), p == null ? null : p.note());
        String existing = p == null ? null : p.id();
        form.<Partner>open(problems -> {
            PartnerKind k = form.required(kind, "kind", problems);
            source.check(problems);
            return new Partner(existing == null ? "new" : existing, orEmpty(FactForm.value(name)),
                    FactForm.value(country), k == null ? PartnerKind.BIG_PHARMA : k, source.id(), source.verified(),
                    FactForm.value(note));
        }, FactCheck::of, partner -> store.edits().save(new Partner(id(FactKind.PARTNER, existing, partner.name()),
                partner.name(), partner.country(), partner.kind(), partner.sourceId(), partner.verified(),
                partner.note())), done);
    }

    private void allianceForm(Node owner, Alliance a, Map<String, String> preset, Lists lists, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.ALLIANCE, a), texts, background);
        String firmId = a != null ? a.firmId() : preset.get("firm_id");
        String partnerId = a != null ? a.partnerId() : preset.get("partner_id");
        SearchableComboBox<Firm> firm = form.pick("firm_id", texts.getString("edit.firm"), lists.firms(), Firm::name,
                firmId == null ? null : lists.firm(firmId));
        SearchableComboBox<Partner> partner = new SearchableComboBox<>();
        partner.getItems().setAll(lists.partners().stream()
                .sorted(java.util.Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER)).toList());
        partner.setConverter(be.bioregions.explorer.ui.Menus.converter(x -> x == null ? "" : x.name()));
        partner.setValue(partnerId == null ? null : lists.partner(partnerId));
        partner.setId("form-partner_id");
        partner.setMaxWidth(Double.MAX_VALUE);
        Button newPartner = new Button(texts.getString("edit.partner.new"));
        newPartner.setId("form-new-partner");
        newPartner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newPartner.setOnAction(ev -> partnerForm(form.anchor(), null, lists, change -> {
            Partner made = new Partner(change.factId(), change.after().get("name"), change.after().get("country"),
                    PartnerKind.valueOf(change.after().get("kind")), change.after().get("source_id"),
                    Boolean.parseBoolean(change.after().get("verified")), change.after().get("note"));
            partner.getItems().add(made);
            partner.setValue(made);
            status.show(String.format(texts.getString("edit.saved"), label(change)));
        }));
        HBox partnerRow = new HBox(6, partner, newPartner);
        HBox.setHgrow(partner, Priority.ALWAYS);
        form.custom("partner_row", texts.getString("edit.partner"), partnerRow);
        form.alias("partner_id", "partner_row");
        TextField start = form.number("start_year", texts.getString("edit.alliance.start"), a == null ? null : a.year());
        TextField end = form.number("end_year", texts.getString("edit.alliance.end"), a == null ? null : a.endYear());
        var kind = form.choice("kind", texts.getString("edit.alliance.kind"), AllianceKind.class,
                a == null ? null : a.kind(), false);
        var direction = form.choice("direction", texts.getString("edit.alliance.direction"), Direction.class,
                a == null ? null : a.direction(), true);
        TextField subject = form.text("subject", texts.getString("edit.alliance.subject"), a == null ? null : a.subject());
        TextField value = form.text("value_musd", texts.getString("edit.alliance.value"),
                a == null || a.valueMusd() == null ? null : a.valueMusd().toPlainString());
        SourceField source = new SourceField(form, lists, a == null ? null : a.sourceId(), a == null || a.verified());
        TextArea note = form.area("note", texts.getString("edit.note"), a == null ? null : a.note());
        String existing = a == null ? null : a.id();
        form.<Alliance>open(problems -> {
            Firm f = form.required(firm, "firm_id", problems);
            Partner p = form.required(partner, "partner_id", problems);
            Integer s = form.number(start, "start_year", true, problems);
            Integer e = form.number(end, "end_year", false, problems);
            AllianceKind k = form.required(kind, "kind", problems);
            BigDecimal musd = null;
            if (FactForm.value(value) != null) {
                try {
                    musd = new BigDecimal(FactForm.value(value).replace(',', '.'));
                } catch (NumberFormatException x) {
                    problems.add(new FactCheck.Problem("value_musd",
                            String.format(texts.getString("edit.not.number"), FactForm.value(value))));
                }
            }
            source.check(problems);
            return new Alliance(existing == null ? "new" : existing, f == null ? "" : f.id(), p == null ? "" : p.id(),
                    s == null ? 0 : s, e, k == null ? AllianceKind.RESEARCH : k, direction.getValue(),
                    FactForm.value(subject), musd, source.id(), source.verified(), FactForm.value(note));
        }, FactCheck::of, al -> store.edits().save(new Alliance(
                id(FactKind.ALLIANCE, existing, al.firmId() + "-" + al.partnerId() + "-" + al.year()), al.firmId(),
                al.partnerId(), al.year(), al.endYear(), al.kind(), al.direction(), al.subject(), al.valueMusd(),
                al.sourceId(), al.verified(), al.note())), done);
    }

    private void sourceForm(Node owner, Source s, Consumer<Change> done) {
        FactForm form = new FactForm(owner, title(FactKind.SOURCE, s), texts, background);
        TextArea citation = form.area("citation", texts.getString("edit.source.citation"), s == null ? null : s.citation());
        TextField url = form.text("url", texts.getString("edit.source.url"), s == null ? null : s.url());
        DatePicker accessed = new DatePicker(s == null ? (s == null ? LocalDate.now() : null) : s.accessed());
        accessed.setId("form-accessed");
        form.custom("accessed", texts.getString("edit.source.accessed"), accessed);
        TextArea note = form.area("note", texts.getString("edit.note"), s == null ? null : s.note());
        String existing = s == null ? null : s.id();
        form.<Source>open(problems -> new Source(existing == null ? "new" : existing,
                orEmpty(FactForm.value(citation)), FactForm.value(url), accessed.getValue(), FactForm.value(note)),
                FactCheck::of, src -> store.edits().save(new Source(id(FactKind.SOURCE, existing, firstWords(src.citation())),
                        src.citation(), src.url(), src.accessed(), src.note())), done);
    }

    /**
     * The source of a fact: chosen among the stored ones, made on the spot ("New source…"), or left out on purpose
     * by ticking "unsourced" (then the fact cannot be marked verified).
     */
    private final class SourceField {
        private final SearchableComboBox<Source> choice = new SearchableComboBox<>();
        private final CheckBox unsourced = new CheckBox(texts.getString("edit.source.unsourced"));
        private final CheckBox verified;

        SourceField(FactForm form, Lists lists, String sourceId, boolean verifiedBefore) {
            choice.getItems().setAll(lists.sources().stream()
                    .sorted(java.util.Comparator.comparing(Source::citation, String.CASE_INSENSITIVE_ORDER)).toList());
            choice.setConverter(be.bioregions.explorer.ui.Menus.converter(x -> x == null ? "" : shortCitation(x)));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setId("form-source_id");
            Button make = new Button(texts.getString("edit.source.new"));
            make.setId("form-new-source");
            make.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            make.setOnAction(e -> sourceForm(form.anchor(), null, change -> {
                Source made = new Source(change.factId(), change.after().get("citation"), change.after().get("url"),
                        change.after().get("accessed") == null ? null : LocalDate.parse(change.after().get("accessed")),
                        change.after().get("note"));
                choice.getItems().add(made);
                choice.setValue(made);
                unsourced.setSelected(false);
                status.show(String.format(texts.getString("edit.saved"), label(change)));
            }));
            unsourced.setId("form-unsourced");
            HBox line = new HBox(6, choice, make);
            HBox.setHgrow(choice, Priority.ALWAYS);
            form.custom("source_id", texts.getString("edit.source"), new VBox(4, line, unsourced));
            verified = form.check("verified", texts.getString("edit.verified"), false);
            boolean isNew = sourceId == null && verifiedBefore;
            Source current = sourceId == null ? null : lists.source(sourceId);
            choice.setValue(current);
            // a stored fact without a source was unsourced on purpose; a new one must choose
            unsourced.setSelected(!isNew && current == null);
            verified.setSelected(!isNew && verifiedBefore && current != null);
            choice.disableProperty().bind(unsourced.selectedProperty());
            verified.disableProperty().bind(unsourced.selectedProperty());
            unsourced.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    verified.setSelected(false);
                }
            });
        }

        void check(List<FactCheck.Problem> problems) {
            if (!unsourced.isSelected() && choice.getValue() == null) {
                problems.add(new FactCheck.Problem("source_id", texts.getString("edit.source.needed")));
            }
        }

        String id() {
            return unsourced.isSelected() || choice.getValue() == null ? null : choice.getValue().id();
        }

        boolean verified() {
            return !unsourced.isSelected() && verified.isSelected();
        }
    }

    private static String shortCitation(Source s) {
        String c = s.citation();
        return c.length() <= 90 ? c : c.substring(0, 89) + "\u2026";
    }

    private static String firstWords(String citation) {
        String[] words = citation == null ? new String[0] : citation.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * A window of the edit feature over the main window, at its text size and with its style sheet: its FXML loaded
     * with the given controller.
     */
    Stage window(Node owner, String fxml, Object controller, String titleKey) {
        FXMLLoader loader = new FXMLLoader(Editing.class.getResource(fxml), texts);
        loader.setController(controller);
        Parent view;
        try {
            view = loader.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the FXML " + fxml + " is part of the application", e);
        }
        Stage stage = new Stage();
        stage.setTitle(texts.getString(titleKey));
        Scene scene = new Scene(view);
        if (owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            view.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        return stage;
    }

    /** The change log, newest first, for the Change log window. */
    List<Change> log(int limit) {
        return store.edits().log(limit);
    }

    Optional<Change> undoable() {
        return store.edits().undoable();
    }

    List<Source> sources() {
        return store.sources().all();
    }

    Map<String, Integer> citationCounts() {
        return store.edits().citationCounts();
    }

    Background background() {
        return background;
    }

    ResourceBundle texts() {
        return texts;
    }
}
