package be.bioregions.explorer.domain.classifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Sourced;
import be.bioregions.explorer.domain.classifier.Condition.All;
import be.bioregions.explorer.domain.classifier.Condition.AlliancesAtLeast;
import be.bioregions.explorer.domain.classifier.Condition.Any;
import be.bioregions.explorer.domain.classifier.Condition.Count;
import be.bioregions.explorer.domain.classifier.Condition.EventsAtLeast;
import be.bioregions.explorer.domain.classifier.Condition.EvidenceAtLeast;
import be.bioregions.explorer.domain.classifier.Condition.Not;
import be.bioregions.explorer.domain.classifier.Condition.PipelineAtLeast;

/**
 * Classifies firms by business model as of a year, with a {@link RuleSet}. Only facts dated up to that year count.
 *
 * <p>A model's score is the sum of the weights of its rules that fired. The primary model is the best-scored one;
 * it is {@link BusinessModel#INSUFFICIENT_EVIDENCE} when no rule fired or the best score is under the rule set's
 * minimum. Ties between models are broken by the number of distinct verified facts behind each model's fired
 * rules, then by the fixed order {@link #TIE_ORDER} (FIPCO, hybrid, platform, royalty: the more integrated model
 * first, as it asks the most of a firm).
 *
 * <p>A rule nearly fires when it does not fire but (a) a counting condition found at least half of what it needs
 * (and at least one fact), (b) the pipeline is one phase short, (c) every part of an "all" but one holds, or the
 * one failing part nearly holds, or (d) no part of an "any" holds and one nearly does; and some fact of the firm
 * supports it. A "not" never nearly holds.
 */
public final class Classifier {
    /** The models the rules score. */
    public static final List<BusinessModel> MODELS = List.of(BusinessModel.FIPCO, BusinessModel.PLATFORM,
            BusinessModel.HYBRID, BusinessModel.ROYALTY);
    /** The order that settles a tie left after counting verified facts. */
    public static final List<BusinessModel> TIE_ORDER = List.of(BusinessModel.FIPCO, BusinessModel.HYBRID,
            BusinessModel.PLATFORM, BusinessModel.ROYALTY);

    private static final double EPS = 1e-9;
    /** How much of a fact's detail an explanation quotes. */
    private static final int DETAIL_CHARS = 90;

    private Classifier() {
    }

    public static Verdict classify(RuleSet rules, FirmFacts facts, int year) {
        return classify(rules, new FactIndex(facts), year);
    }

    /** Classifies every firm, in the given order; each firm's facts are sorted once and only its own are read. */
    public static List<Verdict> classifyAll(RuleSet rules, Collection<FirmFacts> firms, int year) {
        List<Verdict> out = new ArrayList<>(firms.size());
        for (FirmFacts f : firms) {
            out.add(classify(rules, new FactIndex(f), year));
        }
        return out;
    }

