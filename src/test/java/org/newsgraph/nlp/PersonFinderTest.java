package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();
    private final PersonFinder finder = new PersonFinder(GAZETTEERS);

    private List<String> names(AnnotatedSentence s) {
        List<String> out = new ArrayList<>();
        for (Mention m : finder.find(s))
            if (m.form() == Mention.Form.NAME)
                out.add(m.value() + ":" + m.attribute(PersonFinder.STRENGTH));
        return out;
    }

    @Test
    void titleIsPeeledOffAndRecorded() {
        TaggedText t = TaggedText.of("Headline/NOUN", "Former/ADJ Attorney/PROPN General/PROPN Jane/PROPN Doe/PROPN shot/VERB back/ADV ./PUNCT");
        List<Mention> found = finder.find(t.sentence(1));
        Mention doe = found.stream().filter(m -> m.form() == Mention.Form.NAME).findFirst().orElseThrow();
        assertEquals("Jane Doe", doe.value());
        assertEquals("us-attorney-general", doe.attribute("title"));
        assertEquals("former", doe.attribute("titleStatus"));
        assertEquals(PersonFinder.STRONG, doe.attribute(PersonFinder.STRENGTH));
    }

    @Test
    void aRoleNounTaggedAsAProperNounStillIntroducesTheNameAfterIt() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Ohio/PROPN 's/PUNCT last/ADJ Democratic/ADJ senator/PROPN ,/PUNCT Zell/PROPN Mardle/PROPN ,/PUNCT left/VERB office/NOUN ./PUNCT");
        assertEquals(List.of("Zell Mardle:strong"), names(t.sentence(1)));
    }

    @Test
    void aCourtesyTitleWithoutItsDotIsNoFirstName() {
        TaggedText t = TaggedText.of("Headline/NOUN", "Mr/PROPN Trump/PROPN told/VERB Ms/PROPN Lee/PROPN to/PART call/VERB Dr/PROPN Cole/PROPN ./PUNCT");
        assertEquals(List.of("Trump:strong", "Lee:strong", "Cole:strong"), names(t.sentence(1)));
    }

    @Test
    void aTitleCaseHeadlineRunIntoTheTextIsNoName() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Senator/PROPN Says/PROPN Gorsuch/PROPN Distances/PROPN Himself/PROPN From/PROPN Trump/PROPN 's/PART Attacks/PROPN ./PUNCT");
        assertTrue(names(t.sentence(1)).stream().noneMatch(n -> n.contains("Himself")), names(t.sentence(1)).toString());
    }

    @Test
    void aSeatsDescriptionKeepsItsStateOfOneWordOrTwo() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "He/PRON called/VERB the/DET South/PROPN Carolina/PROPN senator/NOUN and/CCONJ the/DET Vermont/PROPN senator/NOUN ./PUNCT");
        List<String> places = new ArrayList<>();
        for (Mention m : finder.find(t.sentence(1)))
            if (m.form() == Mention.Form.TITLE)
                places.add(m.attribute("titleJurisdiction"));
        assertEquals(List.of("South Carolina", "Vermont"), places);
    }

    @Test
    void aDescriptionOfOneToComeOrOfAClassStandsForNoOne() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "He/PRON endorsed/VERB the/DET future/ADJ president/NOUN ,/PUNCT the/DET first/ADJ senator/NOUN and/CCONJ the/DET president/NOUN ./PUNCT");
        List<String> described = new ArrayList<>();
        for (Mention m : finder.find(t.sentence(1)))
            if (m.form() == Mention.Form.TITLE)
                described.add(m.start() + " " + m.value());
        assertEquals(List.of("11 us-president"), described);
    }

    @Test
    void theDayAfterANameIsNoPartOfIt() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "She/PRON endorsed/VERB Marie/PROPN Newman/PROPN Tuesday/PROPN ,/PUNCT on/ADP Fox/PROPN News/PROPN Sunday/PROPN ./PUNCT");
        assertEquals(List.of("Marie Newman:strong"), names(t.sentence(1)));
    }

    @Test
    void organisationsAndPlacesAreNoPersons() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "The/DET Justice/PROPN Department/PROPN told/VERB Fox/PROPN News/PROPN at/ADP the/DET White/PROPN House/PROPN in/ADP Iowa/PROPN ./PUNCT");
        assertEquals(List.of(), names(t.sentence(1)));
    }

    @Test
    void anOrganisationOrEventNamedAfterAPlaceIsNoPerson() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "The/DET Boston/PROPN Globe/PROPN ,/PUNCT Planned/PROPN Parenthood/PROPN and/CCONJ Citizens/PROPN United/PROPN covered/VERB the/DET Boston/PROPN Marathon/PROPN ./PUNCT",
                "Al/PROPN Qaeda/PROPN and/CCONJ Al/PROPN Jazeera/PROPN met/VERB Urban/PROPN Development/PROPN and/CCONJ Homeland/PROPN Security/PROPN ./PUNCT");
        assertEquals(List.of(), names(t.sentence(1)));
        assertEquals(List.of(), names(t.sentence(2)));
    }

    @Test
    void aPlaceWhoseFirstWordIsAGivenNameIsNoPerson() {
        // "San" and "Santa" are given names in the first-name list; "San Francisco" is still a city.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "They/PRON marched/VERB from/ADP San/PROPN Francisco/PROPN to/ADP Santa/PROPN Rosa/PROPN and/CCONJ Capitol/PROPN Hill/PROPN ./PUNCT");
        assertEquals(List.of(), names(t.sentence(1)));
    }

    @Test
    void leadingWordsAndPartyCodesAreNoPartOfNames() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "But/CCONJ Trump/PROPN said/VERB Sen./PROPN Ted/PROPN Cruz/PROPN ,/PUNCT R-Texas/PROPN ,/PUNCT agreed/VERB ./PUNCT");
        assertEquals(List.of("Trump:weak", "Ted Cruz:strong"), names(t.sentence(1)));
    }

    @Test
    void aFederalOfficeHoldersNameIsANameWhateverItsFirstWord() {
        // "Kamala" is in no first-name list; the reference table of office-holders has Kamala Harris.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Kamala/PROPN Harris/PROPN will/AUX cast/VERB votes/NOUN near/ADP Kamala/PROPN Road/PROPN ./PUNCT");
        assertEquals(List.of("Kamala Harris:strong", "Kamala Road:weak"), names(t.sentence(1)));
    }

    @Test
    void aHyphenedSurnameTheTokenizerSplitIsOneName() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Sen./PROPN Cindy/PROPN Hyde/PROPN ~-/PUNCT ~Smith/PROPN met/VERB Jones/PROPN -/PUNCT Lee/PROPN ./PUNCT");
        assertEquals(List.of("Cindy Hyde-Smith:strong", "Jones:weak", "Lee:weak"), names(t.sentence(1)), "a spaced dash parts two names");
    }

    @Test
    void titleCaseHeadlineKeepsOnlyFirstNameAndSurname() {
        TaggedText t = TaggedText.of("Jane/PROPN Doe/PROPN Fires/PROPN Back/PROPN At/ADP Governor/PROPN Smith/PROPN");
        assertEquals(List.of("Jane Doe:strong", "Smith:weak"), names(t.sentence(0)));
    }

    @Test
    void aHeadlineWordAfterASurnameThatIsAlsoAFirstNameIsNoPartOfTheName() {
        TaggedText t = TaggedText.of("Mary/PROPN Kerry/PROPN Attacked/VERB For/ADP Comparing/NOUN Tim/PROPN Scott/PROPN To/ADP A/DET Girl/NOUN",
                "Did/AUX Trump/VERB Try/VERB To/PART Shut/VERB Down/ADP The/DET Bob/PROPN Flynn/PROPN Investigation/NOUN ?/PUNCT");
        assertEquals(List.of("Mary Kerry:strong", "Comparing:weak", "Girl:weak"), names(t.sentence(0)));
        assertEquals(List.of("Trump:weak", "Shut:weak", "Bob Flynn:strong"), names(t.sentence(1)), "a question in title case in body text");
    }

    @Test
    void pronounsAndDescriptionsAreReferences() {
        TaggedText t = TaggedText.of("Headline/NOUN", "The/DET attorney/NOUN general/NOUN said/VERB he/PRON would/AUX stay/VERB ./PUNCT");
        List<String> refs = new ArrayList<>();
        for (Mention m : finder.find(t.sentence(1)))
            refs.add(m.form() + ":" + m.value());
        assertEquals(List.of("PRONOUN:he", "TITLE:us-attorney-general"), refs);
        TaggedText day = TaggedText.of("Headline/NOUN", "Lee/PROPN criticized/VERB the/DET president/NOUN Thursday/PROPN ./PUNCT");
        assertTrue(finder.find(day.sentence(1)).stream().anyMatch(m -> m.form() == Mention.Form.TITLE && m.value().equals("us-president")),
                "a day after the title is no name it stands before");
    }

    @Test
    void herBeforeWhatSheOwnsIsPossessiveWhateverItsTag() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Lee/PROPN backed/VERB her/PRON bid/NOUN ./PUNCT",
                "Lee/PROPN backed/VERB her/PRON 2016/NUM campaign/NOUN ./PUNCT",
                "Lee/PROPN backed/VERB her/PRON last/ADJ week/NOUN ./PUNCT",
                "Lee/PROPN made/VERB her/PRON famous/ADJ ./PUNCT",
                "Lee/PROPN endorsed/VERB her/PRON in/ADP May/PROPN ./PUNCT",
                "Lee/PROPN won/VERB her/PRON House/SCONJ re-election/NOUN race/NOUN ./PUNCT");
        List<String> possessive = new ArrayList<>();
        for (int i = 1; i <= 6; i++)
            for (Mention m : finder.find(t.sentence(i)))
                if (m.form() == Mention.Form.PRONOUN)
                    possessive.add(m.value() + ":" + m.attribute("possessive"));
        assertEquals(List.of("her:true", "her:true", "her:null", "her:null", "her:null", "her:true"), possessive);
    }

    @Test
    void anotherCountrysPresidentIsNoDescriptionOfAnAmericansOffice() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "The/DET French/ADJ president/NOUN met/VERB the/DET president/NOUN ./PUNCT",
                "Ukraine/PROPN 's/PART president/NOUN called/VERB ./PUNCT");
        List<String> refs = new ArrayList<>();
        for (int i = 1; i <= 2; i++)
            for (Mention m : finder.find(t.sentence(i)))
                refs.add(m.form() + ":" + m.value() + "@" + m.start());
        assertEquals(List.of("TITLE:us-president@5"), refs);
    }

    @Test
    void aCapitalisedWordTaggedAsPronounCanStillBeAName() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "It/PRON was/AUX not/PART the/DET only/ADJ one/NOUN Moreno/PRON received/VERB ,/PUNCT and/CCONJ Everyone/PRON knew/VERB ./PUNCT");
        assertEquals(List.of("Moreno:weak"), names(t.sentence(1)));
    }

    @Test
    void anEditorsInsertionIsPartOfTheName() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "\"/PUNCT We/PRON thank/VERB Governor/PROPN [/PUNCT Ana/PROPN ]/PUNCT Ruiz/PROPN ,/PUNCT \"/PUNCT he/PRON said/VERB ./PUNCT");
        List<Mention> found = finder.find(t.sentence(1));
        Mention ruiz = found.stream().filter(m -> m.form() == Mention.Form.NAME).findFirst().orElseThrow();
        assertEquals("Ana Ruiz", ruiz.value());
        assertEquals("governor", ruiz.attribute("title"));
        assertEquals(List.of("Ana Ruiz:strong"), names(t.sentence(1)));
    }

    @Test
    void aPartyCodeInBracketsIsNoEditorsInsertion() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Sen./PROPN Ana/PROPN Ruiz/PROPN [/PUNCT R-Texas/PROPN ]/PUNCT spoke/VERB at/ADP a/DET rally/NOUN ./PUNCT");
        assertEquals(List.of("Ana Ruiz:strong"), names(t.sentence(1)));
    }

    @Test
    void theWordsAroundAPhotoAreNoPartOfAName() {
        // A gallery's caption ends in the name it shows, then the page's button and the next photo's title.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Vice/PROPN President/PROPN Jane/PROPN Doe/PROPN Hide/VERB Caption/PROPN 4/NUM of/ADP 38/NUM Photos/NOUN :/PUNCT "
                        + "Who/PRON will/AUX speak/VERB ?/PUNCT Ohio/PROPN Rep./PROPN Ana/PROPN Ruiz/PROPN Show/VERB caption/NOUN",
                "Image/NOUN copyright/NOUN Reuters/PROPN Image/NOUN caption/NOUN Mary/PROPN Moore/PROPN at/ADP a/DET rally/NOUN "
                        + "Media/PROPN caption/NOUN Bob/PROPN Smith/PROPN spoke/VERB ./PUNCT");
        assertEquals(List.of("Jane Doe:strong", "Ana Ruiz:strong"), names(t.sentence(1)));
        assertEquals(List.of("Reuters:weak", "Mary Moore:strong", "Bob Smith:strong"), names(t.sentence(2)));
    }

    @Test
    void twoFullNamesBackToBackAreTwoNamesWhenOneIsAnOfficeHolders() {
        // "Kamala Harris" is in the reference table of federal office-holders; "Mary Ann Jo Smith" is no one's there.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Is/AUX Kamala/PROPN Harris/PROPN Jane/PROPN Doe/PROPN ?/PUNCT",
                "He/PRON called/VERB Jane/PROPN Doe/PROPN Kamala/PROPN Harris/PROPN 's/PART aide/NOUN ,/PUNCT and/CCONJ "
                        + "Mary/PROPN Ann/PROPN Jo/PROPN Smith/PROPN agreed/VERB ./PUNCT",
                "How/ADV Kamala/PROPN Harris/PROPN Rose/PROPN From/ADP Defeat/PROPN ./PUNCT",
                "Kamala/PROPN Harris/PROPN Will/AUX Be/AUX the/DET nominee/NOUN ,/PUNCT but/CCONJ "
                        + "Will/AUX Sen/PROPN Kamala/PROPN Harris/PROPN campaign/VERB ?/PUNCT");
        assertEquals(List.of("Kamala Harris:strong", "Jane Doe:strong"), names(t.sentence(1)));
        assertEquals(List.of("Jane Doe:strong", "Kamala Harris:strong", "Mary Ann Jo Smith:strong"), names(t.sentence(2)));
        assertEquals(List.of("Kamala Harris:strong", "Defeat:weak"), names(t.sentence(3)), "a book's title in title case, not two names");
        assertEquals(List.of("Kamala Harris:strong", "Will Sen Kamala Harris:strong"), names(t.sentence(4)),
                "a verb after the name or before it is no first name; a capitalised auxiliary after it ends it");
    }

    @Test
    void aHyphenBetweenTwoPeoplesNamesPartsThem() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "They/PRON set/VERB up/ADP a/DET Jane/PROPN Doe/PROPN ~-/PUNCT ~Kamala/PROPN Harris/PROPN meeting/NOUN with/ADP "
                        + "Rep./PROPN Mary/PROPN Lou/PROPN Hyde/PROPN ~-/PUNCT ~Smith/PROPN ./PUNCT");
        assertEquals(List.of("Jane Doe:strong", "Kamala Harris:strong", "Mary Lou Hyde-Smith:strong"), names(t.sentence(1)));
    }

    @Test
    void wordsOfGrammarInTitleCaseEndANameInBodyTextToo() {
        // A quote in title case inside a paragraph: "For" is no part of the name after it, "Rose From" none of the one before.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Writer/PROPN Jane/PROPN Doe/PROPN :/PUNCT \"/PUNCT I/PRON Will/AUX Never/ADV Vote/VERB For/ADP Mary/PROPN J./PROPN Roe/PROPN ./PUNCT \"/PUNCT",
                "His/PRON book/NOUN is/AUX :/PUNCT How/ADV Richard/PROPN Roe/PROPN Rose/PROPN From/ADP Defeat/PROPN ./PUNCT "
                        + "Why/ADV Kamala/PROPN Harris/PROPN Rose/PROPN From/ADP Defeat/PROPN ./PUNCT "
                        + "I/PRON Will/AUX Phone/VERB Bank/PROPN For/ADP Mary/PROPN J./PROPN Roe/PROPN Jr./PROPN ./PUNCT",
                "Rep./PROPN John/PROPN A./DET Smith/PROPN and/CCONJ Chris/PROPN Van/ADP Hollen/PROPN spoke/VERB ./PUNCT");
        assertEquals(List.of("Writer Jane Doe:weak", "Vote:weak", "Mary J. Roe:strong"), names(t.sentence(1)));
        assertEquals(List.of("Richard Roe:strong", "Defeat:weak", "Kamala Harris:strong", "Defeat:weak", "Phone:weak",
                "Mary J. Roe Jr.:strong"), names(t.sentence(2)));
        assertEquals(List.of("John A. Smith:strong", "Chris Van Hollen:strong"), names(t.sentence(3)),
                "an initial or a name's particle is no word of grammar");
    }

    @Test
    void fullNamesRunTogetherAreEachAName() {
        // A table of people that lost its cells; a name with two surnames is still one.
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Those/PRON charged/VERB :/PUNCT Mary/PROPN T./PROPN Moore/PROPN Bob/PROPN Hargrove/PROPN Jane/PROPN Doe/PROPN Jr./PROPN business/NOUN partners/NOUN",
                "Mary/PROPN Rodham/PROPN Clinton/PROPN and/CCONJ Debbie/PROPN Wasserman/PROPN Schultz/PROPN spoke/VERB ./PUNCT");
        assertEquals(List.of("Mary T. Moore:strong", "Bob Hargrove:strong", "Jane Doe Jr.:strong"), names(t.sentence(1)));
        assertEquals(List.of("Mary Rodham Clinton:strong", "Debbie Wasserman Schultz:strong"), names(t.sentence(2)));
    }

    @Test
    void aNameWrittenAgainOrAFirstNameAfterAnInitialMakesNoTableOfNames() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Mary/PROPN Moore/PROPN Mary/PROPN Ann/PROPN Moore/PROPN Retirees/PROPN joined/VERB ./PUNCT",
                "Charged/VERB :/PUNCT Bob/PROPN T./PROPN Kerry/PROPN Mary/PROPN Hargrove/PROPN Bob/PROPN D./PROPN Moore/PROPN ./PUNCT");
        assertEquals(List.of("Mary Moore Mary Ann Moore Retirees:strong"), names(t.sentence(1)), "a hover card writes the name again");
        assertEquals(List.of("Charged:weak", "Bob T. Kerry:strong", "Mary Hargrove:strong", "Bob D. Moore:strong"), names(t.sentence(2)),
                "the word after an initial is the surname, a first name or not; two people may share a first name");
    }

    @Test
    void onlyEnglishWordsOfGrammarMarkTitleCaseAndAnAdjectiveBeforeAFirstNameStays() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Peter/PROPN Ford/PROPN //PUNCT The/DET Christian/PROPN Science/PROPN Monitor/CCONJ A/DET player/NOUN spoke/VERB ./PUNCT",
                "Tropical/ADJ Storm/PROPN Isaac/PROPN is/AUX near/ADP ./PUNCT",
                "As/ADP The/DET Christian/PROPN Science/PROPN Monitor/PROPN reported/VERB ,/PUNCT Treasure/NOUN Secretary/PROPN Steve/PROPN Moore/PROPN left/VERB ./PUNCT");
        assertEquals(List.of("Peter Ford:strong"), names(t.sentence(1)),
                "a paper's name is no one, as before");
        assertEquals(List.of("Tropical Storm Isaac:weak"), names(t.sentence(2)));
        assertEquals(List.of("Treasure Secretary Steve Moore:strong"), names(t.sentence(3)),
                "'The' may begin a paper's name; a misspelt post and its title make no person of their own, as before");
    }

    @Test
    void aTablesHeadingBeforeANameAndFormerAfterItAreNoPartOfIt() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Charged/VERB by/ADP the/DET special/ADJ counsel/NOUN Charges/NOUN Mary/PROPN Moore/PROPN Former/ADJ campaign/NOUN chairman/NOUN",
                "Kamala/NOUN Harris/PROPN Bob/PROPN Hargrove/PROPN ./PUNCT");
        List<Mention> found = finder.find(t.sentence(1));
        Mention moore = found.stream().filter(m -> m.form() == Mention.Form.NAME && m.value().contains("Moore")).findFirst().orElseThrow();
        assertEquals("Mary Moore", moore.value());
        assertEquals(null, moore.attribute("title"), "the special counsel's title stands before the heading, not the name");
        assertEquals(List.of("Kamala Harris:strong", "Bob Hargrove:strong"), names(t.sentence(2)), "an office-holder's first name stays");
    }
    @Test
    void electAfterAnOfficeIsNoPartOfTheNameAndNoTitleYet() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "They/PRON briefed/VERB President/PROPN Elect/PROPN Mary/PROPN Moore/PROPN ./PUNCT",
                "So/ADV President-Elect/ADJ Moore/NOUN is/AUX wrong/ADJ ,/PUNCT and/CCONJ Senator-Elect/ADJ Tom/PROPN Hale/PROPN agrees/VERB ./PUNCT");
        Mention moore = finder.find(t.sentence(1)).stream().filter(m -> m.form() == Mention.Form.NAME).findFirst().orElseThrow();
        assertEquals("Mary Moore", moore.value());
        assertEquals(null, moore.attribute("title"), "a president-elect holds no office yet, as with 'President-elect Mary Moore'");
        assertEquals(List.of("Moore:weak", "Tom Hale:strong"), names(t.sentence(2)));
    }

    @Test
    void aMiddleNameBetweenAnOfficeHoldersFirstNameAndSurnameKeepsTheFirstName() {
        // "Kamala" is no first name of the list and the tagger took it for a noun; "Kamala Harris" is in the reference table.
        TaggedText t = TaggedText.of("Headline/NOUN", "Kamala/NOUN Jane/PROPN Harris/PROPN ./PUNCT",
                "Charges/NOUN Jane/PROPN Harris/PROPN ./PUNCT");
        assertEquals(List.of("Kamala Jane Harris:strong"), names(t.sentence(1)));
        assertEquals(List.of("Jane Harris:strong"), names(t.sentence(2)), "a table's heading before a name stays out of it");
    }
    @Test
    void aCapitalisedPluralTitleBeforeANameIsATitle() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "A/DET bill/NOUN was/AUX introduced/VERB by/ADP Senators/PROPN Tom/PROPN Cotton/PROPN and/CCONJ Josh/PROPN Hawley/PROPN ./PUNCT",
                "The/DET Ottawa/PROPN Senators/PROPN Play/PROPN Tonight/PROPN ./PUNCT");
        List<Mention> found = finder.find(t.sentence(1));
        Mention cotton = found.stream().filter(m -> m.form() == Mention.Form.NAME).findFirst().orElseThrow();
        assertEquals("Tom Cotton", cotton.value(), "\"Senators\" had made \"Senators Tom Cotton\" a weak name of its own");
        assertEquals("us-senator", cotton.attribute("title"));
        assertEquals(PersonFinder.STRONG, cotton.attribute(PersonFinder.STRENGTH));
        // Before no given name and no office-holder's surname the plural stays a word.
        assertEquals(List.of(), names(t.sentence(2)).stream().filter(n -> n.startsWith("Play")).toList());
    }

    @Test
    void aVerbOrAnAdjectiveThatStartsASentenceOrFollowsAnAuxiliaryIsNoPartOfTheNameAfterIt() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Said/VERB Obama/PROPN :/PUNCT \"/PUNCT We/PRON will/AUX act/VERB ./PUNCT \"/PUNCT",
                "They/PRON chanted/VERB \"/PUNCT Do/AUX n't/AUX+PART Vote/VERB Trump/ADJ \"/PUNCT on/ADP a/DET bus/NOUN ./PUNCT",
                "Following/VERB Trump/PROPN ,/PUNCT the/DET senators/NOUN left/VERB ./PUNCT",
                "Hope/VERB Hicks/PROPN left/VERB the/DET White/PROPN House/PROPN ./PUNCT",
                "Fleming/VERB Says/PROPN He/PRON Will/AUX Run/VERB",
                "Defiant/ADJ Obama/PROPN says/VERB he/PRON wo/AUX n't/PART bend/VERB ./PUNCT",
                "New/ADJ Jersey/PROPN Gov./PROPN Chris/PROPN Christie/PROPN spoke/VERB ./PUNCT");
        assertEquals(List.of("Obama:weak"), names(t.sentence(1)), "a verb of saying, though \"Said\" is a given name too");
        assertEquals(List.of("Trump:weak"), names(t.sentence(2)));
        assertEquals(List.of("Trump:weak"), names(t.sentence(3)));
        assertEquals(List.of("Hope Hicks:strong"), names(t.sentence(4)), "a given name the tagger took for a verb stays");
        assertEquals("Fleming", names(t.sentence(5)).get(0).replaceAll(" .*|:.*", ""), "no name after the word");
        assertEquals(List.of("Obama:weak"), names(t.sentence(6)), "an adjective before an office-holder's surname alone");
        assertEquals(List.of("Chris Christie:strong"), names(t.sentence(7)));
    }
    @Test
    void inATitleCaseHeadlineAnOfficeHoldersSurnameThatIsAFirstNameTooEndsBeforeAVerb() {
        assertEquals(List.of("Kerry:weak"), names(TaggedText.of("Kerry/PROPN Urges/NOUN China/PROPN To/PROPN Act/VERB").sentence(0)));
        assertEquals(List.of("Clinton:weak"), names(TaggedText.of("Clinton/PROPN Enjoys/PROPN Post/PROPN Bounce/PROPN").sentence(0)));
        assertEquals("Warren Buffett:strong", names(TaggedText.of("Warren/PROPN Buffett/PROPN Says/PROPN Taxes/NOUN Should/AUX Rise/VERB").sentence(0)).get(0));
        assertEquals("Reid Hoffman:strong", names(TaggedText.of("Reid/PROPN Hoffman/PROPN Backs/PROPN Biden/PROPN").sentence(0)).get(0));
    }
}
