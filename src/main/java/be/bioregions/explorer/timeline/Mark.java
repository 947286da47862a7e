package be.bioregions.explorer.timeline;

import be.bioregions.explorer.domain.Sourced;

/**
 * One fact drawn on a firm's lane: an event of its life or an alliance. {@code month} is null when only the year
 * is known; {@code partnerId} is set for alliances; {@code label} says the fact in words; {@code time} is where it
 * sits on the axis (see {@link #spread}).
 */
public record Mark(String factId, String firmId, int year, Integer month, MarkKind kind, String label,
                   String partnerId, String sourceId, boolean verified, double time) implements Sourced {
    public Mark(String factId, String firmId, int year, Integer month, MarkKind kind, String label, String partnerId,
                String sourceId, boolean verified) {
        this(factId, firmId, year, month, kind, label, partnerId, sourceId, verified,
                year + (month == null ? 0.5 : (month - 0.5) / 12.0));
    }

    /**
     * Places a firm's marks (in time order): a dated one in the middle of its month; those of a year whose month is
     * not known share that year evenly, so that zooming in tells them apart instead of stacking them on one point.
     */
    public static java.util.List<Mark> spread(java.util.List<Mark> marks) {
        java.util.List<Mark> out = new java.util.ArrayList<>(marks.size());
        int i = 0;
        while (i < marks.size()) {
            Mark m = marks.get(i);
            if (m.month() != null) {
                out.add(m);
                i++;
                continue;
            }
            int j = i;
            while (j < marks.size() && marks.get(j).month() == null && marks.get(j).year() == m.year()) {
                j++;
            }
            int n = j - i;
            for (int k = 0; k < n; k++) {
                Mark x = marks.get(i + k);
                out.add(new Mark(x.factId, x.firmId, x.year, null, x.kind, x.label, x.partnerId, x.sourceId,
                        x.verified, x.year + (k + 0.5) / n));
            }
            i = j;
        }
        out.sort(java.util.Comparator.comparingDouble(Mark::time));
        return out;
    }
}
