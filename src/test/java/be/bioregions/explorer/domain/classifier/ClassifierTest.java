package be.bioregions.explorer.domain.classifier;

import static be.bioregions.explorer.domain.classifier.Condition.all;
import static be.bioregions.explorer.domain.classifier.Condition.alliances;
import static be.bioregions.explorer.domain.classifier.Condition.evidence;
import static be.bioregions.explorer.domain.classifier.Condition.not;
import static be.bioregions.explorer.domain.classifier.Condition.pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.classifier.RulesFile;

/**
 * The classifier on hand-made firms, with a small rule set built here (so that tuning the shipped rules.json does
 * not break these tests). Its weights, and minimum score 4:
 * <pre>
 *   f-products   FIPCO    2  a product on the market
 *   f-own-sales  FIPCO    3  a product and an own sales force
 *   p-deals      PLATFORM 2  a platform deal
 *   p-network    PLATFORM 2  at least 4 running platform alliances
 *   h-pipeline   HYBRID   3  a platform deal and a programme at phase 1 or beyond
 *   h-services   HYBRID   2  service revenue and any known pipeline phase
 *   r-income     ROYALTY  3  royalty income
 *   r-licensing  ROYALTY  2  at least 2 outbound licensing alliances
 *   r-no-sales   ROYALTY  1  an outbound licensing alliance and no own sales force
 * </pre>
 */
class ClassifierTest {
    private static final RuleSet RULES = new RuleSet(1, 4, List.of(
            new Rule("f-products", BusinessModel.FIPCO, 2, evidence(EvidenceKind.PRODUCT_ON_MARKET, 1),
                    "{firm} had products on the market by {year}: {facts}"),
            new Rule("f-own-sales", BusinessModel.FIPCO, 3, all(evidence(EvidenceKind.PRODUCT_ON_MARKET, 1),
                    evidence(EvidenceKind.OWN_SALES_FORCE, 1)), "{firm} sells its own products: {facts}"),
            new Rule("p-deals", BusinessModel.PLATFORM, 2, evidence(EvidenceKind.PLATFORM_DEAL, 1),
                    "{firm} deals its platform: {facts}"),
            new Rule("p-network", BusinessModel.PLATFORM, 2, alliances(AllianceKind.PLATFORM, null, 4),
                    "{firm} had {count} {kind} alliances in {year}"),
            new Rule("h-pipeline", BusinessModel.HYBRID, 3, all(evidence(EvidenceKind.PLATFORM_DEAL, 1),
                    pipeline(Phase.PHASE_1)), "{firm} has a platform and a pipeline at {phase}: {facts}"),
            new Rule("h-services", BusinessModel.HYBRID, 2, all(evidence(EvidenceKind.SERVICES_REVENUE, 1),
                    pipeline(Phase.PRECLINICAL)), "{firm} sells services next to its pipeline"),
            new Rule("r-income", BusinessModel.ROYALTY, 3, evidence(EvidenceKind.ROYALTY_INCOME, 1),
                    "{firm} earns royalties: {facts}"),
            new Rule("r-licensing", BusinessModel.ROYALTY, 2,
                    alliances(AllianceKind.LICENSING, Direction.OUTBOUND, 2),
                    "{firm} licensed out {count} times ({model}): {facts}"),
            new Rule("r-no-sales", BusinessModel.ROYALTY, 1, all(
                    alliances(AllianceKind.LICENSING, Direction.OUTBOUND, 1),
                    not(evidence(EvidenceKind.OWN_SALES_FORCE, 1))), "{firm} leaves selling to partners")));

    /** Builds one firm's facts; every fact is verified unless made with {@code unverified}. */
    private static final class Maker {
        private final Firm firm;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Alliance> alliances = new ArrayList<>();
        private final List<FirmEvent> events = new ArrayList<>();

        Maker(String id) {
            firm = new Firm(id, "Firm " + id, Region.FLANDERS, "Ghent", 1995, null, null, null, null, "s-firm",
                    true, null);
        }

