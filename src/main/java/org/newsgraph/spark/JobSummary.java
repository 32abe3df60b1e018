package org.newsgraph.spark;

import java.io.Serializable;

import org.newsgraph.graph.store.ArticleCounts;

/**
 * The counts of a run, added up over the articles: built and failed (bad inputs included), the built articles'
 * sentences, entities and facts ({@link ArticleCounts}, as {@code build} counts them), and fact table rows.
 */
record JobSummary(long built, long failed, ArticleCounts counts, long factRows) implements Serializable {

    static final JobSummary NONE = new JobSummary(0, 0, ArticleCounts.NONE, 0);

    static JobSummary of(ArticleOutcome o) {
        if (!o.built())
            return new JobSummary(0, 1, ArticleCounts.NONE, 0);
        return new JobSummary(1, 0, o.counts(), o.factRows().size());
    }

    JobSummary plus(JobSummary other) {
        return new JobSummary(built + other.built, failed + other.failed, counts.plus(other.counts),
                factRows + other.factRows);
    }
}
