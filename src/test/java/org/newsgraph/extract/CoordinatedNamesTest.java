package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class CoordinatedNamesTest {
    private final Extractor extractor = new CoordinatedNames(new CriticismExtractor());

    @Test
    void whatIsSaidOfOneNameInAListIsSaidOfEach() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Sens./PROPN Ted/PROPN Cruz/PROPN and/CCONJ Marco/PROPN Rubio/PROPN criticized/VERB Trump/PROPN ./PUNCT",
                        "Trump/PROPN attacked/VERB Ann/PROPN Lee/PROPN ,/PUNCT Gov./PROPN Bo/PROPN Hart/PROPN and/CCONJ Tom/PROPN Cole/PROPN ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator").person(0, 1, 3, 0).person(0, 4, 6, 1).person(0, 7, 8, 2)
                .person(1, 0, 1, 2).person(1, 2, 4, 3).mention(EntityType.OFFICE, 1, 5, 6, "governor").person(1, 6, 8, 4)
                .person(1, 9, 11, 5).build();
        assertEquals(List.of("Marco Rubio criticizes Trump", "Ted Cruz criticizes Trump",
                "Trump criticizes Ann Lee", "Trump criticizes Bo Hart", "Trump criticizes Tom Cole"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAppositionOrTwoClausesMakeNoList() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Trump/PROPN attacked/VERB the/DET rival/NOUN ,/PUNCT Ann/PROPN Lee/PROPN ,/PUNCT Bo/PROPN Hart/PROPN said/VERB ./PUNCT",
                        "Trump/PROPN attacked/VERB Ann/PROPN Lee/PROPN and/CCONJ Bo/PROPN Hart/PROPN won/VERB Ohio/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 7, 1).person(0, 8, 10, 2)
                .person(1, 0, 1, 0).person(1, 2, 4, 1).person(1, 5, 7, 2).build();
        assertEquals(List.of("Trump criticizes Ann Lee", "Trump criticizes Ann Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyBeforeTheListIsEveryNamesWhenAPluralSaysSo() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Republican/ADJ Sens./PROPN Ann/PROPN Lee/PROPN and/CCONJ Bo/PROPN Hart/PROPN spoke/VERB ./PUNCT",
                        "President/PROPN Cole/PROPN and/CCONJ Republican/ADJ Gov./PROPN Bo/PROPN Hart/PROPN spoke/VERB ./PUNCT",
                        "Republican/ADJ candidate/NOUN Ann/PROPN Lee/PROPN and/CCONJ Tom/PROPN Cole/PROPN spoke/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 0, 1, "gop").mention(EntityType.OFFICE, 0, 1, 2, "us-senator")
                .person(0, 2, 4, 0).person(0, 5, 7, 1)
                .mention(EntityType.OFFICE, 1, 0, 1, "president").person(1, 1, 2, 2).mention(EntityType.PARTY, 1, 3, 4, "gop")
                .mention(EntityType.OFFICE, 1, 4, 5, "governor").person(1, 5, 7, 1)
                .mention(EntityType.PARTY, 2, 0, 1, "gop").person(2, 2, 4, 0).person(2, 5, 7, 2).build();
        List<String> members = ArticleFixture.run(new CoordinatedNames(new PartyExtractor()), a).stream()
                .filter(f -> f.contains("memberOf")).toList();
        assertEquals(List.of("Ann Lee memberOf Republican", "Bo Hart memberOf Republican", "Bo Hart memberOf Republican",
                "Ann Lee memberOf Republican"), members);
    }

    @Test
    void aRelativeClauseOnTheLastNameIsThatNamesAlone() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Trump/PROPN and/CCONJ McCain/PROPN ,/PUNCT who/PRON was/AUX the/DET Republican/ADJ nominee/NOUN ,/PUNCT sparred/VERB ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).mention(EntityType.RACE, 0, 7, 9, "candidate", "party", "republican-party").build();
        assertEquals(List.of("McCain candidateIn Republican nominee"),
                ArticleFixture.run(new CoordinatedNames(new CandidacyExtractor()), a));
    }
}
