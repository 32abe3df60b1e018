package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class EndorsementExtractorTest {
    private final EndorsementExtractor extractor = new EndorsementExtractor();

    @Test
    void backingWithNoElectionInSightIsNoEndorsementUnlessDeclared() {
        AnnotatedArticle a = ArticleFixture.of(
                        "In/ADP Syria/PROPN ,/PUNCT Lee/PROPN has/AUX backed/VERB Cole/PROPN with/ADP troops/NOUN ./PUNCT",
                        "Lee/PROPN announced/VERB her/PRON support/NOUN for/ADP Cole/PROPN this/DET week/NOUN ./PUNCT",
                        "Lee/PROPN endorsed/VERB Cole/PROPN ./PUNCT",
                        "Lee/PROPN backed/VERB Cole/PROPN in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 3, 4, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).pronoun(1, 2, 0, "possessive", "true").person(1, 5, 6, 1)
                .person(2, 0, 1, 0).person(2, 2, 3, 1)
                .person(3, 0, 1, 0).person(3, 2, 3, 1).build();
        assertEquals(List.of("her endorses Cole", "Lee endorses Cole", "Lee endorses Cole"), ArticleFixture.run(extractor, a),
                "the first sentence's backing is a war's side, with no election in it or the one before");
    }

    @Test
    void aNameAfterASecondVerbIsThatVerbsObject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN endorsed/VERB impeachment/ADJ and/CCONJ called/VERB for/ADP Cole/PROPN to/PART be/AUX removed/VERB ./PUNCT",
                        "Lee/PROPN endorsed/VERB and/CCONJ praised/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 0).person(1, 4, 5, 1).build();
        assertEquals(List.of("Lee endorses Cole"), ArticleFixture.run(extractor, a), "only the verbs that share their object");
    }

    @Test
    void verbOfEndorsing() {
        AnnotatedArticle a = ArticleFixture.of("Smith/PROPN endorsed/VERB Jones/PROPN for/ADP mayor/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPossessivePronounOnACandidacyNamesTheOneBacked() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN won/VERB the/DET primary/NOUN ./PUNCT",
                        "Cole/PROPN quickly/ADV endorsed/VERB her/PRON candidacy/NOUN ./PUNCT",
                        "Cole/PROPN endorsed/VERB her/PRON plan/NOUN ./PUNCT")
                .person(0, 0, 1, 0)
                .person(1, 0, 1, 1).pronoun(1, 3, 0, "possessive", "true")
                .person(2, 0, 1, 1).pronoun(2, 3, 0, "possessive", "true").build();
        assertEquals(List.of("Cole endorses her"), ArticleFixture.run(extractor, a), "her candidacy, not her plan");
    }

    @Test
    void supportDrawnIsReceivedByTheSubjectOnly() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN garnered/VERB the/DET endorsement/NOUN of/ADP Rep./PROPN Ann/PROPN Cole/PROPN in/ADP the/DET primary/NOUN ./PUNCT",
                        "An/DET amendment/NOUN from/ADP Hart/PROPN drew/VERB the/DET support/NOUN of/ADP Cole/PROPN in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 8, 1)
                .person(1, 3, 4, 2).person(1, 8, 9, 1).build();
        assertEquals(List.of("Ann Cole endorses Lee"), ArticleFixture.run(extractor, a), "the amendment drew the support");
    }

    @Test
    void theDayBetweenEndorserAndVerbIsNoSubject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN on/ADP Tuesday/PROPN endorsed/VERB Jones/PROPN ./PUNCT",
                        "Lee/PROPN last/ADJ week/NOUN endorsed/VERB Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 2).person(1, 4, 5, 0).build();
        assertEquals(List.of("Smith endorses Jones", "Lee endorses Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void namesListedAsAnObjectAreNoSubjectOfTheGerundAfterThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "The/DET agency/NOUN aimed/VERB criticism/NOUN at/ADP Lee/PROPN and/CCONJ GOP/PROPN contenders/NOUN Cole/PROPN and/CCONJ Hart/PROPN ,/PUNCT while/SCONJ endorsing/VERB Fox/PROPN in/ADP the/DET primary/NOUN ./PUNCT",
                        "Sen./PROPN Cole/PROPN ,/PUNCT while/SCONJ endorsing/VERB Fox/PROPN in/ADP the/DET primary/NOUN ,/PUNCT said/VERB little/ADJ ./PUNCT")
                .person(0, 5, 6, 0).mention(EntityType.PARTY, 0, 7, 8, "republican-party").person(0, 9, 10, 1).person(0, 11, 12, 2)
                .person(0, 15, 16, 3)
                .mention(EntityType.OFFICE, 1, 0, 1, "us-senator").person(1, 1, 2, 1).person(1, 5, 6, 3).build();
        assertEquals(List.of("Cole endorses Fox"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aBodyBackingSomeoneIsNoPersonsEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT a/DET founder/NOUN of/ADP a/DET “/PUNCT super/ADJ PAC/PROPN ”/PUNCT backing/VERB Cole/PROPN in/ADP the/DET race/NOUN ,/PUNCT wrote/VERB ./PUNCT")
                .person(0, 0, 1, 0).person(0, 11, 12, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void noneBackingSomeoneIsNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Papers/NOUN endorsed/VERB Lee/PROPN ,/PUNCT but/CCONJ none/PRON has/VERB backed/VERB Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 2, 3, 0).person(0, 8, 9, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aThingInSupportOfSomeoneNamesNoBacker() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN spoke/VERB at/ADP a/DET rally/NOUN in/ADP support/NOUN of/ADP Jones/PROPN ./PUNCT",
                        "Lee/PROPN said/VERB the/DET group/NOUN spent/VERB $/SYM 200,000/NUM in/ADP support/NOUN of/ADP Jones/PROPN ./PUNCT",
                        "Smith/PROPN spoke/VERB in/ADP support/NOUN of/ADP Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Lee/PROPN 's/PART former/ADJ clerks/NOUN wrote/VERB in/ADP support/NOUN of/ADP Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1)
                .person(1, 0, 1, 2).person(1, 10, 11, 1)
                .person(2, 0, 1, 0).person(2, 5, 6, 1)
                .person(3, 0, 1, 2, "possessive", "true").person(3, 8, 9, 1).build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a), "the clerks back Jones, not Lee");
    }

    @Test
    void aClauseOrAnAsideAfterTheVerbIsNotTheOneBacked() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN backed/VERB what/PRON Jones/PROPN said/VERB ./PUNCT",
                        "Lee/PROPN backs/VERB ,/PUNCT as/SCONJ does/AUX Jones/PROPN ,/PUNCT a/DET plan/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 2).person(1, 5, 6, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void negatedHypotheticalAndAskedEndorsementsAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN did/AUX not/PART endorse/VERB Jones/PROPN ./PUNCT",
                        "Smith/PROPN could/AUX endorse/VERB Jones/PROPN ./PUNCT",
                        "Will/AUX Smith/PROPN endorse/VERB Jones/PROPN ?/PUNCT",
                        "Smith/PROPN can/AUX easily/ADV endorse/VERB Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 0).person(1, 3, 4, 1)
                .person(2, 1, 2, 0).person(2, 3, 4, 1)
                .person(3, 0, 1, 0).person(3, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void claimsMadeBySomeoneSupportEitherWayAndAShareOfVotersAreNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN appeared/VERB to/PART back/VERB claims/VERB made/VERB by/ADP founder/NOUN Jones/PROPN ./PUNCT",
                        "Every/DET move/NOUN in/ADP support/NOUN of/ADP or/CCONJ against/ADP Jones/PROPN counts/VERB ./PUNCT",
                        "Smith/PROPN received/VERB support/NOUN from/ADP 97/NUM %/SYM of/ADP Republicans/PROPN ,/PUNCT while/SCONJ Jones/PROPN led/VERB ./PUNCT",
                        "Smith/PROPN secured/VERB endorsements/NOUN from/ADP many/ADJ insiders/NOUN ,/PUNCT including/VERB Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1)
                .person(1, 7, 8, 1)
                .person(2, 0, 1, 0).person(2, 10, 11, 1)
                .person(3, 0, 1, 0).person(3, 8, 9, 1).build();
        assertEquals(List.of("Jones endorses Smith"), ArticleFixture.run(extractor, a), "a list of givers still names them");
    }

    @Test
    void whatTheVerbTakesBeforeANameIsWhatIsEndorsed() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN endorses/VERB beheading/NOUN ,/PUNCT robotic/ADJ Jones/PROPN implodes/VERB ./PUNCT",
                        "Smith/PROPN is/AUX under/ADP pressure/NOUN to/PART support/VERB it/PRON ,/PUNCT as/SCONJ is/AUX Sen./PROPN Jones/PROPN ./PUNCT",
                        "Lee/PROPN supported/VERB Sen./PROPN Smith/PROPN ,/PUNCT and/CCONJ was/AUX an/DET early/ADJ endorser/NOUN of/ADP Jones/PROPN ./PUNCT",
                        "Smith/PROPN endorsed/VERB his/PRON old/ADJ rival/NOUN ,/PUNCT Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1)
                .person(1, 0, 1, 0).person(1, 11, 12, 1, "title", "us-senator")
                .person(2, 3, 4, 0, "title", "us-senator").person(2, 11, 12, 1)
                .person(3, 0, 1, 0).person(3, 6, 7, 1).build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a),
                "a thing, a pronoun, a noun of endorsing: only a role in apposition leads to the name");
    }

    @Test
    void theOneGivenAnEndorsementIsBacked() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Sen./PROPN Smith/PROPN gave/VERB Jones/PROPN his/PRON endorsement/NOUN on/ADP Monday/PROPN ./PUNCT",
                        "Smith/PROPN never/ADV gave/VERB Jones/PROPN his/PRON endorsement/NOUN ./PUNCT")
                .person(0, 1, 2, 0).person(0, 3, 4, 1).pronoun(0, 4, 0, "possessive", "true")
                .person(1, 0, 1, 0).person(1, 3, 4, 1).pronoun(1, 4, 0, "possessive", "true").build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void theEndorserIsTheClausesSubjectNotANameInsideARelativeClause() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT who/PRON was/AUX at/ADP the/DET dinner/NOUN where/ADV Sanders/PROPN plotted/VERB his/PRON run/NOUN ,/PUNCT endorsed/VERB Harris/PROPN ./PUNCT",
                        "Trump/PROPN did/VERB McConnell/PROPN a/DET favor/NOUN by/ADP endorsing/VERB Strange/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1).pronoun(0, 10, 1, "possessive", "true").person(0, 14, 15, 2)
                .person(1, 0, 1, 3).person(1, 2, 3, 4).person(1, 7, 8, 5).build();
        assertEquals(List.of("Lee endorses Harris", "Trump endorses Strange"), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportForAThingOrOnAnIssueOrOfVotersIsNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN said/VERB Smith/PROPN 's/PART support/NOUN for/ADP the/DET war/NOUN would/AUX hurt/VERB Jones/PROPN ./PUNCT",
                        "He/PRON believes/VERB support/NOUN for/ADP Jones/PROPN is/AUX growing/VERB ./PUNCT",
                        "Sen./PROPN Lee/PROPN supports/VERB Sen./PROPN Smith/PROPN on/ADP border/NOUN security/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1, "possessive", "true").person(0, 10, 11, 2)
                .pronoun(1, 0, 0).person(1, 4, 5, 2)
                .person(2, 1, 2, 0, "title", "us-senator").person(2, 4, 5, 1, "title", "us-senator").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void roleWordsBeforeTheNameDoNotMakeItAThing() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN touted/VERB his/PRON endorsement/NOUN of/ADP former/ADJ Auburn/PROPN University/PROPN football/NOUN coach/NOUN Tom/PROPN Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").person(0, 10, 12, 1).build();
        assertEquals(List.of("his endorses Tom Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportOfSomeonesOpponentEndorsesTheOpponent() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN tweeted/VERB in/ADP support/NOUN of/ADP Jones/PROPN 's/PART opponent/NOUN ,/PUNCT Mary/PROPN Brown/PROPN ,/PUNCT in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1, "possessive", "true").person(0, 9, 11, 2).build();
        assertEquals(List.of("Smith endorses Mary Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aQuotedEndorsementNounStillNamesGiverAndBacked() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN tweeted/VERB his/PRON \"/PUNCT full/ADJ and/CCONJ total/ADJ endorsement/NOUN \"/PUNCT for/ADP Jones/PROPN ./PUNCT",
                        "Lee/PROPN has/VERB his/PRON \"/PUNCT full/ADJ endorsement/NOUN ./PUNCT \"/PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0).person(0, 10, 11, 1)
                .person(1, 0, 1, 2).pronoun(1, 2, 0).build();
        assertEquals(List.of("his endorses Jones", "his endorses Lee"), ArticleFixture.run(extractor, a), "the pronoun stands for its chain");
    }

    @Test
    void aNameThatModifiesAThingIsNoOneEndorsed() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN endorsed/VERB the/DET Smith/PROPN -/PUNCT Lee/PROPN amendment/NOUN ./PUNCT",
                        "Brown/PROPN voiced/VERB support/NOUN for/ADP the/DET Smith/PROPN administration/NOUN 's/PART deal/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void anActiveHyphenedParticipleBacksTheNameBeforeIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "said/VERB Smith/PROPN -/PUNCT backing/VERB delegate/NOUN Mary/PROPN Brown/PROPN ./PUNCT",
                        "the/DET Smith/PROPN -/PUNCT backed/VERB candidate/NOUN Tom/PROPN Lee/PROPN won/VERB ./PUNCT")
                .person(0, 1, 2, 0).person(0, 5, 7, 1)
                .person(1, 1, 2, 0).person(1, 5, 7, 2).build();
        assertEquals(List.of("Mary Brown endorses Smith", "Smith endorses Tom Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportNeedsASupporterOfPublicStanding() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Imsland/PROPN said/VERB she/PRON supports/VERB Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Sen./PROPN Smith/PROPN supports/VERB Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0).person(0, 4, 5, 1)
                .person(1, 1, 2, 2, "title", "us-senator").person(1, 3, 4, 1).build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportAsANounIsAVotersUnlessDeclaredOrOfPublicStanding() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Despite/ADP his/PRON strong/ADJ support/NOUN for/ADP Jones/PROPN in/ADP the/DET primary/NOUN ,/PUNCT Green/PROPN said/VERB more/ADJ ./PUNCT",
                        "Sen./PROPN Smith/PROPN announced/VERB his/PRON support/NOUN for/ADP Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .pronoun(0, 1, 0, "possessive", "true").person(0, 5, 6, 1).person(0, 10, 11, 0)
                .person(1, 1, 2, 2, "title", "us-senator").pronoun(1, 3, 2, "possessive", "true").person(1, 6, 7, 1).build();
        assertEquals(List.of("his endorses Jones"), ArticleFixture.run(extractor, a), "a voter's support is no endorsement");
    }

    @Test
    void aParticipleWithItsAgentDescribesTheNameBeforeIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN ,/PUNCT endorsed/VERB by/ADP Smith/PROPN ,/PUNCT won/VERB ./PUNCT",
                        "Lee/PROPN introduced/VERB a/DET bill/NOUN ,/PUNCT endorsed/VERB by/ADP Smith/PROPN ./PUNCT",
                        "Lee/PROPN had/VERB support/NOUN with/ADP the/DET backing/NOUN of/ADP Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 1).person(0, 4, 5, 0)
                .person(1, 0, 1, 2).person(1, 7, 8, 0)
                .person(2, 0, 1, 2).person(2, 7, 8, 0).build();
        assertEquals(List.of("Smith endorses Brown"), ArticleFixture.run(extractor, a), "a bill is no one; the backing is Smith's");
    }

    @Test
    void passiveAndReceivedEndorsementsPointFromTheGiver() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN was/AUX backed/VERB by/ADP Smith/PROPN in/ADP the/DET primary/NOUN ./PUNCT",
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

    @Test
    void campaigningOrStumpingForSomeoneBacksThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN campaigned/VERB for/ADP Jones/PROPN in/ADP Akron/PROPN ./PUNCT",
                        "Lee/PROPN is/AUX stumping/VERB for/ADP Sen./PROPN Mary/PROPN Brown/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1)
                .person(1, 0, 1, 2).mention(EntityType.OFFICE, 1, 4, 5, "us-senator").person(1, 5, 7, 3).build();
        assertEquals(List.of("Smith endorses Jones", "Lee endorses Mary Brown"), ArticleFixture.run(extractor, a));
    }

    @Test
    void campaigningForVotesASeatOrNotAtAllIsNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN campaigned/VERB for/ADP votes/NOUN near/ADP Jones/PROPN ./PUNCT",
                        "Smith/PROPN campaigned/VERB for/ADP Jones/PROPN 's/PART seat/NOUN ./PUNCT",
                        "Smith/PROPN never/ADV campaigned/VERB for/ADP Jones/PROPN ./PUNCT",
                        "Smith/PROPN might/AUX campaign/VERB for/ADP Jones/PROPN ./PUNCT",
                        "Did/AUX Smith/PROPN campaign/VERB for/ADP Jones/PROPN ?/PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1)
                .person(1, 0, 1, 0).person(1, 3, 4, 1, "possessive", "true")
                .person(2, 0, 1, 0).person(2, 4, 5, 1)
                .person(3, 0, 1, 0).person(3, 4, 5, 1)
                .person(4, 1, 2, 0).person(4, 4, 5, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSurrogateBacksTheCandidateTheySpeakFor() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT a/DET top/ADJ Brown/PROPN campaign/NOUN surrogate/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Ortiz/PROPN served/VERB as/ADP a/DET surrogate/NOUN for/ADP Jones/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .person(1, 0, 1, 2).person(1, 6, 7, 3).build();
        assertEquals(List.of("Lee endorses Brown", "Ortiz endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSurrogateDeniedOrWishedForIsNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN was/AUX never/ADV a/DET surrogate/NOUN for/ADP Brown/PROPN ./PUNCT",
                        "Brown/PROPN wants/VERB Lee/PROPN as/ADP a/DET surrogate/NOUN ./PUNCT",
                        "Could/AUX Ortiz/PROPN become/VERB a/DET Jones/PROPN surrogate/NOUN ?/PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1)
                .person(1, 0, 1, 1).person(1, 2, 3, 0)
                .person(2, 1, 2, 2).person(2, 4, 5, 3).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void whatANounAndPrepositionNameIsBackedNotThePersonAfterThem() {
        AnnotatedArticle proposal = ArticleFixture.of(
                "Manchin/PROPN endorsed/VERB a/DET proposal/NOUN by/ADP Sen./PROPN Joe/PROPN Lieberman/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 8, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, proposal));
        AnnotatedArticle twoVerbs = ArticleFixture.of(
                "Sanders/PROPN has/AUX endorsed/VERB and/CCONJ fundraised/VERB for/ADP Tim/PROPN Canova/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 8, 1).build();
        assertEquals(List.of("Sanders endorses Tim Canova"), ArticleFixture.run(extractor, twoVerbs));
    }

    @Test
    void notYetAndARefusalAreNoEndorsement() {
        AnnotatedArticle yet = ArticleFixture.of(
                "Obama/PROPN has/AUX yet/ADV to/PART endorse/VERB McAuliffe/PROPN ./PUNCT").person(0, 0, 1, 0).person(0, 5, 6, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, yet));
        AnnotatedArticle refusal = ArticleFixture.of(
                "Cruz/PROPN 's/PART refusal/NOUN to/PART endorse/VERB Trump/PROPN hurt/VERB him/PRON ./PUNCT")
                .person(0, 0, 1, 0, "possessive", "true").person(0, 5, 6, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, refusal));
    }

    @Test
    void aNamedPossessorOrModifierOfTheSubjectIsNoEndorser() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Voters/NOUN in/ADP Rep./PROPN Smith/PROPN 's/PART district/ADJ backed/VERB Jones/PROPN ./PUNCT",
                        "Lee/PROPN ,/PUNCT as/ADV well/ADV as/ADP several/ADJ Smith/PROPN administration/NOUN officials/NOUN ,/PUNCT endorsed/VERB Jones/PROPN ./PUNCT",
                        "Smith/PROPN ,/PUNCT a/DET longtime/ADJ ally/NOUN ,/PUNCT endorsed/VERB Jones/PROPN ./PUNCT")
                .person(0, 3, 4, 0, "possessive", "true").person(0, 7, 8, 1)
                .person(1, 0, 1, 2).person(1, 6, 7, 0).person(1, 11, 12, 1)
                .person(2, 0, 1, 0).person(2, 7, 8, 1).build();
        assertEquals(List.of("Lee endorses Jones", "Smith endorses Jones"), ArticleFixture.run(extractor, a),
                "the voters of Smith's district and Smith's officials backed Jones; Lee, named before the aside, and Smith, an ally, did");
    }

    @Test
    void anEndorsementTakenBackOrOnlyLeanedToAndSupportForSomeonesPolicyAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN ,/PUNCT who/PRON revoked/VERB his/PRON endorsement/NOUN of/ADP Jones/PROPN ,/PUNCT spoke/VERB ./PUNCT",
                        "Smith/PROPN was/AUX inclined/ADJ to/PART back/VERB Jones/PROPN ./PUNCT",
                        "Lee/PROPN disagreed/VERB with/ADP Smith/PROPN 's/PART support/NOUN for/ADP Jones/PROPN 's/PART actions/NOUN ./PUNCT",
                        "Lee/PROPN voiced/VERB Smith/PROPN 's/PART support/NOUN for/ADP Jones/PROPN 's/PART campaign/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 4, 0, "possessive", "true").person(0, 7, 8, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 1)
                .person(2, 0, 1, 2).person(2, 3, 4, 0, "possessive", "true").person(2, 7, 8, 1, "possessive", "true")
                .person(3, 0, 1, 2).person(3, 2, 3, 0, "possessive", "true").person(3, 6, 7, 1, "possessive", "true").build();
        assertEquals(List.of("Smith endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSecondPredicateSharesTheClausesSubject() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN broke/VERB with/ADP Smith/PROPN and/CCONJ endorsed/VERB Jones/PROPN ./PUNCT",
                        "Kim/PROPN ,/PUNCT who/PRON quit/VERB the/DET race/NOUN and/CCONJ endorsed/VERB Jones/PROPN ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).person(0, 6, 7, 2)
                .person(1, 0, 1, 3).person(1, 8, 9, 2).build();
        assertEquals(List.of("Lee endorses Jones", "Kim endorses Jones"), ArticleFixture.run(extractor, a));
    }

    @Test
    void voterSharesPlacesAndPolicyAreNoEndorsers() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Many/ADJ back/VERB Smith/PROPN ,/PUNCT with/ADP 16/NUM %/SYM backing/VERB Rep./PROPN Jones/PROPN ./PUNCT",
                        "It/PRON is/AUX a/DET county/NOUN that/PRON voted/VERB for/ADP Lee/PROPN before/ADP backing/VERB Jones/PROPN ./PUNCT",
                        "Smith/PROPN is/AUX backing/VERB Medicare/PROPN for/ADP All/PROPN and/CCONJ Jones/PROPN a/DET budget/NOUN ./PUNCT")
                .person(0, 2, 3, 0).person(0, 8, 9, 1)
                .person(1, 7, 8, 2).person(1, 10, 11, 1)
                .person(2, 0, 1, 0).person(2, 7, 8, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSecondPredicateAfterButIsTheRelativeClausesHead() {
        AnnotatedArticle a = ArticleFixture.of(
                "Mr./PROPN Ryan/PROPN ,/PUNCT who/PRON has/AUX clashed/VERB with/ADP Mr./PROPN Trump/PROPN but/CCONJ eventually/ADV has/AUX endorsed/VERB Lee/PROPN ./PUNCT")
                .person(0, 0, 2, 0).person(0, 7, 9, 1).person(0, 13, 14, 2).build();
        assertEquals(List.of("Mr. Ryan endorses Lee"), ArticleFixture.run(extractor, a));
    }

    @Test
    void supportDroppedAGroupsSupportAndAHyphenedModifierAreNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN dropped/VERB his/PRON support/NOUN for/ADP Jones/PROPN ./PUNCT",
                        "Agents/NOUN helped/VERB Smith/PROPN but/CCONJ threw/VERB their/PRON support/NOUN behind/ADP Jones/PROPN ./PUNCT",
                        "The/DET Smith/PROPN -/PUNCT backed/VERB ,/PUNCT Jones/PROPN -/PUNCT championed/VERB bill/NOUN failed/VERB ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").person(0, 5, 6, 1)
                .person(1, 2, 3, 0).person(1, 8, 9, 1)
                .person(2, 1, 2, 0).person(2, 5, 6, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPublicFiguresSupporterNounBacksTheOneNamedInIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Rep./PROPN Ann/PROPN Lee/PROPN ,/PUNCT a/DET Brown/PROPN supporter/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Brown/PROPN supporter/NOUN Sen./PROPN Bo/PROPN Hart/PROPN spoke/VERB ./PUNCT",
                        "Sen./PROPN Tom/PROPN Cole/PROPN was/AUX one/NUM of/ADP the/DET first/ADJ supporters/NOUN of/ADP Brown/PROPN ./PUNCT",
                        "Jane/PROPN Doe/PROPN ,/PUNCT a/DET Brown/PROPN supporter/NOUN ,/PUNCT cheered/VERB ./PUNCT",
                        "Brown/PROPN supporters/NOUN like/ADP Sen./PROPN Cole/PROPN cheered/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-representative").person(0, 1, 3, 0, "title", "us-representative")
                .person(0, 5, 6, 1)
                .person(1, 0, 1, 1).mention(EntityType.OFFICE, 1, 2, 3, "us-senator").person(1, 3, 5, 2, "title", "us-senator")
                .mention(EntityType.OFFICE, 2, 0, 1, "us-senator").person(2, 1, 3, 3, "title", "us-senator").person(2, 10, 11, 1)
                .person(3, 0, 2, 4).person(3, 4, 5, 1)
                .person(4, 0, 1, 1).mention(EntityType.OFFICE, 4, 3, 4, "us-senator").person(4, 4, 5, 3, "title", "us-senator").build();
        assertEquals(List.of("Ann Lee endorses Brown", "Bo Hart endorses Brown", "Tom Cole endorses Brown"),
                ArticleFixture.run(extractor, a), "a voter's support and supporters in general endorse no one");
    }

    @Test
    void aBackingToComeOnAConditionOrFromSomeonesPeopleIsNoEndorsement() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN is/AUX going/VERB to/PART campaign/VERB for/ADP Cole/PROPN if/SCONJ he/PRON wins/VERB the/DET primary/NOUN ./PUNCT",
                        "Hart/PROPN still/ADV has/VERB the/DET support/NOUN of/ADP Cole/PROPN 's/PART family/NOUN in/ADP the/DET race/NOUN ./PUNCT",
                        "Hart/PROPN still/ADV has/VERB the/DET support/NOUN of/ADP Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 6, 7, 1).pronoun(0, 8, 1)
                .person(1, 0, 1, 2).person(1, 6, 7, 1, "possessive", "true")
                .person(2, 0, 1, 2).person(2, 6, 7, 1).build();
        assertEquals(List.of("Cole endorses Hart"), ArticleFixture.run(extractor, a));
    }

    @Test
    void campaigningSomewhereForSomeoneRaisingMoneyOrHostingAFundraiserForThemBacksThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN campaigned/VERB in/ADP New/ADJ Hampshire/PROPN for/ADP Gov./PROPN Tom/PROPN Cole/PROPN ./PUNCT",
                        "Hart/PROPN raised/VERB money/NOUN for/ADP Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Dunn/PROPN hosted/VERB a/DET campaign/NOUN fundraiser/NOUN for/ADP Cole/PROPN ./PUNCT",
                        "Ross/PROPN raised/VERB money/NOUN for/ADP veterans/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.OFFICE, 0, 6, 7, "governor").person(0, 7, 9, 1)
                .person(1, 0, 1, 2).person(1, 4, 5, 1).mention(EntityType.RACE, 1, 7, 8, "race")
                .person(2, 0, 1, 3).person(2, 6, 7, 1)
                .person(3, 0, 1, 4).build();
        assertEquals(List.of("Lee endorses Tom Cole", "Hart endorses Cole", "Dunn endorses Cole"), ArticleFixture.run(extractor, a));
    }
}
