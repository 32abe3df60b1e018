package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.ingest.Article;

/**
 * Hand-tagged sentences ("word/TAG ...", "~" before a token that follows the one before it with no space), one per
 * paragraph, as the annotator would give them; no models.
 */
final class TaggedText {
    private final List<AnnotatedSentence> sentences = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private java.time.LocalDate published;

    static TaggedText of(String... tagged) {
        TaggedText t = new TaggedText();
        for (String sentence : tagged)
            t.add(sentence);
        return t;
    }

    private void add(String tagged) {
        if (text.length() > 0)
            text.append("\n\n");
        String[] parts = tagged.trim().split("\\s+");
        int n = parts.length;
        String[] tokens = new String[n];
        String[] tags = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        int start = text.length();
        for (int i = 0; i < n; i++) {
            // "~" before a token glues it to the one before, as the text wrote them ("Hyde ~-/PUNCT ~Smith/PROPN").
            boolean glued = parts[i].startsWith("~");
            String part = glued ? parts[i].substring(1) : parts[i];
            int slash = part.lastIndexOf('/');
            tokens[i] = part.substring(0, slash);
            tags[i] = part.substring(slash + 1);
            if (i > 0 && !glued)
                text.append(' ');
            starts[i] = text.length();
            text.append(tokens[i]);
            ends[i] = text.length();
        }
        sentences.add(new AnnotatedSentence(sentences.size(), text.substring(start), start, tokens, starts, ends, tags,
                sentences.isEmpty()));
    }

    List<AnnotatedSentence> sentences() {
        return sentences;
    }

    AnnotatedSentence sentence(int i) {
        return sentences.get(i);
    }

    /** The same text, as published on that day. */
    TaggedText published(java.time.LocalDate date) {
        this.published = date;
        return this;
    }

    Article article() {
        return new Article("t", sentences.get(0).text(), text.toString(), "", null, null, published, "test");
    }
}
