package be.bioregions.explorer.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.AllianceNetwork.Link;
import be.bioregions.explorer.domain.AllianceNetwork.Node;
import be.bioregions.explorer.domain.AllianceNetwork.Score;

/**
 * Expected values below are worked out by hand, not by calling JGraphT.
 *
 * <p>Betweenness convention: the usual share from 0 to 1. The betweenness of v = (sum over unordered pairs {s,t},
 * s,t != v, of sigma_st(v) / sigma_st) / ((n-1)(n-2)/2), the number of such pairs; the centre of a star gets 1.
 * (JGraphT 1.5.2's own normalisation divides by (n-1)(n-2) instead, so AllianceNetwork takes its raw scores,
 * which count each unordered pair once, and divides them itself.)
 */
class AllianceNetworkTest {

    private static final double EPS = 1e-4;

    private static Node firm(String id) {
        return new Node(id, true);
    }

    private static Node partner(String id) {
        return new Node(id, false);
    }

    private static Map<Node, Score> byNode(List<Score> scores) {
        return scores.stream().collect(Collectors.toMap(Score::node, Function.identity()));
    }

    @Test
    void pathOfThreeNodes() {
        // firm A – partner P – firm B, with A–P 2 alliances and B–P 1
        AllianceNetwork network = AllianceNetwork.of(List.of(new Link("A", "P", 2), new Link("B", "P", 1)));
        assertEquals(3, network.nodeCount());
        assertEquals(2, network.linkCount());

        Map<Node, Score> s = byNode(network.scores(true));
        Score a = s.get(firm("A"));
        Score b = s.get(firm("B"));
        Score p = s.get(partner("P"));

        // degree: A and B have one counterparty each, P has two
        assertEquals(1, a.degree());
        assertEquals(1, b.degree());
        assertEquals(2, p.degree());
        // alliances: A = 2, B = 1, P = 2 + 1 = 3
        assertEquals(2, a.alliances());
        assertEquals(1, b.alliances());
        assertEquals(3, p.alliances());

        // betweenness: the only pair not involving P is {A,B}; its one shortest path A-P-B passes through P,
        // so P's raw score is 1; n = 3, one pair of other nodes: 1 / 1 = 1. A and B lie on no path: 0.
        assertEquals(1.0, p.betweenness(), EPS);
        assertEquals(0.0, a.betweenness(), EPS);
        assertEquals(0.0, b.betweenness(), EPS);

        // PageRank, d = 0.85, N = 3, teleport (1-d)/N = 0.05; x = each end, y = middle; the graph is unweighted.
        // An end gets half of P's rank (P has degree 2); P gets all of each end's rank (each has degree 1):
        //   x = 0.05 + 0.85 * y / 2   = 0.05 + 0.425 y
        //   y = 0.05 + 0.85 * (x + x) = 0.05 + 1.7 x
        // substitute: x = 0.05 + 0.425 (0.05 + 1.7 x) = 0.07125 + 0.7225 x
        //   => 0.2775 x = 0.07125 => x = 0.256757 ; y = 0.05 + 1.7 * 0.256757 = 0.486486
        // check: 2 x + y = 0.513514 + 0.486486 = 1
        assertEquals(0.256757, a.pageRank(), EPS);
        assertEquals(0.256757, b.pageRank(), EPS);
        assertEquals(0.486486, p.pageRank(), EPS);

        // order: P (degree 2) first, then A (degree 1, 2 alliances), then B (degree 1, 1 alliance)
        assertEquals(List.of(partner("P"), firm("A"), firm("B")),
                network.scores(false).stream().map(Score::node).toList());
    }

