package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Writes the store's graph in one of the {@link ExportFormat}s, inside one read transaction.
 * Streaming syntaxes go through {@link StreamRDFWriter}; RDF/XML and JSON-LD are written by
 * {@link RDFWriter} from a copy in memory. Thread-safe.
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

    private void write(ExportFormat format, OutputStream out, boolean sorted) {
        store.read(dsg -> {
            if (sorted && format == ExportFormat.TURTLE)
                RDFWriter.source(copyOfUnion(dsg)).format(RDFFormat.TURTLE_PRETTY).output(out);
            else if (sorted && format == ExportFormat.TRIG)
                RDFWriter.source(copyOfDataset(dsg)).format(RDFFormat.TRIG_PRETTY).output(out);
            else if (format.isStreaming())
                stream(dsg, format, out, sorted);
            else
                RDFWriter.source(copyOfUnion(dsg)).format(format.rdfFormat()).output(out);
            return null;
        });
    }

    private static void stream(DatasetGraph dsg, ExportFormat format, OutputStream out, boolean sorted) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        writer.start();
        NG.PREFIXES.forEach(writer::prefix);
        if (format.isQuads()) {
            Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            try {
                if (sorted)
                    sort(quads, QUAD_ORDER).forEach(writer::quad);
                else
                    quads.forEachRemaining(writer::quad);
            } finally {
                Iter.close(quads);
            }
        } else {
            Iterator<Triple> triples = dsg.getUnionGraph().find();
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
        Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
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
        Iterator<Triple> triples = dsg.getUnionGraph().find();
        try {
            sort(triples, TRIPLE_ORDER).forEach(copy::add);
        } finally {
            Iter.close(triples);
        }
        return copy;
    }
}
