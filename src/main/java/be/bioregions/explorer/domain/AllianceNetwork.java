package be.bioregions.explorer.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The bipartite firm–partner alliance network: one node per firm and per partner, and an edge between a firm and a
 * partner when they share at least one alliance, weighted by how many they share. Firm ids and partner ids are
 * separate namespaces, so a firm and a partner with the same id are two nodes.
 *
 * <p>The graph is built once, with JGraphT, when the network is created; the measures (degree, alliances, PageRank,
 * betweenness) and the force-directed layout are all computed by JGraphT on that graph. PageRank and betweenness
 * are worked out on the unweighted view of the graph, so every link counts once whatever its alliances. Instances
 * are immutable apart from internal caches and are safe to share between threads.
 */
public final class AllianceNetwork {

    /** A firm–partner pair and how many alliances it has. */
    public record Link(String firmId, String partnerId, int alliances) {
        public Link {
            Objects.requireNonNull(firmId, "firmId");
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }

    /** A node of the network: a firm (when {@code firm} is true) or a partner. */
    public record Node(String id, boolean firm) {
        public Node {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The measures of one node; betweenness is null when it was not computed. */
    public record Score(Node node, int degree, int alliances, Double betweenness, double pageRank) {
        public Score {
            Objects.requireNonNull(node, "node");
        }
    }

    /**
     * Above this many node × link pairs, exact betweenness takes too long to compute without being asked (about
     * two seconds at the budget on the development machine; see decision record 11).
     */
    public static final long BETWEENNESS_BUDGET = 3_000_000L;

    /**
     * Above this many nodes the layout uses the Barnes–Hut approximation of the repulsive forces: the exact
     * algorithm compares every pair of nodes in each of its 100 rounds, which already takes seconds at 1,000 nodes.
     */
    private static final int INDEXED_LAYOUT_THRESHOLD = 1_000;
    /** Share of the unit square left empty on each side of the drawing. */
    private static final double LAYOUT_MARGIN = 0.05;
    /** PageRank stops when no score moves by more than this between two iterations. */
    private static final double PAGE_RANK_TOLERANCE = 1e-6;
    /** Bipartite graphs make the power iteration oscillate, so allow more rounds than JGraphT's default 100. */
    private static final int PAGE_RANK_MAX_ITERATIONS = 500;

    /** Firms first then partners, each by id. */
    private static final Comparator<Node> NODE_ORDER =
            (a, b) -> a.firm() != b.firm() ? (a.firm() ? -1 : 1) : a.id().compareTo(b.id());

    private static final Comparator<Score> SCORE_ORDER = Comparator.comparingInt(Score::degree).reversed()
            .thenComparing(Comparator.comparingInt(Score::alliances).reversed())
            .thenComparing((Score s) -> s.node().id())
            .thenComparing((Score s) -> !s.node().firm());

    private final Graph<Node, DefaultWeightedEdge> graph;
    private final Graph<Node, DefaultWeightedEdge> unweighted;
    private final List<Node> nodes;

    // computed on first use; separate locks, so that a long betweenness run never holds up PageRank
    private final Object pageRankLock = new Object();
    private final Object betweennessLock = new Object();
    private volatile Map<Node, Double> pageRank;
    private volatile Map<Node, Double> betweenness;

    private AllianceNetwork(Graph<Node, DefaultWeightedEdge> graph, List<Node> nodes) {
        this.graph = graph;
        this.unweighted = new AsUnweightedGraph<>(graph);
        this.nodes = nodes;
    }

    /** The network of these links; a pair given twice adds up its alliances. Links with alliances < 1 are ignored. */
    public static AllianceNetwork of(Collection<Link> links) {
        Objects.requireNonNull(links, "links");
        // add up repeated pairs first, so that each edge is added to the graph exactly once
        Map<Node, Map<Node, Integer>> weights = new HashMap<>();   // firm -> partner -> alliances
        Set<Node> partnerSet = new HashSet<>();
        for (Link link : links) {
            Objects.requireNonNull(link, "link");
            if (link.alliances() < 1) {
                continue;
            }
            Node partner = new Node(link.partnerId(), false);
            partnerSet.add(partner);
            weights.computeIfAbsent(new Node(link.firmId(), true), f -> new HashMap<>())
                    .merge(partner, link.alliances(), Math::addExact);
        }
        List<Node> firms = new ArrayList<>(weights.keySet());
        firms.sort(NODE_ORDER);
        List<Node> partners = new ArrayList<>(partnerSet);
        partners.sort(NODE_ORDER);
        List<Node> nodes = new ArrayList<>(firms.size() + partners.size());
        nodes.addAll(firms);
        nodes.addAll(partners);

        // vertices and edges in a fixed order whatever the order of the links: JGraphT keeps insertion order,
        // which makes PageRank and the layout reproducible
        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.forEach(graph::addVertex);
        for (Node firm : firms) {
            List<Map.Entry<Node, Integer>> row = new ArrayList<>(weights.get(firm).entrySet());
            row.sort(Map.Entry.comparingByKey(NODE_ORDER));
            for (Map.Entry<Node, Integer> e : row) {
                graph.setEdgeWeight(graph.addEdge(firm, e.getKey()), e.getValue());
            }
        }
        return new AllianceNetwork(graph, Collections.unmodifiableList(nodes));
    }

    /** The number of nodes, firms and partners together. */
    public int nodeCount() {
        return nodes.size();
    }

    /** The number of distinct firm–partner pairs with at least one alliance. */
    public int linkCount() {
        return graph.edgeSet().size();
    }

    /** All nodes: firms first, then partners, each sorted by id. */
    public List<Node> nodes() {
        return nodes;
    }

    /**
     * Whether exact betweenness is cheap enough to compute as part of {@link #scores(boolean)}, that is whether
     * {@code nodeCount() × linkCount() <= BETWEENNESS_BUDGET}.
     */
    public boolean betweennessAffordable() {
        return (long) nodeCount() * linkCount() <= BETWEENNESS_BUDGET;
    }

    /**
     * The measures of every node: degree (distinct counterparties), alliances (sum of link weights), PageRank
     * (unweighted graph, damping 0.85) and, when {@code withBetweenness} is true, the betweenness as the usual
     * share from 0 to 1, otherwise null.
     *
     * <p>JGraphT gives the raw betweenness of an undirected graph counting each unordered pair of other nodes once;
     * it is divided here by the number of such pairs, {@code (n-1)(n-2)/2}, so that the centre of a star scores 1.
     * (JGraphT's own normalisation divides by {@code (n-1)(n-2)}, which tops out at 0.5 on an undirected graph and
     * would read as "half" to a user.)
     *
     * <p>Sorted by degree descending, then alliances descending, then id (a firm before a partner of the same id).
     * PageRank and betweenness are computed on first use and kept.
     */
    public List<Score> scores(boolean withBetweenness) {
        Map<Node, Double> ranks = pageRank();
        Map<Node, Double> between = withBetweenness ? betweenness() : null;
        List<Score> scores = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            double alliances = 0;
            for (DefaultWeightedEdge edge : graph.edgesOf(node)) {
                alliances += graph.getEdgeWeight(edge);
            }
            scores.add(new Score(node, graph.degreeOf(node), (int) alliances,
                    between == null ? null : between.get(node), ranks.getOrDefault(node, 0.0)));
        }
        scores.sort(SCORE_ORDER);
        return Collections.unmodifiableList(scores);
    }

