package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Gazetteers;

class NameFormsTest {
    private final NameForms forms = new NameForms(Gazetteers.load());

    @Test
    void titlesAndRolesInFrontOfANameAreNoPartOfIt() {
        assertEquals(List.of("Sonia", "Sotomayor"), forms.withoutTitles(List.of("Justice", "Sonia", "Sotomayor")));
        assertEquals(List.of("Trump"), forms.withoutTitles(List.of("Mr", "Trump")));
        assertEquals(List.of("trump"), forms.withoutTitles(List.of("mr", "trump")), "keys too");
        assertEquals(List.of("mitch", "mcconnell"), forms.withoutTitles(List.of("leader", "mitch", "mcconnell")));
        assertEquals(List.of("Ben", "Carson"), forms.withoutTitles(List.of("Secretary", "Ben", "Carson")));
        assertEquals(List.of("Elizabeth", "Warren"), forms.withoutTitles(List.of("Sen.", "Elizabeth", "Warren")));
    }

    @Test
    void aNameAfterAPostInsideItIsTheName() {
        assertEquals(List.of("Ben", "Carson"), forms.withoutTitles(List.of("Urban", "Development", "Secretary", "Ben", "Carson")));
        assertEquals(List.of("Keith", "Flynn"), forms.withoutTitles(List.of("Public", "Safety", "Commissioner", "Keith", "Flynn")));
    }

    @Test
    void thePluralOfATitleBeforeAListOfNamesIsATitleToo() {
        assertEquals(List.of("Trump"), forms.withoutTitles(List.of("Presidents", "Trump")));
        assertEquals(List.of("Antonin", "Scalia"), forms.withoutTitles(List.of("Justices", "Antonin", "Scalia")));
        assertEquals(List.of("Steny", "Hoyer"), forms.withoutTitles(List.of("Representatives", "Steny", "Hoyer")));
        assertEquals(List.of("Ann", "Boyd"), forms.withoutTitles(List.of("Sens.", "Ann", "Boyd")));
        assertEquals(List.of("Sam", "Ross"), forms.withoutTitles(List.of("Secretaries", "Sam", "Ross")));
        assertEquals(List.of("Pete", "Kings"), forms.withoutTitles(List.of("Pete", "Kings")), "a surname stays");
        assertEquals(List.of("Princess", "Anne"), forms.withoutTitles(List.of("Princess", "Anne")), "no plural; a lone first name keeps its title");
    }

    @Test
    void aTitleBeforeASurnameThatIsAlsoAFirstNameGoesWhenTheSurnameIsKnown() {
        assertEquals(List.of("Secretary", "Kerry"), forms.withoutTitles(List.of("Secretary", "Kerry")));
        assertEquals(List.of("Kerry"), forms.withoutTitles(List.of("Secretary", "Kerry"), w -> w.equalsIgnoreCase("kerry")));
    }

    @Test
    void wordsBeforeANameAreNoPartOfItButAFirstNameIs() {
        assertTrue(forms.hasWordsBefore(List.of("enter", "marco", "rubio"), List.of("marco", "rubio")));
        assertTrue(forms.hasWordsBefore(List.of("sleepy", "joe", "biden"), List.of("joe", "biden")));
        assertFalse(forms.hasWordsBefore(List.of("mary", "ann", "smith"), List.of("ann", "smith")), "a double first name");
        assertFalse(forms.hasWordsBefore(List.of("macguffinized", "obama"), List.of("obama")), "a surname alone is no name");
    }

    @Test
    void aTitleStaysWhenOnlyAFirstNameOrNothingWouldBeLeft() {
        assertEquals(List.of("Prince", "Harry"), forms.withoutTitles(List.of("Prince", "Harry")));
        assertEquals(List.of("Justice"), forms.withoutTitles(List.of("Justice")));
        assertEquals(List.of("Will", "Hurd"), forms.withoutTitles(List.of("Will", "Hurd")), "a first name is no title");
    }

    @Test
    void aSurnameWrittenTwiceIsWrittenOnce() {
        assertEquals(List.of("bernie", "sanders"), forms.withoutRepeat(List.of("bernie", "sanders", "sanders")));
        assertEquals(List.of("Boutros", "Boutros-Ghali"), forms.withoutRepeat(List.of("Boutros", "Boutros-Ghali")));
    }

    @Test
    void nicknamesFormalNamesAndSlipsAreOneFirstName() {
        assertTrue(forms.sameFirstName("Joe", "Joseph"));
        assertTrue(forms.sameFirstName("chuck", "charles"));
        assertTrue(forms.sameFirstName("Jeff", "Jefferson"));
        assertTrue(forms.isMisspelling("Hilary", "Hillary"));
        assertTrue(forms.isMisspelling("Lindsay", "Lindsey"));
        assertTrue(forms.isMisspelling("Alexandra", "Alexandria"));
        assertFalse(forms.isNickname("Hilary", "Hillary"), "a slip is no nickname");
    }

    @Test
    void differentNamesStayDifferent() {
        assertFalse(forms.sameFirstName("Dale", "Dave"), "a consonant makes another name");
        assertFalse(forms.sameFirstName("John", "Joan"), "short names and different sexes");
        assertFalse(forms.sameFirstName("Hunter", "Joe"));
        assertFalse(forms.isMisspelling("Mario", "Maria"), "a man's and a woman's name");
    }
}
