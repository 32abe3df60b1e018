package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeFinderTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();

    private static Mention office(String tagged) {
        List<Mention> found = new OfficeFinder(GAZETTEERS).find(TaggedText.of(tagged).sentence(0));
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aCountryBeforeOrAfterTheTitleMakesItThatCountrysOffice() {
        assertEquals("Russia", office("Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB").attribute("country"));
        assertEquals("South Korea", office("South/ADJ Korean/ADJ President/PROPN Moon/PROPN Jae-in/PROPN").attribute("country"));
        Mention egypt = office("the/DET President/PROPN of/ADP Egypt/PROPN ,/PUNCT Mohamed/PROPN Morsi/PROPN");
        assertEquals("Egypt", egypt.attribute("country"));
        assertEquals("us-president", egypt.value());
        assertNull(office("President/PROPN Barack/PROPN Obama/PROPN spoke/VERB").attribute("country"));
    }

    @Test
    void aDeputysOrAnAssistantsPostIsNotTheOfficeItIsUnder() {
        assertEquals("white-house-counsel", office("White/PROPN House/PROPN counsel/NOUN Don/PROPN McGahn/PROPN spoke/VERB").value());
        assertEquals("director-of-national-intelligence",
                office("Director/PROPN of/ADP National/PROPN Intelligence/PROPN Dan/PROPN Coats/PROPN").value());
        assertEquals("justice", office("Associate/PROPN Justice/PROPN Elena/PROPN Kagan/PROPN wrote/VERB").value());
        assertEquals("us-president", office("under/ADP President/PROPN Barack/PROPN Obama/PROPN").value());
        for (String none : List.of("a/DET former/ADJ deputy/NOUN White/PROPN House/PROPN counsel/NOUN", "Assistant/PROPN Attorney/PROPN General/PROPN Stephen/PROPN Boyd/PROPN",
                "counsel/NOUN to/ADP the/DET Office/PROPN of/ADP the/DET Director/PROPN of/ADP National/PROPN Intelligence/PROPN"))
            assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of(none).sentence(0)), none);
    }

    @Test
    void aTradeOrSalesRepresentativeIsNoMemberOfCongress() {
        assertEquals("us-representative", office("Representative/PROPN Ann/PROPN Lee/PROPN spoke/VERB").value());
        for (String none : List.of("U.S./PROPN Trade/PROPN Representative/PROPN Robert/PROPN Lighthizer/PROPN said/VERB",
                "a/DET Special/PROPN Representative/PROPN for/ADP Syria/PROPN"))
            assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of(none).sentence(0)), none);
    }

    @Test
    void anotherChambersSpeakerIsNotTheHouses() {
        assertEquals("house-speaker", office("House/PROPN Speaker/PROPN Paul/PROPN Ryan/PROPN said/VERB").value());
        assertEquals("house-speaker", office("As/ADP Speaker/PROPN Pelosi/PROPN said/VERB").value());
        for (String none : List.of("Assembly/PROPN Speaker/PROPN Carl/PROPN Heastie/PROPN said/VERB",
                "Federation/PROPN Council/PROPN Speaker/PROPN Valentina/PROPN Matviyenko/PROPN said/VERB",
                "state/NOUN House/PROPN Speaker/PROPN Thom/PROPN Tillis/PROPN said/VERB",
                "the/DET North/PROPN Carolina/PROPN house/NOUN speaker/NOUN"))
            assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of(none).sentence(0)), none);
    }

    @Test
    void justiceAloneIsATitleOnlyBeforeAName() {
        assertEquals("justice", office("Justice/PROPN Anthony/PROPN Kennedy/PROPN wrote/VERB").value());
        assertEquals("justice", office("as/ADP Justice/PROPN Scalia/PROPN said/VERB").value());
        assertEquals("justice", office("one/NUM of/ADP Justice/PROPN Scalia/PROPN 's/PART mistakes/NOUN").value());
        for (String none : List.of("the/DET Justice/PROPN Department/PROPN said/VERB", "obstruction/NOUN of/ADP justice/NOUN",
                "Justice/PROPN Minister/PROPN Saleem/PROPN Saqqa/PROPN", "CNN/PROPN Justice/PROPN Correspondent/PROPN Joe/PROPN Johns/PROPN",
                "on/ADP Climate/PROPN Justice/PROPN Day/PROPN ,/PUNCT", "the/DET Bureau/PROPN of/ADP Justice/PROPN Statistics/PROPN said/VERB"))
            assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of(none).sentence(0)), none);
    }

    @Test
    void aCommitteeChairsTitleNamesItsCommitteeBeforeOrAfterIt() {
        assertEquals("Senate Judiciary Committee",
                office("Senate/PROPN Judiciary/PROPN Chairman/PROPN Chuck/PROPN Grassley/PROPN said/VERB").attribute(OfficeFinder.COMMITTEE));
        assertEquals("House Oversight Committee",
                office("House/PROPN Oversight/ADP Committee/PROPN Chairman/PROPN Jason/PROPN Chaffetz/PROPN").attribute(OfficeFinder.COMMITTEE));
        assertEquals("House Committee on Foreign Affairs",
                office("House/PROPN Committee/PROPN on/ADP Foreign/PROPN Affairs/PROPN Chairman/PROPN Ed/PROPN Royce/PROPN").attribute(OfficeFinder.COMMITTEE));
        Mention after = office("he/PRON stepped/VERB down/ADP as/SCONJ chairman/NOUN of/ADP the/DET House/PROPN Ways/PROPN and/CCONJ Means/PROPN Committee/PROPN");
        assertEquals("House Ways and Means Committee", after.attribute(OfficeFinder.COMMITTEE));
        assertNull(office("Chairman/PROPN Chuck/PROPN Grassley/PROPN said/VERB").attribute(OfficeFinder.COMMITTEE));
        assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of("the/DET chairman/NOUN of/ADP the/DET board/NOUN").sentence(0)),
                "a chairman of something else holds no office");
    }

    @Test
    void aSeatInAChamberIsTheOfficeOfItsMembers() {
        assertEquals("us-senator", office("Perdue/PROPN was/AUX elected/VERB to/ADP the/DET Senate/PROPN in/ADP 2014/NUM").value());
        assertEquals("us-representative", office("He/PRON served/VERB in/ADP the/DET House/PROPN for/ADP 20/NUM years/NOUN").value());
        assertEquals("state-senator", office("She/PRON was/AUX elected/VERB to/ADP the/DET state/NOUN Senate/PROPN in/ADP 2010/NUM").value());
        assertEquals("us-senator", office("They/PRON served/VERB together/ADV in/ADP the/DET Senate/PROPN ./PUNCT").value());
        for (String tagged : List.of("He/PRON served/VERB in/ADP the/DET Senate/PROPN Intelligence/PROPN Committee/PROPN",
                "She/PRON served/VERB in/ADP the/DET Senate/PROPN race/NOUN", "He/PRON spoke/VERB in/ADP the/DET Senate/PROPN"))
            assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of(tagged).sentence(0)), tagged);
    }

    @Test
    void theNextPresidentIsAnOfficeNobodyHoldsYet() {
        assertEquals("true", office("the/DET next/ADJ president/NOUN of/ADP the/DET United/PROPN States/PROPN").attribute("aspired"));
        assertNull(office("the/DET former/ADJ president/NOUN").attribute("aspired"));
    }

    @Test
    void commanderInChiefNamesNoOffice() {
        assertEquals(List.of(), new OfficeFinder(GAZETTEERS).find(TaggedText.of("a/DET poor/ADJ commander/NOUN in/ADP chief/NOUN").sentence(0)));
    }

    @Test
    void eachCabinetDepartmentHasAnOfficeOfItsOwn() {
        assertEquals("us-secretary-of-agriculture", office("Agriculture/PROPN Secretary/PROPN Tom/PROPN Vilsack/PROPN spoke/VERB").value());
        assertEquals("us-secretary-of-defense", office("the/DET secretary/NOUN of/ADP defense/NOUN resigned/VERB").value());
    }
}