    private static Verdict classify(RuleSet rules, FactIndex ix, int year) {
        Map<BusinessModel, Double> scores = new EnumMap<>(BusinessModel.class);
        Map<BusinessModel, Set<Sourced>> support = new EnumMap<>(BusinessModel.class);
        for (BusinessModel m : MODELS) {
            scores.put(m, 0.0);
            // facts are the firm's own records: the same fact is the same object, and identity is cheap to hash
            support.put(m, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        List<Fired> fired = new ArrayList<>();
        List<Fired> nearly = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            Outcome o = evaluate(rule.when(), ix, year);
            if (o.holds) {
                scores.merge(rule.model(), rule.weight(), Double::sum);
                support.get(rule.model()).addAll(o.facts);
                fired.add(Fired.later(rule, List.copyOf(o.facts), false, () -> fill(rule, o, ix, year), () -> ""));
            } else if (o.near && !o.facts.isEmpty()) {
                Supplier<String> shortfall = () -> String.join("; ", shortfalls(rule.when(), ix, year));
                nearly.add(Fired.later(rule, List.copyOf(o.facts), true,
                        () -> "Nearly fired for " + modelLabel(rule.model()) + ": " + rule.when().describe()
                                + ". Lacking: " + shortfall.get() + ". Found: " + factList(o.facts) + ".",
                        shortfall));
            }
        }
        return new Verdict(ix.facts.firm().id(), year, primary(rules, scores, support, fired), scores, fired, nearly);
    }

    private static BusinessModel primary(RuleSet rules, Map<BusinessModel, Double> scores,
                                         Map<BusinessModel, Set<Sourced>> support, List<Fired> fired) {
        double best = 0;
        for (BusinessModel m : MODELS) {
            best = Math.max(best, scores.get(m));
        }
        if (fired.isEmpty() || best + EPS < rules.minimumScore()) {
            return BusinessModel.INSUFFICIENT_EVIDENCE;
        }
        BusinessModel choice = null;
        int choiceVerified = -1;
        for (BusinessModel m : TIE_ORDER) {
            if (scores.get(m) + EPS < best) {
                continue;
            }
            int verified = 0;
            for (Sourced fact : support.get(m)) {
                if (fact.verified()) {
                    verified++;
                }
            }
            if (verified > choiceVerified) {
                choice = m;
                choiceVerified = verified;
            }
        }
        return choice;
    }

    /**
     * The result of a condition for one firm and year: its supporting facts (each once, in the order found) and
     * {@code first}, the first counting leaf that held, with its count.
     */
    private record Outcome(boolean holds, boolean near, List<? extends Sourced> facts, Count first, int count) {
        static final Outcome NO = new Outcome(false, false, List.of(), null, 0);
        static final Outcome YES = new Outcome(true, false, List.of(), null, 0);
    }

    private static Outcome evaluate(Condition c, FactIndex ix, int year) {
        if (c instanceof Count count) {
            List<? extends Sourced> found = found(count, ix, year);
            int n = found.size();
            boolean holds = n >= count.atLeast();
            return new Outcome(holds, !holds && n > 0 && 2 * n >= count.atLeast(), found, holds ? count : null,
                    holds ? n : 0);
        }
        if (c instanceof PipelineAtLeast p) {
            Phase highest = ix.highestPhase(year);
            if (highest == null) {
                return Outcome.NO;
            }
            boolean holds = highest.compareTo(p.atLeast()) >= 0;
            boolean near = !holds && highest.ordinal() == p.atLeast().ordinal() - 1;
            return new Outcome(holds, near, ix.phaseFacts(holds ? p.atLeast() : highest, year), null, 0);
        }
        if (c instanceof Not not) {
            return evaluate(not.part(), ix, year).holds ? Outcome.NO : Outcome.YES;
        }
        if (c instanceof All all) {
            List<? extends Sourced> facts = List.of();
            Outcome failing = null;
            int failures = 0;
            Count first = null;
            int count = 0;
            for (Condition part : all.parts()) {
                Outcome o = evaluate(part, ix, year);
                if (o.holds) {
                    facts = union(facts, o.facts);
                    if (first == null && o.first != null) {
                        first = o.first;
                        count = o.count;
                    }
                } else {
                    failures++;
                    failing = o;
                }
            }
            if (failures == 0) {
                return new Outcome(true, false, facts, first, count);
            }
            boolean near = failures == 1 && (all.parts().size() > 1 || failing.near);
            if (near && failing.near) {
                facts = union(facts, failing.facts);
            }
            return new Outcome(false, near, facts, null, 0);
        }
        if (c instanceof Any any) {
            List<? extends Sourced> held = List.of();
            List<? extends Sourced> nearFacts = List.of();
            boolean holds = false;
            boolean near = false;
            Count first = null;
            int count = 0;
            for (Condition part : any.parts()) {
                Outcome o = evaluate(part, ix, year);
                if (o.holds) {
                    holds = true;
                    held = union(held, o.facts);
                    if (first == null && o.first != null) {
                        first = o.first;
                        count = o.count;
                    }
                } else if (o.near) {
                    near = true;
                    nearFacts = union(nearFacts, o.facts);
                }
            }
            return holds ? new Outcome(true, false, held, first, count) : new Outcome(false, near, nearFacts, null, 0);
        }
        throw new IllegalStateException("unknown condition " + c);
    }

    /** The facts of both lists, each once (by identity), in order; reuses a list when the other adds nothing. */
    private static List<? extends Sourced> union(List<? extends Sourced> a, List<? extends Sourced> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Sourced> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        for (Sourced fact : b) {
            if (!containsSame(a, fact)) {
                out.add(fact);
            }
        }
        return out;
    }

    private static boolean containsSame(List<? extends Sourced> list, Sourced fact) {
        for (Sourced s : list) {
            if (s == fact) {
                return true;
            }
        }
        return false;
    }

    private static List<? extends Sourced> found(Count count, FactIndex ix, int year) {
        if (count instanceof EvidenceAtLeast e) {
            return ix.evidence(e.kind(), year, e.withinYears());
        }
        if (count instanceof AlliancesAtLeast a) {
            return ix.alliances(a.kinds(), a.direction(), year, a.withinYears());
        }
        if (count instanceof EventsAtLeast e) {
            return ix.events(e.kind(), year, e.withinYears());
        }
        throw new IllegalStateException("unknown count " + count);
    }

    /** What a condition that does not hold lacks, in words; only worked out for near misses. */
    private static List<String> shortfalls(Condition c, FactIndex ix, int year) {
        List<String> out = new ArrayList<>();
        if (c instanceof Count count) {
            int n = found(count, ix, year).size();
            if (n < count.atLeast()) {
                out.add(count.describe() + " (found " + (n == 0 ? "none" : String.valueOf(n)) + ")");
            }
        } else if (c instanceof PipelineAtLeast p) {
            Phase highest = ix.highestPhase(year);
            if (highest == null || highest.compareTo(p.atLeast()) < 0) {
                out.add(p.describe() + " (" + (highest == null ? "no phase known" : "reached " + highest.label()) + ")");
            }
        } else if (c instanceof Not not) {
            Outcome inner = evaluate(not.part(), ix, year);
            if (inner.holds) {
                out.add(not.describe() + " (but found " + factIds(inner.facts) + ")");
            }
        } else if (c instanceof All all) {
            for (Condition part : all.parts()) {
                out.addAll(shortfalls(part, ix, year));
            }
        } else if (c instanceof Any any) {
            if (!evaluate(any, ix, year).holds) {
                out.add(any.describe() + " (none holds)");
            }
        }
        return out;
    }

    private static String fill(Rule rule, Outcome o, FactIndex ix, int year) {
        String template = rule.explain();
        if (template.indexOf('{') < 0) {
            return template;
        }
        Phase phase = ix.highestPhase(year);
        StringBuilder sb = new StringBuilder(template.length() + 200);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            String key = template.substring(open + 1, close);
            switch (key) {
                case "firm" -> sb.append(ix.facts.firm().name());
                case "year" -> sb.append(year);
                case "model" -> sb.append(modelLabel(rule.model()));
                case "count" -> sb.append(o.first == null ? o.facts.size() : o.count);
                case "kind" -> sb.append(o.first == null ? "fact" : o.first.kindLabel());
                case "phase" -> sb.append(phase == null ? "no known phase" : phase.label());
                case "facts" -> sb.append(factList(o.facts));
                default -> sb.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return sb.toString();
    }

    /** How a model reads in an explanation. */
    public static String modelLabel(BusinessModel model) {
        return switch (model) {
            case FIPCO -> "FIPCO";
            case PLATFORM -> "technology platform";
            case HYBRID -> "hybrid";
            case ROYALTY -> "royalty income";
            default -> Codes.label(model);
        };
    }

    /** The facts in words, each with its year and source: "2014: Idylla launched ... [source b-s94]". */
    static String factList(Collection<? extends Sourced> facts) {
        if (facts.isEmpty()) {
            return "no recorded fact";
        }
        return facts.stream().map(Classifier::factText).collect(Collectors.joining("; "));
    }

    static String factText(Sourced fact) {
        String text;
        if (fact instanceof Evidence e) {
            text = e.year() + (e.endYear() == null ? "" : "-" + e.endYear()) + ": " + shorten(e.detail());
        } else if (fact instanceof Alliance a) {
            text = a.year() + ": " + Codes.label(a.kind()) + " alliance with " + a.partnerId()
                    + (a.subject() == null ? "" : " (" + shorten(a.subject()) + ")");
        } else if (fact instanceof FirmEvent e) {
            text = e.year() + ": " + Codes.label(e.kind()) + (e.detail() == null ? "" : " - " + shorten(e.detail()));
        } else {
            text = String.valueOf(fact);
        }
        String source = fact.unsourced() ? "[unsourced]"
                : "[source " + fact.sourceId() + (fact.verified() ? "]" : ", unverified]");
        return text + " " + source;
    }

    private static String factIds(Collection<? extends Sourced> facts) {
        return facts.stream().map(Classifier::factId).collect(Collectors.joining(", "));
    }

    private static String factId(Sourced fact) {
        if (fact instanceof Evidence e) {
            return e.id();
        }
        if (fact instanceof Alliance a) {
            return a.id();
        }
        if (fact instanceof FirmEvent e) {
            return e.id();
        }
        return String.valueOf(fact);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() <= DETAIL_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', DETAIL_CHARS);
        return t.substring(0, cut > DETAIL_CHARS / 2 ? cut : DETAIL_CHARS) + "...";
    }
}
