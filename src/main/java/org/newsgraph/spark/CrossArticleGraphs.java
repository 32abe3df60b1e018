package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.graph.store.CandidacySummary;
import org.newsgraph.graph.store.OfficeHoldingSummary;
import org.newsgraph.graph.store.SurnameLinker;

import scala.Tuple2;

/**
 * The graphs that follow from all articles together, as group-bys: persons by surname for the links graph, holdings
 * and candidacies by the IRI of their node for the office-holders and candidacies graphs. What each article states
 * and what one key makes of all of it are the store's own code ({@link SurnameLinker}, {@link OfficeHoldingSummary},
 * {@link CandidacySummary}), so the job and a build derive the same quads. Keys are strings: their hash codes are the
 * same in every executor.
 */
final class CrossArticleGraphs {
    private CrossArticleGraphs() {}

    /** The quads of the links, office-holders and candidacies graphs, as N-Quads text, one group per element. */
    static JavaRDD<String> nquads(JavaRDD<ArticleOutcome> outcomes) {
        JavaRDD<String> links = outcomes
                .flatMap(o -> o.persons().stream().map(Node::getURI).iterator())
                .mapToPair(person -> new Tuple2<>(person, 1L))
                .reduceByKey(Long::sum)
                .mapToPair(counted -> new Tuple2<>(SurnameLinker.surname(NodeFactory.createURI(counted._1())), counted))
                .filter(bySurname -> bySurname._1() != null)
                .groupByKey()
                .map(surname -> {
                    Map<Node, Long> articles = new HashMap<>();
                    surname._2().forEach(c -> articles.put(NodeFactory.createURI(c._1()), c._2()));
                    return NQuadsText.of(out -> SurnameLinker.links(articles).forEach((s, f) -> out.quad(SurnameLinker.link(s, f))));
                });
        JavaRDD<String> holdings = outcomes
                .flatMap(o -> o.holdings().iterator())
                .groupBy(OfficeHoldingSummary::key)
                .map(holding -> NQuadsText.of(out -> OfficeHoldingSummary.write(list(holding._2()), out::quad)));
        JavaRDD<String> candidacies = outcomes
                .flatMap(o -> o.candidacies().iterator())
                .groupBy(CandidacySummary::key)
                .map(candidacy -> NQuadsText.of(out -> CandidacySummary.write(list(candidacy._2()), out::quad)));
        return links.union(holdings).union(candidacies).filter(text -> !text.isEmpty());
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
