package org.newsgraph.export.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Copies every named graph of a local store (one per article) to a {@link RemoteGraphStore}, replacing the graph
 * of the same name there. The default graph is left alone: articles live in named graphs, and replacing a remote
 * default graph would destroy whatever else the endpoint holds. Thread-safe if the store is transactional.
 */
public final class GraphPusher {
    private final RemoteGraphStore remote;

    public GraphPusher(RemoteGraphStore remote) {
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /**
     * Pushes every named graph, in IRI order, each copied out of one read transaction.
     *
     * @param onGraph told of each graph after it is stored, for progress
     * @throws PushException on the first graph the endpoint does not take; those before it stay stored
     */
    public PushSummary push(DatasetGraph store, Consumer<Node> onGraph) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(onGraph, "onGraph");
        List<Node> names = Txn.calculateRead(store, () -> {
            List<Node> list = new ArrayList<>();
            store.listGraphNodes().forEachRemaining(list::add);
            list.sort((a, b) -> a.toString().compareTo(b.toString()));
            return list;
        });
        long triples = 0;
        int retries = 0;
        for (Node name : names) {
            // Copy out, so the read transaction does not stay open while the network is slow.
            Graph copy = Txn.calculateRead(store, () -> {
                Graph g = GraphFactory.createDefaultGraph();
                Graph source = store.getGraph(name);
                source.find().forEachRemaining(g::add);
                g.getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
                return g;
            });
            retries += remote.replace(name, copy) - 1;
            triples += copy.size();
            onGraph.accept(name);
        }
        return new PushSummary(remote.endpoint(), names.size(), triples, retries);
    }
}
