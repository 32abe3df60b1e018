package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PartyFinderTest {
    private final PartyFinder finder = new PartyFinder(Gazetteers.load());

    private List<String> parties(AnnotatedSentence s) {
        return finder.find(s).stream().map(m -> m.value() + " " + m.attribute("form") + " " + m.attribute("state")).toList();
    }

    @Test
    void aPartyCodeGivesThePartyAndTheStateWithAHyphenOrAnEnDash() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Sens./PROPN Ann/PROPN Lee/PROPN (/PUNCT R–Ohio/PROPN )/PUNCT and/CCONJ Bo/PROPN Ruiz/PROPN (/PUNCT D-Calif./PROPN )/PUNCT spoke/VERB ./PUNCT");
        assertEquals(List.of("republican-party code Ohio", "democratic-party code California"), parties(t.sentence(1)));
    }

    @Test
    void anotherCountrysPartyIsNoneOfOursButALiberalDemocratOpeningASentenceIs() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Former/ADJ Liberal/PROPN Democrat/PROPN leader/NOUN Paddy/PROPN Ashdown/PROPN spoke/VERB ./PUNCT",
                "Liberal/ADJ Democrats/PROPN in/ADP Congress/PROPN want/VERB more/ADJ ./PUNCT");
        assertEquals(List.of(), parties(t.sentence(1)));
        assertEquals(List.of("democratic-party word null"), parties(t.sentence(2)));
    }
}
