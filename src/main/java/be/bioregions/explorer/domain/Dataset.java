package be.bioregions.explorer.domain;

import java.util.List;

/**
 * A whole dataset as read from files, before it is stored: what an import carries and an export writes.
 * {@code overrides} are the researcher's business-model overrides; they travel with the dataset because they are the
 * researcher's own work, unlike the rules' output, which is computed again from the evidence. A dataset holds no
 * database numbers: its notes have a null {@code id} and its overrides the id 0.
 */
public record Dataset(List<Source> sources, List<Firm> firms, List<FirmEvent> events, List<Partner> partners,
                      List<Alliance> alliances, List<Evidence> evidence, List<Indicator> indicators,
                      List<IndicatorValue> indicatorValues, List<PerformanceGroup> performanceGroups,
                      List<Note> notes, List<PolicyBand> policyBands, List<ModelOverride> overrides) {
    public Dataset {
        sources = List.copyOf(sources);
        firms = List.copyOf(firms);
        events = List.copyOf(events);
        partners = List.copyOf(partners);
        alliances = List.copyOf(alliances);
        evidence = List.copyOf(evidence);
        indicators = List.copyOf(indicators);
        indicatorValues = List.copyOf(indicatorValues);
        performanceGroups = List.copyOf(performanceGroups);
        notes = List.copyOf(notes);
        policyBands = List.copyOf(policyBands);
        overrides = List.copyOf(overrides);
    }

    /** A dataset without overrides, as the files written before overrides could be exported hold. */
    public Dataset(List<Source> sources, List<Firm> firms, List<FirmEvent> events, List<Partner> partners,
                   List<Alliance> alliances, List<Evidence> evidence, List<Indicator> indicators,
                   List<IndicatorValue> indicatorValues, List<PerformanceGroup> performanceGroups,
                   List<Note> notes, List<PolicyBand> policyBands) {
        this(sources, firms, events, partners, alliances, evidence, indicators, indicatorValues, performanceGroups,
                notes, policyBands, List.of());
    }

    public int rowCount() {
        return sources.size() + firms.size() + events.size() + partners.size() + alliances.size() + evidence.size()
                + indicators.size() + indicatorValues.size() + performanceGroups.size()
                + notes.size() + policyBands.size() + overrides.size();
    }
}
