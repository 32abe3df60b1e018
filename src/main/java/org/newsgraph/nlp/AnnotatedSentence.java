package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.Objects;

/**
 * One sentence after tokenising and tagging. Token offsets are character offsets in the
 * article text (start inclusive, end exclusive). Tags are Universal Dependencies UPOS tags
 * (PROPN, NOUN, VERB...). Tokens have curly quotes straightened.
 * Immutable (the arrays are copied in and never handed out).
 */
public final class AnnotatedSentence {
    private final int index;
    private final String text;
    private final int start;
    private final String[] tokens;
    private final int[] tokenStarts;
    private final int[] tokenEnds;
    private final String[] tags;
    private final boolean headline;

    public AnnotatedSentence(int index, String text, int start, String[] tokens, int[] tokenStarts, int[] tokenEnds,
                             String[] tags, boolean headline) {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0)
            throw new IllegalArgumentException("Negative index or offset");
        int n = tokens.length;
        if (tokenStarts.length != n || tokenEnds.length != n || tags.length != n)
            throw new IllegalArgumentException("Token arrays differ in length");
        this.index = index;
        this.text = text;
        this.start = start;
        this.tokens = tokens.clone();
        this.tokenStarts = tokenStarts.clone();
        this.tokenEnds = tokenEnds.clone();
        this.tags = tags.clone();
        this.headline = headline;
    }

    /** Position of the sentence in the article, from 0. */
    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    /** Character offset of the sentence in the article text. */
    public int start() {
        return start;
    }

    public int end() {
        return start + text.length();
    }

    /** True for the headline, which is often in title case and carries no sentence punctuation. */
    public boolean isHeadline() {
        return headline;
    }

    public int size() {
        return tokens.length;
    }

    public String token(int i) {
        return tokens[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    public int tokenStart(int i) {
        return tokenStarts[i];
    }

    public int tokenEnd(int i) {
        return tokenEnds[i];
    }

    /** A copy of the tokens, for OpenNLP finders that take a token array. */
    public String[] tokens() {
        return tokens.clone();
    }

    /** The covered text of tokens {@code from..to} (exclusive), as written. */
    public String cover(int from, int to) {
        if (from >= to)
            return "";
        return text.substring(tokenStarts[from] - start, tokenEnds[to - 1] - start);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.length; i++)
            b.append(i == 0 ? "" : " ").append(tokens[i]).append('/').append(tags[i]);
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnotatedSentence other && index == other.index && start == other.start
                && text.equals(other.text) && Arrays.equals(tags, other.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, text);
    }
}
