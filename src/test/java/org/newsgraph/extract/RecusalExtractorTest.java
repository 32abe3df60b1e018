package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class RecusalExtractorTest {
    private final RecusalExtractor extractor = new RecusalExtractor();

    @Test
    void recusedHimselfFromTheProbe() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN recused/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "reflexive", "true")
                .mention(EntityType.INVESTIGATION, 0, 5, 7, "Russia").build();
        assertEquals(List.of("Smith recusedFrom Russia probe"), ArticleFixture.run(extractor, a));
    }

    @Test
    void possessiveRecusalBelongsToThePossessorNotTheCritic() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Jones/PROPN criticized/VERB Smith/PROPN 's/PART recusal/NOUN from/ADP the/DET Russia/PROPN investigation/NOUN ./PUNCT")
                .person(0, 0, 1, 1).person(0, 2, 3, 0, "possessive", "true")
                .mention(EntityType.INVESTIGATION, 0, 7, 9, "Russia").build();
        assertEquals(List.of("Smith recusedFrom Russia investigation"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aJudgeRecusesFromACaseNotFromTheArticlesInvestigation() {
        AnnotatedArticle a = ArticleFixture.of(
                        "The/DET Russia/PROPN probe/NOUN goes/VERB on/ADP ./PUNCT",
                        "Justice/PROPN Ann/PROPN Lee/PROPN recused/VERB herself/PRON for/ADP the/DET same/ADJ reasons/NOUN ./PUNCT",
                        "Tom/PROPN Cole/PROPN recused/VERB himself/PRON ./PUNCT")
                .mention(EntityType.INVESTIGATION, 0, 1, 3, "Russia")
                .person(1, 1, 3, 0, "title", "justice").person(2, 0, 2, 1).build();
        assertEquals(List.of("Tom Cole recusedFrom Russia probe"), ArticleFixture.run(extractor, a));
    }

    @Test
    void refusedRecommendedAndConditionalRecusalsAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN refused/VERB to/PART recuse/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT",
                        "Officials/NOUN recommended/VERB Smith/PROPN recuse/VERB himself/PRON ./PUNCT",
                        "If/SCONJ needed/VERB ,/PUNCT Smith/PROPN would/AUX recuse/VERB himself/PRON ./PUNCT",
                        "Could/AUX Smith/PROPN recuse/VERB ?/PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.INVESTIGATION, 0, 7, 9, "Russia")
                .person(1, 2, 3, 0).person(2, 3, 4, 0).person(3, 1, 2, 0).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aGuessedPronounGivesNoRecusal() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Jones/PROPN criticized/VERB Smith/PROPN over/ADP his/PRON recusal/NOUN from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT")
                .person(0, 0, 1, 1).person(0, 2, 3, 0).pronoun(0, 4, 0, "possessive", "true", "ambiguous", "true")
                .mention(EntityType.INVESTIGATION, 0, 8, 10, "Russia").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aJudgeSteppingAsideFromANamedCaseRecuses() {
        AnnotatedArticle a = ArticleFixture.of(
                "Judge/PROPN Ana/PROPN Ruiz/PROPN stepped/VERB aside/ADV from/ADP the/DET Kent/PROPN case/NOUN on/ADP Friday/PROPN ./PUNCT")
                .person(0, 1, 3, 0).mention(EntityType.INVESTIGATION, 0, 7, 9, "Kent").build();
        assertEquals(List.of("Ana Ruiz recusedFrom Kent case"), ArticleFixture.run(extractor, a));
    }

    @Test
    void callsMotionsAndResignationsAreNoRecusal() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Critics/NOUN renewed/VERB calls/NOUN for/ADP Ruiz/PROPN to/PART recuse/VERB from/ADP the/DET Kent/PROPN case/NOUN ./PUNCT",
                        "Lawyers/NOUN called/VERB on/ADP Ruiz/PROPN to/PART recuse/VERB herself/PRON ./PUNCT",
                        "Kent/PROPN filed/VERB a/DET motion/NOUN asking/VERB Ruiz/PROPN to/PART recuse/VERB ./PUNCT",
                        "Ruiz/PROPN stepped/VERB down/ADV from/ADP the/DET bench/NOUN after/ADP years/NOUN of/ADP work/NOUN on/ADP the/DET Kent/PROPN case/NOUN ./PUNCT")
                .person(0, 4, 5, 0).mention(EntityType.INVESTIGATION, 0, 9, 11, "Kent")
                .person(1, 3, 4, 0).pronoun(1, 6, 0, "reflexive", "true")
                .person(2, 5, 6, 0)
                .person(3, 0, 1, 0).mention(EntityType.INVESTIGATION, 3, 13, 15, "Kent").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aBareRecuseIsDoneOnlyAfterADecision() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN 's/PART decision/NOUN to/PART recuse/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN angered/VERB Jones/PROPN ./PUNCT",
                        "Ruiz/PROPN is/AUX facing/VERB calls/NOUN to/PART recuse/VERB herself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT",
                        "He/PRON said/VERB Lee/PROPN was/AUX going/VERB to/PART recuse/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT",
                        "Kent/PROPN had/AUX decided/VERB in/ADP March/PROPN to/PART recuse/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT")
                .person(0, 0, 1, 0, "possessive", "true").mention(EntityType.INVESTIGATION, 0, 8, 10, "Russia").person(0, 11, 12, 1)
                .person(1, 0, 1, 2).mention(EntityType.INVESTIGATION, 1, 9, 11, "Russia")
                .person(2, 2, 3, 3).mention(EntityType.INVESTIGATION, 2, 10, 12, "Russia")
                .person(3, 0, 1, 4).mention(EntityType.INVESTIGATION, 3, 10, 12, "Russia").build();
        assertEquals(List.of("Smith recusedFrom Russia probe", "Kent recusedFrom Russia probe"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aRecusalAskedForIsNoFact() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Democrats/PROPN are/AUX seeking/VERB his/PRON recusal/NOUN from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT",
                        "Jones/PROPN called/VERB for/ADP Smith/PROPN 's/PART recusal/NOUN ./PUNCT")
                .pronoun(0, 3, 0, "possessive", "true").mention(EntityType.INVESTIGATION, 0, 7, 9, "Russia")
                .person(1, 0, 1, 1).person(1, 3, 4, 0, "possessive", "true").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void theSubjectIsTheVerbsNotANameInsideAClauseBefore() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN ,/PUNCT who/PRON was/AUX the/DET first/ADJ to/PART back/VERB Jones/PROPN ,/PUNCT recused/VERB himself/PRON from/ADP the/DET Russia/PROPN probe/NOUN ./PUNCT",
                        "Judge/PROPN Ruiz/PROPN ,/PUNCT Jones/PROPN 's/PART former/ADJ counsel/NOUN ,/PUNCT has/AUX recused/VERB herself/PRON ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1).pronoun(0, 11, 0, "reflexive", "true")
                .mention(EntityType.INVESTIGATION, 0, 14, 16, "Russia")
                .person(1, 1, 2, 2, "title", "judge").person(1, 3, 4, 1, "possessive", "true").pronoun(1, 10, 2, "reflexive", "true").build();
        assertEquals(List.of("Smith recusedFrom Russia probe"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aRecusalFromAnotherMatterIsNotPutInTheArticlesInvestigation() {
        AnnotatedArticle a = ArticleFixture.of(
                        "The/DET Russia/PROPN probe/NOUN goes/VERB on/ADP ./PUNCT",
                        "Smith/PROPN recused/VERB himself/PRON from/ADP a/DET leak/NOUN investigation/NOUN last/ADJ year/NOUN ./PUNCT")
                .mention(EntityType.INVESTIGATION, 0, 1, 3, "Russia")
                .person(1, 0, 1, 0).mention(EntityType.INVESTIGATION, 1, 5, 7, "").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }
}
