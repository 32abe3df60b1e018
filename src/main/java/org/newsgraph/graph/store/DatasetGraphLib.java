package org.newsgraph.graph.store;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/** What the graphs derived from all articles read from the dataset, inside the caller's transaction. */
final class DatasetGraphLib {
    private DatasetGraphLib() {}

    /** Runs a SELECT (with the store's prefixes) over {@code dsg} and hands each row to {@code action}. */
    static void forEachRow(DatasetGraph dsg, String select, Consumer<QuerySolution> action) {
        try (QueryExecution exec = QueryExecution.create(ArticleStore.parseQuery(select), DatasetFactory.wrap(dsg))) {
            exec.execSelect().forEachRemaining(action);
        }
    }

    /**
     * Adds the entity's labels in the article graph {@code source} to {@code subject} in {@code graph} as values of
     * {@code predicate}: the names travel with a summary's node, so that listing it needs no join per row.
     */
    static void copyLabels(DatasetGraph dsg, Node source, Node entity, Node graph, Node subject, Node predicate) {
        // Read whole before writing: no iterator stays open on the dataset while it changes.
        List<Node> labels = Iter.toList(Iter.map(dsg.find(source, entity, RDFS.label.asNode(), Node.ANY), Quad::getObject));
        for (Node label : labels)
            dsg.add(graph, subject, predicate, label);
    }
}
