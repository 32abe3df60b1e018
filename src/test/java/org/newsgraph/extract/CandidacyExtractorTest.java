package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;

class CandidacyExtractorTest {
    private final CandidacyExtractor extractor = new CandidacyExtractor();

    @Test
    void runningAgainstInANamedRace() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN is/AUX running/VERB against/ADP Smith/PROPN in/ADP the/DET Senate/PROPN race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1)
                .mention(EntityType.RACE, 0, 7, 9, "race", "office", "U.S. Senate").build();
        assertEquals(List.of("Brown runsAgainst Smith", "Brown candidateIn Senate race", "Smith candidateIn Senate race"),
                ArticleFixture.run(extractor, a));
    }

    @Test
    void whoHasALeadOverSomeoneInAPollRunsAgainstThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "A/DET poll/NOUN shows/VERB Lee/PROPN with/ADP a/DET 14-point/ADJ lead/NOUN over/ADP Cole/PROPN ./PUNCT",
                        "Lee/PROPN 's/PART slim/ADJ 4-point/NUM lead/NOUN over/ADP Sen./PROPN Bo/PROPN Fox/PROPN held/VERB in/ADP the/DET poll/NOUN ./PUNCT",
                        "Hart/PROPN had/VERB a/DET 54%-42%/NUM advantage/NOUN over/ADP Cole/PROPN in/ADP the/DET survey/NOUN ./PUNCT",
                        "The/DET campaign/NOUN kept/VERB its/PRON biggest/ADJ advantage/NOUN over/ADP Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 3, 4, 0).person(0, 9, 10, 1)
                .person(1, 0, 1, 0, "possessive", "true").person(1, 7, 9, 2).mention(EntityType.OFFICE, 1, 6, 7, "us-senator")
                .person(2, 0, 1, 3).person(2, 6, 7, 1)
                .person(3, 7, 8, 1).build();
        assertEquals(List.of("Lee runsAgainst Cole", "Lee runsAgainst Bo Fox", "Hart runsAgainst Cole"), ArticleFixture.run(extractor, a),
                "no person has the campaign's advantage");
    }

    @Test
    void aVoterAKinsmanAStafferAndAGuessRunInNoRace() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Perry/PROPN cast/VERB her/PRON first/ADJ ballot/NOUN in/ADP the/DET presidential/ADJ election/NOUN ./PUNCT",
                        "Lee/PROPN met/VERB him/PRON during/ADP his/PRON father/NOUN 's/PART presidential/ADJ campaign/NOUN ./PUNCT",
                        "They/PRON met/VERB Lee/PROPN campaign/NOUN associates/NOUN in/ADP the/DET presidential/ADJ election/NOUN ./PUNCT",
                        "It/PRON seems/VERB likely/ADJ that/SCONJ Lee/PROPN will/AUX run/VERB for/ADP president/NOUN ./PUNCT",
                        "Lee/PROPN is/AUX running/VERB for/ADP president/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 7, 9, "election", "office", "President")
                .person(1, 0, 1, 1).pronoun(1, 4, 2, "possessive", "true")
                .mention(EntityType.RACE, 1, 5, 9, "campaign", "office", "President")
                .person(2, 2, 3, 1).mention(EntityType.RACE, 2, 7, 9, "election", "office", "President")
                .person(3, 4, 5, 1).mention(EntityType.RACE, 3, 7, 9, "for", "office", "President")
                .person(4, 0, 1, 1).mention(EntityType.RACE, 4, 3, 5, "for", "office", "President").build();
        assertEquals(List.of("Lee candidateIn for president"), ArticleFixture.run(extractor, a), "only the one running");
    }

    @Test
    void whoFacesAChallengeFromSomeoneOrARunoffAgainstThemRunsAgainstThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Sen./PROPN Lee/PROPN is/AUX facing/VERB a/DET serious/ADJ challenge/NOUN from/ADP Bo/PROPN Hart/PROPN in/ADP the/DET primary/NOUN ./PUNCT",
                        "Cole/PROPN was/AUX forced/VERB into/ADP a/DET runoff/NOUN against/ADP Rep./PROPN Ann/PROPN Dunn/PROPN ./PUNCT",
                        "Lee/PROPN faced/VERB a/DET challenge/NOUN from/ADP a/DET Hart/PROPN -/PUNCT friendly/ADJ senator/NOUN in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 1, 2, 0).person(0, 8, 10, 1).mention(EntityType.RACE, 0, 12, 13, "primary", "stage", "primary")
                .person(1, 0, 1, 2).person(1, 8, 10, 3).mention(EntityType.RACE, 1, 5, 6, "runoff", "stage", "runoff")
                .person(2, 0, 1, 0).person(2, 6, 7, 1).mention(EntityType.RACE, 2, 12, 13, "primary", "stage", "primary").build();
        List<String> facts = ArticleFixture.run(extractor, a);
        assertTrue(facts.contains("Lee runsAgainst Bo Hart") && facts.contains("Cole runsAgainst Ann Dunn"), facts.toString());
        assertTrue(facts.stream().filter(f -> f.contains("runsAgainst")).distinct().count() == 2, "a name hyphened to a word is no challenger: " + facts);
    }

    @Test
    void questionsFacedAndACauseCampaignedAgainstAreNoContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN faced/VERB more/ADJ questions/NOUN about/ADP Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Lee/PROPN is/AUX campaigning/VERB against/ADP it/PRON ,/PUNCT as/SCONJ is/AUX Cole/PROPN ,/PUNCT before/ADP the/DET election/NOUN ./PUNCT",
                        "Lee/PROPN is/AUX running/VERB against/ADP two/NUM state/NOUN senators/NOUN ,/PUNCT Ann/PROPN Cole/PROPN and/CCONJ Bo/PROPN Hart/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1)
                .person(1, 0, 1, 0).person(1, 8, 9, 1)
                .person(2, 0, 1, 0).person(2, 8, 10, 2).person(2, 11, 13, 3).build();
        assertEquals(List.of("Lee runsAgainst Ann Cole", "Lee runsAgainst Bo Hart"), ArticleFixture.run(extractor, a),
                "only the rivals named after their role");
    }

    @Test
    void aLeadersCaucusAndAFathersRunAreNoCandidacyOfTheirs() {
        AnnotatedArticle a = ArticleFixture.of(
                        "It/PRON is/AUX Lee/PROPN 's/PART caucus/NOUN ./PUNCT",
                        "Cole/PROPN said/VERB his/PRON father/NOUN ran/VERB for/ADP president/NOUN ./PUNCT")
                .person(0, 2, 3, 0, "possessive", "true").mention(EntityType.RACE, 0, 3, 5, "caucus", "stage", "caucus")
                .person(1, 0, 1, 1).pronoun(1, 2, 1, "possessive", "true").mention(EntityType.RACE, 1, 5, 7, "for", "office", "President").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aNameThatHeadsNoOneIsNoOpponent() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN ,/PUNCT who/PRON won/VERB the/DET race/NOUN ,/PUNCT is/AUX challenging/VERB the/DET Cole/PROPN administration/NOUN 's/PART rules/NOUN ./PUNCT",
                        "Lee/PROPN ,/PUNCT who/PRON won/VERB the/DET race/NOUN ,/PUNCT is/AUX challenging/VERB Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 10, 11, 1).person(1, 0, 1, 0).person(1, 9, 10, 1).build();
        assertEquals(List.of("Lee runsAgainst Cole"), ArticleFixture.run(extractor, a), "the administration's rules are no rival");
    }

    @Test
    void everyCoordinatedOpponentRunsInTheNamedRace() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN is/AUX running/VERB against/ADP Ann/PROPN Lee/PROPN and/CCONJ Bo/PROPN Hart/PROPN in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 6, 1).person(0, 7, 9, 2)
                .mention(EntityType.RACE, 0, 11, 12, "primary", "stage", "primary").build();
        assertEquals(List.of("Brown runsAgainst Ann Lee", "Brown runsAgainst Bo Hart", "Brown candidateIn primary",
                "Ann Lee candidateIn primary", "Bo Hart candidateIn primary"), ArticleFixture.run(extractor, a));
    }

    @Test
    void sharesOfTheVoteSetAgainstEachOtherAndAWinnerOfARace() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN was/AUX the/DET winner/NOUN of/ADP the/DET runoff/NOUN with/ADP 50.6/NUM %/SYM of/ADP the/DET vote/NOUN to/PART incumbent/VERB Smith/PROPN 's/PUNCT (/PUNCT R/X )/X 49.4/X %/SYM ./PUNCT",
                        "Tariffs/NOUN are/AUX 2.5/NUM %/SYM compared/VERB to/ADP Smith/PROPN 's/PART plan/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 5, 7, "runoff", "stage", "runoff")
                .person(0, 15, 16, 1, "possessive", "true")
                .person(1, 6, 7, 1, "possessive", "true").build();
        assertEquals(List.of("Brown runsAgainst Smith", "Brown candidateIn the runoff", "Smith candidateIn the runoff",
                "Brown candidateIn the runoff"), ArticleFixture.run(extractor, a));
    }

    @Test
    void candidatesForOnePartysNominationRunAgainstEachOther() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Democratic/ADJ presidential/ADJ candidates/NOUN Ann/PROPN Lee/PROPN ,/PUNCT Tom/PROPN Cole/PROPN and/CCONJ Bo/PROPN Hart/PROPN spoke/VERB ./PUNCT",
                        "Against/ADP GOP/PROPN Senate/PROPN candidate/NOUN Roy/PROPN Dunn/PROPN ,/PUNCT Sen./PROPN Jo/PROPN Ray/PROPN argued/VERB ./PUNCT",
                        "He/PRON named/VERB GOP/PROPN Senate/PROPN candidates/NOUN Al/PROPN Heyer/PROPN and/CCONJ Di/PROPN Moss/PROPN ./PUNCT",
                        "Lee/PROPN faces/VERB Cole/PROPN ,/PUNCT while/SCONJ Hart/PROPN will/AUX run/VERB against/ADP Republican/ADJ senatorial/ADJ candidate/NOUN Dan/PROPN Fox/PROPN ./PUNCT")
                .mention(EntityType.RACE, 0, 0, 3, "candidate", "party", "democratic-party", "office", "President")
                .person(0, 3, 5, 0).person(0, 6, 8, 1).person(0, 9, 11, 2)
                .mention(EntityType.RACE, 1, 1, 4, "candidate", "party", "republican-party", "office", "U.S. Senate")
                .person(1, 4, 6, 3).person(1, 8, 10, 4)
                .mention(EntityType.RACE, 2, 2, 5, "candidate", "party", "republican-party", "office", "U.S. Senate")
                .person(2, 5, 7, 6).person(2, 8, 10, 7)
                .person(3, 0, 1, 0).person(3, 2, 3, 1).person(3, 5, 6, 2)
                .mention(EntityType.RACE, 3, 9, 12, "candidate", "party", "republican-party", "office", "U.S. Senate")
                .person(3, 12, 14, 5).build();
        assertEquals(List.of("Ann Lee candidateIn Democratic presidential candidates", "Tom Cole candidateIn Democratic presidential candidates",
                        "Bo Hart candidateIn Democratic presidential candidates", "Ann Lee runsAgainst Tom Cole", "Ann Lee runsAgainst Bo Hart",
                        "Tom Cole runsAgainst Bo Hart", "Roy Dunn candidateIn GOP Senate candidate", "Al Heyer candidateIn GOP Senate candidates",
                        "Di Moss candidateIn GOP Senate candidates", "Lee runsAgainst Cole",
                        "Hart runsAgainst Dan Fox", "Dan Fox candidateIn Republican senatorial candidate"),
                ArticleFixture.run(extractor, a), "a singular candidate is one name, Senate candidates of no one state may run in several, and a rival is not in the race his opponent's noun names");
    }

    @Test
    void whomTheCandidateBeatIsTheRelativesAntecedent() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Joe/PROPN Lee/PROPN ,/PUNCT then/ADV the/DET chairman/NOUN ,/PUNCT whom/PRON Brown/PROPN beat/VERB in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 0, 2, 0).person(0, 8, 9, 1).mention(EntityType.RACE, 0, 11, 13, "primary", "stage", "primary").build();
        assertEquals(List.of("Brown runsAgainst Joe Lee", "Brown candidateIn the primary", "Joe Lee candidateIn the primary"),
                ArticleFixture.run(extractor, a));
    }

    @Test
    void hypotheticalContestsAreNoFacts() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Whoever/PRON wins/VERB will/AUX face/VERB Smith/PROPN ./PUNCT",
                        "Brown/PROPN could/AUX face/VERB Smith/PROPN ./PUNCT",
                        "Brown/PROPN could/AUX enter/VERB the/DET race/NOUN ./PUNCT",
                        "Brown/PROPN was/AUX planning/VERB a/DET run/NOUN for/ADP governor/NOUN ./PUNCT")
                .person(0, 4, 5, 1).person(1, 0, 1, 0).person(1, 3, 4, 1).person(2, 0, 1, 0)
                .mention(EntityType.RACE, 2, 4, 5, "race")
                .person(3, 0, 1, 0).mention(EntityType.RACE, 3, 5, 7, "for", "office", "Governor").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aContestInTheInfinitiveIsAPlanUnlessACandidacyGovernsIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN has/VERB the/DET chops/NOUN to/PART take/VERB on/ADP Smith/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Brown/PROPN is/AUX running/VERB to/PART unseat/VERB Smith/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 7, 8, 1)
                .person(1, 0, 1, 0).person(1, 5, 6, 1).build();
        assertEquals(List.of("Brown runsAgainst Smith"), ArticleFixture.run(extractor, a), "only the running one");
    }

    @Test
    void whatWeMustBeatAndWhatAPartyFocusesOnDefeatingAreAims() {
        AnnotatedArticle a = ArticleFixture.of(
                        "\"/PUNCT I/PRON 'm/AUX running/VERB because/SCONJ we/PRON have/VERB to/PART beat/VERB Smith/PROPN ,/PUNCT \"/PUNCT Brown/PROPN said/VERB of/ADP the/DET race/NOUN ./PUNCT",
                        "Brown/PROPN could/AUX let/VERB the/DET party/NOUN focus/VERB on/ADP defeating/VERB Smith/PROPN in/ADP the/DET race/NOUN ./PUNCT")
                .pronoun(0, 1, 0).person(0, 9, 10, 1).person(0, 12, 13, 0)
                .person(1, 0, 1, 0).person(1, 8, 9, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void aLeadInPercentagePointsIsAContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "In/ADP the/DET runoff/NOUN ,/PUNCT Brown/PROPN (/PUNCT D/PROPN )/PUNCT led/VERB Smith/PROPN (/PUNCT R/PROPN )/PUNCT 50.2/NUM %/SYM to/ADP 49.8/NUM %/SYM ./PUNCT",
                        "Brown/PROPN led/VERB Smith/PROPN 's/PART committee/NOUN in/ADP votes/NOUN ./PUNCT")
                .person(0, 4, 5, 0).mention(EntityType.PARTY, 0, 6, 7, "democratic-party", "form", "code")
                .person(0, 9, 10, 1).mention(EntityType.PARTY, 0, 11, 12, "republican-party", "form", "code")
                .person(1, 0, 1, 0).person(1, 2, 3, 1, "possessive", "true").build();
        assertEquals(List.of("Brown runsAgainst Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAttributiveParticipleOrALoyaltyIsNoContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN taps/VERB a/DET replacement/NOUN for/ADP ousted/VERB Attorney/PROPN General/PROPN Ann/PROPN Smith/PROPN before/ADP the/DET election/NOUN ./PUNCT",
                        "Brown/PROPN put/VERB his/PRON ambitions/NOUN ahead/ADV of/ADP loyalty/NOUN to/ADP Ann/PROPN Smith/PROPN in/ADP the/DET campaign/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.OFFICE, 0, 6, 8, "us-attorney-general").person(0, 8, 10, 1)
                .person(1, 0, 1, 0).person(1, 8, 10, 1).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void possessedBidAndEachOther() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN 's/PART bid/NOUN for/ADP the/DET Senate/PROPN stalled/VERB ./PUNCT",
                        "Brown/PROPN and/CCONJ Smith/PROPN will/AUX face/VERB each/DET other/ADJ in/ADP November/PROPN ./PUNCT")
                .person(0, 0, 1, 1, "possessive", "true").mention(EntityType.RACE, 0, 2, 6, "bid", "office", "U.S. Senate")
                .person(1, 0, 1, 0).person(1, 2, 3, 1).build();
        assertEquals(List.of("Smith candidateIn bid for the Senate", "Brown runsAgainst Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void everyInflectionOfAContestVerbCounts() {
        // No lemmatizer runs: the cue words are matched in their inflected forms. "His ousting of X" is a noun: no contest.
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN ousts/VERB Smith/PROPN in/ADP the/DET primary/NOUN ./PUNCT",
                        "Jones/PROPN unseats/VERB Adams/PROPN ./PUNCT",
                        "Lee/PROPN was/AUX beaten/VERB by/ADP Clark/PROPN in/ADP the/DET runoff/NOUN ./PUNCT",
                        "Hill/PROPN announced/VERB his/PRON ousting/NOUN of/ADP Baker/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).person(1, 0, 1, 2).person(1, 2, 3, 3)
                .person(2, 0, 1, 4).person(2, 4, 5, 5).person(3, 0, 1, 6).person(3, 5, 6, 7).build();
        assertEquals(List.of("Brown runsAgainst Smith", "Jones runsAgainst Adams", "Lee runsAgainst Clark"),
                ArticleFixture.run(extractor, a));
    }

    @Test
    void aClashWithNoElectionInSightIsNoContest() {
        // "reporters challenged Trump about his tweets", "took on the Clinton machine": no election word in the
        // sentence or the one before, no race named.
        AnnotatedArticle a = ArticleFixture.of(
                        "Cuomo/PROPN challenged/VERB Ryan/PROPN about/ADP the/DET scandal/NOUN ./PUNCT",
                        "Cuomo/PROPN challenged/VERB Ryan/PROPN again/ADV ./PUNCT",
                        "Polls/NOUN moved/VERB ./PUNCT",
                        "Cuomo/PROPN challenged/VERB Ryan/PROPN again/ADV ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).person(1, 0, 1, 0).person(1, 2, 3, 1)
                .person(3, 0, 1, 0).person(3, 2, 3, 1).build();
        assertEquals(List.of("Cuomo runsAgainst Ryan"), ArticleFixture.run(extractor, a), "only after the polls");
    }

    @Test
    void preferenceOverAChallengerTheTaggerTookForAVerb() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Staff/NOUN favored/VERB Brown/PROPN over/ADP challenger/VERB Smith/PROPN ./PUNCT",
                        "Staff/NOUN favored/VERB Brown/PROPN over/ADP attending/VERB Smith/PROPN 's/PART rally/NOUN ./PUNCT")
                .person(0, 2, 3, 0).person(0, 5, 6, 1)
                .person(1, 2, 3, 0).person(1, 5, 6, 1, "possessive", "true").build();
        assertEquals(List.of("Brown runsAgainst Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void theFrontRunnerInARaceRunsInIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN ,/PUNCT the/DET front/NOUN -/PUNCT runner/NOUN in/ADP the/DET GOP/PROPN race/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Brown/PROPN could/AUX be/AUX the/DET front/NOUN -/PUNCT runner/NOUN in/ADP the/DET GOP/PROPN race/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 8, 10, "race", "party", "republican-party")
                .person(1, 0, 1, 0).mention(EntityType.RACE, 1, 9, 11, "race", "party", "republican-party").build();
        assertEquals(List.of("Brown candidateIn GOP race"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aContestWordUsedAsANounIsNoContestButAGerundIs() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Brown/PROPN ignored/VERB charges/NOUN and/CCONJ challenges/NOUN about/ADP what/PRON Smith/PROPN did/VERB ./PUNCT",
                        "Lee/PROPN won/VERB in/ADP defeating/NOUN Smith/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 7, 8, 1).person(1, 0, 1, 2).person(1, 4, 5, 1).build();
        assertEquals(List.of("Lee runsAgainst Smith"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aCandidacyInARelativeClauseOnAnAppositionIsTheNamesAndNobodyElses() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Hale/PROPN ,/PUNCT a/DET two/NUM -/PUNCT term/NOUN Republican/PROPN who/PRON became/VERB the/DET first/ADJ mayor/NOUN in/ADP state/NOUN history/NOUN to/PART win/VERB a/DET recall/NOUN election/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Hale/PROPN said/VERB the/DET long/ADJ list/NOUN of/ADP reasons/NOUN for/ADP the/DET failure/NOUN of/ADP the/DET plan/NOUN was/AUX to/PART win/VERB a/DET recall/NOUN election/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 17, 20, "election", "stage", "recall")
                .person(1, 0, 1, 0).mention(EntityType.RACE, 1, 16, 19, "election", "stage", "recall").build();
        assertEquals(List.of("Hale candidateIn a recall election"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anAimAndAPossessorAreNoContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Smith/PROPN stays/VERB committed/ADJ to/ADP the/DET goal/NOUN of/ADP defeating/VERB Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Lee/PROPN won/VERB Smith/PROPN 's/PART old/ADJ seat/NOUN ,/PUNCT defeating/VERB Jones/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Lee/PROPN 's/PART defeat/NOUN of/ADP Jones/PROPN in/ADP the/DET race/NOUN stunned/VERB many/ADJ ./PUNCT")
                .person(0, 0, 1, 0).person(0, 8, 9, 1).mention(EntityType.RACE, 0, 10, 12, "race")
                .person(1, 0, 1, 2).person(1, 2, 3, 0, "possessive", "true").person(1, 8, 9, 1).mention(EntityType.RACE, 1, 10, 12, "race")
                .person(2, 0, 1, 2, "possessive", "true").person(2, 4, 5, 1).mention(EntityType.RACE, 2, 6, 8, "race").build();
        List<String> facts = ArticleFixture.run(extractor, a);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Smith runsAgainst")), facts.toString());
        assertTrue(facts.contains("Lee runsAgainst Jones"), facts.toString());
    }

    @Test
    void aCampaignAPersonPossessesIsTheirsWhoeverRanIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                        "Tom/PROPN Cole/PROPN ,/PUNCT who/PRON ran/VERB Lee/ADV 's/PUNCT primary/ADJ campaign/NOUN ,/PUNCT left/VERB ./PUNCT",
                        "Bo/PROPN Hart/PROPN ,/PUNCT who/PRON ran/VERB Lee/PROPN 's/PUNCT campaign/NOUN ,/PUNCT left/VERB ./PUNCT")
                .person(0, 0, 2, 0).person(1, 0, 2, 1).mention(EntityType.RACE, 1, 6, 9, "campaign", "stage", "primary")
                .person(2, 0, 2, 2).person(2, 5, 6, 0, "possessive", "true").mention(EntityType.RACE, 2, 6, 8, "campaign").build();
        assertEquals(List.of("Lee candidateIn 's campaign"), ArticleFixture.run(extractor, a),
                "the possessor runs, even where the tagger missed it as a name; the manager does not");
    }

    @Test
    void aPersonsOpponentIsTheOneNamedAfterTheNounInTheNearestContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN 's/PART opponent/NOUN this/DET time/NOUN is/AUX former/ADJ Hart/PROPN aide/NOUN Tom/PROPN Cole/PROPN ./PUNCT",
                        "Lee/PROPN 's/PART opponent/NOUN does/AUX not/PART care/VERB ,/PUNCT Bo/PROPN Hart/PROPN said/VERB ./PUNCT",
                        "In/ADP the/DET governor/NOUN 's/PART race/NOUN ,/PUNCT Lee/PROPN 's/PART challenger/NOUN is/AUX Cole/PROPN ,/PUNCT "
                                + "and/CCONJ in/ADP the/DET Senate/PROPN race/NOUN Hart/PROPN leads/VERB ./PUNCT")
                .person(0, 0, 1, 0, "possessive", "true").person(0, 7, 8, 2).person(0, 9, 11, 1)
                .person(1, 0, 1, 0, "possessive", "true").person(1, 7, 9, 2)
                .mention(EntityType.RACE, 2, 2, 5, "race", "office", "Governor").person(2, 6, 7, 0, "possessive", "true")
                .person(2, 10, 11, 1).mention(EntityType.RACE, 2, 16, 18, "race", "office", "U.S. Senate").person(2, 18, 19, 2).build();
        assertEquals(List.of("Lee runsAgainst Tom Cole", "Lee runsAgainst Cole", "Lee candidateIn governor 's race",
                "Cole candidateIn governor 's race"), ArticleFixture.run(extractor, a));
    }

    @Test
    void anOpponentOfTheOtherPartyIsTheNameRightAfterTheNounOrItsComma() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN refused/VERB to/PART concede/VERB as/SCONJ her/PRON Republican/ADJ opponent/NOUN Tom/PROPN Cole/PROPN took/VERB the/DET lead/NOUN ./PUNCT",
                        "He/PRON hit/VERB his/PRON Democratic/ADJ opponent/NOUN in/ADP the/DET 2016/NUM election/NOUN ,/PUNCT with/ADP a/DET quote/NOUN from/ADP columnist/NOUN Bo/PROPN Hart/PROPN ./PUNCT")
                .person(0, 0, 1, 0).pronoun(0, 5, 0, "possessive", "true").mention(EntityType.PARTY, 0, 6, 7, "republican-party")
                .person(0, 8, 10, 1)
                .pronoun(1, 0, 2).pronoun(1, 2, 2, "possessive", "true").mention(EntityType.PARTY, 1, 3, 4, "democratic-party")
                .person(1, 15, 17, 3).build();
        assertEquals(List.of("her runsAgainst Tom Cole"), ArticleFixture.run(extractor, a), "not a name further on, after another comma");
    }

    @Test
    void aPairIsInTheContestOfItsOwnClause() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Scott/PROPN is/AUX ahead/ADV of/ADP Nelson/PROPN in/ADP the/DET Senate/PROPN race/NOUN ,/PUNCT and/CCONJ "
                                + "Dunn/PROPN is/AUX ahead/ADV of/ADP Gill/PROPN in/ADP the/DET race/NOUN for/ADP governor/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 4, 5, 1).mention(EntityType.RACE, 0, 7, 9, "race", "office", "U.S. Senate")
                .person(0, 11, 12, 2).person(0, 15, 16, 3).mention(EntityType.RACE, 0, 18, 21, "race", "office", "Governor").build();
        List<String> facts = ArticleFixture.run(extractor, a);
        assertTrue(facts.contains("Dunn candidateIn race for governor"), facts.toString());
        assertFalse(facts.contains("Dunn candidateIn Senate race"), facts.toString());
    }

    @Test
    void aSentenceOpeningOnAConditionMakesNoContestThoughItsCandidatesRun() {
        AnnotatedArticle a = ArticleFixture.of(
                "If/SCONJ he/PRON wins/VERB the/DET primary/NOUN in/ADP June/PROPN ,/PUNCT Lee/PROPN will/AUX face/VERB Cole/PROPN in/ADP the/DET Senate/PROPN race/NOUN ./PUNCT")
                .pronoun(0, 1, 0).person(0, 8, 9, 0).person(0, 11, 12, 1).mention(EntityType.RACE, 0, 14, 16, "race", "office", "U.S. Senate")
                .build();
        assertEquals(List.of("Lee candidateIn Senate race", "Cole candidateIn Senate race"), ArticleFixture.run(extractor, a));
    }

    @Test
    void aCampaignNamedAsAnEmployerMakesNoCandidate() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Cole/PROPN ,/PUNCT a/DET spokesman/NOUN for/ADP Lee/PROPN 's/PART presidential/ADJ campaign/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Bo/PROPN Hart/PROPN ,/PUNCT Lee/PROPN 's/PART 2020/NUM campaign/NOUN manager/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                        "Lee/PROPN 's/PART presidential/ADJ campaign/NOUN raised/VERB money/NOUN ./PUNCT",
                        "Lee/PROPN 's/PART 2012/NUM campaign/NOUN press/NOUN secretary/NOUN ,/PUNCT Al/PROPN Roe/PROPN ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).person(0, 6, 7, 1, "possessive", "true").mention(EntityType.RACE, 0, 7, 10, "campaign", "office", "President")
                .person(1, 0, 2, 2).person(1, 3, 4, 1, "possessive", "true").mention(EntityType.RACE, 1, 4, 7, "campaign", "year", "2020")
                .person(2, 0, 1, 1, "possessive", "true").mention(EntityType.RACE, 2, 1, 4, "campaign", "office", "President")
                .person(3, 0, 1, 1, "possessive", "true").mention(EntityType.RACE, 3, 1, 4, "campaign", "year", "2012").person(3, 7, 9, 3).build();
        assertEquals(List.of("Lee candidateIn 's presidential campaign"), ArticleFixture.run(extractor, a));
    }

    @Test
    void whoWinsLosesOrFinishesInAContestRunsInIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN handily/ADV defeated/VERB two/NUM opponents/NOUN in/ADP the/DET Republican/ADJ primary/NOUN ./PUNCT",
                        "Cole/PROPN and/CCONJ Hart/PROPN scored/VERB victories/NOUN in/ADP Tuesday/PROPN 's/PART primary/NOUN ./PUNCT",
                        "Lee/PROPN 's/PART son/NOUN won/VERB in/ADP the/DET primary/NOUN ./PUNCT",
                        "Lee/PROPN did/AUX not/PART win/VERB in/ADP the/DET primary/NOUN ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 7, 9, "primary", "stage", "primary")
                .person(1, 0, 1, 1).person(1, 2, 3, 2).mention(EntityType.RACE, 1, 7, 9, "primary", "stage", "primary")
                .person(2, 0, 1, 0).mention(EntityType.RACE, 2, 6, 7, "primary", "stage", "primary")
                .person(3, 0, 1, 0).mention(EntityType.RACE, 3, 6, 7, "primary", "stage", "primary").build();
        assertEquals(List.of("Lee candidateIn Republican primary", "Hart candidateIn 's primary"), ArticleFixture.run(extractor, a),
                "a son's win and a win denied are no run of Lee's");
    }

    @Test
    void whoIsOrBecomesACandidateRunsUnlessABareNomineeOrASupposition() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Warren/PROPN became/VERB the/DET first/ADJ Democratic/ADJ candidate/NOUN to/PART speak/VERB ./PUNCT",
                        "Lee/PROPN is/AUX a/DET nominee/NOUN the/DET senators/NOUN like/VERB ./PUNCT",
                        "If/SCONJ Cole/PROPN is/AUX the/DET Republican/ADJ nominee/NOUN ,/PUNCT we/PRON lose/VERB ./PUNCT")
                .person(0, 0, 1, 0).mention(EntityType.RACE, 0, 3, 6, "candidate", "party", "democratic-party")
                .person(1, 0, 1, 1).mention(EntityType.RACE, 1, 3, 4, "candidate")
                .person(2, 1, 2, 2).mention(EntityType.RACE, 2, 4, 6, "candidate", "party", "republican-party").build();
        assertEquals(List.of("Warren candidateIn first Democratic candidate"), ArticleFixture.run(extractor, a));
    }

    @Test
    void whoLosesToSomeoneOrWagesACampaignOrADebateAgainstThemRunsAgainstThem() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Cole/PROPN lost/VERB to/ADP Lee/PROPN in/ADP a/DET special/ADJ election/NOUN ./PUNCT",
                        "Hart/PROPN raised/VERB money/NOUN for/ADP her/PRON campaign/NOUN against/ADP Rep./PROPN Cole/PROPN in/ADP the/DET race/NOUN ./PUNCT",
                        "Polls/NOUN show/VERB Hart/PROPN losing/VERB to/ADP Lee/PROPN in/ADP the/DET election/NOUN ./PUNCT",
                        "Dunn/PROPN launched/VERB a/DET campaign/NOUN against/ADP Lee/PROPN 's/PART plan/NOUN in/ADP the/DET election/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 3, 4, 1).mention(EntityType.RACE, 0, 6, 8, "election", "stage", "special")
                .person(1, 0, 1, 2).pronoun(1, 4, 2, "possessive", "true").person(1, 8, 9, 0)
                .mention(EntityType.RACE, 1, 11, 12, "race")
                .person(2, 2, 3, 2).person(2, 5, 6, 1).mention(EntityType.RACE, 2, 8, 9, "election")
                .person(3, 0, 1, 3).person(3, 4, 5, 1, "possessive", "true").mention(EntityType.RACE, 3, 9, 10, "election").build();
        List<String> contests = ArticleFixture.run(extractor, a).stream().filter(f -> f.contains("runsAgainst")).toList();
        assertEquals(List.of("Cole runsAgainst Lee", "her runsAgainst Cole"), contests,
                "a poll's pairing and a cause's campaign against a plan are no contest");
    }

    @Test
    void aRaceBetweenTwoNamesAndAVerbAfterAnAside() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Polls/NOUN show/VERB a/DET close/ADJ race/NOUN between/ADP Ann/PROPN Lee/PROPN and/CCONJ Bo/PROPN Hart/PROPN ./PUNCT",
                        "In/ADP the/DET primary/NOUN ,/PUNCT Tom/PROPN Cole/PROPN ,/PUNCT an/DET aide/NOUN to/ADP Sen./PROPN Dan/PROPN Dunn/PROPN ,/PUNCT defeated/VERB Ann/PROPN Lee/PROPN ./PUNCT")
                .mention(EntityType.RACE, 0, 3, 5, "race").person(0, 6, 8, 0).person(0, 9, 11, 1)
                .mention(EntityType.RACE, 1, 2, 3, "primary", "stage", "primary").person(1, 4, 6, 2).person(1, 11, 13, 3).person(1, 15, 17, 0).build();
        List<String> contests = ArticleFixture.run(extractor, a).stream().filter(f -> f.contains("runsAgainst")).toList();
        assertEquals(List.of("Ann Lee runsAgainst Bo Hart", "Tom Cole runsAgainst Ann Lee"), contests);
    }

    @Test
    void aHypotheticalMatchupIsNoContest() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN leads/VERB Cole/PROPN by/ADP two/NUM points/NOUN in/ADP a/DET hypothetical/ADJ matchup/NOUN for/ADP the/DET election/NOUN ./PUNCT",
                        "Lee/PROPN leads/VERB Cole/PROPN by/ADP two/NUM points/NOUN in/ADP the/DET election/NOUN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).mention(EntityType.RACE, 0, 12, 13, "election")
                .person(1, 0, 1, 0).person(1, 2, 3, 1).mention(EntityType.RACE, 1, 8, 9, "election").build();
        List<String> contests = ArticleFixture.run(extractor, a).stream().filter(f -> f.contains("runsAgainst")).toList();
        assertEquals(List.of("Lee runsAgainst Cole"), contests, "only the lead in the election held");
    }

    @Test
    void aCampaignsStaffAKinsmansRunAndTheNextClausesSubjectRunInNoRace() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Hart/PROPN was/AUX an/DET adviser/NOUN in/ADP Lee/PROPN 's/PART presidential/ADJ campaign/NOUN ./PUNCT",
                        "Cole/PROPN raised/VERB money/NOUN while/SCONJ his/PRON wife/NOUN is/AUX running/VERB for/ADP president/NOUN ./PUNCT",
                        "At/ADP a/DET stop/NOUN for/ADP presidential/ADJ hopefuls/NOUN ,/PUNCT Dunn/PROPN was/AUX asked/VERB ./PUNCT")
                .person(0, 0, 1, 0).person(0, 5, 6, 1).mention(EntityType.RACE, 0, 7, 9, "campaign", "office", "President")
                .person(1, 0, 1, 2).pronoun(1, 4, 2, "possessive", "true").mention(EntityType.RACE, 1, 8, 10, "for", "office", "President")
                .mention(EntityType.RACE, 2, 4, 6, "candidate", "office", "President").person(2, 7, 8, 3).build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void whoStandsInAContestOfAnOfficeOrIsOneOfItsCandidatesRunsInIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Lee/PROPN and/CCONJ Cole/PROPN are/AUX locked/VERB in/ADP a/DET tight/ADJ Senate/PROPN race/NOUN ./PUNCT",
                        "Hart/PROPN is/AUX in/ADP a/DET tough/ADJ race/NOUN ./PUNCT",
                        "In/ADP the/DET Democratic/ADJ race/NOUN ,/PUNCT Dunn/PROPN was/AUX campaigning/VERB in/ADP Ohio/PROPN ./PUNCT",
                        "Ross/PROPN is/AUX one/NUM of/ADP four/NUM presidential/ADJ candidates/NOUN ./PUNCT",
                        "He/PRON met/VERB two/NUM presidential/ADJ candidates/NOUN ,/PUNCT Sens./PROPN Ann/PROPN Lee/PROPN (/PUNCT D-Vt./PROPN )/PUNCT and/CCONJ Tom/PROPN Cole/PROPN ./PUNCT")
                .person(0, 0, 1, 0).person(0, 2, 3, 1).mention(EntityType.RACE, 0, 7, 10, "race", "office", "U.S. Senate")
                .person(1, 0, 1, 2).mention(EntityType.RACE, 1, 4, 6, "race")
                .mention(EntityType.RACE, 2, 2, 4, "race", "party", "democratic-party").person(2, 5, 6, 3)
                .person(3, 0, 1, 4).mention(EntityType.RACE, 3, 4, 7, "candidate", "office", "President")
                .mention(EntityType.RACE, 4, 2, 5, "candidate", "office", "President").person(4, 7, 9, 0).person(4, 13, 15, 1).build();
        assertEquals(List.of("Cole candidateIn tight Senate race", "Dunn candidateIn Democratic race", "Ross candidateIn four presidential candidates",
                "Ann Lee candidateIn two presidential candidates", "Tom Cole candidateIn two presidential candidates"),
                ArticleFixture.run(extractor, a).stream().filter(f -> f.contains("candidateIn")).toList(),
                "a bare race one stands in may be any of the article's: none");
    }

    @Test
    void theGovernorsRaceIsTheOfficesContestNotTheHoldersRun() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Beyond/ADP the/DET governor/NOUN 's/PART race/NOUN ,/PUNCT Democrats/PROPN won/VERB ./PUNCT",
                        "The/DET governor/NOUN 's/PART re-election/NOUN race/NOUN is/AUX close/ADJ ./PUNCT")
                .description(0, 2, 3, 0).mention(EntityType.RACE, 0, 4, 5, "race", "office", "Governor")
                .description(1, 1, 2, 0).mention(EntityType.RACE, 1, 3, 5, "re-election", "office", "Governor").build();
        assertEquals(List.of("governor candidateIn re-election race"), ArticleFixture.run(extractor, a));
    }
}
