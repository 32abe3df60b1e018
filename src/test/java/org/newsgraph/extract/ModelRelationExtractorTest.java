package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.MaxentModel;

import org.newsgraph.nlp.AnnotatedArticle;

class ModelRelationExtractorTest {
    /** A person-person model sure of a contest, the first end against the second, whatever the pair. */
    private static final MaxentModel SURE = new MaxentModel() {
        private final String[] outcomes = {PairKind.NONE, Relation.RUNS_AGAINST.localName()};

        @Override
        public double[] eval(String[] context) {
            return new double[] {0.01, 0.99};
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            return eval(context);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] outcome) {
            return outcomes[1];
        }

        @Override
        public String getAllOutcomes(double[] outcome) {
            return String.join(" ", outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return outcomes[i];
        }

        @Override
        public int getIndex(String outcome) {
            return List.of(outcomes).indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return outcomes.length;
        }
    };

    @Test
    void aNameThatModifiesANounStandsInNoRelation() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Cole/PROPN beat/VERB the/DET Lee/PROPN legacy/NOUN and/CCONJ Hart/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).person(0, 6, 7, 2).build();
        ModelRelationExtractor classifier = new ModelRelationExtractor(Map.of(PairKind.PERSON_PERSON.modelName(), SURE));
        List<String> pairs = new ArrayList<>();
        for (Fact f : classifier.extract(a, a.sentences().get(0)))
            pairs.add(f.subject().text() + " " + f.relation().localName() + " " + f.object().text());
        assertEquals(List.of("Cole runsAgainst Hart"), pairs);
    }
}
