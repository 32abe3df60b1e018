package org.newsgraph.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Gathers consecutive triples of one subject in one graph into a block, without duplicates, and hands each block on:
 * the writers built on it hold one subject's triples at a time, never the graph. A triple belongs to no graph (null);
 * a quad to its graph, or to none when it is in the default graph. A subject (or graph) that comes back after another
 * one starts a new block (legal, only less compact). Not thread-safe.
 */
abstract class SubjectBlockStream extends StreamRDFBase {
    private final Set<Triple> block = new LinkedHashSet<>();
    private Node graph;
    private Node subject;

    @Override
    public final void triple(Triple triple) {
        add(null, triple);
    }

    @Override
    public final void quad(Quad quad) {
        add(quad.isDefaultGraph() ? null : quad.getGraph(), quad.asTriple());
    }

    private void add(Node tripleGraph, Triple triple) {
        if (subject != null && (!subject.equals(triple.getSubject()) || !Objects.equals(graph, tripleGraph)))
            flush();
        graph = tripleGraph;
        subject = triple.getSubject();
        block.add(triple);
    }

    @Override
    public final void finish() {
        flush();
        end();
    }

    private void flush() {
        if (!block.isEmpty())
            block(graph, subject, List.copyOf(block));
        block.clear();
    }

    /** One subject's distinct triples in one graph ({@code graph} null: no named graph), in arrival order. */
    protected abstract void block(Node graph, Node subject, List<Triple> triples);

    /** After the last block. */
    protected abstract void end();
}
