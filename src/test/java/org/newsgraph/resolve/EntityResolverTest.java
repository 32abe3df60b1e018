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

    /** One sentence, "NAME holds the office": a person mention (chain 0) and an office mention with these attributes. */
    private ResolvedArticle holding(String name, String officeKey, java.time.LocalDate published, String... officeAttributes) {
        String text = "Headline\n\n" + name + " is office .";
        String[] tokens = (name + " is office .").split(" ");
        int start = "Headline\n\n".length();
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        String[] tags = new String[tokens.length];
        int at = start;
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = at;
            ends[i] = at + tokens[i].length();
            at = ends[i] + 1;
            tags[i] = "PROPN";
        }
        int n = name.split(" ").length;
        var headline = new org.newsgraph.nlp.AnnotatedSentence(0, "Headline", 0, new String[] {"Headline"}, new int[] {0},
                new int[] {8}, new String[] {"NOUN"}, true);
        var sentence = new org.newsgraph.nlp.AnnotatedSentence(1, text.substring(start), start, tokens, starts, ends, tags, false);
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        for (int i = 0; i + 1 < officeAttributes.length; i += 2)
            attributes.put(officeAttributes[i], officeAttributes[i + 1]);
        var person = new org.newsgraph.nlp.Mention(org.newsgraph.nlp.EntityType.PERSON, org.newsgraph.nlp.Mention.Form.NAME, 1, 0, n,
                name, name, java.util.Map.of(), 0.9, 0);
        var office = new org.newsgraph.nlp.Mention(org.newsgraph.nlp.EntityType.OFFICE, org.newsgraph.nlp.Mention.Form.NAME, 1, n + 1,
                n + 2, "office", officeKey, attributes, 0.9);
        var article = new org.newsgraph.ingest.Article("a", "Headline", text, "", null, null, published, "a.txt");
        var analysed = new org.newsgraph.nlp.AnnotatedArticle(article, List.of(headline, sentence), List.of(person, office),
                List.of(new PersonChain(0, List.of(name), List.of(), null)), List.of());
        var fact = new org.newsgraph.extract.Fact(person, org.newsgraph.extract.Relation.HOLDS_OFFICE, office, 1, 0.9,
                java.util.Map.of("officeStatus", "current"));
        return resolver.resolve(analysed, List.of(fact));
    }

    @Test
    void aForeignHeadOfStateHoldsHisCountrysOfficeNotTheUnitedStates() {
        ResolvedArticle a = holding("Vladimir Putin", "us-president", null, "country", "Russia");
        assertEquals(1, a.facts().size());
        Entity office = a.facts().get(0).object();
        assertEquals("President of Russia", office.label());
        assertEquals("president-of-russia", office.key());
        assertEquals("Russia", office.attributes().get("jurisdiction"));
        // Without a country, "President Putin" is no U.S. president: the record has no such holder.
        assertEquals(List.of(), holding("Vladimir Putin", "us-president", null).facts());
    }

    @Test
    void aSeatIsTheStatesOnItsHoldingAndAFederalOfficeTheUnitedStates() {
        ResolvedFact seat = holding("Doug Jones", "us-senator", null, "jurisdiction", "Alabama").facts().get(0);
        assertEquals("us-senator", seat.object().key(), "every senator holds one office");
        assertEquals("United States", seat.object().attributes().get("jurisdiction"));
        assertEquals("Alabama", seat.qualifiers().get("jurisdiction"), "the seat is Alabama's");
        assertEquals(null, holding("Doug Jones", "us-senator", null).facts().get(0).qualifiers().get("jurisdiction"));
        Entity governor = holding("Brian Kemp", "governor", null, "jurisdiction", "Georgia").facts().get(0).object();
        assertEquals("Governor of Georgia", governor.label());
        Entity ag = holding("Jeff Sessions", "us-attorney-general", null).facts().get(0).object();
        assertEquals("us-attorney-general", ag.key());
        assertEquals("United States", ag.attributes().get("jurisdiction"));
    }

    @Test
    void aPresidencyIsHeldAgainstTheRecordOfWhoHeldItWhen() {
        java.time.LocalDate spring2018 = java.time.LocalDate.of(2018, 4, 1);
        assertEquals("former", holding("Barack Obama", "us-president", spring2018).facts().get(0).qualifiers().get("officeStatus"));
        assertEquals("current", holding("Donald Trump", "us-president", spring2018).facts().get(0).qualifiers().get("officeStatus"));
        // Hillary Clinton never was president, whatever "President Clinton" a chain took in; Biden was not yet in 2018.
        assertEquals(List.of(), holding("Hillary Clinton", "us-president", spring2018).facts());
        assertEquals(List.of(), holding("Joe Biden", "us-president", spring2018).facts());
        assertEquals("former", holding("Joe Biden", "us-vice-president", spring2018).facts().get(0).qualifiers().get("officeStatus"));
    }
}
