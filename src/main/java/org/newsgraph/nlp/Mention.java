package org.newsgraph.nlp;

import java.util.Map;
import java.util.Objects;

/**
 * A stretch of a sentence that refers to something: a person's name, a pronoun or title standing for a
 * person, an office title, a party, a race or an investigation. Token offsets {@code start..end}
 * (exclusive) are within sentence {@code sentence}; {@code value} is the normalised form (the name
 * without titles, an office or party key, an investigation's topic); {@code chain} numbers the person a
 * person mention was linked to within the article, or is -1. Immutable.
 */
public record Mention(EntityType type, Form form, int sentence, int start, int end, String text, String value,
                      Map<String, String> attributes, double confidence, int chain) {

    /** How a mention refers. */
    public enum Form {
        /** A proper name ("Jeff Sessions", "Sessions", "GOP", "Russia probe"). */
        NAME,
        /** A description by office ("the attorney general", "POTUS") standing for a person. */
        TITLE,
        /** A personal or possessive pronoun, including first person inside a quote. */
        PRONOUN
    }

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (sentence < 0 || start < 0 || end <= start)
            throw new IllegalArgumentException("Bad mention span " + sentence + ":" + start + ".." + end);
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("Confidence out of [0,1]: " + confidence);
        attributes = Map.copyOf(attributes);
    }

    public Mention(EntityType type, Form form, int sentence, int start, int end, String text, String value,
                   Map<String, String> attributes, double confidence) {
        this(type, form, sentence, start, end, text, value, attributes, confidence, -1);
    }

    public Mention withChain(int newChain) {
        return new Mention(type, form, sentence, start, end, text, value, attributes, confidence, newChain);
    }

    public Mention withAttributes(Map<String, String> newAttributes) {
        return new Mention(type, form, sentence, start, end, text, value, newAttributes, confidence, chain);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /*
     * Mentions are keys of the linker's and resolver's maps, looked up for every pair of mentions in an article.
     * The record's generated hashCode hashes the attribute map on every call, and its equals inlines into large
     * compiled code; these compare the span first and give the same answers.
     */
    @Override
    public int hashCode() {
        return ((sentence * 31 + start) * 31 + end) * 31 + type.ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Mention m && sentence == m.sentence && start == m.start && end == m.end
                && chain == m.chain && type == m.type && form == m.form && Double.compare(confidence, m.confidence) == 0
                && text.equals(m.text) && value.equals(m.value) && attributes.equals(m.attributes);
    }

    /** True when the token ranges of the two mentions in one sentence overlap. */
    public boolean overlaps(Mention other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }
}
