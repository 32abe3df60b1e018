package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Finds the phrases of a closed list in a token array, ignoring case: at each token the longest phrase
 * starting there, then on after it, as OpenNLP's {@code DictionaryNameFinder} does. That finder builds and
 * hashes a token list for every span length at every token; here a token that starts no phrase costs one
 * set lookup, which matters because every sentence is searched. Immutable and thread-safe.
 */
final class PhraseFinder {
    private final Set<String> phrases;
    private final Set<String> firstWords;
    private final int maxTokens;
    private final String type;

    /** @param phrases phrases with their tokens separated by single spaces */
    PhraseFinder(Set<String> phrases, String type) {
        this.type = Objects.requireNonNull(type, "type");
        Set<String> lower = new HashSet<>();
        Set<String> first = new HashSet<>();
        int max = 0;
        for (String phrase : phrases) {
            String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
            lower.add(String.join(" ", words));
            first.add(words[0]);
            max = Math.max(max, words.length);
        }
        this.phrases = Set.copyOf(lower);
        this.firstWords = Set.copyOf(first);
        this.maxTokens = max;
    }

    Span[] find(String[] tokens) {
        String[] lower = lowerCase(tokens);
        List<Span> found = new ArrayList<>();
        for (int from = 0; from < tokens.length; from++) {
            if (!firstWords.contains(lower[from]))
                continue;
            int longest = -1;
            StringBuilder phrase = new StringBuilder(lower[from]);
            for (int to = from; to < tokens.length && to - from < maxTokens; to++) {
                if (to > from)
                    phrase.append(' ').append(lower[to]);
                if (phrases.contains(phrase.toString()))
                    longest = to;
            }
            if (longest >= 0) {
                found.add(new Span(from, longest + 1, type));
                from = longest;
            }
        }
        return found.toArray(new Span[0]);
    }

    private static String[] lowerCase(String[] tokens) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++)
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        return lower;
    }
}
