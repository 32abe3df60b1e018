package org.newsgraph.nlp;

/**
 * A quoted passage: character offsets of the text between the quotation marks, and the chain of the
 * person who said, tweeted or wrote it (-1 when the text does not say). Immutable.
 */
public record Quote(int start, int end, int speakerChain) {
    public Quote {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Bad quote offsets " + start + ".." + end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public Quote withSpeaker(int chain) {
        return new Quote(start, end, chain);
    }
}
