package org.newsgraph.export.push;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Writes each article's graph straight into a remote store, replacing the article's named graph there: the
 * remote counterpart of {@code ArticleStore.replace(article, minConfidence)}, for {@code build --endpoint}.
 * One PUT per article, so an article is stored whole or not at all. Thread-safe: each call collects into its
 * own graph.
 */
public final class RemoteArticleWriter {
    private final RemoteGraphStore remote;

    public RemoteArticleWriter(RemoteGraphStore remote) {
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /**
     * Replaces the article's graph at the endpoint with its facts at or above {@code minConfidence}.
     *
     * @return the number of triples stored
     * @throws PushException when the endpoint does not take it
     */
    public long replace(ResolvedArticle article, double minConfidence) {
        Node name = NG.articleGraph(article.article().id());
        Graph graph = GraphFactory.createDefaultGraph();
        ArticleGraphWriter.write(article, minConfidence, collector(name, graph));
        remote.replace(name, graph);
        return graph.size();
    }

    /** Keeps the quads of graph {@code name} and the prefixes; anything else means the writer broke its contract. */
    private static StreamRDF collector(Node name, Graph graph) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (!name.equals(quad.getGraph()))
                    throw new IllegalStateException("Quad outside the article graph " + name + ": " + quad);
                graph.add(quad.asTriple());
            }

            @Override
            public void triple(Triple triple) {
                throw new IllegalStateException("Triple outside the article graph " + name + ": " + triple);
            }

            @Override
            public void prefix(String prefix, String iri) {
                graph.getPrefixMapping().setNsPrefix(prefix, iri);
            }
        };
    }
}
