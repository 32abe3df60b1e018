package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Weighs what the rules and the relation classifiers say of each statement (one relation between two ends in one
 * sentence) and gives it a confidence that is a probability: the chance that a reader of the sentence agrees, as the
 * {@link ConfidenceTable} measured it on the annotated articles for the rule's cue, the classifier's probability or
 * both. Every rule's statement is kept; one only the classifiers make, from {@link #MODEL_ALONE}. Without a table, a
 * rule keeps its own confidence and a classifier's statement counts from probability 0.5.
 * Immutable and thread-safe.
 */
public final class FactScorer {

    /** The statement proposals of one sentence-level fact: what the rules said and what the classifier said. */
    record Statement(Relation relation, Fact rule, Fact model) {
        /** The fact the statement is written as: the rule's (its qualifiers are read closer), else the model's. */
        Fact fact() {
            return rule != null ? rule : model;
        }
    }

    /**
     * The least measured confidence at which a statement only the classifiers make is kept. The classifiers alone
     * are right about 0.2 to 0.7 of the time (relation-confidence.tsv): admitted from 0.6, on the dev set they
     * took precision from 0.930 to 0.887 for recall 0.604 to 0.642, and on the held quarter of the annotated
     * articles 0.913 to 0.911 for 0.451 to 0.464, a loss where it counts. So today they only weigh the rules'
     * statements (a rule's statement the classifier agrees with is right far more often); a rule's statement is
     * kept whatever its measured confidence, which it carries.
     */
    static final double MODEL_ALONE = 0.75;

    private final ConfidenceTable table;

    /** A scorer with this table, or with none (null). */
    FactScorer(ConfidenceTable table) {
        this.table = table;
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
    List<Fact> score(List<Fact> ruleFacts, List<Fact> modelFacts) {
        List<Fact> out = new ArrayList<>();
        for (Statement s : statements(ruleFacts, modelFacts)) {
            double confidence;
            if (table != null) {
                confidence = table.confidence(s);
                if (s.rule() == null && confidence < MODEL_ALONE)
                    continue;
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
