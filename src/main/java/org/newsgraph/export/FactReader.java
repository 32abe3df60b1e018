package org.newsgraph.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.graph.ITSRDF;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.NIF;
import org.newsgraph.graph.PROV;
import org.newsgraph.graph.SCHEMA;

/**
 * Reads {@link FactRow}s from article graphs: one row per reified statement ({@code rdf:Statement}), everything in
 * it taken from the graph that holds the statement, since an article's graph also describes the fact's ends, its
 * sentence and the article. Works on any graph laid out as {@code ArticleGraphWriter} writes one: the Spark job reads
 * its Parquet table's rows with it from each article's graphs before they leave the executor, so that its table is
 * the one {@code export --format csv} gives. Stateless; callers hold the read transaction.
 */
public final class FactReader {
    private FactReader() {}

    /** Every fact of every named graph of {@code dsg}, graph by graph. */
    public static void readAll(DatasetGraph dsg, Consumer<FactRow> out) {
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext())
                readGraph(dsg.getGraph(graphs.next()), out);
        } finally {
            Iter.close(graphs);
        }
    }

    /** Every fact of one article graph (or comments graph). */
    public static void readGraph(Graph graph, Consumer<FactRow> out) {
        Iterator<Triple> statements = graph.find(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement);
        try {
            statements.forEachRemaining(t -> {
                FactRow row = row(graph, t.getSubject());
                if (row != null)
                    out.accept(row);
            });
        } finally {
            Iter.close(statements);
        }
    }

    /** The facts of {@code dsg} with {@code entity} at either end, in any graph. */
    public static void readAbout(DatasetGraph dsg, Node entity, Consumer<FactRow> out) {
        for (Node end : new Node[] {RDF.Nodes.subject, RDF.Nodes.object}) {
            Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, end, entity);
            try {
                quads.forEachRemaining(q -> {
                    FactRow row = row(dsg.getGraph(q.getGraph()), q.getSubject());
                    // A fact from an entity to itself is met from both ends; one row is enough.
                    if (row != null && !(end.equals(RDF.Nodes.object) && row.subject().equals(row.object())))
                        out.accept(row);
                });
            } finally {
                Iter.close(quads);
            }
        }
    }

    /** The row of one statement of {@code graph}, or null when it lacks a subject, relation or object. */
    public static FactRow row(Graph graph, Node statement) {
        Node subject = value(graph, statement, RDF.Nodes.subject);
        Node predicate = value(graph, statement, RDF.Nodes.predicate);
        Node object = value(graph, statement, RDF.Nodes.object);
        if (subject == null || predicate == null || object == null || !predicate.isURI())
            return null;
        Node sentence = value(graph, statement, NG.evidence);
        Node article = value(graph, statement, PROV.wasDerivedFrom);
        return new FactRow(iri(subject), text(graph, subject, RDFS.Nodes.label), localName(predicate), iri(object),
                text(graph, object, RDFS.Nodes.label), number(value(graph, statement, ITSRDF.taConfidence)),
                text(graph, sentence, NIF.anchorOf), whole(value(graph, sentence, NIF.beginIndex)),
                whole(value(graph, sentence, NIF.endIndex)), iri(article), text(graph, article, SCHEMA.headline),
                sourceId(graph, article),
                text(graph, article, SCHEMA.url), text(graph, article, SCHEMA.publisher),
                text(graph, article, SCHEMA.datePublished), text(graph, statement, NG.officeStatus),
                text(graph, statement, NG.startDate), text(graph, statement, NG.endDate),
                text(graph, statement, NG.jurisdiction));
    }

    /**
     * The article's id as its source gave it: {@code dcterms:identifier} when the graph has one, else the last
     * segment of the article IRI, percent-decoded.
     */
    private static String sourceId(Graph graph, Node article) {
        String identifier = text(graph, article, DCTerms.identifier.asNode());
        if (identifier != null || article == null || !article.isURI())
            return identifier;
        String iri = article.getURI();
        if (!iri.startsWith(NG.ARTICLE_BASE))
            return null;
        String segment = iri.substring(NG.ARTICLE_BASE.length());
        int slash = segment.indexOf('/');
        return URLDecoder.decode(slash < 0 ? segment : segment.substring(0, slash), StandardCharsets.UTF_8);
    }

    private static Node value(Graph graph, Node subject, Node property) {
        if (subject == null)
            return null;
        Iterator<Triple> found = graph.find(subject, property, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            Iter.close(found);
        }
    }

    private static String text(Graph graph, Node subject, Node property) {
        Node value = value(graph, subject, property);
        return value == null ? null : value.isLiteral() ? value.getLiteralLexicalForm() : iri(value);
    }

    private static String iri(Node node) {
        return node == null ? null : node.isURI() ? node.getURI() : node.toString();
    }

    private static String localName(Node property) {
        String iri = property.getURI();
        return iri.startsWith(NG.NS) ? iri.substring(NG.NS.length()) : iri;
    }

    private static Double number(Node literal) {
        if (literal == null || !literal.isLiteral())
            return null;
        try {
            return Double.valueOf(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long whole(Node literal) {
        if (literal == null || !literal.isLiteral())
            return null;
        try {
            return Long.valueOf(literal.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
