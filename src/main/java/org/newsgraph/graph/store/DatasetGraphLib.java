package org.newsgraph.graph.store;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/** What the graphs derived from all articles read from the dataset, inside the caller's transaction. */
final class DatasetGraphLib {
    private DatasetGraphLib() {}

    /**
     * Runs a SELECT over {@code dsg} and hands each row to {@code action}. The summaries parse their queries once, into
     * constants: the Spark job runs them on every article's graphs, from several tasks at a time, and Jena lets one
     * parsed Query run in several executions at once (JENA-1861).
     */
    static void forEachRow(DatasetGraph dsg, Query select, Consumer<QuerySolution> action) {
        try (QueryExecution exec = QueryExecution.create(select, DatasetFactory.wrap(dsg))) {
            exec.execSelect().forEachRemaining(action);
        }
    }

    /** The entity's labels in the article graph {@code source}: the names that travel with a summary's node. */
    static List<Node> labels(DatasetGraph dsg, Node source, Node entity) {
        return Iter.toList(Iter.map(dsg.find(source, entity, RDFS.label.asNode(), Node.ANY), Quad::getObject));
    }

    /** The node of the row's variable, or null when the row leaves it unbound. */
    static Node node(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode() : null;
    }
}
