package be.bioregions.explorer.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PartnerKind;

/**
 * What the network tab draws for one year: a dot per node allied by then, at its place in the layout of the whole
 * period (so that nodes keep their place while the years play), sized by degree, and a line per allied pair.
 * Above {@link #MAX_DOTS} nodes only the best connected are drawn, with the links among them.
 */
public record NetworkPicture(List<Dot> dots, List<Line> lines, int nodesInYear, int linksInYear, int year) {
    /** More dots than this are unreadable and slow to draw. */
    public static final int MAX_DOTS = 300;
    /** More links than this among the dots drawn make a grey felt, and each costs drawing time: the strongest stay. */
    public static final int MAX_LINES = 600;

    /** A node as drawn: x and y within [0, 1]. */
    public record Dot(AllianceNetwork.Node node, String name, boolean firm, Object group, double x, double y,
                      int degree, int alliances) {
    }

    /** A link between two dots (their indices) with its number of alliances, and whether one is unverified. */
    public record Line(int from, int to, int alliances, boolean unverified) {
    }

    /** The picture of a year from the pair counts of that year and the layout of the whole period. */
    static NetworkPicture of(PartnerModel model, int year, Map<AllianceNetwork.Node, double[]> layout) {
        int[] counts = model.pairCounts(year);
        int firms = model.firmCount();
        int[] degree = new int[firms + model.partnerCount()];   // firms first, then partners
        int[] alliances = new int[degree.length];
        int present = 0;
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                int f = model.pairFirm(pair);
                int p = firms + model.pairPartner(pair);
                present += (degree[f] == 0 ? 1 : 0) + (degree[p] == 0 ? 1 : 0);
                degree[f]++;
                degree[p]++;
                alliances[f] += counts[pair];
                alliances[p] += counts[pair];
            }
        }
        // the nodes of the layout allied by this year, the best connected first
        List<int[]> shown = new ArrayList<>(); // {node index, degree}
        for (AllianceNetwork.Node n : layout.keySet()) {
            Integer at = n.firm() ? model.firmIndex(n.id()) : model.partnerIndex(n.id());
            if (at != null) {
                int index = n.firm() ? at : firms + at;
                if (degree[index] > 0) {
                    shown.add(new int[] {index, degree[index]});
                }
            }
        }
        shown.sort(Comparator.comparingInt((int[] e) -> -e[1]).thenComparingInt(e -> e[0]));
        shown = bestOfEachSide(shown, e -> e[0] < firms, MAX_DOTS);
        int[] dotOf = new int[degree.length];
        java.util.Arrays.fill(dotOf, -1);
        List<Dot> dots = new ArrayList<>();
        for (int[] e : shown) {
            int index = e[0];
            AllianceNetwork.Node n = index < firms ? model.firmNode(index) : model.partnerNode(index - firms);
            double[] p = layout.get(n);
            dotOf[index] = dots.size();
            dots.add(new Dot(n, model.name(n), n.firm(), model.group(n), p[0], p[1], degree[index], alliances[index]));
        }
        List<Line> lines = new ArrayList<>();
        int links = 0;
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                links++;
                int a = dotOf[model.pairFirm(pair)];
                int b = dotOf[firms + model.pairPartner(pair)];
                if (a >= 0 && b >= 0) {
                    lines.add(new Line(a, b, counts[pair], model.anyUnverified(pair, year)));
                }
            }
        }
        if (lines.size() > MAX_LINES) {
            // the strongest links: most alliances, then between the best-connected ends
            lines.sort(Comparator.comparingInt((Line l) -> -l.alliances())
                    .thenComparingInt(l -> -(dots.get(l.from()).degree() + dots.get(l.to()).degree()))
                    .thenComparingInt(Line::from).thenComparingInt(Line::to));
            lines = lines.subList(0, MAX_LINES);
        }
        return new NetworkPicture(List.copyOf(dots), List.copyOf(lines), present, links, year);
    }

    /**
     * The first {@code max} of a list sorted best first, at most half of them from one side (firms or partners)
     * unless the other side has too few: partners ally with many firms each, so the best connected nodes overall
     * would all be partners, with no link among them.
     */
    static <T> List<T> bestOfEachSide(List<T> best, java.util.function.Predicate<T> firm, int max) {
        if (best.size() <= max) {
            return best;
        }
        long firms = best.stream().filter(firm).count();
        long partners = best.size() - firms;
        long firmQuota = Math.max(max / 2, max - partners);
        long partnerQuota = Math.max(max / 2, max - firms);
        List<T> kept = new ArrayList<>();
        int takenFirms = 0;
        int takenPartners = 0;
        for (T t : best) {
            if (firm.test(t) ? takenFirms++ < firmQuota : takenPartners++ < partnerQuota) {
                kept.add(t);
            }
            if (kept.size() == max) {
                break;
            }
        }
        return kept;
    }

    /** The group that colours a dot: a firm's region, or whether a partner is big pharma. */
    static Object groupOf(Firm firm) {
        return firm.region();
    }

    static Object groupOf(Partner partner) {
        return partner.kind() == PartnerKind.BIG_PHARMA ? PartnerKind.BIG_PHARMA : PartnerKind.OTHER;
    }
}