    private Map<Node, Double> pageRank() {
        Map<Node, Double> result = pageRank;
        if (result == null) {
            synchronized (pageRankLock) {
                result = pageRank;
                if (result == null) {
                    result = new PageRank<>(unweighted, PageRank.DAMPING_FACTOR_DEFAULT, PAGE_RANK_MAX_ITERATIONS,
                            PAGE_RANK_TOLERANCE).getScores();
                    pageRank = result;
                }
            }
        }
        return result;
    }

    private Map<Node, Double> betweenness() {
        Map<Node, Double> result = betweenness;
        if (result == null) {
            synchronized (betweennessLock) {
                result = betweenness;
                if (result == null) {
                    Map<Node, Double> raw = new BetweennessCentrality<>(unweighted, false).getScores();
                    double n = nodes.size();
                    double pairs = (n - 1) * (n - 2) / 2;
                    result = new HashMap<>();
                    for (Map.Entry<Node, Double> e : raw.entrySet()) {
                        result.put(e.getKey(), pairs > 0 ? e.getValue() / pairs : 0.0);
                    }
                    betweenness = result;
                }
            }
        }
        return result;
    }

    /**
     * Node positions of a Fruchterman–Reingold force-directed layout, within [0,1]×[0,1] and rescaled (keeping the
     * aspect ratio) so that the drawing fills the square up to a small margin. Each connected piece is laid out on
     * its own and the pieces are packed in rows, largest first, each in a square cell whose side grows with the
     * square root of its size. Deterministic for a given seed. Pieces of more than 1,000 nodes use the Barnes–Hut
     * approximation. Either way this takes time on large
     * networks (tens of seconds at 10,000 nodes), so call it off the UI thread. An empty network gives an empty
     * map; a single node sits at the centre. The map iterates in the order of {@link #nodes()}.
     */
    public Map<Node, double[]> layout(long seed) {
        Map<Node, double[]> result = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return result;
        }
        // each connected piece is laid out on its own, then the pieces are packed in rows, largest first: laid out
        // together, the pieces only push each other away and end up strung along the edges of the frame
        List<Set<Node>> pieces = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        Map<Node, Integer> order = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i), i);
        }
        pieces.sort(Comparator.comparingInt((Set<Node> p) -> -p.size())
                .thenComparingInt(p -> p.stream().mapToInt(order::get).min().orElse(0)));
        double area = 0;
        for (Set<Node> piece : pieces) {
            area += piece.size();
        }
        double rowWidth = Math.max(Math.sqrt(pieces.get(0).size()), Math.sqrt(area) * 1.1);
        Map<Node, double[]> packed = new HashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double width = 0;
        Random rng = new Random(seed);
        for (Set<Node> piece : pieces) {
            double side = Math.sqrt(piece.size());
            if (x > 0 && x + side > rowWidth) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            Map<Node, double[]> inside = layoutPiece(piece, order, rng);
            for (Map.Entry<Node, double[]> e : inside.entrySet()) {
                // a piece fills its cell less its padding, so that neighbouring pieces stay apart
                packed.put(e.getKey(), new double[] {x + side * (0.1 + 0.8 * e.getValue()[0]),
                    y + side * (0.1 + 0.8 * e.getValue()[1])});
            }
            x += side;
            width = Math.max(width, x);
            rowHeight = Math.max(rowHeight, side);
        }
        double height = y + rowHeight;
        double scale = (1 - 2 * LAYOUT_MARGIN) / Math.max(width, height);
        double offsetX = 0.5 - scale * width / 2;
        double offsetY = 0.5 - scale * height / 2;
        for (Node node : nodes) {
            double[] p = packed.get(node);
            result.put(node, new double[] {clamp(offsetX + scale * p[0]), clamp(offsetY + scale * p[1])});
        }
        return result;
    }

    /** A connected piece laid out within [0,1]×[0,1], centred; one node in the middle, two side by side. */
    private Map<Node, double[]> layoutPiece(Set<Node> piece, Map<Node, Integer> order, Random rng) {
        List<Node> members = new ArrayList<>(piece);
        members.sort(Comparator.comparingInt(order::get));
        Map<Node, double[]> result = new HashMap<>();
        if (members.size() == 1) {
            result.put(members.get(0), new double[] {0.5, 0.5});
            return result;
        }
        if (members.size() == 2) {
            result.put(members.get(0), new double[] {0.2, 0.5});
            result.put(members.get(1), new double[] {0.8, 0.5});
            return result;
        }
        Graph<Node, DefaultWeightedEdge> sub = new AsSubgraph<>(unweighted, piece);
        Box2D frame = Box2D.of(0, 0, 1, 1);
        GuardedModel model = new GuardedModel(frame, members);
        FRLayoutAlgorithm2D<Node, DefaultWeightedEdge> algorithm = members.size() > INDEXED_LAYOUT_THRESHOLD
                ? new IndexedFRLayoutAlgorithm2D<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                        IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, rng)
                : new FRLayoutAlgorithm2D<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, rng);
        algorithm.layout(sub, model);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Node node : members) {
            Point2D p = model.get(node);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        double extent = Math.max(maxX - minX, maxY - minY);
        double scale = extent > 0 ? 1 / extent : 0;
        // centred on both axes, so that the shorter side is padded evenly
        double offsetX = 0.5 - scale * (minX + maxX) / 2;
        double offsetY = 0.5 - scale * (minY + maxY) / 2;
        for (Node node : members) {
            Point2D p = model.get(node);
            result.put(node, new double[] {clamp(offsetX + scale * p.getX()), clamp(offsetY + scale * p.getY())});
        }
        return result;
    }

    private static double clamp(double v) {
        return Math.min(1, Math.max(0, v));
    }

    /**
     * A layout model that keeps JGraphT's force-directed layout out of two traps. A node whose forces cancel out
     * exactly receives a NaN position (0/0 in the step length); such a node simply stays where it was. A node
     * pushed past the frame is clamped onto it, and two nodes clamped into the same corner would share a point,
     * on which the Barnes–Hut quadtree fails (it splits without end, or throws); such a node is moved inwards by a
     * tiny amount that differs from node to node.
     */
    private static final class GuardedModel extends MapLayoutModel2D<Node> {
        private final Map<Node, Double> nudge = new HashMap<>();

        GuardedModel(Box2D area, List<Node> nodes) {
            super(area);
            double side = Math.min(area.getWidth(), area.getHeight());
            for (int i = 0; i < nodes.size(); i++) {
                // the fractional parts of i × golden ratio are all distinct and spread over [0, 1)
                double fraction = (i * 0.6180339887498949) % 1.0;
                nudge.put(nodes.get(i), side * (1e-6 + 1e-3 * fraction));
            }
        }

        @Override
        public Point2D put(Node node, Point2D point) {
            double x = point.getX();
            double y = point.getY();
            if (Double.isNaN(x) || Double.isNaN(y)) {
                Point2D previous = get(node);
                return previous == null ? put(node, Point2D.of(drawableArea.getMinX(), drawableArea.getMinY()))
                        : previous;
            }
            double d = nudge.getOrDefault(node, 0.0);
            if (x <= drawableArea.getMinX()) {
                x = drawableArea.getMinX() + d;
            } else if (x >= drawableArea.getMaxX()) {
                x = drawableArea.getMaxX() - d;
            }
            if (y <= drawableArea.getMinY()) {
                y = drawableArea.getMinY() + d;
            } else if (y >= drawableArea.getMaxY()) {
                y = drawableArea.getMaxY() - d;
            }
            return super.put(node, Point2D.of(x, y));
        }
    }
}
