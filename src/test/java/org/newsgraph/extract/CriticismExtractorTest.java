package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class CriticismExtractorTest {
    private final CriticismExtractor extractor = new CriticismExtractor();

    @Test
    void oneAfraidToCriticizeCriticizesNoOne() {
        AnnotatedArticle a = ArticleFixture.of("Lee/PROPN has/AUX been/AUX afraid/ADJ to/PART criticize/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAccuserABodilyAttackAndGunfireAreNoCriticism() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN and/CCONJ his/PRON accuser/NOUN ,/PUNCT Ann/PROPN Cole/PROPN ,/PUNCT met/VERB ./PUNCT",
                        "Lee/PROPN questioned/VERB the/DET terror/NOUN attack/NOUN that/PRON killed/VERB Cole/PROPN ./PUNCT",
                        "He/PRON opens/VERB fire/NOUN on/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN came/VERB under/ADP accusatory/ADJ questioning/NOUN from/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN attacked/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").person(0, 5, 7, 1)
                .person(1, 0, 1, 0).person(1, 7, 8, 1)
                .pronoun(2, 0, 0).person(2, 4, 5, 1)
                .person(3, 0, 1, 0).person(3, 6, 7, 1)
                .person(4, 0, 1, 0).person(4, 2, 3, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "only the attack in words");
    }

    @Test
    void aThingAttackedBeforeANameIsNoAttackOnThePersonUnlessItIsTheirs() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN slammed/VERB the/DET decision/NOUN under/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN attacked/VERB the/DET motives/NOUN of/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN made/VERB insulting/VERB comments/NOUN about/ADP Hart/PROPN ./PUNCT",
                        "Lee/PROPN mocked/VERB his/PRON targets/NOUN ,/PUNCT like/ADP Bo/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 1)
                .person(2, 0, 1, 0).person(2, 5, 6, 2)
                .person(3, 0, 1, 0).pronoun(3, 2, 0, "possessive", "true").person(3, 6, 7, 3).build();
        assertEquals(List.of("Lee criticizes Cole", "Lee criticizes Hart", "Lee criticizes Bo"), ArticleFixture.run(extractor, a));
    }

    @Test
    void attacksOneFacesAreANounAndTheirSourceMustBeThePersonNamed() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN faced/VERB attacks/VERB from/ADP allies/NOUN of/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN faced/VERB attacks/VERB from/ADP Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).person(1, 4, 5, 1).build();
        assertEquals(List.of("Cole criticizes Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void votersWhoDoNotTrustSomeoneWarnNoOne() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN said/VERB voters/NOUN do/AUX n't/PART trust/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN told/VERB voters/NOUN not/PART to/PART trust/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).person(1, 6, 7, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "only the warning");
    }

    @Test
    void aRelativeClauseOnADescriptionLeavesTheVerbToTheNameAndAnIdeaIsNoPerson() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Sen./PROPN Tom/PROPN Lee/PROPN ,/PUNCT the/DET Ohio/PROPN Republican/PROPN who/PRON lost/VERB to/ADP Ann/PROPN Cole/PROPN ,/PUNCT criticized/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN kept/VERB hammering/VERB the/DET idea/NOUN that/SCONJ Cole/PROPN will/AUX lose/VERB ./PUNCT")
                .person(0, 1, 3, 0).description(0, 4, 7, 0, "describedParty", "republican-party").person(0, 10, 12, 1).person(0, 14, 15, 1)
                .person(1, 0, 1, 0).person(1, 6, 7, 1).build();
        assertEquals(List.of("the Ohio Republican criticizes Cole"), ArticleFixture.run(extractor, a), "the description stands for Lee");
    }

    @Test
    void aVerdictOnWhatSomeoneSaidIsTheSayersCriticismOfThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN said/VERB Cole/PROPN 's/PART remarks/NOUN were/AUX offensive/ADJ ./PUNCT",
                        "Lee/PROPN said/VERB Cole/PROPN 's/PART remarks/NOUN were/AUX not/PART offensive/ADJ ./PUNCT",
                        "Lee/PROPN said/VERB Cole/PROPN 's/PART plan/NOUN was/AUX offensive/ADJ ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1, "possessive", "true")
                .person(1, 0, 1, 0).person(1, 2, 3, 1, "possessive", "true")
                .person(2, 0, 1, 0).person(2, 2, 3, 1, "possessive", "true").build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "not when negated, not of a plan");
    }

    @Test
    void criticismCitedOrAnsweredIsNotTheCitersOwn() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN cited/VERB the/DET press/NOUN criticisms/NOUN of/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN pushed/VERB back/ADV on/ADP criticism/NOUN of/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN renewed/VERB her/PRON criticism/NOUN of/ADP Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).person(1, 6, 7, 1)
                .person(2, 0, 1, 0).pronoun(2, 2, 0, "possessive", "true").person(2, 5, 6, 1).build();
        assertEquals(List.of("her criticizes Cole"), ArticleFixture.run(extractor, a), "only her own criticism");
    }

    @Test
    void theTargetOfAttacksFromSomeoneIsTheOneAttacked() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT who/PRON has/AUX been/AUX the/DET target/NOUN of/ADP a/DET series/NOUN of/ADP withering/VERB attacks/NOUN from/ADP Cole/PROPN ,/PUNCT ruled/VERB ./PUNCT",
                        "Hart/PROPN produced/VERB a/DET series/NOUN of/ADP attacks/VERB that/PRON seemed/VERB out/ADP of/ADP the/DET Bo/PROPN Fox/PROPN school/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 14, 15, 1)
                .person(1, 0, 1, 2).person(1, 12, 14, 3).build();
        assertEquals(List.of("Cole criticizes Lee"), ArticleFixture.run(extractor, a),
                "a series of attacks is a noun, whose object is no one named further on");
    }

    @Test
    void attacksFromSomeoneThatOneFendsOffOrIsUnderAreOnThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT who/PRON is/AUX fending/VERB off/ADP attacks/NOUN from/ADP Cole/PROPN ,/PUNCT spoke/VERB ./PUNCT",
                        "Hart/PROPN stumbled/VERB amid/ADP withering/ADP attacks/NOUN from/ADP Bo/PROPN ./PUNCT",
                        "She/PRON has/AUX come/VERB under/ADP attacks/NOUN from/ADP Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1)
                .person(1, 0, 1, 2).person(1, 6, 7, 3)
                .pronoun(2, 0, 2).person(2, 6, 7, 1).build();
        assertEquals(List.of("Cole criticizes Lee", "Bo criticizes Hart", "Cole criticizes She"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aRebukeEarnedFromSomeoneIsTheirsAndARequestToAttackIsNoAttack() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN earned/VERB a/DET sharp/ADJ rebuke/NOUN from/ADP Cole/PROPN ./PUNCT",
                        "Hart/PROPN ,/PUNCT please/INTJ attack/VERB Bo/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 2).person(1, 4, 5, 3).build();
        assertEquals(List.of("Cole criticizes Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAttackOnWhatSomeoneHeadsAnAccusedSpyAndAConditionalCallAreNoCriticismOfThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN focused/VERB his/PRON fire/NOUN on/ADP Cole/PROPN 's/PART administration/NOUN ./PUNCT",
                        "Hart/PROPN is/AUX defending/VERB an/DET accused/VERB spy/NOUN ,/PUNCT Bo/PROPN Fox/PROPN ./PUNCT",
                        "Lee/PROPN called/VERB for/ADP Cole/PROPN to/PART resign/VERB if/SCONJ the/DET charges/NOUN hold/VERB ./PUNCT",
                        "Lee/PROPN criticized/VERB Cole/PROPN 's/PART agenda/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").person(0, 5, 6, 1, "possessive", "true")
                .person(1, 0, 1, 2).person(1, 7, 9, 3)
                .person(2, 0, 1, 0).person(2, 3, 4, 1)
                .person(3, 0, 1, 0).person(3, 2, 3, 1, "possessive", "true").build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "only the criticism of the agenda, which is Cole's own");
    }

    @Test
    void aPassiveFindsItsCriticAfterByAndWithoutOneNamesNone() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN was/AUX criticized/VERB for/ADP his/PRON remarks/NOUN by/ADP leaders/NOUN Rep./PROPN Ann/PROPN Lee/PROPN ./PUNCT",
                        "Brown/PROPN has/AUX been/AUX attacked/VERB repeatedly/ADV by/ADP Tom/PROPN Cole/PROPN ./PUNCT",
                        "Brown/PROPN was/AUX criticized/VERB over/ADP his/PRON ties/NOUN to/ADP Bo/PROPN Hart/PROPN ./PUNCT",
                        "Smith/PROPN was/AUX criticizing/VERB Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 4, 0).person(0, 9, 11, 1, "title", "us-representative")
                .person(1, 0, 1, 0).person(1, 6, 8, 2)
                .person(2, 0, 1, 0).pronoun(2, 4, 0).person(2, 7, 9, 3)
                .person(3, 0, 1, 4).person(3, 3, 4, 0).build();
        assertEquals(List.of("Ann Lee criticizes Brown", "Tom Cole criticizes Brown", "Smith criticizes Brown"), ArticleFixture.run(extractor, a));
    }

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
    void theDayBetweenCriticAndVerbIsNoSubject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN on/ADP Tuesday/PROPN blasted/VERB Brown/PROPN ./PUNCT",
                        "Lee/PROPN earlier/ADV this/DET week/NOUN criticized/VERB Smith/PROPN ./PUNCT",
                        "The/DET board/NOUN last/ADJ month/NOUN criticized/VERB Lee/PROPN ./PUNCT",
                        // The name nearest the verb is inside an aside about the subject, not the subject.
                        "Lee/PROPN ,/PUNCT a/DET rival/NOUN who/PRON faced/VERB Brown/PROPN ,/PUNCT on/ADP Sunday/PROPN criticized/VERB Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 2).person(1, 5, 6, 0)
                .person(2, 5, 6, 2)
                .person(3, 0, 1, 2).person(3, 6, 7, 1).person(3, 11, 12, 0).build();
        assertEquals(List.of("Smith criticizes Brown", "Lee criticizes Smith", "Lee criticizes Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void whatANamingVerbPinsOnSomeoneOrOnWhatTheyDidIsBlame() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN called/VERB Brown/PROPN 's/PART remarks/NOUN \"/PUNCT terrible/ADJ \"/PUNCT ./PUNCT",
                        "Lee/PROPN described/VERB Smith/PROPN as/ADP \"/PUNCT unhinged/ADJ \"/PUNCT ./PUNCT",
                        "Lee/PROPN praised/VERB what/PRON Brown/PROPN called/VERB Smith/PROPN 's/PART \"/PUNCT lifelong/ADJ commitment/NOUN \"/PUNCT ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1, "possessive", "true")
                .person(1, 0, 1, 2).person(1, 2, 3, 0)
                .person(2, 0, 1, 2).person(2, 3, 4, 1).person(2, 5, 6, 0, "possessive", "true").build();
        assertEquals(List.of("Smith criticizes Brown", "Lee criticizes Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aNameAfterAPrepositionOrANonPersonPossessorIsNoCritic() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Republican/PROPN allies/PROPN of/ADP Smith/PROPN shouted/VERB and/CCONJ attacked/VERB Brown/PROPN ./PUNCT",
                        "Lee/PROPN said/VERB the/DET network/NOUN 's/PART relentless/ADJ bashing/NOUN of/ADP Smith/PROPN lacks/VERB proof/NOUN ./PUNCT",
                        "Hill/PROPN was/AUX shocked/ADJ by/ADP Smith/PROPN 's/PART disparaging/NOUN of/ADP Brown/PROPN ./PUNCT")
                .person(0, 3, 4, 0).person(0, 7, 8, 1)
                .person(1, 0, 1, 2).person(1, 8, 9, 0)
                .person(2, 0, 1, 3).person(2, 4, 5, 0, "possessive", "true").person(2, 8, 9, 1).build();
        assertEquals(List.of("Smith criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSwipeOrAJabAtSomeoneCriticisesThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN took/VERB a/DET swipe/NOUN at/ADP Brown/PROPN on/ADP Monday/PROPN ./PUNCT",
                        "Jones/PROPN renewed/VERB his/PRON jab/NOUN at/ADP Smith/PROPN ./PUNCT",
                        "Brown/PROPN took/VERB a/DET shot/NOUN at/ADP the/DET nomination/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1).person(1, 0, 1, 2).person(1, 5, 6, 0).person(2, 0, 1, 1).build();
        assertEquals(List.of("Smith criticizes Brown", "Jones criticizes Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void negatedAttackIsNoFact() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN did/AUX not/PART attack/VERB Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void avoidedCriticismAndAnAttackOnSomeonesSupportersAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN has/AUX avoided/VERB criticizing/VERB Smith/PROPN publicly/ADV ./PUNCT",
                        "Brown/PROPN attacked/VERB Smith/PROPN supporters/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 0).person(1, 2, 3, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aWrongdoingChargedInAQuoteOrInReportedSpeech() {
        AnnotatedArticle a = ArticleFixture.of(
                        "\"/PUNCT Jones/PROPN lied/VERB many/ADJ times/NOUN ,/PUNCT \"/PUNCT Smith/PROPN said/VERB ./PUNCT",
                        "Smith/PROPN said/VERB that/SCONJ Jones/PROPN had/AUX misled/VERB voters/NOUN ./PUNCT",
                        "\"/PUNCT Jones/PROPN never/ADV lied/VERB ,/PUNCT \"/PUNCT Smith/PROPN said/VERB ./PUNCT",
                        "Jones/PROPN 's/PART aide/NOUN lied/VERB ,/PUNCT Smith/PROPN said/VERB ./PUNCT")
                .person(0, 1, 2, 1).person(0, 7, 8, 0).quote(0, 1, 6, 0)
                .person(1, 0, 1, 0).person(1, 3, 4, 1)
                .person(2, 1, 2, 1).person(2, 7, 8, 0).quote(2, 1, 6, 0)
                .person(3, 0, 1, 1, "possessive", "true").person(3, 5, 6, 0).build();
        assertEquals(List.of("Smith criticizes Jones", "Smith criticizes Jones"), ArticleFixture.run(extractor, a),
                "not a denial, not someone else's deed");
    }

    @Test
    void aRebukeFromSomeoneAndAttacksOnAThingBySomeoneAreTheirs() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN 's/PART claim/NOUN drew/VERB a/DET swift/ADJ rebuke/NOUN from/ADP Rep./PROPN Smith/PROPN ./PUNCT",
                        "Lee/PROPN answered/VERB attacks/NOUN on/ADP the/DET law/NOUN by/ADP Smith/PROPN ./PUNCT",
                        "Lee/PROPN missed/VERB obvious/ADJ openings/NOUN to/PART attack/VERB Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 0, "possessive", "true").person(0, 9, 10, 1, "title", "us-representative")
                .person(1, 0, 1, 0).person(1, 7, 8, 1)
                .person(2, 0, 1, 0).person(2, 6, 7, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a), "no criticism turned round, none missed");
    }

    @Test
    void aGerundAfterByIsTheClausesSubjects() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN responded/VERB to/ADP Jones/PROPN on/ADP Twitter/PROPN by/ADP calling/VERB him/PRON weak/ADJ ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).pronoun(0, 8, 1).build();
        assertEquals(List.of("Smith criticizes him"), ArticleFixture.run(extractor, a), "not Jones, the nearer name");
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

    @Test
    void callingSomeoneAnInsultCriticisesThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN called/VERB Brown/PROPN a/DET liar/NOUN ./PUNCT",
                        "Lee/PROPN branded/VERB Brown/PROPN a/DET total/ADJ fraud/NOUN on/ADP Monday/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1)
                .person(1, 0, 1, 2).person(1, 2, 3, 1).build();
        assertEquals(List.of("Smith criticizes Brown", "Lee criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aDeniedOrAskedNameCallingOrAnInsultOfAThingIsNoFact() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN never/ADV called/VERB Brown/PROPN a/DET liar/NOUN ./PUNCT",
                        "Did/AUX Smith/PROPN call/VERB Brown/PROPN a/DET fraud/NOUN ?/PUNCT",
                        "Smith/PROPN denied/VERB calling/VERB Brown/PROPN a/DET liar/NOUN ./PUNCT",
                        "Smith/PROPN called/VERB the/DET plan/NOUN Brown/PROPN backs/VERB a/DET disaster/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 1, 2, 0).person(1, 3, 4, 1)
                .person(2, 0, 1, 0).person(2, 3, 4, 1)
                .person(3, 0, 1, 0).person(3, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void youInAQuoteToSomeoneIsThatPerson() {
        AnnotatedArticle a = ArticleFixture.of(
                        "\"/PUNCT You/PRON lied/VERB to/ADP voters/NOUN ,/PUNCT \"/PUNCT Smith/PROPN told/VERB Brown/PROPN ./PUNCT",
                        "\"/PUNCT You/PRON are/AUX a/DET disgrace/NOUN ,/PUNCT \"/PUNCT Lee/PROPN told/VERB Jones/PROPN ./PUNCT")
                .quote(0, 1, 6, 0).person(0, 7, 8, 0).person(0, 9, 10, 1)
                .quote(1, 1, 6, 2).person(1, 7, 8, 2).person(1, 9, 10, 3).build();
        assertEquals(List.of("Smith criticizes Brown", "Lee criticizes Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void youWithNoOneAddressedOrInADeniedOrAskedAccusationIsNoFact() {
        AnnotatedArticle a = ArticleFixture.of(
                        "\"/PUNCT You/PRON lied/VERB ,/PUNCT \"/PUNCT Smith/PROPN said/VERB ./PUNCT",
                        "\"/PUNCT I/PRON do/AUX n't/PART think/VERB you/PRON lied/VERB ,/PUNCT \"/PUNCT Smith/PROPN told/VERB Brown/PROPN ./PUNCT",
                        "\"/PUNCT Are/AUX you/PRON a/DET liar/NOUN ?/PUNCT \"/PUNCT Smith/PROPN told/VERB Brown/PROPN ./PUNCT")
                .quote(0, 1, 4, 0).person(0, 5, 6, 0)
                .quote(1, 1, 7, 0).pronoun(1, 1, 0, "person", "first").person(1, 8, 9, 0).person(1, 10, 11, 1)
                .quote(2, 1, 6, 0).person(2, 7, 8, 0).person(2, 9, 10, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void anInsultInAQuoteSaidOfSomeoneCriticisesThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN said/VERB of/ADP Brown/PROPN :/PUNCT \"/PUNCT What/PRON a/DET fraud/NOUN ./PUNCT \"/PUNCT",
                        "Lee/PROPN said/VERB of/ADP Jones/PROPN :/PUNCT \"/PUNCT Nobody/PRON thinks/VERB he/PRON is/AUX a/DET fraud/NOUN ./PUNCT \"/PUNCT")
                .quote(0, 6, 10, 0).person(0, 0, 1, 0).person(0, 3, 4, 1)
                .quote(1, 6, 13, 2).person(1, 0, 1, 2).person(1, 3, 4, 3).pronoun(1, 8, 3, "person", "male").build();
        assertEquals(List.of("Smith criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aQuotedInsultAfterANameOutsideTheQuoteStillCriticisesThatName() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN said/VERB Brown/PROPN is/AUX \"/PUNCT unfit/ADJ \"/PUNCT ./PUNCT")
                .quote(0, 5, 6, 0).person(0, 0, 1, 0).person(0, 2, 3, 1).build();
        assertEquals(List.of("Smith criticizes Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPossessivePronounIsNoTargetButTheNameItsNounStandsFor() {
        AnnotatedArticle boss = ArticleFixture.of("Cohen/PROPN ripped/VERB into/ADP his/PRON former/ADJ boss/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 3, 0, "possessive", "true").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, boss));
        AnnotatedArticle predecessor = ArticleFixture.of(
                "Trump/PROPN accused/VERB his/PRON predecessor/NOUN ,/PUNCT Barack/PROPN Obama/PROPN ,/PUNCT of/ADP spying/VERB ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").person(0, 5, 7, 1).build();
        assertEquals(List.of("Trump criticizes Barack Obama"), ArticleFixture.run(extractor, predecessor));
    }

    @Test
    void heOrSheCanOnlyBeTheSubjectOfAClauseFurtherOn() {
        AnnotatedArticle a = ArticleFixture.of(
                "Warren/PROPN denounced/VERB the/DET corruption/NOUN she/PRON argues/VERB has/AUX crippled/VERB politics/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 4, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void attackAdsAndClashesNameNoCritic() {
        AnnotatedArticle a = ArticleFixture.of(
                        "A/DET group/NOUN allied/VERB with/ADP Smith/PROPN launched/VERB attack/NOUN ads/NOUN against/ADP Jones/PROPN ./PUNCT",
                        "Smith/PROPN has/AUX clashed/VERB with/ADP Jones/PROPN over/ADP trade/NOUN ./PUNCT")
                .person(0, 4, 5, 0).person(0, 9, 10, 1)
                .person(1, 0, 1, 0).person(1, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void theCriticIsTheNameBeforeAnAsideNotOneInsideIt() {
        AnnotatedArticle a = ArticleFixture.of(
                "Ruiz/PROPN ,/PUNCT Smith/PROPN 's/PART former/ADJ lawyer/NOUN ,/PUNCT has/AUX criticized/VERB Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1, "possessive", "true").person(0, 9, 10, 2).build();
        assertEquals(List.of("Ruiz criticizes Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aThingNamedAfterSomeoneOrARefrainedAttackCriticizesNoOne() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN attacked/VERB an/DET Cole/PROPN -/PUNCT era/NOUN deal/NOUN ./PUNCT",
                        "Lee/PROPN has/AUX refrained/VERB from/ADP criticizing/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN attacked/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).person(1, 0, 1, 0).person(1, 5, 6, 1).person(2, 0, 1, 0).person(2, 2, 3, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a));
    }

    @Test
    void whoBlamesSomeoneForSomethingCriticizesThemButBlameLaidElsewhereDoesNot() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN blamed/VERB Cole/PROPN for/ADP the/DET failure/NOUN ./PUNCT",
                        "Lee/PROPN blamed/VERB Cole/PROPN 's/PART downfall/NOUN on/ADP the/DET media/NOUN ./PUNCT",
                        "The/DET report/NOUN absolved/VERB Cole/PROPN of/ADP blame/NOUN ./PUNCT",
                        "Dunn/PROPN ,/PUNCT whom/PRON he/PRON blames/VERB for/ADP impeding/VERB Cole/PROPN 's/PART agenda/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Hart/PROPN (/PUNCT as/SCONJ Lee/PROPN put/VERB it/PRON )/PUNCT faulted/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1)
                .person(1, 0, 1, 0).person(1, 2, 3, 1, "possessive", "true")
                .person(2, 3, 4, 1)
                .person(3, 0, 1, 2).pronoun(3, 3, 0).person(3, 7, 8, 1, "possessive", "true")
                .person(4, 0, 1, 3).person(4, 3, 4, 0).person(4, 8, 9, 1).build();
        assertEquals(List.of("Lee criticizes Cole", "Hart criticizes Cole"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aGroupAccusedABlowAShotCountedAndAPushBackAreNoCriticismOfTheNameAfter() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN accused/VERB Republicans/PROPN of/ADP targeting/VERB Cole/PROPN ./PUNCT",
                        "Cole/PROPN was/AUX shot/VERB at/ADP least/ADJ six/NUM times/NOUN by/ADP Hart/PROPN ./PUNCT",
                        "Hart/PROPN knocked/VERB out/ADP Cole/PROPN in/ADP the/DET ring/NOUN ./PUNCT",
                        "Lee/PROPN pushed/VERB back/ADV against/ADP Cole/PROPN being/AUX interviewed/VERB ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.PARTY, 0, 2, 3, "gop").person(0, 5, 6, 1)
                .person(1, 0, 1, 1).person(1, 8, 9, 2)
                .person(2, 0, 1, 2).person(2, 3, 4, 1)
                .person(3, 0, 1, 0).person(3, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAdAttackingSomeoneIsTheAdsAttackAndAHyphenedStemNoVerb() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN objected/VERB to/ADP an/DET ad/NOUN attacking/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN spent/VERB days/NOUN ,/PUNCT attacking/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN was/AUX as/ADV un/ADJ -/PUNCT goad/NOUN -/PUNCT able/ADJ as/ADP Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 1)
                .person(2, 0, 1, 0).person(2, 9, 10, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "only the clause's own attack");
    }

    @Test
    void anAttackOnAProbeANameHeadsIsNoneOnThePersonAndAnAsidesRelativeLeavesTheVerbToItsHead() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN blasted/VERB the/DET Cole/PROPN probe/NOUN ./PUNCT",
                        "Lee/PROPN ,/PUNCT an/DET aide/NOUN to/ADP Hart/PROPN who/PRON is/AUX close/ADJ to/ADP him/PRON ,/PUNCT attacked/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 2).pronoun(1, 10, 2).person(1, 13, 14, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anInsultReportedOfANameOrAPortrayalAsOneCriticizesThePerson() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN said/VERB that/SCONJ Cole/PROPN is/AUX a/DET terrible/ADJ governor/NOUN ./PUNCT",
                        "Hart/PROPN said/VERB Cole/PROPN is/AUX unfit/ADJ ./PUNCT",
                        "Dunn/PROPN ran/VERB ads/NOUN portraying/VERB Cole/PROPN as/ADP weak/ADJ ./PUNCT",
                        "Ross/PROPN said/VERB Cole/PROPN is/AUX not/PART unfit/ADJ ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 2).person(1, 2, 3, 1)
                .person(2, 0, 1, 3).person(2, 4, 5, 1)
                .person(3, 0, 1, 4).person(3, 2, 3, 1).build();
        assertEquals(List.of("Lee criticizes Cole", "Hart criticizes Cole", "Dunn criticizes Cole"), ArticleFixture.run(extractor, a),
                "not an insult denied");
    }

    @Test
    void whoCallsOnSomeoneToResignOrStepAsideCriticizesThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN called/VERB on/ADP Cole/PROPN to/PART resign/VERB ./PUNCT",
                        "Hart/PROPN said/VERB it/PRON 's/AUX time/NOUN for/ADP Sen./PROPN Cole/PROPN to/PART step/VERB aside/ADV ./PUNCT",
                        "Dunn/PROPN described/VERB Republican/ADJ calls/NOUN for/ADP Cole/PROPN to/PART resign/VERB as/ADP overkill/NOUN ./PUNCT",
                        "Ross/PROPN urged/VERB Cole/PROPN to/PART run/VERB ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 2).mention(EntityType.OFFICE, 1, 6, 7, "us-senator").person(1, 7, 8, 1)
                .person(2, 0, 1, 3).mention(EntityType.PARTY, 2, 2, 3, "gop").person(2, 5, 6, 1)
                .person(3, 0, 1, 4).person(3, 2, 3, 1).build();
        assertEquals(List.of("Lee criticizes Cole", "Hart criticizes Cole"), ArticleFixture.run(extractor, a),
                "not others' calls, nor a call to run");
    }

    @Test
    void whoCallsForSomeonesRemovalOrCallsThemOutCriticizesThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN called/VERB for/ADP Cole/PROPN 's/PART resignation/NOUN ./PUNCT",
                        "Hart/PROPN became/VERB the/DET first/ADJ to/PART call/VERB for/ADP Cole/PROPN to/PART be/AUX impeached/VERB ./PUNCT",
                        "Dunn/PROPN ignored/VERB the/DET calls/NOUN for/ADP Cole/PROPN 's/PART resignation/NOUN ./PUNCT",
                        "Ross/PROPN called/VERB for/ADP Cole/PROPN 's/PART help/NOUN ./PUNCT",
                        "Bo/PROPN called/VERB out/ADP Cole/PROPN for/ADP his/PRON votes/NOUN ./PUNCT",
                        "Ann/PROPN called/VERB out/ADP to/ADP Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1, "possessive", "true")
                .person(1, 0, 1, 2).person(1, 7, 8, 1)
                .person(2, 0, 1, 3).person(2, 4, 5, 1, "possessive", "true")
                .person(3, 0, 1, 4).person(3, 3, 4, 1, "possessive", "true")
                .person(4, 0, 1, 5).person(4, 3, 4, 1)
                .person(5, 0, 1, 6).person(5, 4, 5, 1).build();
        assertEquals(List.of("Lee criticizes Cole", "Hart criticizes Cole", "Bo criticizes Cole"), ArticleFixture.run(extractor, a),
                "not others' calls, a call for help, nor a call to someone");
    }

    @Test
    void aVerdictANamingVerbPinsOnWhatSomeoneSaidIsCriticism() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN called/VERB Cole/PROPN 's/PART remarks/NOUN \"/PUNCT inappropriate/ADJ \"/PUNCT ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1, "possessive", "true").build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aCampaignNamedForItsCandidateCriticizesInItsOwnName() {
        AnnotatedArticle a = ArticleFixture.of(
                        "The/DET Lee/PROPN campaign/NOUN ,/PUNCT though/ADV ,/PUNCT accused/VERB Cole/PROPN of/ADP lying/VERB ./PUNCT",
                        "Lee/PROPN accused/VERB Cole/PROPN of/ADP lying/VERB ./PUNCT")
                .person(0, 1, 2, 0).person(0, 7, 8, 1)
                .person(1, 0, 1, 0).person(1, 2, 3, 1).build();
        assertEquals(List.of("Lee criticizes Cole"), ArticleFixture.run(extractor, a), "the campaign's words are not the candidate's");
    }
}
