package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Reads the facts of one relation family from one sentence of an analysed article. Implementations
 * are stateless and thread-safe; each family is one class with its own test.
 */
public interface Extractor {
    List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence);

    /**
     * Whether what this extractor finds can depend on the lemma of a token with this lower-cased form. Lemmatising
     * is costly, so the NLP stage lemmatises only sentences holding such a token; elsewhere lemmas are the
     * lower-cased tokens.
     */
    default boolean mayReadLemma(String word) {
        return false;
    }

    /**
     * Whether a word may be an inflection of one of the lemmas: inflections keep a lemma's first four
     * letters (a shorter word must be a prefix of it). A word that triggers by itself needs no lemma.
     */
    static boolean mayInflect(String word, Set<String> lemmas) {
        if (word.length() < 3)
            return false;
        String head = word.substring(0, Math.min(4, word.length()));
        for (String lemma : lemmas)
            if (lemma.startsWith(head))
                return true;
        return false;
    }

    /** The extractors newsgraph runs, one per relation family. */
    static List<Extractor> standard() {
        return List.of(
                new OfficeExtractor(),
                new PartyExtractor(),
                new EndorsementExtractor(),
                new RecusalExtractor(),
                new CandidacyExtractor(),
                new CriticismExtractor());
    }
}