        Maker evidence(int year, EvidenceKind kind, String detail) {
            return evidence(year, kind, detail, true);
        }

        Maker evidence(int year, EvidenceKind kind, String detail, boolean verified) {
            return evidence(year, null, kind, detail, verified);
        }

        /** A fact that held from {@code year} to {@code endYear} (a sales force handed over, a product withdrawn). */
        Maker ended(int year, int endYear, EvidenceKind kind, String detail) {
            return evidence(year, endYear, kind, detail, true);
        }

        private Maker evidence(int year, Integer endYear, EvidenceKind kind, String detail, boolean verified) {
            evidence.add(new Evidence(firm.id() + "-x" + (evidence.size() + 1), firm.id(), year, endYear, kind, detail,
                    "s-" + firm.id() + "-" + (evidence.size() + 1), verified, null));
            return this;
        }

        Maker alliance(int year, AllianceKind kind, Direction direction) {
            return alliance(year, null, kind, direction);
        }

        Maker alliance(int year, Integer endYear, AllianceKind kind, Direction direction) {
            alliances.add(new Alliance(firm.id() + "-a" + (alliances.size() + 1), firm.id(),
                    "partner" + (alliances.size() + 1), year, endYear, kind, direction,
                    kind.name().toLowerCase() + " deal " + (alliances.size() + 1), null, "s-alliances", true, null));
            return this;
        }

        Maker event(int year, EventKind kind, String detail) {
            events.add(new FirmEvent(firm.id() + "-e" + (events.size() + 1), firm.id(), year, null, kind, detail,
                    "s-events", true, null));
            return this;
        }

        FirmFacts facts() {
            return new FirmFacts(firm, events, alliances, evidence);
        }
    }

    private static Maker firm(String id) {
        return new Maker(id);
    }

    private static Optional<Fired> fired(Verdict v, String ruleId) {
        return v.fired().stream().filter(f -> f.rule().id().equals(ruleId)).findFirst();
    }

    private static Optional<Fired> nearly(Verdict v, String ruleId) {
        return v.nearly().stream().filter(f -> f.rule().id().equals(ruleId)).findFirst();
    }

    private static List<String> ids(List<Fired> fired) {
        return fired.stream().map(f -> f.rule().id()).toList();
    }

    private static void assertScores(Verdict v, double fipco, double platform, double hybrid, double royalty) {
        assertEquals(Map.of(BusinessModel.FIPCO, fipco, BusinessModel.PLATFORM, platform, BusinessModel.HYBRID,
                hybrid, BusinessModel.ROYALTY, royalty), v.scores());
    }

    @Test
    void aFirmWithProductsAndItsOwnSalesForceIsFipco() {
        FirmFacts f = firm("fipco")
                .evidence(2010, EvidenceKind.PRODUCT_ON_MARKET, "Drugex launched in Europe")
                .evidence(2012, EvidenceKind.OWN_SALES_FORCE, "own sales reps in Germany")
                .facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        // f-products 2 + f-own-sales 3 = 5 for FIPCO; nothing else fires
        assertScores(v, 5, 0, 0, 0);
        assertEquals(BusinessModel.FIPCO, v.primary());
        assertEquals(List.of("f-products", "f-own-sales"), ids(v.fired()));
        assertEquals("fipco", v.firmId());
        assertEquals(2016, v.year());
    }

