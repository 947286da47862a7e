package be.bioregions.explorer.domain;

import java.util.List;

/** A whole dataset as read from files, before it is stored: what an import carries. */
public record Dataset(List<Source> sources, List<Firm> firms, List<FirmEvent> events, List<Partner> partners,
                      List<Alliance> alliances, List<Evidence> evidence, List<Indicator> indicators,
                      List<IndicatorValue> indicatorValues, List<PerformanceGroup> performanceGroups,
                      List<Note> notes, List<PolicyBand> policyBands) {
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
    }

    public int rowCount() {
        return sources.size() + firms.size() + events.size() + partners.size() + alliances.size() + evidence.size()
                + indicators.size() + indicatorValues.size() + performanceGroups.size()
                + notes.size() + policyBands.size();
    }
}
