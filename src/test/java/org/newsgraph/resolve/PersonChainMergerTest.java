package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.PersonChain;

class PersonChainMergerTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();
    private final EntityResolver resolver = new EntityResolver(GAZETTEERS);
    private final PersonChainMerger merger = new PersonChainMerger(new NameForms(GAZETTEERS), resolver);

    /** The key the resolver gives each chain after merging. */
    private List<String> keys(PersonsFixture f) {
        AnnotatedArticle merged = merger.merge(f.article());
        return merged.chains().stream().map(c -> resolver.person(c).key()).toList();
    }

    @Test
    void titlesInFrontOfANameAreTakenOff() {
        assertEquals(List.of("sonia-sotomayor"), keys(PersonsFixture.of("Justice Sonia Sotomayor wrote .")
                .chain("female", "Justice Sonia Sotomayor").name(0, 0, 3, 0)));
        assertEquals(List.of("trump"), keys(PersonsFixture.of("Mr Trump said .").chain("male", "Mr Trump").name(0, 0, 2, 0)));
    }

    @Test
    void aSurnameAloneJoinsTheFullNameNamedMost() {
        PersonsFixture f = PersonsFixture.of("Trump said .", "Donald Trump and Melania Trump spoke .", "Trump spoke .")
                .chain(null, "Trump").name(0, 0, 1, 0)
                .chain("male", "Donald Trump", "Trump").name(1, 0, 2, 1).name(2, 0, 1, 1)
                .chain("female", "Melania Trump").name(1, 3, 5, 2);
        assertEquals(List.of("donald-trump", "donald-trump", "melania-trump"), keys(f));
    }

    @Test
    void aPluralTitleBeforeAListOfNamesGoesAndTheSurnameJoinsTheFullName() {
        PersonsFixture f = PersonsFixture.of("Donald Trump spoke .", "Presidents Trump and Obama met .")
                .chain("male", "Donald Trump").name(0, 0, 2, 0)
                .chain(null, "Presidents Trump").name(1, 0, 2, 1);
        assertEquals(List.of("donald-trump", "donald-trump"), keys(f));
    }

    @Test
    void peopleOfDifferentSexesAreNotJoined() {
        PersonsFixture f = PersonsFixture.of("Mrs. Cochran thanked Thad Cochran .")
                .chain("female", "Cochran").name(0, 1, 2, 0)
                .chain("male", "Thad Cochran").name(0, 3, 5, 1);
        assertEquals(List.of("cochran", "thad-cochran"), keys(f));
    }

    @Test
    void aNicknameAndTheFormalNameOfOneSurnameAreJoined() {
        PersonsFixture f = PersonsFixture.of("Joseph Biden met Joe Biden .")
                .chain("male", "Joseph Biden").name(0, 0, 2, 0)
                .chain("male", "Joe Biden").name(0, 3, 5, 1);
        List<String> keys = keys(f);
        assertEquals(keys.get(0), keys.get(1));
        PersonsFixture brothers = PersonsFixture.of("Joe Biden met Hunter Biden .")
                .chain("male", "Joe Biden").name(0, 0, 2, 0)
                .chain("male", "Hunter Biden").name(0, 3, 5, 1);
        List<String> two = keys(brothers);
        assertNotEquals(two.get(0), two.get(1));
    }

    @Test
    void theVerbOfAQuestionIsNoFirstNameButAFirstNameIs() {
        assertEquals(List.of("trump"), keys(PersonsFixture.of("Will Trump endorse Moore ?").chain(null, "Will Trump")
                .name(0, 0, 2, 0)));
        assertEquals(List.of("will-hurd"), keys(PersonsFixture.of("Will Hurd spoke .", "Rep. Will Hurd said so .")
                .chain("male", "Will Hurd", "Will Hurd").name(0, 0, 2, 0).name(1, 1, 3, 0)), "written inside a sentence too");
        assertEquals(List.of("trump"), keys(PersonsFixture.of("What Will Trump Do ?", "Tim Stanley : Will Trump win ?")
                .chain(null, "Will Trump", "Will Trump").name(0, 1, 3, 0).name(1, 3, 5, 0)), "a question opens after a question word or a colon");
    }

    @Test
    void aNameWithWordsBeforeItJoinsTheName() {
        PersonsFixture f = PersonsFixture.of("Enter Marco Rubio", "Marco Rubio spoke .")
                .chain(null, "Enter Marco Rubio").name(0, 0, 3, 0)
                .chain("male", "Marco Rubio").name(1, 0, 2, 1);
        assertEquals(List.of("marco-rubio", "marco-rubio"), keys(f));
    }

    @Test
    void aNameWithWordsGluedAfterItJoinsTheName() {
        PersonsFixture headline = PersonsFixture.of("Hillary Clinton Keeps Iowa Guessing", "Hillary Clinton spoke .")
                .chain(null, "Hillary Clinton Keeps").name(0, 0, 3, 0)
                .chain("female", "Hillary Clinton").name(1, 0, 2, 1);
        assertEquals(List.of("hillary-clinton", "hillary-clinton"), keys(headline));
        PersonsFixture twoPeople = PersonsFixture.of("Donald Trump Kellyanne Conway", "Donald Trump met Kellyanne Conway .")
                .chain(null, "Donald Trump Kellyanne Conway").name(0, 0, 4, 0)
                .chain("male", "Donald Trump").name(1, 0, 2, 1)
                .chain("female", "Kellyanne Conway").name(1, 3, 5, 2);
        assertEquals(List.of("donald-trump-kellyanne-conway", "donald-trump", "kellyanne-conway"), keys(twoPeople),
                "the words after begin another person's name");
        PersonsFixture hoverCard = PersonsFixture.of("Speaker Paul Ryan Paul Davis Ryan Retirees should say no", "Paul Ryan and Paul Davis spoke .")
                .chain("male", "Paul Ryan Paul Davis Ryan Retirees").name(0, 1, 7, 0)
                .chain("male", "Paul Ryan").name(1, 0, 2, 1)
                .chain("male", "Paul Davis").name(1, 3, 5, 2);
        assertEquals(List.of("paul-ryan", "paul-ryan", "paul-davis"), keys(hoverCard), "the name written again");
    }

    @Test
    void surnamesOneSlipApartWithTheSameFirstNameAreJoined() {
        PersonsFixture f = PersonsFixture.of("Rudy Guiliani said .", "Rudy Giuliani spoke . Rudy Giuliani left .", "Tom Wolf met Tom Wolfe .")
                .chain("male", "Rudy Guiliani").name(0, 0, 2, 0)
                .chain("male", "Rudy Giuliani", "Rudy Giuliani").name(1, 0, 2, 1).name(1, 4, 6, 1)
                .chain("male", "Tom Wolf").name(2, 0, 2, 2)
                .chain("male", "Tom Wolfe").name(2, 3, 5, 3);
        assertEquals(List.of("rudy-giuliani", "rudy-giuliani", "tom-wolf", "tom-wolfe"), keys(f));
    }

    @Test
    void aSurnameAloneJoinsAFullNameOneSlipFromItOnlyWhenTheCorrectedNameIsAnOfficeHolders() {
        // Kamala Harris is in the reference table of federal office-holders; Tucker Carson and Donald Reagan are not.
        PersonsFixture f = PersonsFixture.of("Sen. Kamala Haris spoke .", "Harris left .", "Tucker Carlson met Carson .",
                        "Donald Regan thanked Reagan .")
                .chain("female", "Kamala Haris").name(0, 1, 3, 0)
                .chain(null, "Harris").name(1, 0, 1, 1)
                .chain("male", "Tucker Carlson").name(2, 0, 2, 2)
                .chain(null, "Carson").name(2, 3, 4, 3)
                .chain("male", "Donald Regan").name(3, 0, 2, 4)
                .chain(null, "Reagan").name(3, 3, 4, 5);
        assertEquals(List.of("kamala-haris", "kamala-haris", "tucker-carlson", "carson", "donald-regan", "reagan"), keys(f));
    }

    @Test
    void aSurnameAloneOneSlipFromAnOfficeHoldersFullNameNamedMoreOftenIsItsMisspelling() {
        // Kamala Harris and John McCain are in the reference table; so is a McClain, and "Collin" is a first name.
        PersonsFixture f = PersonsFixture.of("Sen. Kamala Harris spoke . Ms. Harris left .", "Ms. Harirs said .",
                        "Sen. John McCain spoke . McCain left . McClain said .", "Sen. Susan Collins spoke . Ms. Collins left . Collin said .")
                .chain("female", "Kamala Harris", "Harris").name(0, 1, 3, 0).name(0, 6, 7, 0)
                .chain("female", "Harirs").name(1, 1, 2, 1)
                .chain("male", "John McCain", "McCain").name(2, 1, 3, 2).name(2, 5, 6, 2)
                .chain(null, "McClain").name(2, 8, 9, 3)
                .chain("female", "Susan Collins", "Collins").name(3, 1, 3, 4).name(3, 6, 7, 4)
                .chain(null, "Collin").name(3, 9, 10, 5);
        assertEquals(List.of("kamala-harris", "kamala-harris", "john-mccain", "mcclain", "susan-collins", "collin"), keys(f));
    }

    @Test
    void aSurnameAloneOneSlipFromAnOfficeHoldersSurnameWrittenAloneMoreOftenIsItsMisspelling() {
        // "Trump" alone the article writes twice, "Tump" once: Tump is no first name and nobody's surname in the table.
        PersonsFixture f = PersonsFixture.of("President Trump spoke . Trump left .", "Mr. Tump said .",
                        "Rep. Tump spoke . Tump left .", "Mr. Trump said .")
                .chain("male", "Trump", "Trump").name(0, 1, 2, 0).name(0, 4, 5, 0)
                .chain("male", "Tump").name(1, 1, 2, 1)
                .chain(null, "Tump", "Tump").name(2, 1, 2, 2).name(2, 4, 5, 2)
                .chain("male", "Trump").name(3, 1, 2, 3);
        List<String> keys = keys(f);
        assertEquals("trump", keys.get(1), "the slip joins the surname written more often");
        assertEquals("tump", keys.get(2), "a surname written more often than the office-holder's is a name of its own");
    }

    @Test
    void aSurnameAloneIsNoMisspellingWhenItIsThePluralOrNamedMoreOftenThanTheFullName() {
        PersonsFixture f = PersonsFixture.of("Sen. Kamala Harris spoke .", "Harirs left . Harirs said .",
                        "Sen. John McCain spoke . McCain left . The McCains said .")
                .chain("female", "Kamala Harris").name(0, 1, 3, 0)
                .chain(null, "Harirs", "Harirs").name(1, 0, 1, 1).name(1, 3, 4, 1)
                .chain("male", "John McCain", "McCain").name(2, 1, 3, 2).name(2, 5, 6, 2)
                .chain(null, "McCains").name(2, 9, 10, 3);
        assertEquals(List.of("kamala-harris", "harirs", "john-mccain", "mccains"), keys(f));
    }

    @Test
    void aSurnameThatIsAlsoAFirstNameLosesItsTitleWhenTheArticleGivesItAsASurname() {
        PersonsFixture f = PersonsFixture.of("John Kerry flew in .", "Secretary Kerry spoke .")
                .chain("male", "John Kerry").name(0, 0, 2, 0)
                .chain(null, "Secretary Kerry").name(1, 0, 2, 1);
        assertEquals(List.of("john-kerry", "john-kerry"), keys(f));
    }

    @Test
    void chainIdsAndTheArticleStayAsTheyWere() {
        PersonsFixture f = PersonsFixture.of("Trump said .").chain(null, "Trump").name(0, 0, 1, 0);
        AnnotatedArticle before = f.article();
        AnnotatedArticle after = merger.merge(before);
        assertEquals(before.mentions(), after.mentions());
        assertEquals(List.of(0), after.chains().stream().map(PersonChain::id).toList());
    }
}
