package be.bioregions.explorer.partners;

import java.util.EnumSet;
import java.util.Set;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Region;

/**
 * Which alliances the matrix and the network count: by kind, open-innovation direction (an alliance whose
 * direction is not known passes when {@code unknownDirection} is on), the firm's region, the partner's kind, and
 * optionally verified alliances only. Immutable: each {@code with...} gives a new filter.
 */
public record AllianceFilter(Set<AllianceKind> kinds, Set<Direction> directions, boolean unknownDirection,
                             Set<Region> regions, Set<PartnerKind> partnerKinds, boolean verifiedOnly) {
    public AllianceFilter {
        kinds = copy(kinds, AllianceKind.class);
        directions = copy(directions, Direction.class);
        regions = copy(regions, Region.class);
        partnerKinds = copy(partnerKinds, PartnerKind.class);
    }

    /** Every alliance. */
    public static AllianceFilter all() {
        return new AllianceFilter(EnumSet.allOf(AllianceKind.class), EnumSet.allOf(Direction.class), true,
                EnumSet.allOf(Region.class), EnumSet.allOf(PartnerKind.class), false);
    }

    public boolean firmPasses(Firm firm) {
        return regions.contains(firm.region());
    }

    public boolean partnerPasses(Partner partner) {
        return partnerKinds.contains(partner.kind());
    }

    /** Whether the alliance itself passes (its firm and partner are tested apart). */
    public boolean alliancePasses(Alliance a) {
        return kinds.contains(a.kind())
                && (a.direction() == null ? unknownDirection : directions.contains(a.direction()))
                && (!verifiedOnly || a.verified());
    }

    /**
     * The filter in words for a figure's caption, e.g. "kinds: licensing, research; regions: Wallonia"; empty when
     * everything passes.
     */
    public String describe(java.util.function.Function<Enum<?>, String> label, String unknownDirection,
                           String verified) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        part(parts, "kinds", kinds, AllianceKind.values(), label);
        java.util.List<String> ways = new java.util.ArrayList<>();
        if (directions.size() < Direction.values().length || !this.unknownDirection) {
            for (Direction d : Direction.values()) {
                if (directions.contains(d)) {
                    ways.add(label.apply(d));
                }
            }
            if (this.unknownDirection) {
                ways.add(unknownDirection);
            }
            parts.add("directions: " + (ways.isEmpty() ? "none" : String.join(", ", ways)));
        }
        part(parts, "regions", regions, Region.values(), label);
        part(parts, "partners", partnerKinds, PartnerKind.values(), label);
        if (verifiedOnly) {
            parts.add(verified);
        }
        return String.join("; ", parts);
    }

    private static <E extends Enum<E>> void part(java.util.List<String> parts, String name, Set<E> chosen, E[] all,
                                                 java.util.function.Function<Enum<?>, String> label) {
        if (chosen.size() == all.length) {
            return;
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        for (E e : all) {
            if (chosen.contains(e)) {
                words.add(label.apply(e));
            }
        }
        parts.add(name + ": " + (words.isEmpty() ? "none" : String.join(", ", words)));
    }

    public AllianceFilter withKinds(Set<AllianceKind> k) {
        return new AllianceFilter(k, directions, unknownDirection, regions, partnerKinds, verifiedOnly);
    }

    public AllianceFilter withDirections(Set<Direction> d, boolean unknown) {
        return new AllianceFilter(kinds, d, unknown, regions, partnerKinds, verifiedOnly);
    }

    public AllianceFilter withRegions(Set<Region> r) {
        return new AllianceFilter(kinds, directions, unknownDirection, r, partnerKinds, verifiedOnly);
    }

    public AllianceFilter withPartnerKinds(Set<PartnerKind> p) {
        return new AllianceFilter(kinds, directions, unknownDirection, regions, p, verifiedOnly);
    }

    public AllianceFilter withVerifiedOnly(boolean v) {
        return new AllianceFilter(kinds, directions, unknownDirection, regions, partnerKinds, v);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        return set.isEmpty() ? Set.copyOf(EnumSet.noneOf(type)) : Set.copyOf(EnumSet.copyOf(set));
    }
}
