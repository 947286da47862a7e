package be.bioregions.explorer.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.Store;

/**
 * Everything the timeline draws, read once from the store: the firms, each firm's marks in time order, the
 * policy context, the partners and sources that tooltips name, and each firm's latest business model.
 */
public record TimelineData(List<Firm> firms, Map<String, List<Mark>> marks, Map<String, Integer> ends,
                           List<PolicyBand> bands, Map<String, String> partnerNames, Map<String, Source> sources,
                           Map<String, BusinessModel> models, int lastYear) {
    /** The first year of the axis: the first firm of the thesis was founded in 1982. */
    public static final int FIRST_YEAR = 1982;
    /** The last year of the thesis' period; later facts are drawn on request. */
    public static final int THESIS_END = 2016;
    private static final int MAX_SUBJECT = 90;

    /** Reads the data; run off the FX thread. */
    public static TimelineData read(Store store) {
        List<Firm> firms = store.firms().all();
        Map<String, String> partnerNames = new HashMap<>();
        for (Partner p : store.partners().all()) {
            partnerNames.put(p.id(), p.name());
        }
        Map<String, Source> sources = new HashMap<>();
        for (Source s : store.sources().all()) {
            sources.put(s.id(), s);
        }
        Map<String, List<Mark>> marks = new HashMap<>();
        Map<String, Integer> ends = new HashMap<>();
        int last = THESIS_END;
        for (FirmEvent e : store.firms().allEvents()) {
            marks.computeIfAbsent(e.firmId(), k -> new ArrayList<>()).add(new Mark(e.id(), e.firmId(), e.year(),
                    e.month(), MarkKind.of(e.kind()), Codes.label(e.kind()) + ": " + nullToEmpty(e.detail()), null,
                    e.sourceId(), e.verified()));
            if (e.kind() == EventKind.ACQUISITION || e.kind() == EventKind.CLOSURE) {
                ends.merge(e.firmId(), e.year(), Math::min);
            }
            last = Math.max(last, e.year());
        }
        for (Alliance a : store.alliances().all()) {
            String partner = partnerNames.getOrDefault(a.partnerId(), a.partnerId());
            String label = Codes.label(a.kind()) + " alliance" + (a.direction() == null ? ""
                    : " (" + Codes.label(a.direction()) + ")") + " with " + partner
                    + (a.subject() == null ? "" : ": " + shorten(a.subject()));
            marks.computeIfAbsent(a.firmId(), k -> new ArrayList<>()).add(new Mark(a.id(), a.firmId(), a.year(),
                    null, MarkKind.ALLIANCE, label, a.partnerId(), a.sourceId(), a.verified()));
            last = Math.max(last, a.year());
        }
        // in time order, the events of a year before its alliances, then by id; then spread within their year
        Comparator<Mark> inTime = Comparator.comparingInt(Mark::year)
                .thenComparing(m -> m.month() == null ? 0 : m.month())
                .thenComparing(m -> m.kind() == MarkKind.ALLIANCE).thenComparing(Mark::factId);
        marks.replaceAll((firm, list) -> {
            list.sort(inTime);
            return Mark.spread(list);
        });
        return new TimelineData(firms, marks, ends, store.policy().all(), partnerNames, sources,
                store.classifications().latest(), last);
    }

    /** A firm's marks in time order (empty when it has none). */
    public List<Mark> marksOf(String firmId) {
        return marks.getOrDefault(firmId, List.of());
    }

    /** The year the firm ceased to be independent (acquired or closed), or null while it lives. */
    public Integer endOf(String firmId) {
        return ends.get(firmId);
    }

    public Source sourceOf(String sourceId) {
        return sourceId == null ? null : sources.get(sourceId);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT - 1).stripTrailing() + "\u2026";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
