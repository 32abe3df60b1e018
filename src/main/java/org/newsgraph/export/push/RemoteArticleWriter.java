package org.newsgraph.export.push;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleSink;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.StoreException;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Writes each article's graph straight into a remote store, replacing the article's named graph there: the
 * remote counterpart of {@code ArticleStore.replace(article, minConfidence)}, for {@code build --endpoint}.
 * One PUT per article graph, and one more for its reader comments graph (a DELETE when it has none), so a graph
 * is stored whole or not at all; an article and its comments, or a batch, are not atomic remotely. Thread-safe:
 * each call collects into its own graph.
 */
public final class RemoteArticleWriter implements ArticleSink {
    private final RemoteGraphStore remote;

    public RemoteArticleWriter(RemoteGraphStore remote) {
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /**
     * Replaces the article's graph at the endpoint with its facts at or above {@code minConfidence}, and deletes
     * any reader comments graph of the article there.
     *
     * @return the number of triples stored
     * @throws PushException when the endpoint does not take it
     */
    public long replace(ResolvedArticle article, double minConfidence) {
        return replace(new ArticleStore.Replacement(article, article.article().contentHash()), minConfidence);
    }

    /**
     * As {@code ArticleStore} does, the graph records the input's content hash, which cleaning may differ from, and
     * the reader comments graph is replaced with the article's: written when the replacement carries comments,
     * deleted otherwise, so that a rebuild without them leaves none behind.
     */
    private long replace(ArticleStore.Replacement replacement, double minConfidence) {
        String id = replacement.article().article().id();
        Node name = NG.articleGraph(id);
        Graph graph = GraphFactory.createDefaultGraph();
        ArticleGraphWriter.write(replacement.article(), minConfidence, collector(name, graph));
        graph.remove(name, NG.contentHash, Node.ANY);
        graph.add(name, NG.contentHash, NodeFactory.createLiteralString(replacement.contentHash()));
        remote.replace(name, graph);
        Node commentsName = NG.commentsGraph(id);
        if (replacement.comments() == null) {
            remote.remove(commentsName);
            return graph.size();
        }
        Graph comments = GraphFactory.createDefaultGraph();
        ArticleGraphWriter.writeComments(replacement.comments(), minConfidence, collector(commentsName, comments));
        remote.replace(commentsName, comments);
        return graph.size() + comments.size();
    }

    /** Always false: a remote store keeps no content hashes, so every article is sent. */
    @Override
    public boolean isCurrent(String articleId, String contentHash) {
        return false;
    }

    /**
     * Replaces each article's graph in turn, one PUT each.
     *
     * @throws PushException       when the endpoint refuses an article's graph (bad, too large); those before it are stored
     * @throws StoreException      when the endpoint is down, unreachable or refuses the client: the build stops there
     */
    @Override
    public void replaceAll(List<ArticleStore.Replacement> replacements, double minConfidence) {
        for (ArticleStore.Replacement replacement : replacements) {
            try {
                replace(replacement, minConfidence);
            } catch (PushException e) {
                if (e.graphRefused())
                    throw e;
                // Down, unreachable or refusing us: every later article would wait out its retries in vain.
                throw new StoreException(e.endpoint(), e.getMessage(), e);
            }
        }
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
