package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;

import org.newsgraph.export.FactRow;
import org.newsgraph.graph.store.ArticleCounts;
import org.newsgraph.graph.store.PersonIdentity;

/**
 * What the job keeps of one article: its graphs as N-Quads and what the later steps need of it (its readings of its
 * persons, its fact table rows, its counts), or, for an article or input that failed, the error line.
 *
 * @param id          the article's id, by which its persons' nodes come back to it
 * @param nquads      the article's named graph (and its comments graph) as the article names its persons, N-Quads
 *                    lines without a final line end
 * @param readings    each person of those graphs as the article reads it, for deciding who is who across articles
 * @param factRows    the fact table's rows of those graphs ({@link FactTableOutputFormat})
 * @param counts      its sentences, entities and facts, as {@code build} counts them
 * @param error       "origin: reason" of a failure; every other field is empty then
 */
record ArticleOutcome(String id, String nquads, List<PersonIdentity.Reading> readings, List<FactRow> factRows,
                      ArticleCounts counts, String error) implements Serializable {

    static ArticleOutcome failed(String error) {
        return new ArticleOutcome(null, null, List.of(), List.of(), ArticleCounts.NONE, error);
    }

    boolean built() {
        return error == null;
    }
}
