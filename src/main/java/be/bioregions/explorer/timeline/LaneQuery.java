package be.bioregions.explorer.timeline;

import java.util.EnumSet;
import java.util.Set;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Region;

/**
 * What the researcher asked the timeline to show: which firms and marks, in which order, grouped or not.
 *
 * @param regions       the regions whose firms are shown
 * @param kinds         the kinds of marks drawn
 * @param partnerId     when set, only firms allied with this partner, and of their alliances only those
 * @param model         when set, only firms whose latest business model is this one
 * @param unclassified  when true (and {@code model} null), only firms with no business model yet
 * @param verifiedOnly  only marks whose source was read and states them
 * @param afterThesis   also marks after 2016
 */
public record LaneQuery(Set<Region> regions, Set<MarkKind> kinds, String partnerId, BusinessModel model,
                        boolean unclassified, boolean verifiedOnly, boolean afterThesis, Order order,
                        boolean byRegion) {
    /** How the lanes are sorted. */
    public enum Order { FOUNDING, NAME, REGION, MODEL }

    public LaneQuery {
        regions = regions.isEmpty() ? Set.of() : EnumSet.copyOf(regions);
        kinds = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    }

    /** Every firm and every mark up to 2016, by founding year. */
    public static LaneQuery all() {
        return new LaneQuery(EnumSet.allOf(Region.class), EnumSet.allOf(MarkKind.class), null, null, false, false,
                false, Order.FOUNDING, false);
    }

    public LaneQuery withRegions(Set<Region> r) {
        return new LaneQuery(r, kinds, partnerId, model, unclassified, verifiedOnly, afterThesis, order, byRegion);
    }

    public LaneQuery withKinds(Set<MarkKind> k) {
        return new LaneQuery(regions, k, partnerId, model, unclassified, verifiedOnly, afterThesis, order, byRegion);
    }

    public LaneQuery withPartner(String p) {
        return new LaneQuery(regions, kinds, p, model, unclassified, verifiedOnly, afterThesis, order, byRegion);
    }

    /** Filters on one business model, on the firms not classified yet ({@code model} null and {@code none}), or neither. */
    public LaneQuery withModel(BusinessModel m, boolean none) {
        return new LaneQuery(regions, kinds, partnerId, m, m == null && none, verifiedOnly, afterThesis, order,
                byRegion);
    }

    public LaneQuery withVerifiedOnly(boolean v) {
        return new LaneQuery(regions, kinds, partnerId, model, unclassified, v, afterThesis, order, byRegion);
    }

    public LaneQuery withAfterThesis(boolean a) {
        return new LaneQuery(regions, kinds, partnerId, model, unclassified, verifiedOnly, a, order, byRegion);
    }

    public LaneQuery withOrder(Order o) {
        return new LaneQuery(regions, kinds, partnerId, model, unclassified, verifiedOnly, afterThesis, o, byRegion);
    }

    public LaneQuery withByRegion(boolean g) {
        return new LaneQuery(regions, kinds, partnerId, model, unclassified, verifiedOnly, afterThesis, order, g);
    }
}
