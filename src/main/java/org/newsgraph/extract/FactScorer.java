package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Weighs what the rules and the relation classifiers say of each statement (one relation between two ends in one
 * sentence) and gives it a confidence that is a probability: the chance that a reader of the sentence agrees. The
 * weighing is itself a maxent model, trained on the annotated articles with the rules' cues and the classifiers'
 * out-of-fold probabilities as features (see {@link RelationModelTrainer}), so a statement at confidence c is
 * right about c of the time there. Without that model, a rule keeps its own confidence and a classifier's fact
 * counts from probability 0.5. Immutable and thread-safe.
 */
public final class FactScorer {
    /** The confidence model's name among the bundled relation models. */
    public static final String MODEL_NAME = "confidence";
    static final String RIGHT = "right";
    static final String WRONG = "wrong";

    /** The statement proposals of one sentence-level fact: what the rules said and what the classifier said. */
    record Statement(Relation relation, Fact rule, Fact model) {
        /** The fact the statement is written as: the rule's (its qualifiers are read closer), else the model's. */
        Fact fact() {
            return rule != null ? rule : model;
        }
    }

    private final MaxentModel model;

    /** A scorer with this confidence model, or with none (null). */
    FactScorer(MaxentModel model) {
        this.model = model;
    }

    /** The statements the facts of one article make, the rules' and the classifiers' for the same ends merged. */
    static List<Statement> statements(List<Fact> ruleFacts, List<Fact> modelFacts) {
        Map<String, Statement> byKey = new LinkedHashMap<>();
        ruleFacts = ruleFacts.stream().filter(FactScorer::twoPeople).toList();
        modelFacts = modelFacts.stream().filter(FactScorer::twoPeople).toList();
        for (Fact f : ruleFacts)
            byKey.merge(key(f), new Statement(f.relation(), f, null),
                    (a, b) -> new Statement(a.relation(), a.rule().confidence() >= b.rule().confidence() ? a.rule() : b.rule(), null));
        for (Fact f : modelFacts)
            byKey.merge(key(f), new Statement(f.relation(), null, f), (a, b) -> new Statement(a.relation(), a.rule(),
                    a.model() == null || b.model().confidence() > a.model().confidence() ? b.model() : a.model()));
        return new ArrayList<>(byKey.values());
    }

    /** The facts with their confidence set by the scorer; statements it gives no chance are left out. */
    List<Fact> score(AnnotatedArticle article, List<Fact> ruleFacts, List<Fact> modelFacts) {
        List<Fact> out = new ArrayList<>();
        List<Statement> statements = statements(ruleFacts, modelFacts);
        Context context = new Context(article, statements);
        for (Statement s : statements) {
            double confidence;
            if (model != null) {
                double[] p = model.eval(features(s, context));
                confidence = p[model.getIndex(RIGHT)];
            } else if (s.rule() != null) {
                confidence = s.rule().confidence();
            } else {
                confidence = s.model().confidence() >= ModelRelationExtractor.THRESHOLD ? s.model().confidence() : 0;
            }
            if (confidence <= 0)
                continue;
            Fact f = s.fact();
            out.add(new Fact(f.subject(), f.relation(), f.object(), f.sentence(), Math.min(1.0, confidence), f.qualifiers()));
        }
        return out;
    }

    /** What the article as a whole says that bears on each statement: who runs, whether it is about a race. */
    record Context(AnnotatedArticle article, java.util.Set<Integer> candidates, boolean races) {
        Context(AnnotatedArticle article, List<Statement> statements) {
            this(article, candidates(statements), article.mentions().stream().anyMatch(m -> m.type() == EntityType.RACE));
        }

        private static java.util.Set<Integer> candidates(List<Statement> statements) {
            java.util.Set<Integer> out = new java.util.HashSet<>();
            for (Statement s : statements) {
                Fact f = s.fact();
                if (f.relation() == Relation.CANDIDATE_IN || f.relation() == Relation.RUNS_AGAINST) {
                    out.add(f.subject().chain());
                    if (f.object().type() == EntityType.PERSON)
                        out.add(f.object().chain());
                }
            }
            return out;
        }
    }

    /**
     * The features of a statement: its relation, the rule's cue (its confidence stands for the pattern that fired),
     * the classifier's probability in tenths, whether both spoke, and what the sentence and the article say around
     * it: the ends' forms, their distance, a quote, whether the one endorsed or opposed runs in a race the article
     * names, and whether the article names races at all. Each with the relation.
     */
    static String[] features(Statement s, Context c) {
        List<String> f = new ArrayList<>();
        String r = "r=" + s.relation().localName();
        f.add("bias");
        f.add(r);
        String rule = s.rule() == null ? "none" : String.format(Locale.ROOT, "%.2f", s.rule().confidence());
        String bin = s.model() == null ? "none" : Integer.toString((int) Math.floor(s.model().confidence() * 10));
        f.add(r + "|rule=" + rule);
        f.add(r + "|model=" + bin);
        f.add("model=" + bin);
        f.add(r + "|" + (s.rule() != null ? "rule" : "") + (s.model() != null ? "model" : ""));
        if (s.rule() != null && s.model() != null)
            f.add(r + "|rule=" + rule + "|agree=" + (s.model().confidence() >= 0.5));
        Fact fact = s.fact();
        f.add(r + "|subj=" + fact.subject().form());
        f.add(r + "|obj=" + (fact.object().type() == EntityType.PERSON ? fact.object().form().name() : fact.object().value()));
        int gap = Math.max(0, Math.max(fact.object().start() - fact.subject().end(), fact.subject().start() - fact.object().end()));
        f.add(r + "|gap=" + (gap <= 2 ? "0-2" : gap <= 6 ? "3-6" : gap <= 12 ? "7-12" : "13+"));
        var sentence = c.article().sentences().get(fact.sentence());
        if (c.article().quoteAt(sentence.tokenStart(Math.min(fact.subject().start(), fact.object().start()))).isPresent())
            f.add(r + "|quoted");
        if (sentence.isHeadline())
            f.add(r + "|headline");
        if (fact.object().type() == EntityType.PERSON)
            f.add(r + "|objectRuns=" + c.candidates().contains(fact.object().chain()));
        f.add(r + "|subjectRuns=" + c.candidates().contains(fact.subject().chain()));
        f.add(r + "|races=" + c.races());
        return f.toArray(String[]::new);
    }

    /**
     * False for a relation between two persons that cannot be two: both ends pronouns (two guesses of the linker
     * at once) or both written alike ("Trump ... Trump's statement" split into two people).
     */
    private static boolean twoPeople(Fact f) {
        if (f.object().type() != EntityType.PERSON)
            return true;
        if (f.subject().form() == Mention.Form.PRONOUN && f.object().form() == Mention.Form.PRONOUN)
            return false;
        return !f.subject().value().equalsIgnoreCase(f.object().value());
    }

    /** Sentence, subject, relation and object: persons by chain, other ends by their span. */
    private static String key(Fact f) {
        return f.sentence() + " " + end(f.subject()) + " " + f.relation().localName() + " " + end(f.object());
    }

    private static String end(Mention m) {
        return m.type() == EntityType.PERSON && m.chain() >= 0 ? "p" + m.chain() : m.type() + "@" + m.start() + "-" + m.end();
    }
}
