package org.newsgraph.serve;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.graph.NG;

/**
 * The RDF a data document serves about a node. An article: its named graph, everything read from it. An entity: every
 * triple of the union with the entity as subject or object, and each statement about it with its provenance and
 * evidence sentence, so that a client has the facts and where they come from. Call inside a read transaction.
 */
final class Descriptions {
    private Descriptions() {}

    /** The description of {@code node}, empty when the store knows nothing about it. */
    static Graph of(DatasetGraph dsg, Node node) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(NG.PREFIXES).setNsPrefix("owl", OWL.NS);
        if (SitePaths.ARTICLE.equals(SitePaths.type(node.getURI()))) {
            if (dsg.containsGraph(node))
                copy(dsg.getGraph(node).find(), out);
            return out;
        }
        Graph union = dsg.getUnionGraph();
        copy(union.find(node, Node.ANY, Node.ANY), out);
        copy(union.find(Node.ANY, Node.ANY, node), out);
        for (Node end : new Node[] {RDF.Nodes.subject, RDF.Nodes.object}) {
            Iterator<Quad> statements = dsg.find(Node.ANY, Node.ANY, end, node);
            try {
                statements.forEachRemaining(q -> {
                    Graph graph = dsg.getGraph(q.getGraph());
                    copy(graph.find(q.getSubject(), Node.ANY, Node.ANY), out);
                    graph.find(q.getSubject(), NG.evidence, Node.ANY)
                            .forEachRemaining(e -> copy(graph.find(e.getObject(), Node.ANY, Node.ANY), out));
                });
            } finally {
                Iter.close(statements);
            }
        }
        return out;
    }

    private static void copy(Iterator<Triple> triples, Graph out) {
        try {
            triples.forEachRemaining(out::add);
        } finally {
            Iter.close(triples);
        }
    }
}
