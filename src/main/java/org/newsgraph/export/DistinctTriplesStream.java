package org.newsgraph.export;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Passes triples on with the duplicates within each subject block dropped: the union of the article graphs
 * yields a triple once per article that states it. Not thread-safe.
 */
final class DistinctTriplesStream extends SubjectBlockStream {
    private final StreamRDF out;

    DistinctTriplesStream(StreamRDF out) {
        this.out = out;
    }

    @Override
    public void start() {
        out.start();
    }

    @Override
    public void prefix(String prefix, String iri) {
        out.prefix(prefix, iri);
    }

    @Override
    protected void block(Node graph, Node subject, List<Triple> triples) {
        triples.forEach(out::triple);
    }

    @Override
    protected void end() {
        out.finish();
    }
}
