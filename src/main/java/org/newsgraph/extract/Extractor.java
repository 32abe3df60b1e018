package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Reads the facts of one relation family from one sentence of an analysed article. Implementations
 * are stateless and thread-safe; each family is one class with its own test.
 */
public interface Extractor {
    List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence);

    /** The hand-written extractors, one per relation family. */
    static List<Extractor> rules() {
        return List.of(
                new OfficeExtractor(),
                new CoordinatedNames(new PartyExtractor()),
                new CoordinatedNames(new EndorsementExtractor()),
                new RecusalExtractor(),
                new CoordinatedNames(new CandidacyExtractor()),
                new CoordinatedNames(new CriticismExtractor()));
    }
}
