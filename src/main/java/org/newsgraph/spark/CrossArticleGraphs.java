package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.graph.store.CandidacySummary;
import org.newsgraph.graph.store.OfficeHoldingSummary;

/**
 * The graphs that follow from all articles together, as group-bys: holdings and candidacies by the IRI of their node
 * for the office-holders and candidacies graphs. What each article states and what one key makes of all of it are the
 * store's own code ({@link OfficeHoldingSummary}, {@link CandidacySummary}). The job's article graphs name each person
 * as the article does (as {@code build --endpoint} writes them), and so do these graphs; who is who across articles
 * is decided where all articles meet in one store ({@code newsgraph load}). Keys are strings: their hash codes are the
 * same in every executor.
 */
final class CrossArticleGraphs {
    private CrossArticleGraphs() {}

    /** The quads of the office-holders and candidacies graphs, as N-Quads text, one group per element. */
    static JavaRDD<String> nquads(JavaRDD<ArticleOutcome> outcomes) {
        JavaRDD<String> holdings = outcomes
                .flatMap(o -> o.holdings().iterator())
                .groupBy(OfficeHoldingSummary::key)
                .map(holding -> NQuadsText.of(out -> OfficeHoldingSummary.write(list(holding._2()), out::quad)));
        JavaRDD<String> candidacies = outcomes
                .flatMap(o -> o.candidacies().iterator())
                .groupBy(CandidacySummary::key)
                .map(candidacy -> NQuadsText.of(out -> CandidacySummary.write(list(candidacy._2()), out::quad)));
        return holdings.union(candidacies).filter(text -> !text.isEmpty());
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
