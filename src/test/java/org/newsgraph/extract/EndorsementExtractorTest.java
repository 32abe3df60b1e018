package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;

class EndorsementExtractorTest {
    private final EndorsementExtractor extractor = new EndorsementExtractor();

    @Test
    void verbOfEndorsing() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN endorsed/VERB Jones/PROPN for/ADP mayor/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void negatedHypotheticalAndAskedEndorsementsAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN did/AUX not/PART endorse/VERB Jones/PROPN ./PUNCT",
                        "Smith/PROPN could/AUX endorse/VERB Jones/PROPN ./PUNCT",
                        "Will/AUX Smith/PROPN endorse/VERB Jones/PROPN ?/PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 0).person(1, 3, 4, 1)
                .person(2, 1, 2, 0).person(2, 3, 4, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportOfSomeonesOpponentEndorsesTheOpponent() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN tweeted/VERB in/ADP support/NOUN of/ADP Jones/PROPN 's/PART opponent/NOUN ,/PUNCT Mary/PROPN Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1, "possessive", "true").person(0, 9, 11, 2).build();
        assertEquals(List.of("Smith endorses Mary Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void passiveAndReceivedEndorsementsPointFromTheGiver() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN was/AUX backed/VERB by/ADP Smith/PROPN ./PUNCT",
                        "Lee/PROPN won/VERB the/DET endorsement/NOUN of/ADP Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 2).person(0, 4, 5, 0)
                .person(1, 0, 1, 3).person(1, 5, 6, 0).build();
        assertEquals(List.of("Smith endorses Brown", "Smith endorses Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void firstPersonInAQuoteIsTheSpeaker() {
        AnnotatedArticle a = ArticleFixture.of("\"/PUNCT I/PRON endorsed/VERB Brown/PROPN ,/PUNCT \"/PUNCT Smith/PROPN said/VERB ./PUNCT")
                .pronoun(0, 1, 0, "person", "first").person(0, 3, 4, 1).person(0, 6, 7, 0).quote(0, 1, 5, 0).build();
        List<Fact> facts = extractor.extract(a, a.sentences().get(0));
        assertEquals(1, facts.size());
        assertEquals(0, facts.get(0).subject().chain());
        assertEquals(1, facts.get(0).object().chain());
    }
}
