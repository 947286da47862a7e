package be.bioregions.explorer.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.AllianceNetwork;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Partner;

/**
 * The alliances that pass a filter, arranged once so that the matrix and the network of any year are quick to
 * make: each alliance knows its firm–partner pair, and the alliances are in year order, so the state of year Y is
 * a count over a prefix. Built again only when the filter changes; a year step only counts.
 */
public final class PartnerModel {
    static final int KINDS = AllianceKind.values().length;

    private final PartnerData data;
    private final AllianceFilter filter;
    private final List<Alliance> alliances;     // passing the filter, in year order
    private final int[] pairOf;                 // per alliance: its pair
    private final int[] yearOf;                 // per alliance: its year
    private final byte[] kindOf;                // per alliance: its kind's ordinal
    private final boolean[] unverifiedOf;       // per alliance: not verified, or without a source
    private final int[][] pairAlliances;        // per pair: its alliances, in year order
    private final int[] pairFirm;               // per pair: firm index in data.firms()
    private final int[] pairPartner;            // per pair: partner index in data.partners()
    private final int[][] firmPartners;         // per firm: its partners' indices, ascending
    private final int[][] firmPairs;            // per firm: the pair of each of those partners
    private final boolean[] firmShown;          // per firm: passes the region filter
    private final Map<String, Integer> firmIndex = new HashMap<>();
    private final Map<String, Integer> partnerIndex = new HashMap<>();
    private final int[] pairFirstYear;          // per pair: the year of its first alliance
    private final AllianceNetwork.Node[] firmNodes;
    private final AllianceNetwork.Node[] partnerNodes;

