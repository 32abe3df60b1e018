package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.PersonChain;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver(Gazetteers.load());

    @Test
    void canonicalNameIsTheShortestFullNameWritten() {
        PersonChain chain = new PersonChain(0, List.of("Jeff Sessions", "Sessions", "Jefferson Beauregard Sessions"),
                List.of("Jefferson (Jeff) Beauregard Sessions"), "male");
        assertEquals("Jeff Sessions", resolver.canonicalName(chain));
    }

    @Test
    void aHoverCardNamesAPersonWrittenOnlyBySurname() {
        PersonChain chain = new PersonChain(0, List.of("Trump", "Trump"), List.of("Donald John Trump"), "male");
        assertEquals("Donald Trump", resolver.canonicalName(chain));
        PersonChain nick = new PersonChain(1, List.of("Mueller"), List.of("Robert (Bob) Mueller"), "male");
        assertEquals("Bob Mueller", resolver.canonicalName(nick));
    }

    @Test
    void initialsAndSuffixesAreDroppedAndASurnameStaysAlone() {
        assertEquals("Stephen Bannon", resolver.canonicalName(new PersonChain(0, List.of("Stephen K. Bannon"), List.of(), null)));
        assertEquals("Comey", resolver.canonicalName(new PersonChain(0, List.of("Comey"), List.of(), null)));
    }

    @Test
    void theLabelIsTheSameWhateverSpellingTheArticleUsed() {
        Entity curly = resolver.person(new PersonChain(0, List.of("Beto O’Rourke", "O’Rourke"), List.of(), "male"));
        Entity straight = resolver.person(new PersonChain(3, List.of("Beto O'Rourke."), List.of(), "male"));
        assertEquals("beto-orourke", curly.key());
        assertEquals("beto-orourke", straight.key());
        assertEquals("Beto O'Rourke", curly.label());
        assertEquals("Beto O'Rourke", straight.label());
        assertEquals(Set.of("Beto O’Rourke", "O’Rourke"), curly.altLabels());
        // The spelling equal to the label is not repeated, and the sentence's full stop is no part of a name.
        assertEquals(Set.of(), straight.altLabels());
        Entity accented = resolver.person(new PersonChain(0, List.of("Raúl Castro", "Castro"), List.of(), "male"));
        assertEquals("Raul Castro", accented.label());
        assertEquals(Set.of("Raúl Castro", "Castro"), accented.altLabels());
    }

    @Test
    void surfaceFormsLoseOnlyTheSentencePunctuation() {
        assertEquals("Donald Trump", EntityResolver.surface("Donald Trump."));
        assertEquals("Nancy Pelosi", EntityResolver.surface("Nancy Pelosi’"));
        assertEquals("Martin Luther King Jr.", EntityResolver.surface("Martin Luther King Jr."));
        assertEquals("Stephen K.", EntityResolver.surface("Stephen K."));
    }

    @Test
    void slugsAreStableAscii() {
        assertEquals("jeff-sessions", Entity.slug("Jeff Sessions"));
        assertEquals("beto-orourke", Entity.slug("Beto O’Rourke"));
        assertEquals("2020-alabama-us-senate-election", Entity.slug("2020 Alabama U.S. Senate election"));
        assertThrows(IllegalArgumentException.class, () -> Entity.slug("—"));
    }
}