    @Test
    void starWithATail() {
        // partner H linked to firms F1..F4; partner Q linked to F1. Six nodes, five links, a tree:
        //
        //   F2   F3          alliances: H–F1 1, H–F2 3, H–F3 1, H–F4 1, F1–Q 5
        //     \ /
        //  F4 - H - F1 - Q
        AllianceNetwork network = AllianceNetwork.of(List.of(
                new Link("F1", "H", 1), new Link("F2", "H", 3), new Link("F3", "H", 1), new Link("F4", "H", 1),
                new Link("F1", "Q", 5)));
        assertEquals(6, network.nodeCount());
        assertEquals(5, network.linkCount());

        List<Score> scores = network.scores(true);
        Map<Node, Score> s = byNode(scores);

        // In a tree each pair has exactly one shortest path.
        // H lies on: the 6 pairs among F1..F4 ({F1,F2} {F1,F3} {F1,F4} {F2,F3} {F2,F4} {F3,F4})
        //            and {Q,F2} {Q,F3} {Q,F4} (Q-F1-H-Fj)                       => raw 9
        // F1 lies on: {Q,H} {Q,F2} {Q,F3} {Q,F4}                                  => raw 4
        // F2, F3, F4, Q are leaves                                                => raw 0
        // n = 6, (n-1)(n-2)/2 = 5 * 4 / 2 = 10 pairs: H = 9/10 = 0.9, F1 = 4/10 = 0.4
        assertEquals(0.9, s.get(partner("H")).betweenness(), EPS);
        assertEquals(0.4, s.get(firm("F1")).betweenness(), EPS);
        for (Node leaf : List.of(firm("F2"), firm("F3"), firm("F4"), partner("Q"))) {
            assertEquals(0.0, s.get(leaf).betweenness(), EPS, leaf.toString());
        }

        // degree / alliances: H 4 / 6, F1 2 / 6, Q 1 / 5, F2 1 / 3, F3 1 / 1, F4 1 / 1
        // order: degree desc, then alliances desc, then id (F3 before F4)
        assertEquals(List.of(partner("H"), firm("F1"), partner("Q"), firm("F2"), firm("F3"), firm("F4")),
                scores.stream().map(Score::node).toList());
        assertEquals(List.of(4, 2, 1, 1, 1, 1), scores.stream().map(Score::degree).toList());
        assertEquals(List.of(6, 6, 5, 3, 1, 1), scores.stream().map(Score::alliances).toList());

        // PageRank is a probability distribution over the nodes
        assertEquals(1.0, scores.stream().mapToDouble(Score::pageRank).sum(), EPS);
    }

    @Test
    void squareSplitsBetweennessBetweenTwoPaths() {
        // firms A, B and partners P, Q, all four links (a 4-cycle A-P-B-Q-A).
        // {A,B} has two shortest paths, A-P-B and A-Q-B, so P and Q each get 1/2; likewise {P,Q} gives A and B 1/2.
        // n = 4, (n-1)(n-2)/2 = 3 pairs: every node scores 0.5 / 3 = 0.166667.
        // PageRank: by symmetry every node has 1/4.
        AllianceNetwork network = AllianceNetwork.of(List.of(
                new Link("A", "P", 1), new Link("A", "Q", 1), new Link("B", "P", 1), new Link("B", "Q", 1)));
        for (Score score : network.scores(true)) {
            assertEquals(0.5 / 3, score.betweenness(), EPS, score.node().toString());
            assertEquals(0.25, score.pageRank(), EPS, score.node().toString());
            assertEquals(2, score.degree());
        }
    }

    @Test
    void sameIdAsFirmAndPartnerGivesTwoNodes() {
        // "X" the firm is linked to "X" the partner: two nodes, one link
        AllianceNetwork self = AllianceNetwork.of(List.of(new Link("X", "X", 1)));
        assertEquals(2, self.nodeCount());
        assertEquals(1, self.linkCount());
        assertEquals(List.of(firm("X"), partner("X")), self.nodes());
        assertNotEquals(firm("X"), partner("X"));
        // equal degree, alliances and id: the firm comes first
        assertEquals(List.of(firm("X"), partner("X")), self.scores(false).stream().map(Score::node).toList());

        // firm X – partner Y and firm Z – partner X are two separate links between four nodes
        AllianceNetwork apart = AllianceNetwork.of(List.of(new Link("X", "Y", 1), new Link("Z", "X", 3)));
        assertEquals(4, apart.nodeCount());
        assertEquals(2, apart.linkCount());
        Map<Node, Score> s = byNode(apart.scores(false));
        assertEquals(1, s.get(firm("X")).alliances());
        assertEquals(3, s.get(partner("X")).alliances());
        assertEquals(1, s.get(firm("X")).degree());
        assertEquals(1, s.get(partner("X")).degree());
        // all have degree 1; alliances 3 (partner X, firm Z) before 1 (firm X, partner Y); then by id, whatever
        // the kind
        assertEquals(List.of(partner("X"), firm("Z"), firm("X"), partner("Y")),
                apart.scores(false).stream().map(Score::node).toList());
    }

    @Test
    void duplicateLinksAddUpAndEmptyOnesAreIgnored() {
        // A–P given twice (2 + 3 = 5); B–P with 0 and C–Q with -1 alliances are dropped, with their nodes
        AllianceNetwork network = AllianceNetwork.of(List.of(
                new Link("A", "P", 2), new Link("A", "P", 3), new Link("B", "P", 0), new Link("C", "Q", -1)));
        assertEquals(2, network.nodeCount());
        assertEquals(1, network.linkCount());
        assertEquals(List.of(firm("A"), partner("P")), network.nodes());
        Map<Node, Score> s = byNode(network.scores(false));
        assertEquals(5, s.get(firm("A")).alliances());
        assertEquals(5, s.get(partner("P")).alliances());
        assertEquals(1, s.get(firm("A")).degree());
    }

