package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MentionTest {
    private static Mention sessions(Map<String, String> attributes) {
        return new Mention(EntityType.PERSON, Mention.Form.NAME, 2, 4, 6, "Jeff Sessions", "Jeff Sessions", attributes, 0.9);
    }

    @Test
    void mentionsWithTheSameFieldsAreEqualAndHashAlike() {
        Map<String, String> attributes = new HashMap<>(Map.of("strength", "strong"));
        Mention a = sessions(attributes);
        Mention b = sessions(Map.of("strength", "strong"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        // The mention keeps its own copy of the attributes.
        attributes.put("title", "us-attorney-general");
        assertEquals(a, b);
    }

    @Test
    void anyFieldTellsMentionsApart() {
        Mention a = sessions(Map.of("strength", "strong"));
        assertNotEquals(a, sessions(Map.of("strength", "weak")));
        assertNotEquals(a, a.withChain(3));
        assertNotEquals(a, new Mention(EntityType.PERSON, Mention.Form.NAME, 2, 4, 6, "Jeff Sessions", "Sessions",
                Map.of("strength", "strong"), 0.9));
        assertNotEquals(a, new Mention(EntityType.PERSON, Mention.Form.NAME, 2, 4, 6, "Jeff Sessions", "Jeff Sessions",
                Map.of("strength", "strong"), 0.8));
        assertNotEquals(a, new Mention(EntityType.PERSON, Mention.Form.TITLE, 2, 4, 6, "Jeff Sessions", "Jeff Sessions",
                Map.of("strength", "strong"), 0.9));
    }

    @Test
    void badSpansAndConfidencesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Mention(EntityType.PERSON, Mention.Form.NAME, 0, 3, 3, "x", "x", Map.of(), 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new Mention(EntityType.PERSON, Mention.Form.NAME, 0, 0, 1, "x", "x", Map.of(), 1.5));
    }
}
