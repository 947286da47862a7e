package be.bioregions.explorer.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.EnglishMessages;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.classifier.Classifier;
import be.bioregions.explorer.domain.classifier.Condition;
import be.bioregions.explorer.domain.classifier.Phase;
import be.bioregions.explorer.domain.classifier.Rule;
import be.bioregions.explorer.domain.classifier.RuleSet;

@ExtendWith(EnglishMessages.class)
class RulesFileTest {
    private static final String GOOD = """
            {"id": "fipco-products", "model": "fipco", "weight": 2,
             "when": {"evidence": "product_on_market"}, "explain": "{firm} sells: {facts}"}""";

    /** A rules file holding the given rules, as JSON. */
    private static String file(String... rules) {
        return "{\"version\": 1, \"minimumScore\": 3, \"rules\": [\n" + String.join(",\n", rules) + "\n]}";
    }

    private static RulesException fails(String json) {
        return assertThrows(RulesException.class, () -> RulesFile.parse("rules.json", json));
    }

    @Test
    void theShippedRulesLoadAndReferOnlyToKnownKinds() {
        RuleSet rules = RulesFile.builtIn();
        assertEquals(1, rules.version());
        assertTrue(rules.minimumScore() > 0);
        assertTrue(rules.rules().size() >= 10 && rules.rules().size() <= 20, "10 to 20 rules");
        Set<BusinessModel> models = new HashSet<>();
        for (Rule r : rules.rules()) {
            assertTrue(Classifier.MODELS.contains(r.model()), r.id());
            assertTrue(Rule.unknownPlaceholders(r.explain()).isEmpty(), r.id());
            assertKnownKinds(r.when(), r.id());
            models.add(r.model());
        }
        assertEquals(Set.copyOf(Classifier.MODELS), models, "every scored model has rules");
    }

