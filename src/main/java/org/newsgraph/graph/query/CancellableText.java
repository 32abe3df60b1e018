package org.newsgraph.graph.query;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular expression reads it, one character at a time, looking at its query's cancel signal every
 * thousand or so characters. Java's regex engine cannot be interrupted, and a pattern such as {@code (.*a){15}$}
 * backtracks for hours over a few dozen characters: reading through this is what makes it stop with its query.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1024;

    private final String text;
    private final AtomicBoolean signal;
    private int reads;

    CancellableText(String text, AtomicBoolean signal) {
        this.text = text;
        this.signal = signal;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && signal != null && signal.get())
            throw new QueryCancelledException();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
