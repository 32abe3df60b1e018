package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

class PhraseFinderTest {
    private static final Set<String> TITLES = Set.of("attorney general", "deputy attorney general", "senator",
            "U.S. Senator", "attorney");
    private final PhraseFinder finder = new PhraseFinder(TITLES, "office");

    @Test
    void longestPhraseAtEachTokenIgnoringCase() {
        String[] tokens = "The Deputy Attorney General met U.S. senator Smith and an attorney".split(" ");
        assertArrayEquals(new Span[] {new Span(1, 4, "office"), new Span(5, 7, "office"), new Span(10, 11, "office")},
                finder.find(tokens));
    }

    @Test
    void aMatchIsNotSearchedAgainInsideItself() {
        // "attorney" inside "attorney general" is no second match, nor is "senator" inside "U.S. Senator".
        assertArrayEquals(new Span[] {new Span(0, 2, "office")}, finder.find(new String[] {"attorney", "general"}));
        assertArrayEquals(new Span[0], finder.find(new String[] {"general", "U.S."}));
        assertArrayEquals(new Span[0], finder.find(new String[0]));
    }

    @Test
    void findsWhatOpenNlpsDictionaryNameFinderFinds() {
        Dictionary dictionary = new Dictionary(false);
        TITLES.forEach(t -> dictionary.put(new StringList(t.split(" "))));
        DictionaryNameFinder reference = new DictionaryNameFinder(dictionary, "office");
        String[] tokens = ("attorney general attorney Attorney General senator U.S. U.S. Senator deputy attorney "
                + "deputy attorney general general").split(" ");
        assertArrayEquals(reference.find(tokens), finder.find(tokens));
    }
}
