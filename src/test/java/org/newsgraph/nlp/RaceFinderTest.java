package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class RaceFinderTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();
    private final RaceFinder finder = new RaceFinder(GAZETTEERS);

    private Mention onlyRace(AnnotatedSentence s) {
        List<Mention> found = finder.find(s);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aYearOpeningTheSentenceDatesARaceWrittenWithoutOne() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "In/ADP 2012/NUM ,/PUNCT Dunn/PROPN challenged/VERB Ross/PROPN in/ADP the/DET Republican/ADJ primary/NOUN ./PUNCT",
                "Back/ADV in/ADP 2010/NUM ,/PUNCT Kemp/PROPN won/VERB the/DET 2008/NUM Senate/PROPN race/NOUN ./PUNCT");
        Mention primary = onlyRace(t.sentence(1));
        assertEquals("2012", primary.attribute("year"));
        assertEquals("republican-party", primary.attribute("party"));
        // A year written at the race wins over the sentence's frame.
        assertEquals("2008", onlyRace(t.sentence(2)).attribute("year"));
    }

    @Test
    void aYearElsewhereInTheSentenceDatesNoRace() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "The/DET bill/NOUN passed/VERB in/ADP 2010/NUM ,/PUNCT and/CCONJ Dunn/PROPN is/AUX in/ADP the/DET Senate/PROPN race/NOUN ./PUNCT",
                "In/ADP 2010/NUM polls/NOUN Dunn/PROPN led/VERB the/DET Senate/PROPN race/NOUN ./PUNCT");
        assertNull(onlyRace(t.sentence(1)).attribute("year"));
        assertNull(onlyRace(t.sentence(2)).attribute("year"));
    }

    @Test
    void aRoundUpsLineLabelIsTheLinesContest() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "NE-02/NUM :/PUNCT Democrat/PROPN Kara/PROPN Eastman/PROPN will/AUX take/VERB on/ADP Rep./PROPN Don/PROPN Bacon/PROPN ./PUNCT",
                "Senate/PROPN :/PUNCT Democrat/PROPN Dan/PROPN Ahlers/PROPN faces/VERB Sen./PROPN Mike/PROPN Rounds/PROPN ./PUNCT",
                "FL-Gov/PROPN :/PUNCT Levine/PROPN leads/VERB Graham/PROPN ./PUNCT",
                "Note/NOUN :/PUNCT Levine/PROPN leads/VERB Graham/PROPN ./PUNCT");
        Mention house = onlyRace(t.sentence(1));
        assertEquals("Nebraska", house.attribute("jurisdiction"));
        assertEquals("U.S. House", house.attribute("office"));
        Mention senate = onlyRace(t.sentence(2));
        assertEquals("U.S. Senate", senate.attribute("office"));
        assertNull(senate.attribute("jurisdiction"));
        assertEquals("Governor", onlyRace(t.sentence(3)).attribute("office"));
        assertEquals(List.of(), finder.find(t.sentence(4)));
    }

    @Test
    void aRunoffForSomeonesSeatIsForThatOffice() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Dunn/PROPN is/AUX locked/VERB in/ADP a/DET runoff/NOUN for/ADP her/PRON Senate/PROPN seat/NOUN with/ADP Ross/PROPN ./PUNCT");
        Mention runoff = onlyRace(t.sentence(1));
        assertEquals("U.S. Senate", runoff.attribute("office"));
        assertEquals("runoff", runoff.attribute("stage"));
    }

    @Test
    void aPrimaryForADistrictOfATwoWordStateIsAHouseRaceThere() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Lee/PROPN won/VERB the/DET Democratic/ADJ primary/ADJ for/ADP New/ADJ York/PROPN 's/PUNCT 14th/ADJ District/PROPN ./PUNCT");
        Mention primary = onlyRace(t.sentence(1));
        assertEquals("New York", primary.attribute("jurisdiction"));
        assertEquals("U.S. House", primary.attribute("office"));
        assertEquals("Democratic primary for New York 's 14th District", primary.text());
    }

    @Test
    void aNomineeOfAPresidentsChoosingRunsInNoRace() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Supreme/PROPN Court/PROPN nominee/NOUN Ann/PROPN Lee/PROPN met/VERB senators/NOUN ./PUNCT",
                "Dunn/PROPN ,/PUNCT his/PRON nominee/NOUN for/ADP attorney/NOUN general/NOUN ,/PUNCT was/AUX confirmed/VERB ./PUNCT",
                "The/DET Senate/PROPN stalled/VERB judicial/ADJ nominations/NOUN ./PUNCT",
                "Ross/PROPN ,/PUNCT the/DET Republican/ADJ nominee/NOUN for/ADP attorney/NOUN general/NOUN ,/PUNCT won/VERB ./PUNCT");
        assertEquals(List.of(), finder.find(t.sentence(1)));
        assertEquals(List.of(), finder.find(t.sentence(2)));
        assertEquals(List.of(), finder.find(t.sentence(3)));
        // A party's nominee is chosen for an election, whatever the office: states elect their attorneys general.
        assertEquals(1, finder.find(t.sentence(4)).size());
    }

    @Test
    void aPresidentsCountedNomineesAndACausesCampaignAreNoRace() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "It/PRON was/AUX joined/VERB by/ADP Trump/PROPN 's/PART two/NUM nominees/NOUN ./PUNCT",
                "Bolton/PROPN won/VERB his/PRON campaign/NOUN to/PART persuade/VERB the/DET assembly/NOUN ./PUNCT",
                "Heller/PROPN launched/VERB his/PRON campaign/NOUN to/PART unseat/VERB Reid/PROPN ./PUNCT",
                "Trump/PROPN kept/VERB his/PRON 2016/NUM campaign/NOUN to/PART put/VERB judges/NOUN first/ADV ./PUNCT");
        assertEquals(List.of(), finder.find(t.sentence(1)));
        assertEquals(List.of(), finder.find(t.sentence(2)));
        assertEquals(1, finder.find(t.sentence(3)).size(), "a campaign to unseat someone is a run");
        assertEquals(1, finder.find(t.sentence(4)).size(), "a dated campaign is a run whatever it promised");
    }

    @Test
    void aPartysOrAChambersVoteOnItsOfficersIsNoRace() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Kleeb/PROPN won/VERB the/DET race/NOUN for/ADP chair/NOUN of/ADP the/DET party/NOUN ./PUNCT",
                "McCarthy/PROPN withdrew/VERB from/ADP the/DET speaker/NOUN 's/PART race/NOUN ./PUNCT",
                "He/PRON declared/VERB his/PRON candidacy/NOUN for/ADP House/PROPN speaker/NOUN ./PUNCT",
                "Lee/PROPN won/VERB the/DET race/NOUN for/ADP governor/NOUN ./PUNCT");
        assertEquals(List.of(), finder.find(t.sentence(1)));
        assertEquals(List.of(), finder.find(t.sentence(2)));
        assertEquals(List.of(), finder.find(t.sentence(3)));
        assertEquals(1, finder.find(t.sentence(4)).size());
    }

    @Test
    void aNominationOfSomeonesAndNoPartysIsAnAppointment() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Senators/NOUN stalled/VERB Lee/PROPN 's/PART nomination/NOUN ./PUNCT",
                "Critics/NOUN fought/VERB her/PRON nomination/NOUN for/ADP weeks/NOUN ./PUNCT",
                "Lee/PROPN won/VERB the/DET Republican/ADJ nomination/NOUN ./PUNCT",
                "Lee/PROPN won/VERB the/DET party/NOUN 's/PART presidential/ADJ nomination/NOUN ./PUNCT");
        assertEquals(List.of(), finder.find(t.sentence(1)));
        assertEquals(List.of(), finder.find(t.sentence(2)));
        assertEquals(1, finder.find(t.sentence(3)).size());
        assertEquals(1, finder.find(t.sentence(4)).size());
    }

    @Test
    void oneWhoMightRunIsNoCandidateButALikelyNomineeIs() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Potential/ADJ 2016/NUM presidential/ADJ candidates/NOUN Jim/PROPN Webb/PROPN and/CCONJ Ann/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                "Dunn/PROPN ,/PUNCT the/DET likely/ADJ Republican/ADJ presidential/ADJ nominee/NOUN ,/PUNCT spoke/VERB ./PUNCT");
        assertEquals(List.of(), finder.find(t.sentence(1)));
        assertEquals("President", onlyRace(t.sentence(2)).attribute("office"));
    }
}
