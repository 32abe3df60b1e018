package org.newsgraph.graph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;

/**
 * What the store holds, counted over the union of its graphs, so that a node or fact that several articles name
 * counts once: the articles, the distinct nodes of each class, and the distinct facts of each relation. (A build's
 * own summary counts each article's entities, so a person named in ten articles counts ten times there.)
 *
 * @param articles  the article graphs (not comments or derived graphs)
 * @param classes   distinct nodes per class IRI, in IRI order
 * @param relations distinct facts per relation, every relation present, in {@link Relation} order
 */
public record StoreCounts(long articles, Map<Node, Long> classes, Map<Relation, Long> relations) {
    public StoreCounts {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
    }

    /** Counts {@code dsg}; call inside a read transaction. */
    public static StoreCounts of(DatasetGraph dsg) {
        // Named graphs that are not articles (reader comments, the derived graphs) do not count.
        long articles = dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article)
                .filter(q -> q.getGraph().equals(q.getSubject()))
                .count();
        Graph union = dsg.getUnionGraph();
        Map<Node, Long> classes = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> classes.merge(t.getObject(), 1L, Long::sum));
        Map<Relation, Long> relations = new LinkedHashMap<>();
        for (Relation relation : Relation.values())
            relations.put(relation, union.stream(Node.ANY, NG.property(relation), Node.ANY).count());
        return new StoreCounts(articles, classes, relations);
    }
}
