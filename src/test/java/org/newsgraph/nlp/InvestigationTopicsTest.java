package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvestigationTopicsTest {

    private static Mention investigation(String text, String topic) {
        return new Mention(EntityType.INVESTIGATION, Mention.Form.NAME, 0, 0, 2, text, topic, Map.of("head", "case"), 0.8);
    }

    @Test
    void aProbeNamedAfterNoPersonOfTheArticleIsNone() {
        Mention flynn = new Mention(EntityType.PERSON, Mention.Form.NAME, 1, 0, 2, "Michael Flynn", "Michael Flynn", Map.of(), 0.9);
        List<Mention> kept = InvestigationFinder.withKnownTopics(List.of(flynn,
                investigation("The case", "The"), investigation("Supreme Court case", "Supreme"), investigation("Ebola case", "Ebola"),
                investigation("the Flynn case", "Flynn"), investigation("the Russia probe", "Russia"),
                investigation("the probe", "")));
        assertEquals(List.of("Michael Flynn", "the Flynn case", "the Russia probe", "the probe"),
                kept.stream().map(Mention::text).toList());
    }
}
