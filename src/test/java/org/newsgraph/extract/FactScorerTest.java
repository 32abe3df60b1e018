package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

class FactScorerTest {
    private static final Mention ADAMS = person("Alice Adams", Mention.Form.NAME, 0);
    private static final Mention BROWN = person("Bob Brown", Mention.Form.NAME, 1);

    private static Mention person(String name, Mention.Form form, int chain) {
        return new Mention(EntityType.PERSON, form, 0, 0, 2, name, name, Map.of(), 1.0, chain);
    }

    private static Fact endorsement(Mention subject, Mention object, double confidence) {
        return new Fact(subject, Relation.ENDORSES, object, 0, confidence);
    }

    /** A table measured on endorsements of rule cue 0.90 alone, with the classifier agreeing, and of the classifier alone. */
    private static ConfidenceTable table(int ruleRight, int ruleJudged, int bothRight, int bothJudged, int modelRight,
                                         int modelJudged) {
        ConfidenceTable.Builder b = new ConfidenceTable.Builder();
        Fact rule = endorsement(ADAMS, BROWN, 0.9);
        for (int i = 0; i < ruleJudged; i++)
            b.add(new FactScorer.Statement(Relation.ENDORSES, rule, null), i < ruleRight);
        for (int i = 0; i < bothJudged; i++)
            b.add(new FactScorer.Statement(Relation.ENDORSES, rule, endorsement(ADAMS, BROWN, 0.8)), i < bothRight);
        for (int i = 0; i < modelJudged; i++)
            b.add(new FactScorer.Statement(Relation.ENDORSES, null, endorsement(ADAMS, BROWN, 0.95)), i < modelRight);
        return b.build();
    }

    @Test
    void aStatementsConfidenceIsHowOftenItsCellWasRightSmoothedTowardItsSource() {
        ConfidenceTable t = table(2, 100, 95, 100, 0, 0);
        FactScorer scorer = new FactScorer(t);
        double alone = scorer.score(List.of(endorsement(ADAMS, BROWN, 0.9)), List.of()).get(0).confidence();
        double agreed = scorer.score(List.of(endorsement(ADAMS, BROWN, 0.9)), List.of(endorsement(ADAMS, BROWN, 0.8)))
                .get(0).confidence();
        assertTrue(alone < 0.06, "a rule's cue right 2 times in 100 gets about 0.02, not its own 0.9: " + alone);
        assertTrue(agreed > 0.9, "the same cue with the classifier agreeing was right 95 times in 100: " + agreed);
        // A classifier below 0.5 is no agreement: the statement is the rule's alone.
        assertEquals(alone, scorer.score(List.of(endorsement(ADAMS, BROWN, 0.9)), List.of(endorsement(ADAMS, BROWN, 0.3)))
                .get(0).confidence(), 1e-9);
    }

    @Test
    void aCellOfFewStatementsStaysNearItsSourcesRate() {
        ConfidenceTable.Builder b = new ConfidenceTable.Builder();
        for (int i = 0; i < 100; i++)
            b.add(new FactScorer.Statement(Relation.ENDORSES, endorsement(ADAMS, BROWN, 0.7), null), i < 80);
        b.add(new FactScorer.Statement(Relation.ENDORSES, endorsement(ADAMS, BROWN, 0.6), null), false);
        double one = new FactScorer(b.build()).score(List.of(endorsement(ADAMS, BROWN, 0.6)), List.of()).get(0).confidence();
        assertTrue(one > 0.5 && one < 0.8, "one wrong statement does not make a cue worthless: " + one);
    }

    @Test
    void theTableReadsBackWhatItWrote() {
        ConfidenceTable.Builder b = new ConfidenceTable.Builder();
        for (int i = 0; i < 10; i++)
            b.add(new FactScorer.Statement(Relation.ENDORSES, endorsement(ADAMS, BROWN, 0.9), null), i < 7);
        List<String> lines = b.lines();
        // 7 of 10, smoothed toward the relation's rate (7.5 + 2.5 of 15) and then the source's.
        assertTrue(lines.contains("endorses\trule\t0.90\t7\t10\t0.693"), String.join("\n", lines));
        FactScorer.Statement s = new FactScorer.Statement(Relation.ENDORSES, endorsement(ADAMS, BROWN, 0.9), null);
        assertEquals(b.build().confidence(s), ConfidenceTable.parse(lines).confidence(s), 1e-9);
        // A cue never measured gets its source's rate.
        FactScorer.Statement unseen = new FactScorer.Statement(Relation.ENDORSES, endorsement(ADAMS, BROWN, 0.55), null);
        assertTrue(lines.contains("endorses\trule\t*\t7\t10\t0.678"), String.join("\n", lines));
        assertEquals(0.678, ConfidenceTable.parse(lines).confidence(unseen), 1e-9);
    }

    @Test
    void onlyTheClassifiersStatementIsKeptOnlyWhereMeasuredRightOftenEnough() {
        FactScorer weak = new FactScorer(table(0, 0, 0, 0, 60, 100));
        assertEquals(List.of(), weak.score(List.of(), List.of(endorsement(ADAMS, BROWN, 0.95))),
                "right 60 times in 100 is below " + FactScorer.MODEL_ALONE);
        FactScorer strong = new FactScorer(table(0, 0, 0, 0, 98, 100));
        assertEquals(1, strong.score(List.of(), List.of(endorsement(ADAMS, BROWN, 0.95))).size());
    }

    @Test
    void withoutATableRulesKeepTheirConfidenceAndTheClassifierCountsFromOneHalf() {
        FactScorer none = new FactScorer(null);
        assertEquals(0.9, none.score(List.of(endorsement(ADAMS, BROWN, 0.9)), List.of()).get(0).confidence(), 1e-9);
        assertEquals(List.of(), none.score(List.of(), List.of(endorsement(ADAMS, BROWN, 0.4))));
        assertEquals(0.6, none.score(List.of(), List.of(endorsement(ADAMS, BROWN, 0.6))).get(0).confidence(), 1e-9);
    }

    @Test
    void twoGuessesOrOneNameAreNotTwoPeople() {
        FactScorer none = new FactScorer(null);
        Mention he = person("he", Mention.Form.PRONOUN, 2);
        Mention him = person("him", Mention.Form.PRONOUN, 3);
        assertEquals(List.of(), none.score(List.of(endorsement(he, him, 0.9)), List.of()));
        Mention trump = person("Trump", Mention.Form.NAME, 4);
        Mention trumps = person("Trump", Mention.Form.NAME, 5);
        assertEquals(List.of(), none.score(List.of(endorsement(trump, trumps, 0.9)), List.of()));
        assertEquals(1, none.score(List.of(endorsement(he, BROWN, 0.9)), List.of()).size());
    }

    @Test
    void theRulesAndTheClassifiersSayingOneThingMakeOneFact() {
        FactScorer none = new FactScorer(null);
        List<Fact> facts = none.score(List.of(endorsement(ADAMS, BROWN, 0.7), endorsement(ADAMS, BROWN, 0.9)),
                List.of(endorsement(ADAMS, BROWN, 0.8)));
        assertEquals(1, facts.size());
        assertEquals(0.9, facts.get(0).confidence(), 1e-9, "the surer rule's statement");
    }
}