    @Test
    void nodesAreFirmsThenPartnersEachById() {
        AllianceNetwork network = AllianceNetwork.of(List.of(
                new Link("b", "Z", 1), new Link("a", "Y", 1), new Link("c", "A", 1), new Link("a", "Z", 1)));
        assertEquals(List.of(firm("a"), firm("b"), firm("c"), partner("A"), partner("Y"), partner("Z")),
                network.nodes());
    }

    @Test
    void betweennessOnlyWhenAsked() {
        AllianceNetwork network = AllianceNetwork.of(List.of(new Link("A", "P", 2), new Link("B", "P", 1)));
        assertTrue(network.betweennessAffordable());
        for (Score score : network.scores(false)) {
            assertNull(score.betweenness());
        }
        for (Score score : network.scores(true)) {
            assertNotNull(score.betweenness());
        }
        // asking again without betweenness still leaves it out
        assertNull(network.scores(false).get(0).betweenness());
    }

    @Test
    void betweennessNotAffordableForLargeGraphs() {
        // k firms each linked to one partner: n = k + 1 nodes, m = k links, n * m = (k + 1) k against 3,000,000:
        // k = 1,750 gives 3,064,250 (over), k = 1,732 gives 3,001,556 (over), k = 1,731 gives 2,998,092 (under)
        assertFalse(star(1_750).betweennessAffordable());
        assertFalse(star(1_732).betweennessAffordable());
        assertTrue(star(1_731).betweennessAffordable());
        // and the cheap measures still work: P has all 1,750 firms
        AllianceNetwork network = star(1_750);
        assertEquals(1_751, network.nodeCount());
        Score top = network.scores(false).get(0);
        assertEquals(partner("P"), top.node());
        assertEquals(1_750, top.degree());
    }

    private static AllianceNetwork star(int firms) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            links.add(new Link("F" + i, "P", 1));
        }
        return AllianceNetwork.of(links);
    }

    @Test
    void emptyNetwork() {
        AllianceNetwork network = AllianceNetwork.of(List.of());
        assertEquals(0, network.nodeCount());
        assertEquals(0, network.linkCount());
        assertTrue(network.nodes().isEmpty());
        assertTrue(network.scores(true).isEmpty());
        assertTrue(network.betweennessAffordable());
        assertTrue(network.layout(1).isEmpty());
    }

    @Test
    void layoutIsDeterministicAndInsideTheUnitSquare() {
        AllianceNetwork network = AllianceNetwork.of(List.of(
                new Link("F1", "H", 1), new Link("F2", "H", 3), new Link("F3", "H", 1), new Link("F4", "H", 1),
                new Link("F1", "Q", 5), new Link("F5", "R", 1)));
        Map<Node, double[]> first = network.layout(42);
        Map<Node, double[]> second = network.layout(42);
        assertEquals(network.nodeCount(), first.size());
        assertEquals(first.keySet(), second.keySet());
        for (Node node : network.nodes()) {
            assertArrayEquals(first.get(node), second.get(node), node.toString());
        }
        assertInsideAndDistinct(first);
        assertInsideAndDistinct(network.layout(7));
    }

    @Test
    void singleLinkLayout() {
        Map<Node, double[]> pair = AllianceNetwork.of(List.of(new Link("A", "P", 1))).layout(3);
        assertEquals(2, pair.size());
        assertInsideAndDistinct(pair);
    }

    @Test
    void largeLayoutOfManySmallComponents() {
        // 600 separate firm–partner pairs, each placed side by side in a cell of its own, and a star of one partner
        // with 1,100 firms: a piece above the Barnes–Hut threshold. The star's leaves only repel each other, so
        // many are pushed onto the edges of the frame; unguarded, two nodes clamped into the same corner share a
        // point and JGraphT's quadtree fails on it (IllegalArgumentException or endless splitting until out of
        // memory).
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            links.add(new Link("F" + i, "P" + i, 1));
        }
        for (int i = 0; i < 1_100; i++) {
            links.add(new Link("S" + i, "HUB", 1));
        }
        AllianceNetwork network = AllianceNetwork.of(links);
        Map<Node, double[]> first = network.layout(1);
        assertEquals(1_200 + 1_101, first.size());
        assertInsideAndDistinct(first);
        Map<Node, double[]> again = network.layout(1);
        for (Node node : network.nodes()) {
            assertArrayEquals(first.get(node), again.get(node), node.toString());
        }
        assertInsideAndDistinct(network.layout(2));
    }

    private static void assertInsideAndDistinct(Map<Node, double[]> layout) {
        Set<List<Double>> points = new HashSet<>();
        for (Map.Entry<Node, double[]> e : layout.entrySet()) {
            double[] p = e.getValue();
            assertEquals(2, p.length);
            for (double c : p) {
                assertTrue(c >= 0 && c <= 1, e.getKey() + " at " + c);
            }
            assertTrue(points.add(List.of(p[0], p[1])), e.getKey() + " shares a point");
        }
    }
}
