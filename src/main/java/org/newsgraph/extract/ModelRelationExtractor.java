package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpModels;

/**
 * Facts from the relation classifiers: every candidate pair of a sentence ({@link RelationCandidates}) goes to its
 * kind's maxent model, and each relation whose probability reaches a low floor is proposed with that probability
 * as its confidence, for the {@link FactScorer} to weigh. A holding is former when the office or the title says so ("former", "ex-"). Not thread-safe
 * (its feature maker owns a stemmer): one per thread, as {@link Extractor#standard} makes them.
 */
public final class ModelRelationExtractor implements Extractor {
    /** Without a confidence table, a classifier's fact counts from this probability on. */
    static final double THRESHOLD = 0.5;
    /** Proposals below this probability are not worth weighing: the confidence table never lifts them far. */
    static final double FLOOR = 0.2;
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "onetime", "one-time", "then", "then-", "erstwhile");

    private final Map<PairKind, MaxentModel> models = new EnumMap<>(PairKind.class);
    private final PairFeatures features = new PairFeatures();

    public ModelRelationExtractor(NlpModels nlp) {
        for (PairKind kind : PairKind.values())
            nlp.relationModel(kind.modelName()).ifPresent(m -> models.put(kind, m));
    }

    /** An extractor with these models, by pair kind's model name (for training and measuring them). */
    ModelRelationExtractor(Map<String, MaxentModel> byName) {
        for (PairKind kind : PairKind.values())
            if (byName.containsKey(kind.modelName()))
                models.put(kind, byName.get(kind.modelName()));
    }

    /** True when at least one relation model is bundled. */
    public boolean hasModels() {
        return !models.isEmpty();
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        List<Fact> out = new ArrayList<>();
        SentenceContext c = new SentenceContext(article, sentence);
        for (RelationCandidates.Pair pair : RelationCandidates.of(article, sentence)) {
            MaxentModel model = models.get(pair.kind());
            // "the Obama legacy", "Trump supporters": a name that modifies a noun is no end of a relation.
            if (model == null || "true".equals(pair.object().attribute("aspired")) || c.modifiesNoun(pair.first())
                    || c.modifiesNoun(pair.second()))
                continue;
            double[] p = model.eval(features.of(article, sentence, pair.first(), pair.second()));
            for (Relation relation : pair.kind().relations()) {
                if (pair.kind() == PairKind.PERSON_PERSON && !relation.isSymmetric()) {
                    add(out, model, p, PairKind.outcome(relation, true), pair.first(), relation, pair.second(), sentence);
                    add(out, model, p, PairKind.outcome(relation, false), pair.second(), relation, pair.first(), sentence);
                } else if (pair.kind() == PairKind.PERSON_PERSON) {
                    add(out, model, p, relation.localName(), pair.first(), relation, pair.second(), sentence);
                } else {
                    add(out, model, p, relation.localName(), pair.person(), relation, pair.object(), sentence);
                }
            }
        }
        return out;
    }

    private static void add(List<Fact> out, MaxentModel model, double[] p, String outcome, Mention subject, Relation relation,
                            Mention object, AnnotatedSentence s) {
        int index = model.getIndex(outcome);
        if (index < 0 || p[index] < FLOOR)
            return;
        Map<String, String> qualifiers = new HashMap<>();
        if (relation == Relation.HOLDS_OFFICE)
            qualifiers.put("officeStatus", former(subject, object, s) ? "former" : "current");
        out.add(new Fact(subject, relation, object, s.index(), p[index], qualifiers));
    }

    private static boolean former(Mention person, Mention office, AnnotatedSentence s) {
        if ("former".equals(office.attribute("status")) || "former".equals(person.attribute("titleStatus")))
            return true;
        for (int k = Math.max(0, office.start() - 3); k < office.start(); k++)
            if (FORMER.contains(s.token(k).toLowerCase(java.util.Locale.ROOT)))
                return true;
        return false;
    }
}
