package be.bioregions.explorer.firms;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.ui.Background;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The state of the Firms view, without controls: the firms and the search. Reading happens in the background. */
public final class FirmsViewModel {
    private final Store store;
    private final Background background;
    private final ObservableList<Firm> firms = FXCollections.observableArrayList();
    private final FilteredList<Firm> visibleFirms = new FilteredList<>(firms);
    private final StringProperty search = new SimpleStringProperty("");

    public FirmsViewModel(Store store, Background background) {
        this.store = store;
        this.background = background;
        search.addListener((obs, old, text) -> visibleFirms.setPredicate(matcher(text)));
    }

    /** Reads all firms. */
    public CompletableFuture<Void> load() {
        return background.run("Loading firms", r -> store.firms().all(), (List<Firm> all) -> firms.setAll(all))
                .thenApply(all -> null);
    }

    static Predicate<Firm> matcher(String text) {
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

    public ObservableList<Firm> allFirms() {
        return firms;
    }

    public FilteredList<Firm> visibleFirms() {
        return visibleFirms;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