    private static void assertKnownKinds(Condition c, String id) {
        if (c instanceof Condition.EvidenceAtLeast e) {
            assertNotNull(e.kind(), id);
        } else if (c instanceof Condition.AlliancesAtLeast a) {
            assertTrue(!a.kinds().isEmpty() && a.kinds().stream().allMatch(k -> k != null), id);
        } else if (c instanceof Condition.EventsAtLeast e) {
            assertNotNull(e.kind(), id);
        } else if (c instanceof Condition.PipelineAtLeast p) {
            assertNotNull(p.atLeast(), id);
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> assertKnownKinds(p, id));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> assertKnownKinds(p, id));
        } else if (c instanceof Condition.Not not) {
            assertKnownKinds(not.part(), id);
        } else {
            throw new AssertionError("unknown condition in " + id + ": " + c);
        }
    }

    @Test
    void everyKindOfConditionIsRead() throws Exception {
        RuleSet rules = RulesFile.parse("rules.json", file(GOOD, """
                {"id": "mix", "model": "royalty", "weight": 1.5, "note": "a comment for readers",
                 "when": {"all": [
                   {"alliances": ["licensing", "co-development"], "direction": "outbound", "atLeast": 2,
                    "withinYears": 10},
                   {"any": [{"pipeline": "phase 2"}, {"events": "approval", "atLeast": 2}]},
                   {"not": {"evidence": "own_sales_force", "withinYears": 5}}
                 ]},
                 "explain": "{firm} in {year}: {count} {kind} ({phase}, {model})"}"""));
        assertEquals(3, rules.minimumScore());
        Rule mix = rules.rules().get(1);
        assertEquals(1.5, mix.weight());
        assertEquals(new Condition.All(List.of(
                new Condition.AlliancesAtLeast(Set.of(AllianceKind.LICENSING, AllianceKind.CO_DEVELOPMENT),
                        Direction.OUTBOUND, 2, 10),
                new Condition.Any(List.of(new Condition.PipelineAtLeast(Phase.PHASE_2),
                        new Condition.EventsAtLeast(be.bioregions.explorer.domain.EventKind.APPROVAL, 2, null))),
                new Condition.Not(new Condition.EvidenceAtLeast(EvidenceKind.OWN_SALES_FORCE, 1, 5)))), mix.when());
    }

    @Test
    void anUnknownEvidenceKindNamesTheRuleItsPlaceAndTheField() {
        RulesException e = fails(file(GOOD.replace("fipco-products", "a"), GOOD.replace("fipco-products", "b"), """
                {"id": "fipco-products", "model": "fipco", "weight": 2,
                 "when": {"all": [{"evidence": "product_in_market"}]}, "explain": "x"}"""));
        assertTrue(e.getMessage().startsWith("rules.json: rule 'fipco-products' (3rd), field 'when.all[0].evidence':"
                + " unknown evidence kind 'product_in_market' (known: product_on_market,"), e.getMessage());
        assertEquals("fipco-products", e.ruleId());
        assertEquals(3, e.ruleNumber());
        assertEquals("when.all[0].evidence", e.field());
    }

    @Test
    void anUnknownAllianceKindOrDirectionIsNamed() {
        RulesException kind = fails(file("""
                {"id": "r", "model": "royalty", "weight": 1,
                 "when": {"alliances": ["licensing", "licencing"]}, "explain": "x"}"""));
        assertTrue(kind.getMessage().startsWith("rules.json: rule 'r' (1st), field 'when.alliances[1]': unknown"
                + " alliance kind 'licencing'"), kind.getMessage());
        RulesException direction = fails(file("""
                {"id": "r", "model": "royalty", "weight": 1,
                 "when": {"alliances": "licensing", "direction": "outwards"}, "explain": "x"}"""));
        assertTrue(direction.getMessage().startsWith("rules.json: rule 'r' (1st), field 'when.direction': unknown"
                + " direction 'outwards' (known: inbound, outbound, coupled)"), direction.getMessage());
    }

    @Test
    void anUnknownOrUnscoredModelIsNamed() {
        RulesException unknown = fails(file(GOOD.replace("\"fipco\"", "\"fipko\"")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'model': unknown model 'fipko' (known: fipco,"
                + " platform, hybrid, royalty)", unknown.getMessage());
        RulesException unscored = fails(file(GOOD.replace("\"fipco\"", "\"pure_licensing\"")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'model': the classifier does not score"
                + " 'pure_licensing' (known: fipco, platform, hybrid, royalty)", unscored.getMessage());
    }

    @Test
    void aMissingIdNamesTheRuleByItsPlace() {
        RulesException e = fails(file(GOOD, GOOD.replace("\"id\": \"fipco-products\", ", "")));
        assertEquals("rules.json: the 2nd rule, field 'id': missing; every rule needs an id", e.getMessage());
        assertEquals(2, e.ruleNumber());
    }

    @Test
    void aDuplicateIdNamesBothPlaces() {
        RulesException e = fails(file(GOOD, GOOD.replace("fipco-products", "other"), GOOD));
        assertEquals("rules.json: rule 'fipco-products' (3rd), field 'id': duplicate id, already used by the 1st"
                + " rule", e.getMessage());
    }

    @Test
    void aNegativeOrMissingWeightIsNamed() {
        RulesException negative = fails(file(GOOD.replace("\"weight\": 2", "\"weight\": -1")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'weight': negative weight -1; a weight must"
                + " be 0 or more", negative.getMessage());
        RulesException text = fails(file(GOOD.replace("\"weight\": 2", "\"weight\": \"heavy\"")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'weight': must be a number, not \"heavy\"",
                text.getMessage());
        RulesException missing = fails(file(GOOD.replace("\"weight\": 2,", "")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'weight': missing", missing.getMessage());
    }

    @Test
    void malformedJsonNamesTheLineTheRuleAndTheField() {
        // the second rule lacks the comma after its weight, at the end of line 4; the parser stops on line 5
        RulesException e = fails(file(GOOD, GOOD.replace("\"weight\": 2,", "\"weight\": 2")));
        assertTrue(e.getMessage().startsWith("rules.json: the 2nd rule, field 'weight': malformed JSON at line 5,"),
                e.getMessage());
        RulesException cut = fails("{\"version\": 1, \"minimumScore\": 3, \"rules\": [" + GOOD);
        assertTrue(cut.getMessage().startsWith("rules.json: the 1st rule"), cut.getMessage());
        assertTrue(cut.getMessage().contains("malformed JSON"), cut.getMessage());
        RulesException twice = fails(file(GOOD.replace("\"weight\": 2,", "\"weight\": 2, \"weight\": 3,")));
        assertTrue(twice.getMessage().startsWith("rules.json: the 1st rule, field 'weight': malformed JSON"),
                twice.getMessage());
        RulesException trailing = fails(file(GOOD) + " {}");
        assertTrue(trailing.getMessage().startsWith("rules.json: malformed JSON"), trailing.getMessage());
    }

    @Test
    void misspeltFieldsAndPlaceholdersAreNamed() {
        RulesException field = fails(file(GOOD.replace("{\"evidence\": \"product_on_market\"}",
                "{\"evidence\": \"product_on_market\", \"atleast\": 2}")));
        assertTrue(field.getMessage().startsWith("rules.json: rule 'fipco-products' (1st), field 'when.atleast':"
                + " unknown field 'atleast' (known: atLeast, evidence, withinYears)"), field.getMessage());
        RulesException placeholder = fails(file(GOOD.replace("{firm}", "{firma}")));
        assertTrue(placeholder.getMessage().startsWith("rules.json: rule 'fipco-products' (1st), field 'explain':"
                + " unknown placeholder {firma}"), placeholder.getMessage());
        RulesException phase = fails(file(GOOD.replace("{\"evidence\": \"product_on_market\"}",
                "{\"pipeline\": \"phase two\"}")));
        assertTrue(phase.getMessage().startsWith("rules.json: rule 'fipco-products' (1st), field 'when.pipeline':"
                + " unknown phase 'phase two' (known: preclinical, phase 1, phase 2, phase 3, filed)"),
                phase.getMessage());
        RulesException both = fails(file(GOOD.replace("{\"evidence\": \"product_on_market\"}",
                "{\"evidence\": \"product_on_market\", \"alliances\": \"platform\"}")));
        assertTrue(both.getMessage().contains("field 'when': a condition has exactly one of"), both.getMessage());
        RulesException zero = fails(file(GOOD.replace("{\"evidence\": \"product_on_market\"}",
                "{\"evidence\": \"product_on_market\", \"atLeast\": 0}")));
        assertEquals("rules.json: rule 'fipco-products' (1st), field 'when.atLeast': must be a whole number of 1 or"
                + " more, not 0", zero.getMessage());
    }

    @Test
    void fileLevelProblemsNameTheField() {
        RulesException minimum = fails("{\"version\": 1, \"rules\": [" + GOOD + "]}");
        assertEquals("rules.json: field 'minimumScore': missing", minimum.getMessage());
        assertEquals(0, minimum.ruleNumber());
        RulesException empty = fails("{\"version\": 1, \"minimumScore\": 1, \"rules\": []}");
        assertEquals("rules.json: field 'rules': must be a list of at least one rule", empty.getMessage());
        RulesException notObject = fails("[]");
        assertTrue(notObject.getMessage().startsWith("rules.json: the file must hold one JSON object"),
                notObject.getMessage());
    }

    @Test
    void aFileOnDiskIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("my-rules.json");
        Files.writeString(good, file(GOOD), StandardCharsets.UTF_8);
        assertEquals(1, RulesFile.read(good).rules().size());
        Path bad = dir.resolve("bad-rules.json");
        Files.writeString(bad, file(GOOD.replace("\"fipco\"", "\"fipko\"")), StandardCharsets.UTF_8);
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": rule 'fipco-products' (1st), field 'model'"), e.getMessage());
        RulesException missing = assertThrows(RulesException.class, () -> RulesFile.read(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.json") + ": cannot be read"),
                missing.getMessage());
    }

    @Test
    void ordinalsReadAsWords() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd", "111th"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 102, 111).stream().map(RulesException::ordinal).toList());
    }
}