    @Test
    void aFirmWithManyPlatformDealsIsAPlatformAndNearlyAHybrid() {
        FirmFacts f = firm("plat")
                .evidence(2005, EvidenceKind.PLATFORM_DEAL, "screening platform opened to partners")
                .evidence(2008, EvidenceKind.PLATFORM_DEAL, "second platform deal")
                .alliance(2005, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .alliance(2006, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .alliance(2007, AllianceKind.PLATFORM, Direction.COUPLED)
                .alliance(2009, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        // p-deals 2 + p-network 2 (4 platform alliances, none ended) = 4, just the minimum
        assertScores(v, 0, 4, 0, 0);
        assertEquals(BusinessModel.PLATFORM, v.primary());
        assertEquals("Firm plat had 4 platform alliances in 2016", fired(v, "p-network").orElseThrow().explanation());
        // h-pipeline: the platform deal holds, the pipeline part does not: all but one part holds
        Fired near = nearly(v, "h-pipeline").orElseThrow();
        assertTrue(near.nearMiss());
        assertTrue(near.shortfall().contains("a programme at phase 1 or beyond (no phase known)"), near.shortfall());
        assertEquals(2, near.facts().size(), "the two platform deals that hold");
    }

    @Test
    void aPlatformWithItsOwnPipelineAndServicesIsAHybrid() {
        FirmFacts f = firm("hyb")
                .evidence(2009, EvidenceKind.PLATFORM_DEAL, "antibody platform deal")
                .evidence(2010, EvidenceKind.SERVICES_REVENUE, "contract research division")
                .evidence(2012, EvidenceKind.PIPELINE_PHASE, "phase 2: HY-101 in arthritis")
                .facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        // p-deals 2 for PLATFORM; h-pipeline 3 + h-services 2 = 5 for HYBRID
        assertScores(v, 0, 2, 5, 0);
        assertEquals(BusinessModel.HYBRID, v.primary());
        assertEquals("Firm hyb has a platform and a pipeline at phase 2: 2009: antibody platform deal [source s-hyb-1];"
                + " 2012: phase 2: HY-101 in arthritis [source s-hyb-3]",
                fired(v, "h-pipeline").orElseThrow().explanation());
    }

    @Test
    void aFirmLicensingOutForRoyaltiesIsARoyaltyFirm() {
        Maker m = firm("roy")
                .alliance(2008, AllianceKind.LICENSING, Direction.OUTBOUND)
                .alliance(2010, AllianceKind.LICENSING, Direction.INBOUND)
                .alliance(2011, AllianceKind.LICENSING, Direction.OUTBOUND)
                .evidence(2013, EvidenceKind.ROYALTY_INCOME, "royalties on partner sales of Roymab");
        FirmFacts f = m.facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        // r-income 3 + r-licensing 2 (two outbound licences; the inbound one does not count) + r-no-sales 1 = 6
        assertScores(v, 0, 0, 0, 6);
        assertEquals(BusinessModel.ROYALTY, v.primary());
        Fired licensing = fired(v, "r-licensing").orElseThrow();
        // the supporting facts are the firm's own alliance records, not copies or descriptions
        assertEquals(2, licensing.facts().size());
        assertSame(f.alliances().get(0), licensing.facts().get(0));
        assertSame(f.alliances().get(2), licensing.facts().get(1));
        assertSame(f.evidence().get(0), fired(v, "r-income").orElseThrow().facts().get(0));
        assertEquals("Firm roy licensed out 2 times (royalty income): 2008: licensing alliance with partner1"
                + " (licensing deal 1) [source s-alliances]; 2011: licensing alliance with partner3 (licensing deal 3)"
                + " [source s-alliances]", licensing.explanation());
    }

    @Test
    void aFirmWithOneFactIsInsufficientEvidenceNotAGuess() {
        FirmFacts f = firm("thin").evidence(2014, EvidenceKind.PRODUCT_ON_MARKET, "a diagnostic kit").facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        // f-products fires (2) but 2 < minimum score 4
        assertScores(v, 2, 0, 0, 0);
        assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, v.primary());
        assertEquals(List.of("f-products"), ids(v.fired()));
        assertEquals(List.of("f-own-sales"), ids(v.nearly()));
    }

    @Test
    void aFirmWithoutFactsIsInsufficientEvidenceEvenWithAZeroMinimum() {
        RuleSet lenient = new RuleSet(1, 0, RULES.rules());
        Verdict v = Classifier.classify(lenient, firm("empty").facts(), 2016);
        assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, v.primary());
        assertTrue(v.fired().isEmpty());
        assertTrue(v.nearly().isEmpty(), "a near miss needs at least one supporting fact");
    }

    @Test
    void theSameFirmEarlyAndLateHasDifferentModels() {
        FirmFacts f = firm("shift")
                .evidence(2000, EvidenceKind.PLATFORM_DEAL, "platform deal with Bigpharma")
                .alliance(2000, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .alliance(2001, 2010, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .alliance(2002, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .alliance(2003, AllianceKind.PLATFORM, Direction.OUTBOUND)
                .evidence(2012, EvidenceKind.PRODUCT_ON_MARKET, "first own product approved and launched")
                .evidence(2013, EvidenceKind.OWN_SALES_FORCE, "hospital sales team")
                .facts();
        Verdict early = Classifier.classify(RULES, f, 2003);
        // 2003: p-deals 2 + p-network 2 (four platform alliances running) = 4; the 2012-2013 facts do not exist yet
        assertScores(early, 0, 4, 0, 0);
        assertEquals(BusinessModel.PLATFORM, early.primary());

        Verdict late = Classifier.classify(RULES, f, 2015);
        // 2015: the 2001 alliance ended in 2010, so p-network has 3 of 4 (a near miss): PLATFORM 2;
        // f-products 2 + f-own-sales 3 = FIPCO 5
        assertScores(late, 5, 2, 0, 0);
        assertEquals(BusinessModel.FIPCO, late.primary());
        Fired near = nearly(late, "p-network").orElseThrow();
        assertEquals(3, near.facts().size());
        assertTrue(near.shortfall().contains("found 3"), near.shortfall());
    }

    @Test
    void aCountReachingHalfItsThresholdIsANearMissAndNothingIsNot() {
        FirmFacts one = firm("one").alliance(2010, AllianceKind.LICENSING, Direction.OUTBOUND).facts();
        Verdict v = Classifier.classify(RULES, one, 2016);
        // r-no-sales fires (1); r-licensing has 1 of 2: at least half, so nearly
        assertEquals(List.of("r-no-sales"), ids(v.fired()));
        Fired near = nearly(v, "r-licensing").orElseThrow();
        assertEquals("at least 2 outbound licensing alliances (found 1)", near.shortfall());
        assertTrue(near.explanation().startsWith("Nearly fired for royalty income: at least 2 outbound licensing"
                + " alliances. Lacking: at least 2 outbound licensing alliances (found 1). Found: 2010: licensing"
                + " alliance with partner1"), near.explanation());

        FirmFacts none = firm("none").alliance(2010, AllianceKind.RESEARCH, Direction.OUTBOUND).facts();
        assertTrue(Classifier.classify(RULES, none, 2016).nearly().isEmpty());

        // p-network needs 4 platform alliances: 1 is under half, 2 is half
        FirmFacts p1 = firm("p1").alliance(2010, AllianceKind.PLATFORM, null).facts();
        assertTrue(nearly(Classifier.classify(RULES, p1, 2016), "p-network").isEmpty());
        FirmFacts p2 = firm("p2").alliance(2010, AllianceKind.PLATFORM, null)
                .alliance(2011, AllianceKind.PLATFORM, null).facts();
        assertTrue(nearly(Classifier.classify(RULES, p2, 2016), "p-network").isPresent());
    }

    @Test
    void aNotThatFailsNamesTheFactThatRulesItOut() {
        FirmFacts f = firm("seller")
                .alliance(2010, AllianceKind.LICENSING, Direction.OUTBOUND)
                .evidence(2011, EvidenceKind.OWN_SALES_FORCE, "own sales force")
                .facts();
        Verdict v = Classifier.classify(RULES, f, 2016);
        Fired near = nearly(v, "r-no-sales").orElseThrow();
        assertEquals("not an own sales force fact (but found seller-x1)", near.shortfall());
        assertEquals(List.of(f.alliances().get(0)), near.facts());
    }

    @Test
    void factsAfterTheYearAndOutsideTheWindowDoNotCount() {
        RuleSet recent = new RuleSet(1, 1, List.of(new Rule("recent-royalties", BusinessModel.ROYALTY, 1,
                new Condition.EvidenceAtLeast(EvidenceKind.ROYALTY_INCOME, 1, 3), "{count} recent: {facts}")));
        FirmFacts f = firm("w")
                .evidence(2012, EvidenceKind.ROYALTY_INCOME, "old royalties")
                .evidence(2014, EvidenceKind.ROYALTY_INCOME, "recent royalties")
                .evidence(2017, EvidenceKind.ROYALTY_INCOME, "future royalties")
                .facts();
        // within 3 years of 2016: 2014, 2015, 2016
        Verdict v = Classifier.classify(recent, f, 2016);
        assertEquals("1 recent: 2014: recent royalties [source s-w-2]", v.fired().get(0).explanation());
        assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, Classifier.classify(recent, f, 2011).primary());
        assertEquals(List.of(f.evidence().get(0)), Classifier.classify(recent, f, 2012).fired().get(0).facts());
    }

    @Test
    void theHighestPhaseReachedByTheYearCounts() {
        RuleSet late = new RuleSet(1, 1, List.of(new Rule("late", BusinessModel.HYBRID, 1,
                pipeline(Phase.PHASE_3), "{firm} reached {phase}")));
        FirmFacts f = firm("pipe")
                .evidence(2008, EvidenceKind.PIPELINE_PHASE, "phase 1: AB-1 in healthy volunteers")
                .evidence(2011, EvidenceKind.PIPELINE_PHASE, "Phase IIb: AB-1 in asthma")
                .evidence(2013, EvidenceKind.PIPELINE_PHASE, "phase 1: AB-2, a second compound")
                .evidence(2015, EvidenceKind.PIPELINE_PHASE, "phase III: AB-1 pivotal trial")
                .facts();
        Verdict v2014 = Classifier.classify(late, f, 2014);
        assertTrue(v2014.fired().isEmpty());
        // phase 2 reached, one short of phase 3: a near miss on the phase 2 fact
        assertEquals(List.of(f.evidence().get(1)), v2014.nearly().get(0).facts());
        assertEquals("a programme at phase 3 or beyond (reached phase 2)", v2014.nearly().get(0).shortfall());
        Verdict v2016 = Classifier.classify(late, f, 2016);
        assertEquals("Firm pipe reached phase 3", v2016.fired().get(0).explanation());
        assertEquals(List.of(f.evidence().get(3)), v2016.fired().get(0).facts());
    }

    @Test
    void phasesAreReadFromTheStartOfTheDetail() {
        assertEquals(Optional.of(Phase.PHASE_2), Phase.of("phase 2b: vobarilizumab in RA"));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.of("Phase IIa: a vaccine"));
        assertEquals(Optional.of(Phase.PHASE_3), Phase.of("phase IIb/III: two studies"));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.of("phase I/II completed; authorisation obtained"));
        assertEquals(Optional.of(Phase.PHASE_1), Phase.of("phase I/IIa planned: first patient end 2015"));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.of("phase 3-ready: Estelle; phase 2-ready: Donesta"));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.of("phase 2 completed, phase 3 planned with a partner"));
        assertEquals(Optional.of(Phase.PHASE_1), Phase.of("phase 1 (partnered): a partner's programme"));
        assertEquals(Optional.of(Phase.PRECLINICAL), Phase.of("preclinical, entering clinic: ROCK inhibitor"));
        assertEquals(Optional.of(Phase.PRECLINICAL), Phase.of("research: first transgenic plants"));
        assertEquals(Optional.of(Phase.PHASE_1), Phase.of("early clinical: two compounds"));
        assertEquals(Optional.of(Phase.PHASE_1), Phase.of("clinical validation: a test"));
        assertEquals(Optional.of(Phase.FILED), Phase.of("pre-commercial: a resubmission planned"));
        assertEquals(Optional.empty(), Phase.of("still loss-making: record loss"));
        assertEquals(Optional.empty(), Phase.of("two phase IIb/III studies running"));
        assertEquals(Optional.empty(), Phase.of("phases of growth"));
        assertEquals(Optional.empty(), Phase.of(null));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.parse("phase 2"));
        assertEquals(Optional.of(Phase.PHASE_2), Phase.parse("PHASE_2"));
        assertEquals(Optional.of(Phase.PRECLINICAL), Phase.parse("preclinical"));
        assertEquals(Optional.empty(), Phase.parse("phase 9"));
    }

    @Test
    void tiesGoToTheModelWithMoreVerifiedFactsThenToTheFixedOrder() {
        RuleSet two = new RuleSet(1, 2, List.of(
                new Rule("f", BusinessModel.FIPCO, 2, evidence(EvidenceKind.PRODUCT_ON_MARKET, 1), "f"),
                new Rule("p", BusinessModel.PLATFORM, 2, evidence(EvidenceKind.PLATFORM_DEAL, 1), "p"),
                new Rule("h", BusinessModel.HYBRID, 2, evidence(EvidenceKind.SERVICES_REVENUE, 1), "h")));
        FirmFacts platformVerified = firm("t1")
                .evidence(2010, EvidenceKind.PRODUCT_ON_MARKET, "product", false)
                .evidence(2010, EvidenceKind.PLATFORM_DEAL, "deal", true)
                .facts();
        // FIPCO 2 and PLATFORM 2: the platform's fact is verified, the product's is not
        assertEquals(BusinessModel.PLATFORM, Classifier.classify(two, platformVerified, 2016).primary());

        FirmFacts bothVerified = firm("t2")
                .evidence(2010, EvidenceKind.PRODUCT_ON_MARKET, "product")
                .evidence(2010, EvidenceKind.PLATFORM_DEAL, "deal")
                .facts();
        // one verified fact each: the fixed order puts FIPCO first
        assertEquals(BusinessModel.FIPCO, Classifier.classify(two, bothVerified, 2016).primary());

        FirmFacts hybridOrPlatform = firm("t3")
                .evidence(2010, EvidenceKind.SERVICES_REVENUE, "services")
                .evidence(2010, EvidenceKind.PLATFORM_DEAL, "deal")
                .facts();
        // the fixed order puts HYBRID before PLATFORM
        assertEquals(BusinessModel.HYBRID, Classifier.classify(two, hybridOrPlatform, 2016).primary());
        assertEquals(List.of(BusinessModel.FIPCO, BusinessModel.HYBRID, BusinessModel.PLATFORM,
                BusinessModel.ROYALTY), Classifier.TIE_ORDER);
    }

    @Test
    void classifyAllGivesTheSameVerdictsAsOneByOneInTheGivenOrder() {
        List<FirmFacts> firms = List.of(
                firm("a").evidence(2010, EvidenceKind.ROYALTY_INCOME, "r")
                        .alliance(2009, AllianceKind.LICENSING, Direction.OUTBOUND)
                        .alliance(2011, AllianceKind.LICENSING, Direction.OUTBOUND).facts(),
                firm("b").facts(),
                firm("c").evidence(2001, EvidenceKind.PRODUCT_ON_MARKET, "p")
                        .evidence(2002, EvidenceKind.OWN_SALES_FORCE, "s").facts());
        List<Verdict> all = Classifier.classifyAll(RULES, firms, 2016);
        assertEquals(3, all.size());
        for (int i = 0; i < firms.size(); i++) {
            assertEquals(Classifier.classify(RULES, firms.get(i), 2016), all.get(i));
        }
        assertEquals(List.of(BusinessModel.ROYALTY, BusinessModel.INSUFFICIENT_EVIDENCE, BusinessModel.FIPCO),
                all.stream().map(Verdict::primary).toList());
    }

    @Test
    void factsAreGroupedByFirmInOnePass() {
        Maker a = firm("a").evidence(2010, EvidenceKind.ROYALTY_INCOME, "r").event(2005, EventKind.IPO, "Euronext");
        Maker b = firm("b").alliance(2009, AllianceKind.LICENSING, Direction.OUTBOUND);
        FirmFacts fa = a.facts();
        FirmFacts fb = b.facts();
        List<FirmFacts> grouped = FirmFacts.group(List.of(fa.firm(), fb.firm()),
                List.of(fa.events().get(0)), List.of(fb.alliances().get(0)), List.of(fa.evidence().get(0)));
        assertEquals(List.of(fa, fb), grouped);
    }

    @Test
    void theVerdictBecomesAClassificationByTheRules() {
        FirmFacts f = firm("fipco")
                .evidence(2010, EvidenceKind.PRODUCT_ON_MARKET, "Drugex")
                .evidence(2012, EvidenceKind.OWN_SALES_FORCE, "reps")
                .facts();
        var c = Classifier.classify(RULES, f, 2016).toClassification(java.time.Instant.EPOCH);
        assertEquals(BusinessModel.FIPCO, c.model());
        assertEquals(2016, c.asOfYear());
        assertEquals("rules fired: f-products, f-own-sales", c.rationale());
    }

    @Test
    void theShippedRulesNeverClassifyAFirmOnASingleFact() {
        RuleSet shipped = RulesFile.builtIn();
        List<FirmFacts> single = new ArrayList<>();
        int n = 0;
        for (EvidenceKind kind : EvidenceKind.values()) {
            single.add(firm("x" + n++).evidence(2010, kind, "phase 3: a fact of kind " + kind).facts());
        }
        for (AllianceKind kind : AllianceKind.values()) {
            for (Direction d : Direction.values()) {
                single.add(firm("x" + n++).alliance(2010, kind, d).facts());
            }
        }
        for (EventKind kind : EventKind.values()) {
            single.add(firm("x" + n++).event(2010, kind, "an event").facts());
        }
        for (Verdict v : Classifier.classifyAll(shipped, single, 2016)) {
            assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, v.primary(), () -> v.firmId() + " " + v.scores());
        }
        // and every supporting fact of a firm is one of its own records
        FirmFacts rich = firm("rich")
                .evidence(2010, EvidenceKind.PRODUCT_ON_MARKET, "a product")
                .evidence(2011, EvidenceKind.OWN_SALES_FORCE, "a sales force")
                .evidence(2011, EvidenceKind.PIPELINE_PHASE, "phase 2: a programme")
                .alliance(2008, AllianceKind.LICENSING, Direction.OUTBOUND)
                .facts();
        Verdict v = Classifier.classify(shipped, rich, 2016);
        assertEquals(BusinessModel.FIPCO, v.primary());
        Set<Sourced> own = new java.util.HashSet<>();
        own.addAll(rich.evidence());
        own.addAll(rich.alliances());
        own.addAll(rich.events());
        v.fired().forEach(fd -> assertTrue(own.containsAll(fd.facts()), fd.rule().id()));
        v.nearly().forEach(fd -> assertTrue(own.containsAll(fd.facts()), fd.rule().id()));
    }

    @Test
    void rulesAndRuleSetsRefuseWhatTheyCannotScore() {
        Condition c = evidence(EvidenceKind.PRODUCT_ON_MARKET, 1);
        assertFalse(tryRule(() -> new Rule("x", BusinessModel.PURE_LICENSING, 1, c, "x")));
        assertFalse(tryRule(() -> new Rule("x", BusinessModel.FIPCO, -1, c, "x")));
        assertFalse(tryRule(() -> new Rule(" ", BusinessModel.FIPCO, 1, c, "x")));
        assertFalse(tryRule(() -> new Rule("x", BusinessModel.FIPCO, 1, c, "{nope}")));
        assertFalse(tryRule(() -> new Condition.EvidenceAtLeast(EvidenceKind.PRODUCT_ON_MARKET, 0, null)));
        Rule r = new Rule("x", BusinessModel.FIPCO, 1, c, "x");
        assertFalse(tryRule(() -> new RuleSet(1, 1, List.of(r, r))));
    }

    private static boolean tryRule(Runnable make) {
        try {
            make.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void aFirmsIndependenceEndsWithItsFirstAcquisitionOrClosureNotWithAMerger() {
        FirmFacts bought = firm("bought").event(2001, EventKind.MERGER, "merged with a sister firm, kept its name")
                .event(2008, EventKind.ACQUISITION, "bid by a pharma company")
                .event(2008, EventKind.ACQUISITION, "acquired by that pharma company")
                .event(2012, EventKind.ACQUISITION, "sold on to another group").facts();
        assertEquals(2008, bought.ending().year());
        assertTrue(bought.independentIn(2008), "a firm counts in the year of its acquisition");
        assertFalse(bought.independentIn(2009));
        assertFalse(bought.independentIn(1994), "not yet founded");
        assertEquals(2005, bought.classifiedAsOf(2005));
        assertEquals(2008, bought.classifiedAsOf(2016), "after its acquisition a firm keeps its last model");

        FirmFacts closed = firm("closed").event(2013, EventKind.CLOSURE, "liquidated").facts();
        assertEquals(EventKind.CLOSURE, closed.ending().kind());
        assertEquals(2013, closed.classifiedAsOf(2016));

        FirmFacts merged = firm("merged").event(2011, EventKind.MERGER, "took over a Spanish firm").facts();
        assertNull(merged.ending());
        assertTrue(merged.independentIn(2016));
        assertEquals(2016, merged.classifiedAsOf(2016));
    }

    @Test
    void aFactThatEndedNoLongerCountsSoAFirmCanLeaveAModel() {
        // sells its own product from 2009, hands sales to a partner in 2014 for royalties, withdraws it in 2016
        FirmFacts f = firm("shifts").ended(2009, 2016, EvidenceKind.PRODUCT_ON_MARKET, "a cell therapy product")
                .ended(2010, 2014, EvidenceKind.OWN_SALES_FORCE, "own sales team")
                .evidence(2014, EvidenceKind.ROYALTY_INCOME, "royalties on the partner's sales")
                .ended(2011, 2012, EvidenceKind.PIPELINE_PHASE, "phase 2: a second product, stopped").facts();
        Verdict in2012 = Classifier.classify(RULES, f, 2012);
        assertEquals(BusinessModel.FIPCO, in2012.primary());
        assertEquals(5, in2012.score(BusinessModel.FIPCO));
        Verdict in2015 = Classifier.classify(RULES, f, 2015);
        assertTrue(fired(in2015, "f-products").isPresent(), "the product is still on the market in 2015");
        assertFalse(fired(in2015, "f-own-sales").isPresent(), "the sales force ended in 2014");
        assertTrue(fired(in2015, "r-income").isPresent());
        assertEquals(2, in2015.score(BusinessModel.FIPCO));
        Verdict in2017 = Classifier.classify(RULES, f, 2017);
        assertEquals(0, in2017.score(BusinessModel.FIPCO), "the product was withdrawn in 2016");
        assertEquals(BusinessModel.INSUFFICIENT_EVIDENCE, in2017.primary());
        // the facts an explanation shows give the years the fact held
        assertTrue(fired(in2012, "f-own-sales").orElseThrow().explanation().contains("2010-2014"),
                fired(in2012, "f-own-sales").orElseThrow().explanation());
    }
}
