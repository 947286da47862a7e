package be.bioregions.explorer.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
public record NetworkPicture(List<Dot> dots, List<Line> lines, int nodesInYear, int year) {
    /** More dots than this are unreadable and slow to draw. */
    public static final int MAX_DOTS = 400;

    /** A node as drawn: x and y within [0, 1]. */
    public record Dot(AllianceNetwork.Node node, String name, boolean firm, Object group, double x, double y,
                      int degree, int alliances) {
    }

    /** A link between two dots (their indices) with its number of alliances. */
    public record Line(int from, int to, int alliances) {
    }

    /** The picture of a year from the pair counts of that year and the layout of the whole period. */
    static NetworkPicture of(PartnerModel model, int year, Map<AllianceNetwork.Node, double[]> layout) {
        int[] counts = model.pairCounts(year);
        Map<AllianceNetwork.Node, int[]> degree = new HashMap<>(); // {degree, alliances}
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                for (AllianceNetwork.Node n : model.pairNodes(pair)) {
                    int[] d = degree.computeIfAbsent(n, k -> new int[2]);
                    d[0]++;
                    d[1] += counts[pair];
                }
            }
        }
        List<AllianceNetwork.Node> shown = new ArrayList<>(degree.keySet());
        shown.removeIf(n -> !layout.containsKey(n));
        shown.sort(Comparator.comparingInt((AllianceNetwork.Node n) -> -degree.get(n)[0])
                .thenComparing(AllianceNetwork.Node::id));
        if (shown.size() > MAX_DOTS) {
            shown = shown.subList(0, MAX_DOTS);
        }
        Map<AllianceNetwork.Node, Integer> index = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        for (AllianceNetwork.Node n : shown) {
            double[] p = layout.get(n);
            int[] d = degree.get(n);
            index.put(n, dots.size());
            dots.add(new Dot(n, model.name(n), n.firm(), model.group(n), p[0], p[1], d[0], d[1]));
        }
        List<Line> lines = new ArrayList<>();
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                AllianceNetwork.Node[] ends = model.pairNodes(pair);
                Integer a = index.get(ends[0]);
                Integer b = index.get(ends[1]);
                if (a != null && b != null) {
                    lines.add(new Line(a, b, counts[pair]));
                }
            }
        }
        return new NetworkPicture(List.copyOf(dots), List.copyOf(lines), degree.size(), year);
    }

    /** The group that colours a dot: a firm's region, or whether a partner is big pharma. */
    static Object groupOf(Firm firm) {
        return firm.region();
    }

    static Object groupOf(Partner partner) {
        return partner.kind() == PartnerKind.BIG_PHARMA ? PartnerKind.BIG_PHARMA : PartnerKind.OTHER;
    }
}
