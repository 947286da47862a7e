package be.bioregions.explorer.classifier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.domain.classifier.Classifier;
import be.bioregions.explorer.domain.classifier.FirmFacts;
import be.bioregions.explorer.domain.classifier.RuleSet;
import be.bioregions.explorer.domain.classifier.Verdict;
import be.bioregions.explorer.store.Store;

/**
 * What the Business models view works from, read once: every firm's facts, the sources they cite and the rules;
 * verdicts are worked out from them for any year without reading the store again.
 */
public record ClassifierData(List<FirmFacts> firms, Map<String, Source> sources, RuleSet rules) {
    /** The first year of the chart: before it, too few firms have facts to count. */
    public static final int FIRST_YEAR = 1990;
    /** The last year of the thesis' period. */
    public static final int LAST_YEAR = 2016;

    /** Reads the data; run off the FX thread. */
    public static ClassifierData read(Store store) {
        Map<String, Source> sources = new HashMap<>();
        for (Source s : store.sources().all()) {
            sources.put(s.id(), s);
        }
        List<FirmFacts> firms = FirmFacts.group(store.firms().all(), store.firms().allEvents(),
                store.alliances().all(), store.firms().allEvidence());
        return new ClassifierData(firms, sources, RulesFile.builtIn());
    }

    /**
     * The firms founded by the end of a year, with their verdicts: as of that year, or, for a firm acquired or
     * closed before it, as of the year its independence ended (its last model as an independent firm).
     */
    public List<Map.Entry<FirmFacts, Verdict>> existing(int year) {
        List<Map.Entry<FirmFacts, Verdict>> out = new ArrayList<>();
        for (FirmFacts f : firms) {
            if (f.firm().founded() <= year) {
                out.add(Map.entry(f, Classifier.classify(rules, f, f.classifiedAsOf(year))));
            }
        }
        return out;
    }

    /**
     * How many firms follow each model in each year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}: the firms
     * founded by then and still independent for at least part of the year, so an acquired firm leaves the count
     * the year after its acquisition.
     */
    public Map<Integer, Map<BusinessModel, Integer>> countsByYear() {
        Map<Integer, Map<BusinessModel, Integer>> counts = new java.util.TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            counts.put(year, counts(year));
        }
        return counts;
    }

    /** How many of the firms independent in a year follow each model. */
    public Map<BusinessModel, Integer> counts(int year) {
        Map<BusinessModel, Integer> of = new EnumMap<>(BusinessModel.class);
        for (FirmFacts f : firms) {
            if (f.independentIn(year)) {
                of.merge(Classifier.classify(rules, f, year).primary(), 1, Integer::sum);
            }
        }
        return of;
    }

    /**
     * A firm's primary model in each year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, or to the year its
     * independence ended when that came earlier.
     */
    public List<BusinessModel> history(String firmId) {
        FirmFacts facts = facts(firmId);
        List<BusinessModel> models = new ArrayList<>();
        int last = facts == null ? FIRST_YEAR - 1 : facts.classifiedAsOf(LAST_YEAR);
        for (int year = FIRST_YEAR; year <= last; year++) {
            models.add(Classifier.classify(rules, facts, year).primary());
        }
        return models;
    }

    /** A firm's facts, or null for an unknown id. */
    public FirmFacts facts(String firmId) {
        return firms.stream().filter(f -> f.firm().id().equals(firmId)).findFirst().orElse(null);
    }

    public Source sourceOf(String sourceId) {
        return sourceId == null ? null : sources.get(sourceId);
    }
}
