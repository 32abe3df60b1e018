package org.newsgraph.nlp;

import java.util.List;

/**
 * Finds mentions of one kind in an annotated sentence, like OpenNLP's TokenNameFinder but over
 * tokens and tags. Implementations hold only immutable lists and are thread-safe.
 */
public interface MentionFinder {
    List<Mention> find(AnnotatedSentence sentence);
}
