package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class PartyExtractorTest {
    private final PartyExtractor extractor = new PartyExtractor();

    @Test
    void partyStateCodeAfterTheName() {
        AnnotatedArticle a = ArticleFixture.of("Sen./PROPN Ann/PROPN Lee/PROPN (/PUNCT D-Ohio/PROPN )/PUNCT spoke/VERB ./PUNCT")
                .person(0, 1, 3, 0).mention(EntityType.PARTY, 0, 4, 5, "democratic-party", "form", "code").build();
        assertEquals(List.of("Ann Lee memberOf D-Ohio"), ArticleFixture.run(extractor, a));
    }

    @Test
    void partyWordBeforeTheNameOrInApposition() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Republican/ADJ candidate/NOUN Ann/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                        "Tom/PROPN Cole/PROPN ,/PUNCT a/DET Democrat/PROPN ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 0, 1, "republican-party", "form", "word").person(0, 2, 4, 0)
                .person(1, 0, 2, 1).mention(EntityType.PARTY, 1, 4, 5, "democratic-party", "form", "word").build();
        assertEquals(List.of("Ann Lee memberOf Republican", "Tom Cole memberOf Democrat"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyWantingSomeonesSeatIsNoMembership() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN ,/PUNCT whose/PRON seat/NOUN the/DET GOP/PROPN wants/VERB ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.PARTY, 0, 6, 7, "republican-party", "form", "word").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }
}
