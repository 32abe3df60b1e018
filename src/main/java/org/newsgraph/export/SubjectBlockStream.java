package org.newsgraph.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Gathers consecutive triples of one subject into a block, without duplicates, and hands each block on: the
 * writers built on it hold one subject's triples at a time, never the graph. Quads count as their triples.
 * A subject that comes back after another one starts a new block (legal, only less compact). Not thread-safe.
 */
abstract class SubjectBlockStream extends StreamRDFBase {
    private final Set<Triple> block = new LinkedHashSet<>();
    private Node subject;

    @Override
    public final void triple(Triple triple) {
        if (subject != null && !subject.equals(triple.getSubject()))
            flush();
        subject = triple.getSubject();
        block.add(triple);
    }

    @Override
    public final void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public final void finish() {
        flush();
        end();
    }

    private void flush() {
        if (!block.isEmpty())
            block(subject, List.copyOf(block));
        block.clear();
    }

    /** One subject's distinct triples, in arrival order. */
    protected abstract void block(Node subject, List<Triple> triples);

    /** After the last block. */
    protected abstract void end();
}
