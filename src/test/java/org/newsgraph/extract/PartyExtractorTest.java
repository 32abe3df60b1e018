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
    void aPartyWordInsideAnotherWordOrAGroupsNameMakesNoMember() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Though/SCONJ he/PRON 's/AUX a/DET Republican/PROPN -/PUNCT turned/VERB -/PUNCT independent/ADJ ,/PUNCT Lee/PROPN spoke/VERB ./PUNCT",
                        "They/PRON fear/VERB Tom/PROPN Cole/PROPN ,/PUNCT the/DET Democratic/ADJ party/NOUN elders/NOUN say/VERB ./PUNCT")
                .pronoun(0, 1, 0).mention(EntityType.PARTY, 0, 4, 5, "republican-party", "form", "word").person(0, 10, 11, 0)
                .person(1, 2, 4, 1).mention(EntityType.PARTY, 1, 6, 7, "democratic-party", "form", "word").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyWordOfAGroupBeforeTheNameMakesNoMember() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Only/ADV Republican/ADJ men/NOUN question/NOUN Ann/PROPN Lee/PROPN ./PUNCT",
                        "The/DET GOP/PROPN megadonor/NOUN Cole/PROPN family/NOUN funded/VERB it/PRON ./PUNCT",
                        "Against/ADP two/NUM Democratic/ADJ primary/ADJ candidates/NOUN ,/PUNCT Mr./PROPN Bo/PROPN Fox/PROPN trailed/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 1, 2, "republican-party", "form", "word").person(0, 4, 6, 0)
                .mention(EntityType.PARTY, 1, 1, 2, "republican-party", "form", "word").person(1, 3, 4, 1)
                .mention(EntityType.PARTY, 2, 2, 3, "democratic-party", "form", "word")
                .mention(EntityType.RACE, 2, 2, 5, "candidate", "party", "democratic-party", "stage", "primary")
                .person(2, 7, 9, 2, "honorific", "true")
                .build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPossessivesPartyWordAndALikingAreNoMembership() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN 's/AUX Republican/ADJ challenger/NOUN spoke/VERB ./PUNCT",
                        "Republicans/PROPN do/AUX n't/PART like/VERB President/PROPN Bo/PROPN Fox/PROPN ./PUNCT",
                        "Republican/ADJ senators/NOUN like/ADP Tom/PROPN Cole/PROPN voted/VERB ./PUNCT")
                .person(0, 0, 2, 0, "possessive", "true").mention(EntityType.PARTY, 0, 3, 4, "republican-party", "form", "word")
                .mention(EntityType.PARTY, 1, 0, 1, "republican-party", "form", "word").mention(EntityType.OFFICE, 1, 4, 5, "us-president")
                .person(1, 5, 7, 1)
                .mention(EntityType.PARTY, 2, 0, 1, "republican-party", "form", "word").person(2, 3, 5, 2).build();
        assertEquals(List.of("Tom Cole memberOf Republican"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aRoleWordBeforeTheNameCountsWhateverItsTag() {
        AnnotatedArticle a = ArticleFixture.of(
                        "He/PRON faces/VERB GOP/PROPN nominee/SCONJ Ann/PROPN Lee/PROPN ./PUNCT",
                        "GOP/PROPN vice/ADV presidential/ADJ pick/NOUN Tom/PROPN Cole/PROPN spoke/VERB ./PUNCT",
                        "Republicans/PROPN said/VERB Bo/PROPN Hart/PROPN lost/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 2, 3, "republican-party", "form", "word").person(0, 4, 6, 0)
                .mention(EntityType.PARTY, 1, 0, 1, "republican-party", "form", "word").person(1, 4, 6, 1)
                .mention(EntityType.PARTY, 2, 0, 1, "republican-party", "form", "word").person(2, 2, 4, 2).build();
        assertEquals(List.of("Ann Lee memberOf GOP", "Tom Cole memberOf GOP"), ArticleFixture.run(extractor, a),
                "a verb between the party and the name is no role");
    }

    @Test
    void membersListedAfterThePartyNounEvenLateInTheClause() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Some/DET Republicans/PROPN had/AUX begun/VERB to/PART say/VERB that/SCONJ he/PRON should/AUX step/VERB aside/ADV from/ADP the/DET inquiry/NOUN too/ADV ,/PUNCT including/VERB conservative/ADJ radio/NOUN host/NOUN Hugh/PROPN Hewitt/PROPN ./PUNCT",
                        "Republicans/PROPN oppose/VERB any/DET increase/NOUN ,/PUNCT largely/ADV citing/VERB the/DET impact/NOUN on/ADP firms/NOUN of/ADP owners/NOUN like/ADP Ann/PROPN Curliss/PROPN ./PUNCT")
                .mention(EntityType.PARTY, 0, 1, 2, "republican-party", "form", "word").person(0, 20, 22, 0)
                .mention(EntityType.PARTY, 1, 0, 1, "republican-party", "form", "word").person(1, 14, 16, 1).build();
        assertEquals(List.of("Hugh Hewitt memberOf Republicans"), ArticleFixture.run(extractor, a), "a far 'like' compares");
    }

    @Test
    void aPartysGroupOfPeopleListsItsMembersPastAPronoun() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Republican/ADJ senators/NOUN like/ADP Susan/PROPN Collins/PROPN may/AUX defect/VERB ./PUNCT",
                        "Some/DET Republicans/PROPN said/VERB he/PRON should/AUX recuse/VERB ,/PUNCT including/VERB Jason/PROPN Chaffetz/PROPN ./PUNCT",
                        "Republican/ADJ voters/NOUN like/ADP Ann/PROPN Lee/PROPN agreed/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 0, 1, "republican-party", "form", "word").person(0, 3, 5, 0)
                .mention(EntityType.PARTY, 1, 1, 2, "republican-party", "form", "word").pronoun(1, 3, 2).person(1, 8, 10, 1)
                .mention(EntityType.PARTY, 2, 0, 1, "republican-party", "form", "word").person(2, 3, 5, 3).build();
        assertEquals(List.of("Susan Collins memberOf Republican", "Jason Chaffetz memberOf Republicans"), ArticleFixture.run(extractor, a),
                "voters are no group of the party's members");
    }

    @Test
    void aPluralPartyNounActingOnANameMakesNoMember() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Republicans/PROPN press/NOUN Ann/PROPN Lee/PROPN to/PART back/VERB a/DET bill/NOUN",
                        "Wisconsin/PROPN Democrats/PROPN Rep./PROPN Tom/PROPN Cole/PROPN signed/VERB ./PUNCT")
                .mention(EntityType.PARTY, 0, 0, 1, "republican-party", "form", "word").person(0, 2, 4, 0)
                .mention(EntityType.PARTY, 1, 1, 2, "democratic-party", "form", "word")
                .mention(EntityType.OFFICE, 1, 2, 3, "us-representative").person(1, 3, 5, 1).build();
        assertEquals(List.of("Tom Cole memberOf Democrats"), ArticleFixture.run(extractor, a));
    }

    @Test
    void listedMembersMayCarryTheNameOfTheirBodyBeforeTheirTitle() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Some/DET Republicans/PROPN spoke/VERB ,/PUNCT including/VERB House/PROPN Oversight/ADP Committee/PROPN Chairman/PROPN Tom/PROPN Cole/PROPN and/CCONJ Mr./PROPN Ann/PROPN Lee/PROPN ./PUNCT")
                .mention(EntityType.PARTY, 0, 1, 2, "republican-party", "form", "word")
                .mention(EntityType.OFFICE, 0, 7, 9, "committee-chair").person(0, 9, 11, 0).person(0, 13, 15, 1).build();
        assertEquals(List.of("Tom Cole memberOf Republicans", "Ann Lee memberOf Republicans"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartysRoleSetOffByACommaDescribesTheNamesAfterIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "She/PRON faces/VERB her/PRON Democratic/ADJ opponent/NOUN ,/PUNCT Jim/PROPN Graves/PROPN ./PUNCT",
                        "Two/NUM Republican/ADJ senators/NOUN ,/PUNCT Tom/PROPN Cotton/PROPN of/ADP Arkansas/PROPN and/CCONJ David/PROPN Perdue/PROPN ,/PUNCT wrote/VERB it/PRON ./PUNCT",
                        "Unlike/ADP his/PRON Democratic/ADJ rivals/NOUN ,/PUNCT Ann/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                        "The/DET Democratic/ADJ side/NOUN ,/PUNCT Tom/PROPN Cole/PROPN said/VERB ,/PUNCT won/VERB ./PUNCT")
                .person(0, 6, 8, 0).mention(EntityType.PARTY, 0, 3, 4, "democratic-party", "form", "word")
                .person(1, 4, 6, 1).person(1, 9, 11, 2).mention(EntityType.PARTY, 1, 1, 2, "republican-party", "form", "word")
                .person(2, 5, 7, 3).mention(EntityType.PARTY, 2, 2, 3, "democratic-party", "form", "word")
                .person(3, 4, 6, 4).mention(EntityType.PARTY, 3, 1, 2, "democratic-party", "form", "word").build();
        assertEquals(List.of("Jim Graves memberOf Democratic", "Tom Cotton memberOf Republican", "David Perdue memberOf Republican"),
                ArticleFixture.run(extractor, a), "a fronted phrase and a party's side name no member");
    }

    @Test
    void namesJoinedBeforeACopulaAreAllOneOfThePartysLeaders() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN and/CCONJ Tom/PROPN Cole/PROPN remain/VERB two/NUM of/ADP the/DET GOP/PROPN 's/PART "
                                + "most/ADV influential/ADJ leaders/NOUN ./PUNCT")
                .person(0, 0, 2, 0).person(0, 3, 5, 1).mention(EntityType.PARTY, 0, 9, 10, "republican-party", "form", "word").build();
        assertEquals(List.of("Ann Lee memberOf GOP", "Tom Cole memberOf GOP"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPronounAfterAPrepositionIsNoSubjectOfTheCopula() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Those/PRON who/PRON film/VERB ads/NOUN against/ADP me/PRON are/AUX all/DET liberal/ADJ Democrats/PROPN ./PUNCT",
                        "He/PRON is/AUX a/DET Democrat/PROPN ./PUNCT")
                .pronoun(0, 5, 0).mention(EntityType.PARTY, 0, 9, 10, "democratic-party", "form", "word")
                .pronoun(1, 0, 0).mention(EntityType.PARTY, 1, 3, 4, "democratic-party", "form", "word").build();
        assertEquals(List.of("He memberOf Democrat"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyOrItsMembersActingAfterACommaDescribeNoOne() {
        AnnotatedArticle a = ArticleFixture.of(
                        "In/ADP contrast/NOUN to/ADP Ann/PROPN Lee/PROPN ,/PUNCT Democrats/PROPN are/AUX united/ADJ ./PUNCT",
                        "If/SCONJ he/PRON fired/VERB Tom/PROPN Cole/PROPN ,/PUNCT the/DET Democratic/ADJ party/NOUN could/AUX act/VERB ./PUNCT",
                        "Bo/PROPN Hart/PROPN ,/PUNCT Libertarian/PROPN Party/PROPN ,/PUNCT sued/VERB ./PUNCT")
                .person(0, 3, 5, 0).mention(EntityType.PARTY, 0, 6, 7, "democratic-party", "form", "word")
                .person(1, 3, 5, 1).mention(EntityType.PARTY, 1, 7, 8, "democratic-party", "form", "word")
                .person(2, 0, 2, 2).mention(EntityType.PARTY, 2, 3, 4, "libertarian-party", "form", "word").build();
        assertEquals(List.of("Bo Hart memberOf Libertarian"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aSupposedPartyAnAppositionOrAPossessiveIsNoMembership() {
        AnnotatedArticle a = ArticleFixture.of(
                        "If/SCONJ Ann/PROPN Lee/PROPN were/AUX a/DET Republican/PROPN ,/PUNCT she/PRON would/AUX win/VERB ./PUNCT",
                        "Tom/PROPN Cole/PROPN ,/PUNCT Ann/PROPN Lee/PROPN 's/PART Democratic/ADJ rival/NOUN ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 1, 3, 0).mention(EntityType.PARTY, 0, 5, 6, "republican-party", "form", "word")
                .person(1, 0, 2, 1).person(1, 3, 5, 0).mention(EntityType.PARTY, 1, 6, 7, "democratic-party", "form", "word").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void onlyAMembersRoleAfterAPartysPossessiveMakesAMember() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN is/AUX one/NUM of/ADP the/DET GOP/PROPN 's/PART fiercest/ADJ critics/NOUN ./PUNCT",
                        "Tom/PROPN Cole/PROPN is/AUX the/DET Democrats/PROPN '/PART favourite/ADJ target/NOUN ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.PARTY, 0, 6, 7, "republican-party", "form", "word")
                .person(1, 0, 2, 1).mention(EntityType.PARTY, 1, 4, 5, "democratic-party", "form", "word").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyWantingSomeonesSeatIsNoMembership() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN ,/PUNCT whose/PRON seat/NOUN the/DET GOP/PROPN wants/VERB ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.PARTY, 0, 6, 7, "republican-party", "form", "word").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aCandidateInAPartysPrimaryBelongsToIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN is/AUX running/VERB in/ADP the/DET Democratic/ADJ primary/NOUN ./PUNCT",
                        "Smith/PROPN beat/VERB Lee/PROPN in/ADP the/DET Republican/ADJ primary/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 4, 7, "primary", "party", "democratic-party", "stage", "primary")
                .mention(EntityType.PARTY, 0, 5, 6, "democratic-party")
                .person(1, 0, 1, 1).person(1, 2, 3, 2)
                .mention(EntityType.RACE, 1, 4, 7, "primary", "party", "republican-party", "stage", "primary")
                .mention(EntityType.PARTY, 1, 5, 6, "republican-party").build();
        assertEquals(List.of("Brown memberOf Democratic", "Smith memberOf Republican", "Lee memberOf Republican"),
                ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyWrittenAtTheNameOutweighsTheRacesPartyAndAGeneralElectionSaysNothing() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN is/AUX running/VERB for/ADP the/DET GOP/PROPN nomination/NOUN to/PART take/VERB on/ADP Democratic/ADJ Sen./PROPN Lee/PROPN ./PUNCT",
                        "Smith/PROPN is/AUX running/VERB in/ADP the/DET general/ADJ election/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 4, 7, "nomination", "party", "republican-party", "stage", "primary")
                .mention(EntityType.PARTY, 0, 5, 6, "republican-party").mention(EntityType.PARTY, 0, 10, 11, "democratic-party")
                .mention(EntityType.OFFICE, 0, 11, 12, "us-senator").person(0, 12, 13, 1)
                .person(1, 0, 1, 2).mention(EntityType.RACE, 1, 4, 7, "election", "stage", "general").build();
        assertEquals(List.of("Lee memberOf Democratic", "Brown memberOf GOP"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aLongerAppositionStillNamesTheParty() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Hale/PROPN ,/PUNCT an/DET old/ADJ -/PUNCT school/NOUN Southern/ADJ Democrat/PROPN ,/PUNCT retired/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.PARTY, 0, 8, 9, "democratic-party").build();
        assertEquals(List.of("Tom Hale memberOf Democrat"), ArticleFixture.run(extractor, a));
    }

    @Test
    void theOneBeatenAfterWinningANominationIsNoMemberOfThatParty() {
        AnnotatedArticle a = ArticleFixture.of(
                "Brown/PROPN can/AUX win/VERB the/DET Republican/ADJ nomination/NOUN and/CCONJ defeat/VERB Lee/PROPN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 3, 6, "nomination", "party", "republican-party", "stage", "primary")
                .mention(EntityType.PARTY, 0, 4, 5, "republican-party").person(0, 8, 9, 1).build();
        assertEquals(List.of("Brown memberOf Republican"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aPartyJustBeforeAnOpponentsNameOutweighsTheRacesParty() {
        AnnotatedArticle a = ArticleFixture.of(
                "Brown/PROPN faced/VERB his/PRON Democratic/ADJ opponent/NOUN ,/PUNCT Lee/PROPN ,/PUNCT after/ADP the/DET Republican/ADJ primary/NOUN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 2, 0, "possessive", "true").mention(EntityType.PARTY, 0, 3, 4, "democratic-party")
                .person(0, 6, 7, 1).mention(EntityType.RACE, 0, 9, 12, "primary", "party", "republican-party", "stage", "primary")
                .mention(EntityType.PARTY, 0, 10, 11, "republican-party").build();
        // Brown (whose "his" it is) is the Republican; Lee, the Democratic opponent, is a Democrat, no Republican.
        assertEquals(List.of("Lee memberOf Democratic", "Brown memberOf Republican"), ArticleFixture.run(extractor, a));
    }
}
