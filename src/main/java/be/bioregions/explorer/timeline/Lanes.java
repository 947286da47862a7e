package be.bioregions.explorer.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Region;

/** Turns the data and a query into the rows of the timeline. Pure: no JavaFX, no database. */
public final class Lanes {
    private Lanes() {
    }

    /** The lanes the query asks for, sorted and, on request, under one heading per region. */
    public static List<Lane> build(TimelineData data, LaneQuery q) {
        int lastYear = q.afterThesis() ? Integer.MAX_VALUE : TimelineData.THESIS_END;
        List<Lane> lanes = new ArrayList<>();
        for (Firm f : data.firms()) {
            if (!q.regions().contains(f.region())) {
                continue;
            }
            BusinessModel model = data.models().get(f.id());
            if (q.model() != null && q.model() != model || q.unclassified() && model != null) {
                continue;
            }
            List<Mark> all = data.marksOf(f.id());
            if (q.partnerId() != null && all.stream().noneMatch(m -> q.partnerId().equals(m.partnerId()))) {
                continue;
            }
            List<Mark> shown = new ArrayList<>();
            for (Mark m : all) {
                if (q.kinds().contains(m.kind()) && m.year() <= lastYear && (!q.verifiedOnly() || m.verified())
                        && (q.partnerId() == null || m.kind() != MarkKind.ALLIANCE
                            || q.partnerId().equals(m.partnerId()))) {
                    shown.add(m);
                }
            }
            lanes.add(new Lane(f, null, shown, data.endOf(f.id()), model));
        }
        lanes.sort(order(q.order()));
        if (!q.byRegion()) {
            return lanes;
        }
        List<Lane> grouped = new ArrayList<>(lanes.size() + Region.values().length);
        for (Region r : Region.values()) {
            List<Lane> of = lanes.stream().filter(l -> l.firm().region() == r).toList();
            if (!of.isEmpty()) {
                grouped.add(Lane.heading(r.label() + " (" + of.size() + ")"));
                grouped.addAll(of);
            }
        }
        return grouped;
    }

    static Comparator<Lane> order(LaneQuery.Order order) {
        Comparator<Lane> byName = Comparator.comparing(l -> l.firm().name().toLowerCase(Locale.ROOT));
        Comparator<Lane> byFounding = Comparator.<Lane>comparingInt(l -> l.firm().founded()).thenComparing(byName);
        return switch (order) {
            case NAME -> byName;
            case FOUNDING -> byFounding;
            case REGION -> Comparator.<Lane, Region>comparing(l -> l.firm().region()).thenComparing(byFounding);
            case MODEL -> Comparator.<Lane, Integer>comparing(l -> l.model() == null ? Integer.MAX_VALUE
                    : l.model().ordinal()).thenComparing(byFounding);
        };
    }

    /** The index of the first firm lane whose name contains the text (case-insensitive), or -1. */
    public static int find(List<Lane> lanes, String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        int contains = -1;
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            if (l.isHeading()) {
                continue;
            }
            String name = l.firm().name().toLowerCase(Locale.ROOT);
            if (name.startsWith(needle)) {
                return i;
            }
            if (contains < 0 && name.contains(needle)) {
                contains = i;
            }
        }
        return contains;
    }
}
