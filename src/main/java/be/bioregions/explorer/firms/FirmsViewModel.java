package be.bioregions.explorer.firms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The state of the Firms view, without controls: the firms, the search, the selected firm with its events and
 * alliances, and the fact whose source is shown. Reading happens in the background.
 */
public final class FirmsViewModel {
    /** A fact chosen in the detail, with a words-only description of it for the source pane. */
    public record ChosenFact(String description, Sourced fact) {
    }

    private record Catalogue(List<Firm> firms, Map<String, Source> sources, Map<String, Partner> partners) {
    }

    private record Detail(Firm firm, List<FirmEvent> events, List<Alliance> alliances) {
    }

    private final Store store;
    private final Background background;
    private final ObservableList<Firm> firms = FXCollections.observableArrayList();
    private final FilteredList<Firm> visibleFirms = new FilteredList<>(firms);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Firm> shownFirm = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FirmEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Alliance> alliances = FXCollections.observableArrayList();
    private final ObjectProperty<ChosenFact> chosenFact = new SimpleObjectProperty<>();
    private Map<String, Source> sources = Map.of();
    private Map<String, Partner> partners = Map.of();
    /** The firm asked for last: a slower read for an earlier choice must not replace it. */
    private Firm requested;

    public FirmsViewModel(Store store, Background background) {
        this.store = store;
        this.background = background;
        search.addListener((obs, old, text) -> visibleFirms.setPredicate(matcher(text)));
    }

    /** Reads all firms, sources and partners. */
    public CompletableFuture<Void> load() {
        return background.run("Loading firms", r -> new Catalogue(store.firms().all(),
                index(store.sources().all(), Source::id), index(store.partners().all(), Partner::id)),
                c -> {
                    sources = c.sources();
                    partners = c.partners();
                    firms.setAll(c.firms());
                }).thenApply(c -> null);
    }

    /** Shows a firm: reads its events and alliances in the background. */
    public CompletableFuture<Void> show(Firm firm) {
        requested = firm;
        if (firm == null) {
            shownFirm.set(null);
            events.clear();
            alliances.clear();
            chosenFact.set(null);
            return CompletableFuture.completedFuture(null);
        }
        return background.run("Loading " + firm.name(),
                r -> new Detail(firm, store.firms().events(firm.id()), store.alliances().forFirm(firm.id())),
                d -> {
                    if (d.firm() != requested) {
                        return;
                    }
                    shownFirm.set(d.firm());
                    events.setAll(d.events());
                    alliances.setAll(d.alliances());
                    chosenFact.set(new ChosenFact("Firm record of " + d.firm().name()
                            + " (founding year, city, origin)", d.firm()));
                }).thenApply(d -> null);
    }

    static java.util.function.Predicate<Firm> matcher(String text) {
        if (text == null || text.isBlank()) {
            return f -> true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return f -> contains(f.name(), needle) || contains(f.city(), needle) || contains(f.origin(), needle)
                || contains(f.focus(), needle) || contains(f.region().label(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    public ObservableList<Firm> allFirms() {
        return firms;
    }

    public FilteredList<Firm> visibleFirms() {
        return visibleFirms;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<Firm> shownFirmProperty() {
        return shownFirm.getReadOnlyProperty();
    }

    public ObservableList<FirmEvent> events() {
        return events;
    }

    public ObservableList<Alliance> alliances() {
        return alliances;
    }

    public ObjectProperty<ChosenFact> chosenFactProperty() {
        return chosenFact;
    }

    public Source sourceOf(Sourced fact) {
        return fact == null || fact.unsourced() ? null : sources.get(fact.sourceId());
    }

    public String partnerName(String partnerId) {
        Partner p = partners.get(partnerId);
        return p == null ? partnerId : p.name();
    }
}
