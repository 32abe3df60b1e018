package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;

import org.apache.spark.sql.Row;
import org.newsgraph.graph.store.ArticleCounts;
import org.newsgraph.graph.store.CandidacySummary;
import org.newsgraph.graph.store.OfficeHoldingSummary;

/**
 * What the job keeps of one article: its graphs as N-Quads and what the later steps need of it (its fact table rows,
 * what it says for the derived graphs, its counts), or, for an article or input that failed, the error line.
 *
 * @param nquads      the article's named graph (and its comments graph), N-Quads lines without a final line end
 * @param factRows    the fact table's rows of those graphs ({@link FactRows})
 * @param counts      its sentences, entities and facts, as {@code build} counts them
 * @param error       "origin: reason" of a failure; every other field is empty then
 */
record ArticleOutcome(String nquads, List<Row> factRows, List<OfficeHoldingSummary.Statement> holdings,
                      List<CandidacySummary.Statement> candidacies, ArticleCounts counts,
                      String error) implements Serializable {

    static ArticleOutcome failed(String error) {
        return new ArticleOutcome(null, List.of(), List.of(), List.of(), ArticleCounts.NONE, error);
    }

    boolean built() {
        return error == null;
    }
}