    public PartnerModel(PartnerData data, AllianceFilter filter) {
        this.data = data;
        this.filter = filter;
        List<Firm> firms = data.firms();
        List<Partner> partners = data.partners();
        for (int i = 0; i < firms.size(); i++) {
            firmIndex.put(firms.get(i).id(), i);
        }
        for (int i = 0; i < partners.size(); i++) {
            partnerIndex.put(partners.get(i).id(), i);
        }
        firmNodes = new AllianceNetwork.Node[firms.size()];
        for (int i = 0; i < firmNodes.length; i++) {
            firmNodes[i] = new AllianceNetwork.Node(firms.get(i).id(), true);
        }
        partnerNodes = new AllianceNetwork.Node[partners.size()];
        for (int i = 0; i < partnerNodes.length; i++) {
            partnerNodes[i] = new AllianceNetwork.Node(partners.get(i).id(), false);
        }
        firmShown = new boolean[firms.size()];
        for (int i = 0; i < firms.size(); i++) {
            firmShown[i] = filter.firmPasses(firms.get(i));
        }
        boolean[] partnerShown = new boolean[partners.size()];
        for (int i = 0; i < partners.size(); i++) {
            partnerShown[i] = filter.partnerPasses(partners.get(i));
        }
        List<Alliance> kept = new ArrayList<>();
        for (Alliance a : data.alliances()) {
            Integer f = firmIndex.get(a.firmId());
            Integer p = partnerIndex.get(a.partnerId());
            if (f != null && p != null && firmShown[f] && partnerShown[p] && filter.alliancePasses(a)) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparingInt(Alliance::year).thenComparing(Alliance::id));
        alliances = List.copyOf(kept);

        Map<Long, Integer> pairs = new HashMap<>();
        pairOf = new int[alliances.size()];
        List<int[]> pairList = new ArrayList<>();
        for (int i = 0; i < alliances.size(); i++) {
            Alliance a = alliances.get(i);
            int f = firmIndex.get(a.firmId());
            int p = partnerIndex.get(a.partnerId());
            long key = ((long) f << 32) | p;
            Integer pair = pairs.get(key);
            if (pair == null) {
                pair = pairList.size();
                pairs.put(key, pair);
                pairList.add(new int[] {f, p});
            }
            pairOf[i] = pair;
        }
        yearOf = new int[alliances.size()];
        kindOf = new byte[alliances.size()];
        unverifiedOf = new boolean[alliances.size()];
        int[] perPair = new int[pairList.size()];
        for (int i = 0; i < alliances.size(); i++) {
            Alliance a = alliances.get(i);
            yearOf[i] = a.year();
            kindOf[i] = (byte) a.kind().ordinal();
            unverifiedOf[i] = !a.verified() || a.unsourced();
            perPair[pairOf[i]]++;
        }
        pairAlliances = new int[pairList.size()][];
        for (int pair = 0; pair < pairAlliances.length; pair++) {
            pairAlliances[pair] = new int[perPair[pair]];
        }
        int[] filled = new int[pairList.size()];
        for (int i = 0; i < alliances.size(); i++) {
            pairAlliances[pairOf[i]][filled[pairOf[i]]++] = i;
        }
        pairFirstYear = new int[pairList.size()];
        java.util.Arrays.fill(pairFirstYear, Integer.MAX_VALUE);
        for (int i = 0; i < alliances.size(); i++) {
            pairFirstYear[pairOf[i]] = Math.min(pairFirstYear[pairOf[i]], alliances.get(i).year());
        }
        pairFirm = new int[pairList.size()];
        pairPartner = new int[pairList.size()];
        int[] perFirm = new int[firms.size()];
        for (int i = 0; i < pairList.size(); i++) {
            pairFirm[i] = pairList.get(i)[0];
            pairPartner[i] = pairList.get(i)[1];
            perFirm[pairFirm[i]]++;
        }
        firmPartners = new int[firms.size()][];
        firmPairs = new int[firms.size()][];
        for (int f = 0; f < firms.size(); f++) {
            firmPartners[f] = new int[perFirm[f]];
            firmPairs[f] = new int[perFirm[f]];
        }
        Integer[] order = new Integer[pairList.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> pairFirm[i]).thenComparingInt(i -> pairPartner[i]));
        int[] fill = new int[firms.size()];
        for (int pair : order) {
            int f = pairFirm[pair];
            firmPartners[f][fill[f]] = pairPartner[pair];
            firmPairs[f][fill[f]] = pair;
            fill[f]++;
        }
    }

    public PartnerData data() {
        return data;
    }

    public AllianceFilter filter() {
        return filter;
    }

    /** The alliances that pass the filter, in year order. */
    public List<Alliance> alliances() {
        return alliances;
    }

    public int pairCount() {
        return pairFirm.length;
    }

    /** The matrix as it stood at the end of {@code year}: every alliance begun in or before it. */
    public Matrix matrix(int year, Matrix.RowOrder rowOrder, Matrix.ColumnOrder columnOrder) {
        return new Matrix(this, year, rowOrder, columnOrder);
    }

    /** The network of the pairs allied by the end of {@code year}; a year after every alliance gives them all. */
    public AllianceNetwork network(int year) {
        int[] counts = pairCounts(year);
        List<AllianceNetwork.Link> links = new ArrayList<>();
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                links.add(new AllianceNetwork.Link(data.firms().get(pairFirm[pair]).id(),
                        data.partners().get(pairPartner[pair]).id(), counts[pair]));
            }
        }
        return AllianceNetwork.of(links);
    }

    /** The network of the whole period among some nodes only (for laying out a network too large to draw). */
    AllianceNetwork subNetwork(java.util.Set<AllianceNetwork.Node> kept) {
        int[] counts = pairCounts(Integer.MAX_VALUE);
        List<AllianceNetwork.Link> links = new ArrayList<>();
        for (int pair = 0; pair < counts.length; pair++) {
            AllianceNetwork.Node[] ends = pairNodes(pair);
            if (counts[pair] > 0 && kept.contains(ends[0]) && kept.contains(ends[1])) {
                links.add(new AllianceNetwork.Link(ends[0].id(), ends[1].id(), counts[pair]));
            }
        }
        return AllianceNetwork.of(links);
    }

    /** Per pair, its alliances begun by the end of {@code year}. */
    int[] pairCounts(int year) {
        int[] counts = new int[pairFirm.length];
        int end = end(year);
        for (int i = 0; i < end; i++) {
            counts[pairOf[i]]++;
        }
        return counts;
    }

    /** How many alliances began by the end of {@code year}: they come first, in year order. */
    int end(int year) {
        int lo = 0;
        int hi = yearOf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (yearOf[mid] <= year) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a pair has an unverified (or unsourced) alliance begun by the end of {@code year}. */
    boolean anyUnverified(int pair, int year) {
        for (int i : pairAlliances[pair]) {
            if (yearOf[i] > year) {
                return false;
            }
            if (unverifiedOf[i]) {
                return true;
            }
        }
        return false;
    }

    boolean unverified(int alliance) {
        return unverifiedOf[alliance];
    }

    int kind(int alliance) {
        return kindOf[alliance];
    }

    /** A pair's alliances (indices into {@link #alliances()}), in year order. */
    int[] pairAlliances(int pair) {
        return pairAlliances[pair];
    }

    int firmCount() {
        return firmNodes.length;
    }

    int partnerCount() {
        return partnerNodes.length;
    }

    AllianceNetwork.Node firmNode(int firm) {
        return firmNodes[firm];
    }

    AllianceNetwork.Node partnerNode(int partner) {
        return partnerNodes[partner];
    }

    /** The firm node and the partner node of a pair. */
    AllianceNetwork.Node[] pairNodes(int pair) {
        return new AllianceNetwork.Node[] {firmNodes[pairFirm[pair]], partnerNodes[pairPartner[pair]]};
    }

    /** A node's name. */
    String name(AllianceNetwork.Node node) {
        return node.firm() ? data.firms().get(firmIndex.get(node.id())).name()
                : data.partners().get(partnerIndex.get(node.id())).name();
    }

    /** What colours a node: a firm's region, or the kind of partner. */
    Object group(AllianceNetwork.Node node) {
        return node.firm() ? NetworkPicture.groupOf(data.firms().get(firmIndex.get(node.id())))
                : NetworkPicture.groupOf(data.partners().get(partnerIndex.get(node.id())));
    }

    /**
     * The most connected node on one side (firms, or partners) at the end of {@code year}, and the first year from
     * which it has been the most connected (ties included) without a break; null when there is no alliance yet.
     */
    public Leader leader(int year, boolean firms) {
        int n = firms ? data.firms().size() : data.partners().size();
        int[] degree = new int[n];
        int[] alliancesOf = new int[n];
        int[] counts = pairCounts(year);
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                int node = firms ? pairFirm[pair] : pairPartner[pair];
                degree[node]++;
                alliancesOf[node] += counts[pair];
            }
        }
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (degree[i] > 0 && (best < 0 || degree[i] > degree[best]
                    || degree[i] == degree[best] && alliancesOf[i] > alliancesOf[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        // walk the years forward, counting each pair from its first year, and note when the leader is on top
        Integer[] byFirst = new Integer[pairFirm.length];
        for (int i = 0; i < byFirst.length; i++) {
            byFirst[i] = i;
        }
        Arrays.sort(byFirst, Comparator.comparingInt(i -> pairFirstYear[i]));
        int[] running = new int[n];
        int at = 0;
        int since = -1;
        int first = byFirst.length == 0 ? year : pairFirstYear[byFirst[0]];
        for (int y = first; y <= year; y++) {
            while (at < byFirst.length && pairFirstYear[byFirst[at]] <= y) {
                int pair = byFirst[at++];
                running[firms ? pairFirm[pair] : pairPartner[pair]]++;
            }
            int max = 0;
            for (int d : running) {
                max = Math.max(max, d);
            }
            boolean top = running[best] > 0 && running[best] == max;
            if (!top) {
                since = -1;
            } else if (since < 0) {
                since = y;
            }
        }
        AllianceNetwork.Node node = firms ? firmNodes[best] : partnerNodes[best];
        return new Leader(node, name(node), degree[best], since);
    }

    /** The most connected node of a side, its degree, and since when it has been the most connected. */
    public record Leader(AllianceNetwork.Node node, String name, int degree, int since) {
    }

    /** The year of each node's first alliance that passes the filter. */
    public Map<AllianceNetwork.Node, Integer> firstYears() {
        Map<AllianceNetwork.Node, Integer> first = new HashMap<>();
        for (int pair = 0; pair < pairFirm.length; pair++) {
            for (AllianceNetwork.Node node : pairNodes(pair)) {
                first.merge(node, pairFirstYear[pair], Math::min);
            }
        }
        return first;
    }

    // ---- for Matrix ---------------------------------------------------------------------------------------------

    int[] pairOf() {
        return pairOf;
    }

    int pairFirm(int pair) {
        return pairFirm[pair];
    }

    int pairPartner(int pair) {
        return pairPartner[pair];
    }

    boolean firmShown(int firm) {
        return firmShown[firm];
    }

    /** The pair of a firm and a partner (indices), or -1 when they have no alliance passing the filter. */
    int pair(int firm, int partner) {
        int at = Arrays.binarySearch(firmPartners[firm], partner);
        return at < 0 ? -1 : firmPairs[firm][at];
    }

    Integer firmIndex(String id) {
        return firmIndex.get(id);
    }

    Integer partnerIndex(String id) {
        return partnerIndex.get(id);
    }
}
