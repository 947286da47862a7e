package be.bioregions.explorer.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.classifier.Classifier;
import be.bioregions.explorer.domain.classifier.Condition;
import be.bioregions.explorer.domain.classifier.Phase;
import be.bioregions.explorer.domain.classifier.Rule;
import be.bioregions.explorer.domain.classifier.RuleSet;

/**
 * Reads a classifier rules file (JSON, described in docs/classifier.md) into a {@link RuleSet}, checking every
 * field: a problem is reported with the file, the rule and the field, and nothing half-read is returned.
 */
public final class RulesFile {
    /** The rules shipped with the application, on the classpath. */
    public static final String BUILT_IN = "be/bioregions/explorer/classifier/rules.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> TOP_FIELDS = Set.of("version", "minimumScore", "rules", "description");
    private static final Set<String> RULE_FIELDS = Set.of("id", "model", "weight", "when", "explain", "note");
    private static final List<String> CONDITION_KEYS = List.of("evidence", "alliances", "events", "pipeline", "all",
            "any", "not");
    private static final Set<String> COUNT_OPTIONS = Set.of("atLeast", "withinYears");

    private RulesFile() {
    }

    /** The shipped rules; a broken shipped file is a bug of the build, hence unchecked. */
    public static RuleSet builtIn() {
        try (InputStream in = RulesFile.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + BUILT_IN);
            }
            return read("rules.json", in);
        } catch (IOException | RulesException e) {
            throw new IllegalStateException("the shipped classifier rules cannot be read: " + e.getMessage(), e);
        }
    }

    public static RuleSet read(Path file) throws RulesException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new RulesException(file.toString(), null, 0, null,
                    Problems.text("problem.file.unreadable", e.getMessage()));
        }
    }

    /** Reads rules from a stream; {@code name} is how messages name the file. */
    public static RuleSet read(String name, InputStream in) throws RulesException {
        try {
            return convert(name, JSON.readTree(in));
        } catch (JsonProcessingException e) {
            throw malformed(name, e);
        } catch (IOException e) {
            throw new RulesException(name, null, 0, null, Problems.text("problem.file.unreadable", e.getMessage()));
        }
    }

    /** Reads rules from a string; {@code name} is how messages name the file. */
    public static RuleSet parse(String name, String json) throws RulesException {
        try {
            return convert(name, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(name, e);
        }
    }

    /** Names the line, column and, when the parser was inside one, the rule and field of a syntax error. */
    private static RulesException malformed(String name, JsonProcessingException e) {
        String reason = e.getLocation() == null ? Problems.text("problem.rules.malformed", e.getOriginalMessage())
                : Problems.text("problem.rules.malformed.at", e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr(), e.getOriginalMessage());
        JsonPointer path = e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                ? parser.getParsingContext().pathAsPointer() : null;
        List<String> steps = new ArrayList<>();
        for (JsonPointer p = path; p != null && !p.matches(); p = p.tail()) {
            steps.add(p.getMatchingIndex() >= 0 ? "[" + p.getMatchingIndex() + "]" : p.getMatchingProperty());
        }
        if (steps.size() >= 2 && steps.get(0).equals("rules") && steps.get(1).startsWith("[")) {
            int number = Integer.parseInt(steps.get(1).substring(1, steps.get(1).length() - 1)) + 1;
            String field = dotted(steps.subList(2, steps.size()));
            return new RulesException(name, null, number, field.isEmpty() ? null : field, reason);
        }
        String field = dotted(steps);
        return new RulesException(name, null, 0, field.isEmpty() ? null : field, reason);
    }

    private static String dotted(List<String> steps) {
        StringBuilder sb = new StringBuilder();
        for (String s : steps) {
            if (!s.startsWith("[") && !sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static RuleSet convert(String name, JsonNode root) throws RulesException {
        if (root == null || !root.isObject()) {
            throw new RulesException(name, null, 0, null, Problems.text("problem.rules.not.object"));
        }
        unknownFields(root, TOP_FIELDS, (field, reason) -> new RulesException(name, null, 0, field, reason), "");
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1 || !version.canConvertToInt()) {
            throw new RulesException(name, null, 0, "version", version == null ? Problems.text("problem.rules.missing")
                    : Problems.text("problem.rules.whole.number", version));
        }
        JsonNode minimum = root.get("minimumScore");
        if (minimum == null || !minimum.isNumber() || minimum.asDouble() < 0) {
            throw new RulesException(name, null, 0, "minimumScore", minimum == null
                    ? Problems.text("problem.rules.missing") : Problems.text("problem.rules.minimum", minimum));
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw new RulesException(name, null, 0, "rules", rules == null ? Problems.text("problem.rules.missing")
                    : Problems.text("problem.rules.list"));
        }
        List<Rule> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            out.add(rule(name, rules.get(i), i + 1, seen));
        }
        return new RuleSet(version.asInt(), minimum.asDouble(), out);
    }

    /** Builds an exception about one field of the rule being read. */
    @FunctionalInterface
    private interface Problem {
        RulesException at(String field, String reason);
    }

    private static Rule rule(String name, JsonNode node, int number, Map<String, Integer> seen) throws RulesException {
        if (!node.isObject()) {
            throw new RulesException(name, null, number, null, Problems.text("problem.rules.rule.object", node));
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new RulesException(name, null, number, "id", idNode == null
                    ? Problems.text("problem.rules.id.missing") : Problems.text("problem.rules.id.text", idNode));
        }
        String id = idNode.asText().strip();
        Problem problem = (field, reason) -> new RulesException(name, id, number, field, reason);
        Integer earlier = seen.putIfAbsent(id, number);
        if (earlier != null) {
            throw problem.at("id", Problems.text("problem.rules.id.twice", RulesException.ordinal(earlier)));
        }
        unknownFields(node, RULE_FIELDS, problem, "");

        String modelText = text(node, "model", problem, "");
        Optional<BusinessModel> model = Codes.parse(BusinessModel.class, modelText);
        if (model.isEmpty() || !Classifier.MODELS.contains(model.get())) {
            String known = Classifier.MODELS.stream().map(Codes::code).collect(Collectors.joining(", "));
            throw problem.at("model", model.isEmpty() ? Problems.text("problem.rules.model.unknown", modelText, known)
                    : Problems.text("problem.rules.model.unscored", modelText, known));
        }
        JsonNode weight = node.get("weight");
        if (weight == null) {
            throw problem.at("weight", Problems.text("problem.rules.missing"));
        }
        if (!weight.isNumber()) {
            throw problem.at("weight", Problems.text("problem.rules.number", weight));
        }
        if (weight.asDouble() < 0) {
            throw problem.at("weight", Problems.text("problem.rules.weight.negative", weight));
        }
        JsonNode when = node.get("when");
        if (when == null) {
            throw problem.at("when", Problems.text("problem.rules.when.missing"));
        }
        Condition condition = condition(when, "when", problem);
        String explain = text(node, "explain", problem, "");
        List<String> unknown = Rule.unknownPlaceholders(explain);
        if (!unknown.isEmpty()) {
            throw problem.at("explain", Problems.text("problem.rules.placeholder", unknown.get(0),
                    Rule.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(" "))));
        }
        return new Rule(id, model.get(), weight.asDouble(), condition, explain);
    }

    private static Condition condition(JsonNode node, String path, Problem problem) throws RulesException {
        if (!node.isObject()) {
            throw problem.at(path, Problems.text("problem.rules.condition.object", node));
        }
        List<String> keys = CONDITION_KEYS.stream().filter(node::has).toList();
        if (keys.size() != 1) {
            throw problem.at(path, keys.isEmpty()
                    ? Problems.text("problem.rules.condition.none", String.join(", ", CONDITION_KEYS))
                    : Problems.text("problem.rules.condition.two", String.join(", ", CONDITION_KEYS), keys.get(0),
                            keys.get(1)));
        }
        String key = keys.get(0);
        String at = path + "." + key;
        switch (key) {
            case "evidence" -> {
                unknownFields(node, union(COUNT_OPTIONS, "evidence"), problem, path);
                EvidenceKind kind = code(EvidenceKind.class, text(node, key, problem, path), at,
                        "problem.rules.unknown.evidence", problem);
                return new Condition.EvidenceAtLeast(kind, atLeast(node, path, problem),
                        withinYears(node, path, problem));
            }
            case "events" -> {
                unknownFields(node, union(COUNT_OPTIONS, "events"), problem, path);
                EventKind kind = code(EventKind.class, text(node, key, problem, path), at,
                        "problem.rules.unknown.event", problem);
                return new Condition.EventsAtLeast(kind, atLeast(node, path, problem), withinYears(node, path, problem));
            }
            case "alliances" -> {
                unknownFields(node, union(COUNT_OPTIONS, "alliances", "direction"), problem, path);
                JsonNode kindsNode = node.get(key);
                Set<AllianceKind> kinds = EnumSet.noneOf(AllianceKind.class);
                if (kindsNode.isArray() && !kindsNode.isEmpty()) {
                    for (int i = 0; i < kindsNode.size(); i++) {
                        JsonNode k = kindsNode.get(i);
                        if (!k.isTextual()) {
                            throw problem.at(at + "[" + i + "]", Problems.text("problem.rules.alliance.kind", k));
                        }
                        kinds.add(code(AllianceKind.class, k.asText(), at + "[" + i + "]",
                                "problem.rules.unknown.alliance", problem));
                    }
                } else if (kindsNode.isTextual()) {
                    kinds.add(code(AllianceKind.class, kindsNode.asText(), at, "problem.rules.unknown.alliance",
                            problem));
                } else {
                    throw problem.at(at, Problems.text("problem.rules.alliance.kinds", kindsNode));
                }
                Direction direction = null;
                if (node.has("direction")) {
                    direction = code(Direction.class, text(node, "direction", problem, path), path + ".direction",
                            "problem.rules.unknown.direction", problem);
                }
                return new Condition.AlliancesAtLeast(kinds, direction, atLeast(node, path, problem),
                        withinYears(node, path, problem));
            }
            case "pipeline" -> {
                unknownFields(node, Set.of("pipeline"), problem, path);
                String text = text(node, key, problem, path);
                Phase phase = Phase.parse(text).orElseThrow(() -> problem.at(at, Problems.text("problem.rules.phase",
                        text, java.util.Arrays.stream(Phase.values()).map(Phase::label)
                                .collect(Collectors.joining(", ")))));
                return new Condition.PipelineAtLeast(phase);
            }
            case "all", "any" -> {
                unknownFields(node, Set.of(key), problem, path);
                JsonNode list = node.get(key);
                if (!list.isArray() || list.isEmpty()) {
                    throw problem.at(at, Problems.text("problem.rules.conditions"));
                }
                List<Condition> parts = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    parts.add(condition(list.get(i), at + "[" + i + "]", problem));
                }
                return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            }
            default -> {
                unknownFields(node, Set.of("not"), problem, path);
                return new Condition.Not(condition(node.get(key), at, problem));
            }
        }
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static int atLeast(JsonNode node, String path, Problem problem) throws RulesException {
        return positive(node, "atLeast", path, problem, 1);
    }

    private static Integer withinYears(JsonNode node, String path, Problem problem) throws RulesException {
        return node.has("withinYears") ? positive(node, "withinYears", path, problem, 0) : null;
    }

    private static int positive(JsonNode node, String field, String path, Problem problem, int absent)
            throws RulesException {
        JsonNode v = node.get(field);
        if (v == null) {
            return absent;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
            throw problem.at(path + "." + field, Problems.text("problem.rules.whole.number", v));
        }
        return v.asInt();
    }

    private static String text(JsonNode node, String field, Problem problem, String path) throws RulesException {
        String at = path.isEmpty() ? field : path + "." + field;
        JsonNode v = node.get(field);
        if (v == null) {
            throw problem.at(at, Problems.text("problem.rules.missing"));
        }
        if (!v.isTextual()) {
            throw problem.at(at, Problems.text("problem.rules.text", v));
        }
        return v.asText();
    }

    /** The code's value; {@code problemKey} is the bundle's key of the message when the text is no such code. */
    private static <E extends Enum<E>> E code(Class<E> type, String text, String at, String problemKey,
                                              Problem problem) throws RulesException {
        return Codes.parse(type, text).orElseThrow(() -> problem.at(at, Problems.text(problemKey, text,
                Codes.accepted(type))));
    }

    private static void unknownFields(JsonNode node, Set<String> known, Problem problem, String path)
            throws RulesException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw problem.at(path.isEmpty() ? f : path + "." + f, Problems.text("problem.rules.field.unknown", f,
                        known.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
    }
}
