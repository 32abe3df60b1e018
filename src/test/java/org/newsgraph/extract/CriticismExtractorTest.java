package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;

class CriticismExtractorTest {
    private final CriticismExtractor extractor = new CriticismExtractor();

    @Test
    void verbsOfAttackAndTheirPassive() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN slammed/VERB Brown/PROPN on/ADP Friday/PROPN ./PUNCT",
                        "Lee/PROPN fired/VERB back/ADV at/ADP Smith/PROPN ./PUNCT",
                        "Brown/PROPN was/AUX attacked/VERB by/ADP Lee/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1)
                .person(1, 0, 1, 2).person(1, 4, 5, 0)
                .person(2, 0, 1, 1).person(2, 4, 5, 2).build();
        assertEquals(List.of("Smith criticizes Brown", "Lee criticizes Smith", "Lee criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void negatedAttackIsNoFact() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN did/AUX not/PART attack/VERB Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void insultInsideTheSpeakersQuote() {
        AnnotatedArticle a = ArticleFixture.of(
                        "\"/PUNCT Brown/PROPN 's/AUX a/DET coward/NOUN ,/PUNCT \"/PUNCT Smith/PROPN said/VERB ./PUNCT")
                .person(0, 1, 2, 1).person(0, 7, 8, 0).quote(0, 1, 6, 0).build();
        assertEquals(List.of("Smith criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aParticipleBetweenMakesTheNameSomeoneElsesObject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN slammed/VERB the/DET lawmaker/NOUN challenging/VERB Sen./PROPN Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aParticipleAfterACommaTakesTheClauseSubject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN praised/VERB Sen./PROPN Lee/PROPN ,/PUNCT dubbing/VERB Rep./PROPN Ann/PROPN Cole/PROPN a/DET fraud/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).person(0, 7, 9, 2).build();
        assertEquals(List.of("Smith criticizes Ann Cole"), ArticleFixture.run(extractor, a));
    }
}
