package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Writes the store's graph in one of the {@link ExportFormat}s, inside one read transaction. Every syntax streams:
 * the store is read through iterators ({@code find}) into a StreamRDF writer that holds at most one subject's
 * triples, so heap does not grow with the store; only {@link #writeSorted} copies the graph. Thread-safe.
 */
public final class StoreExporter {
    private static final Comparator<Triple> TRIPLE_ORDER = (a, b) -> {
        int c = NodeCmp.compareRDFTerms(a.getSubject(), b.getSubject());
        if (c == 0)
            c = NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
        return c != 0 ? c : NodeCmp.compareRDFTerms(a.getObject(), b.getObject());
    };
    private static final Comparator<Quad> QUAD_ORDER = (a, b) -> {
        int c = NodeCmp.compareRDFTerms(a.getGraph(), b.getGraph());
        return c != 0 ? c : TRIPLE_ORDER.compare(a.asTriple(), b.asTriple());
    };

    private final ArticleStore store;

    public StoreExporter(ArticleStore store) {
        this.store = store;
    }

    /** Writes the graph in the store's own order, streaming where the syntax allows. */
    public void write(ExportFormat format, OutputStream out) {
        write(format, out, false);
    }

    /**
     * Writes the graph so that the same content always gives the same bytes, whatever order it was stored in:
     * Turtle and TriG pretty-printed from a sorted copy, the others sorted (graph, subject, predicate, object).
     * Holds the whole graph in memory.
     */
    public void writeSorted(ExportFormat format, OutputStream out) {
        write(format, out, true);
    }

    /**
     * The named graph of an article given by id or by IRI ({@code https://w3id.org/newsgraph/id/article/...}), or
     * one of the store's own graphs by IRI ({@code https://w3id.org/newsgraph/id/graph/reference}...).
     *
     * @throws UnknownArticleException when the store holds no such graph
     */
    public Node articleGraph(String articleOrIri) {
        Node graph = articleOrIri.startsWith(NG.ARTICLE_BASE) || articleOrIri.startsWith(NG.ID + "graph/")
                ? NodeFactory.createURI(articleOrIri) : NG.articleGraph(articleOrIri);
        if (!store.read(dsg -> dsg.containsGraph(graph)))
            throw new UnknownArticleException(articleOrIri, graph.getURI(), store.articleIdsLike(articleOrIri));
        return graph;
    }

    /**
     * Writes one named graph only, streaming: TriG and N-Quads keep its name, the triple syntaxes hold its triples.
     * A graph the store does not hold gives an empty document; see {@link #articleGraph}.
     */
    public void writeGraph(Node graph, ExportFormat format, OutputStream out) {
        store.read(dsg -> {
            stream(dsg, graph, format, out, false);
            return null;
        });
    }

    /**
     * Writes one graph held in memory (a node's description, say) in a triple syntax, subjects together so that
     * Turtle and JSON-LD group them, with the ontology's prefixes.
     */
    public static void write(Graph graph, ExportFormat format, OutputStream out) {
        StreamRDF writer = format.streamWriter(out);
        writer.start();
        NG.PREFIXES.forEach(writer::prefix);
        sort(graph.find(), TRIPLE_ORDER).forEach(writer::triple);
        writer.finish();
    }

    private void write(ExportFormat format, OutputStream out, boolean sorted) {
        store.read(dsg -> {
            if (sorted && format == ExportFormat.TURTLE)
                RDFWriter.source(copyOfUnion(dsg)).format(RDFFormat.TURTLE_PRETTY).output(out);
            else if (sorted && format == ExportFormat.TRIG)
                RDFWriter.source(copyOfDataset(dsg)).format(RDFFormat.TRIG_PRETTY).output(out);
            else
                stream(dsg, Node.ANY, format, out, sorted);
            return null;
        });
    }

    /** {@code graph} is one graph's name, or {@link Node#ANY} for all of them (their union for triple syntaxes). */
    static void stream(DatasetGraph dsg, Node graph, ExportFormat format, OutputStream out, boolean sorted) {
        StreamRDF writer = format.streamWriter(out);
        writer.start();
        NG.PREFIXES.forEach(writer::prefix);
        if (format.isQuads()) {
            Iterator<Quad> quads = exported(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), graph);
            try {
                if (sorted)
                    sort(quads, QUAD_ORDER).forEach(writer::quad);
                else
                    quads.forEachRemaining(writer::quad);
            } finally {
                Iter.close(quads);
            }
        } else {
            Iterator<Triple> triples = graph == Node.ANY ? exported(dsg.getUnionGraph().find()) : dsg.getGraph(graph).find();
            try {
                if (sorted)
                    sort(triples, TRIPLE_ORDER).forEach(writer::triple);
                else
                    triples.forEachRemaining(writer::triple);
            } finally {
                Iter.close(triples);
            }
        }
        writer.finish();
    }

    /*
     * The reference graph is the bundled table of office-holders, the same in every store: a whole-store export
     * leaves it out, so that the graph files hold what was read from the articles and what follows from them.
     * Asked for by name (--graph), it is written like any graph. The store's default graph holds only its own
     * bookkeeping (what the derived graphs were derived from), which no export shows.
     */
    private static Iterator<Quad> exported(Iterator<Quad> quads, Node graph) {
        return graph != Node.ANY ? quads
                : Iter.filter(quads, q -> !q.isDefaultGraph() && !q.getGraph().equals(NG.referenceGraph()));
    }

    /** The union's triples but the reference graph's, whose subjects are all records, tenures or the graph itself. */
    private static Iterator<Triple> exported(Iterator<Triple> triples) {
        return Iter.filter(triples, t -> !(t.getSubject().isURI() && (t.getSubject().getURI().startsWith(NG.RECORD_BASE)
                || t.getSubject().equals(NG.referenceGraph()))));
    }

    private static <T> List<T> sort(Iterator<T> items, Comparator<T> order) {
        List<T> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        all.sort(order);
        return all;
    }

    /** The dataset copied in sorted order, carrying the ontology's prefixes for the writer. */
    private static DatasetGraph copyOfDataset(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(NG.PREFIXES);
        Iterator<Quad> quads = exported(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), Node.ANY);
        try {
            sort(quads, QUAD_ORDER).forEach(copy::add);
        } finally {
            Iter.close(quads);
        }
        return copy;
    }

    /** The union graph copied in sorted order, carrying the ontology's prefixes for the writer. */
    private static Graph copyOfUnion(DatasetGraph dsg) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(NG.PREFIXES);
        Iterator<Triple> triples = exported(dsg.getUnionGraph().find());
        try {
            sort(triples, TRIPLE_ORDER).forEach(copy::add);
        } finally {
            Iter.close(triples);
        }
        return copy;
    }
}
