package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.graph.store.CandidacySummary;
import org.newsgraph.graph.store.OfficeHoldingSummary;
import org.newsgraph.graph.store.PersonIdentity;
import org.newsgraph.graph.store.StoreIdentity;

import scala.Tuple2;

/**
 * What a store derives from all articles together, as group-bys that run the store's own code, so that
 * {@code newsgraph load} only bulk-loads: who is who ({@link StoreIdentity}) by surname group, the group of each key
 * decided on the driver from all the keys (it depends on all of them); each article graph with its persons moved to
 * their nodes, which a join on the identities its readings have sends to the article's partition (the article does
 * not move); the merges and links graphs and the store's derivation index; the office-holders and candidacies graphs
 * of the moved graphs, by holding and candidacy ({@link OfficeHoldingSummary}, {@link CandidacySummary}). Keys are
 * strings and records of strings: their hash codes are the same in every executor.
 */
final class CrossArticleGraphs {
    /** The article graphs with their persons on the store's nodes, and the derived graphs with the index, as N-Quads text. */
    record Graphs(JavaRDD<String> articles, JavaRDD<String> derived) {
    }

    /** One surname group's merges and index entries as N-Quads text, and where its identities end. */
    private record Group(String nquads, StoreIdentity.GroupNodes nodes) implements Serializable {
    }

    /** One article graph placed: N-Quads text, and what it states for the office-holders and candidacies graphs. */
    private record Placed(String nquads, List<OfficeHoldingSummary.Statement> holdings,
                          List<CandidacySummary.Statement> candidacies) implements Serializable {
    }

    private final JavaRDD<Group> groups;
    private final JavaRDD<Placed> placed;

    private CrossArticleGraphs(JavaRDD<Group> groups, JavaRDD<Placed> placed) {
        this.groups = groups;
        this.placed = placed;
    }

    /**
     * Gathers the keys of the articles built on the driver and plans the other steps; the caller runs them
     * ({@link #graphs}) and then {@link #release}s them.
     *
     * @param built     the articles built, each in the partition of its id under {@code byArticle}
     * @param byArticle how {@code built} is partitioned by article id
     */
    static CrossArticleGraphs of(JavaSparkContext jsc, JavaRDD<ArticleOutcome> built, Partitioner byArticle) {
        JavaRDD<PersonIdentity.Reading> readings = built.flatMap(o -> o.readings().iterator());
        Map<String, String> groupOf = ExecutorIdentity.get().groups(readings.map(PersonIdentity.Reading::key).distinct().collect());
        Broadcast<Map<String, String>> keyGroups = jsc.broadcast(new HashMap<>(groupOf));
        JavaRDD<Group> groups = readings.groupBy(r -> keyGroups.value().get(r.key())).map(group -> {
            StoreIdentity.GroupNodes[] nodes = new StoreIdentity.GroupNodes[1];
            String nquads = NQuadsText.of(out -> nodes[0] = ExecutorIdentity.get().deriveGroup(group._1(), list(group._2()), out::quad));
            return new Group(nquads, nodes[0]);
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<PersonIdentity.Identity, PersonIdentity.Node> nodes = groups.flatMapToPair(g -> g.nodes().nodes().entrySet()
                .stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator());
        // Partitioned as the articles are, so that each partition of articles meets its persons' nodes where it is and
        // the articles are not shuffled again.
        JavaPairRDD<String, Tuple2<PersonIdentity.Identity, PersonIdentity.Node>> nodesByArticle = built
                .flatMapToPair(o -> identities(o).stream().map(i -> new Tuple2<>(i, o.id())).iterator())
                .join(nodes)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .partitionBy(byArticle);
        JavaRDD<Placed> placed = built.zipPartitions(nodesByArticle, (articles, articleNodes) -> {
            Map<String, Map<PersonIdentity.Identity, PersonIdentity.Node>> byId = new HashMap<>();
            articleNodes.forEachRemaining(n -> byId.computeIfAbsent(n._1(), id -> new HashMap<>()).put(n._2()._1(), n._2()._2()));
            return new MappedIterator<>(articles, o -> place(o, byId.getOrDefault(o.id(), Map.of())));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        return new CrossArticleGraphs(groups, placed);
    }

    /** The graphs; each element a group of N-Quads lines. */
    Graphs graphs(JavaSparkContext jsc) {
        JavaRDD<String> links = groups.flatMapToPair(g -> g.nodes().linked().stream().map(n -> new Tuple2<>(n.key(), n)).iterator())
                .reduceByKey(StoreIdentity::firstRecord)
                .map(n -> NQuadsText.of(out -> StoreIdentity.linkQuads(n._2(), out::quad)));
        JavaRDD<String> holdings = placed
                .flatMap(p -> p.holdings().iterator())
                .groupBy(OfficeHoldingSummary::key)
                .map(holding -> NQuadsText.of(out -> OfficeHoldingSummary.writeIndexed(list(holding._2()), out::quad)));
        JavaRDD<String> candidacies = placed
                .flatMap(p -> p.candidacies().iterator())
                .groupBy(CandidacySummary::key)
                .map(candidacy -> NQuadsText.of(out -> CandidacySummary.writeIndexed(list(candidacy._2()), out::quad)));
        JavaRDD<String> complete = jsc.parallelize(List.of(NQuadsText.of(out -> StoreIdentity.indexComplete(out::quad))), 1);
        JavaRDD<String> derived = groups.map(Group::nquads).union(links).union(holdings).union(candidacies).union(complete)
                .filter(text -> !text.isEmpty());
        return new Graphs(placed.map(Placed::nquads), derived);
    }

    void release() {
        groups.unpersist(false);
        placed.unpersist(false);
    }

    /** The identities of an article's readings, each once. */
    private static Set<PersonIdentity.Identity> identities(ArticleOutcome o) {
        Set<PersonIdentity.Identity> out = new LinkedHashSet<>();
        o.readings().forEach(r -> out.add(r.identity()));
        return out;
    }

    /** The article's graphs with their persons moved to their nodes, read again for the summaries. */
    private static Placed place(ArticleOutcome o, Map<PersonIdentity.Identity, PersonIdentity.Node> nodes) {
        DatasetGraph graphs = DatasetGraphFactory.create();
        RDFParser.fromString(o.nquads(), Lang.NQUADS).parse(graphs);
        ExecutorIdentity.get().place(graphs, nodes);
        return new Placed(NQuadsText.of(out -> StreamRDFOps.sendQuadsToStream(graphs, out)),
                OfficeHoldingSummary.statements(graphs), CandidacySummary.statements(graphs));
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
