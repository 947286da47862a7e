package be.bioregions.explorer.firms;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private final java.util.function.Function<be.bioregions.explorer.domain.Region, String> regionName;
    private final ObservableList<Firm> firms = FXCollections.observableArrayList();
    private final FilteredList<Firm> visibleFirms = new FilteredList<>(firms);
    private final StringProperty search = new SimpleStringProperty("");
    /** Each firm's searchable text, lower-cased once when read, not five fields per firm on every keystroke. */
    private Map<Firm, String> searchText = new IdentityHashMap<>();
    /**
     * Each firm's place among all firms ordered by name as the user's language orders text, worked out once when
     * read: the table's default order compares these numbers, not names, when a search changes which rows show.
     */
    private Map<Firm, Integer> nameRank = new IdentityHashMap<>();

    /** @param regionName a region's name as the interface shows it ("Flandre"), which a search finds too */
    public FirmsViewModel(Store store, Background background,
                          java.util.function.Function<be.bioregions.explorer.domain.Region, String> regionName) {
        this.store = store;
        this.background = background;
        this.regionName = regionName;
        search.addListener((obs, old, text) -> visibleFirms.setPredicate(matcher(text)));
    }

    /** Reads all firms; {@code what} is the status line's words meanwhile. */
    public CompletableFuture<Void> load(String what) {
        return background.run(what, r -> {
            List<Firm> all = store.firms().all();
            Map<Firm, String> text = new IdentityHashMap<>(all.size() * 2);
            all.forEach(f -> text.put(f, searchable(f)));
            Collator collator = Collator.getInstance();
            List<Firm> byName = new ArrayList<>(all);
            byName.sort(Comparator.comparing(Firm::name, collator));
            Map<Firm, Integer> rank = new IdentityHashMap<>(all.size() * 2);
            for (int i = 0; i < byName.size(); i++) {
                rank.put(byName.get(i), i);
            }
            return new Read(all, text, rank);
        }, (Read read) -> {
            searchText = read.searchText();
            nameRank = read.nameRank();
            firms.setAll(read.firms());
            visibleFirms.setPredicate(matcher(search.get()));
        }).thenApply(all -> null);
    }

    private record Read(List<Firm> firms, Map<Firm, String> searchText, Map<Firm, Integer> nameRank) {
    }

    /** Compares firms by name as the user's language orders text (accented names among the others). */
    public Comparator<Firm> byName() {
        Collator collator = Collator.getInstance();
        return (a, b) -> {
            Integer ra = nameRank.get(a);
            Integer rb = nameRank.get(b);
            return ra != null && rb != null ? Integer.compare(ra, rb) : collator.compare(a.name(), b.name());
        };
    }

    /**
     * The fields a search looks in (name, city, origin, focus, the region in English and in the interface's
     * language), lower-cased, apart by a character no one types.
     */
    String searchable(Firm f) {
        return Stream.of(f.name(), f.city(), f.origin(), f.focus(), f.region().label(), regionName.apply(f.region()))
                .filter(Objects::nonNull).map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\u0000"));
    }

    private Predicate<Firm> matcher(String text) {
        if (text == null || text.isBlank()) {
            return f -> true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Map<Firm, String> haystacks = searchText;
        return f -> {
            String haystack = haystacks.get(f);
            return (haystack != null ? haystack : searchable(f)).contains(needle);
        };
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
