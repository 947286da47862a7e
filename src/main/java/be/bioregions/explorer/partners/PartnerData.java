package be.bioregions.explorer.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;

/**
 * Everything the Partners view shows, read once from the store: firms, partners, alliances and their sources, and
 * the firms and partners by id.
 */
public record PartnerData(List<Firm> firms, List<Partner> partners, List<Alliance> alliances,
                          Map<String, Source> sources, Map<String, Firm> firmById, Map<String, Partner> partnerById) {
    public PartnerData(List<Firm> firms, List<Partner> partners, List<Alliance> alliances, Map<String, Source> sources) {
        this(firms, partners, alliances, sources, index(firms, Firm::id), index(partners, Partner::id));
    }

    private static <T> Map<String, T> index(List<T> rows, java.util.function.Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T row : rows) {
            map.put(id.apply(row), row);
        }
        return map;
    }

    /** The first year of the slider: the first firm of the thesis was founded in 1982. */
    public static final int FIRST_YEAR = 1982;
    /** The last year of the thesis' period. */
    public static final int THESIS_END = 2016;

    /** Reads the data; run off the FX thread. */
    public static PartnerData read(Store store) {
        Map<String, Source> sources = new HashMap<>();
        for (Source s : store.sources().all()) {
            sources.put(s.id(), s);
        }
        return new PartnerData(store.firms().all(), store.partners().all(), store.alliances().all(), sources);
    }

    /** The last year with an alliance, but never before the end of the thesis' period. */
    public int lastYear() {
        return Math.max(THESIS_END, alliances.stream().mapToInt(Alliance::year).max().orElse(THESIS_END));
    }

    public Source sourceOf(String sourceId) {
        return sourceId == null ? null : sources.get(sourceId);
    }
}
