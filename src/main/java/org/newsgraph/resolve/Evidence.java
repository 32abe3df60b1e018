package org.newsgraph.resolve;

/**
 * Where a fact was read: the sentence, and its character offsets in {@code Article.text()}
 * (start inclusive, end exclusive), so that {@code text.substring(start, end).equals(sentence)}.
 */
public record Evidence(int sentenceIndex, String sentence, int start, int end) {
    public Evidence {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Bad offsets: " + start + ".." + end);
    }
}
