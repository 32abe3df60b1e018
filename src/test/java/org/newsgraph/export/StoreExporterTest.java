package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;
import org.newsgraph.resolve.ResolvedArticle;

class StoreExporterTest {
    private static final List<ResolvedArticle> ARTICLES = List.of(
            TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"),
            TestArticles.endorsement("a2", "Bob Brown", "Carol Clark"),
            TestArticles.endorsement("a3", "Alice Adams", "Bob Brown"));

    private static ArticleStore filled(List<ResolvedArticle> articles) {
        ArticleStore store = ArticleStore.inMemory();
        articles.forEach(a -> store.replace(a, 0.5));
        return store;
    }

    private static byte[] export(StoreExporter exporter, ExportFormat format, boolean sorted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (sorted)
            exporter.writeSorted(format, out);
        else
            exporter.write(format, out);
        return out.toByteArray();
    }

    private static Graph union(ArticleStore store) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static DatasetGraph dataset(ArticleStore store) {
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            // The default graph holds the store's own bookkeeping (stale marks, the derivation index): never exported.
            dsg.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph())
                    copy.add(q);
            });
            return copy;
        });
    }

    @Test
    void tripleFormatsParseBackToTheUnionGraph() {
        try (ArticleStore store = filled(ARTICLES)) {
            Graph expected = union(store);
            for (ExportFormat format : List.of(ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.RDFXML)) {
                for (boolean sorted : new boolean[] {false, true}) {
                    byte[] bytes = export(new StoreExporter(store), format, sorted);
                    Graph parsed = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).toGraph();
                    assertTrue(expected.isIsomorphicWith(parsed), format + (sorted ? " sorted" : ""));
                }
            }
        }
    }

    @Test
    void quadFormatsParseBackToTheDatasetWithOneGraphPerArticle() {
        try (ArticleStore store = filled(ARTICLES)) {
            DatasetGraph expected = dataset(store);
            for (ExportFormat format : List.of(ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD)) {
                for (boolean sorted : new boolean[] {false, true}) {
                    byte[] bytes = export(new StoreExporter(store), format, sorted);
                    DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).toDatasetGraph();
                    assertEquals(3, parsed.stream().map(q -> q.getGraph()).filter(g -> !Quad.isDefaultGraph(g)).distinct().count());
                    assertTrue(IsoMatcher.isomorphic(numbersByValue(expected), numbersByValue(parsed)), format + (sorted ? " sorted" : ""));
                }
            }
        }
    }

    @Test
    void oneArticleGraphInEverySyntax() {
        try (ArticleStore store = filled(ARTICLES)) {
            StoreExporter exporter = new StoreExporter(store);
            org.apache.jena.graph.Node a2 = exporter.articleGraph("a2");
            assertEquals(a2, exporter.articleGraph(a2.getURI()));
            Graph expected = store.read(dsg -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(a2).find().forEachRemaining(copy::add);
                return copy;
            });
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.writeGraph(a2, format, out);
                DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang(format)).toDatasetGraph();
                Graph graph = format.isQuads() ? parsed.getGraph(a2) : parsed.getDefaultGraph();
                assertTrue(numbersByValue(expected).isIsomorphicWith(numbersByValue(graph)), format.toString());
                assertEquals(format.isQuads() ? List.of(a2) : List.of(),
                        org.apache.jena.atlas.iterator.Iter.toList(parsed.listGraphNodes()), format.toString());
            }
        }
    }

    /**
     * JSON-LD writes a double as a JSON number, which reads back in the canonical lexical form ("0.9e0" comes back as
     * "9.0E-1"): the same value, another term. Doubles in canonical form compare by value.
     */
    private static DatasetGraph numbersByValue(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.executeRead(() -> dsg.find().forEachRemaining(q -> copy.add(q.getGraph(), q.getSubject(), q.getPredicate(),
                numberByValue(q.getObject()))));
        return copy;
    }

    private static Graph numbersByValue(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(t.getSubject(), t.getPredicate(), numberByValue(t.getObject())));
        return copy;
    }

    private static org.apache.jena.graph.Node numberByValue(org.apache.jena.graph.Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdouble.getURI().equals(node.getLiteralDatatypeURI()))
            return node;
        return NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(node.getLiteralLexicalForm())), XSDDatatype.XSDdouble);
    }

    @Test
    void anUnknownArticleIsAnError() {
        try (ArticleStore store = filled(ARTICLES)) {
            UnknownArticleException e = assertThrows(UnknownArticleException.class, () -> new StoreExporter(store).articleGraph("a9"));
            assertEquals("a9", e.article());
        }
    }

    @Test
    void sortedOutputIsTheSameBytesWhateverTheOrderArticlesWereStoredIn() {
        try (ArticleStore forward = filled(ARTICLES); ArticleStore backward = filled(List.of(ARTICLES.get(2), ARTICLES.get(1), ARTICLES.get(0)))) {
            for (ExportFormat format : ExportFormat.values())
                assertArrayEquals(export(new StoreExporter(forward), format, true),
                        export(new StoreExporter(backward), format, true), format.toString());
        }
    }

    @Test
    void turtleDeclaresTheOntologyPrefixes() {
        try (ArticleStore store = filled(ARTICLES)) {
            String turtle = new String(export(new StoreExporter(store), ExportFormat.TURTLE, true), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(turtle.lines().anyMatch(l -> l.matches("PREFIX ng: +<https://w3id.org/newsgraph/ontology#>")), turtle);
            assertTrue(turtle.contains("ng:endorses"), turtle);
        }
    }

    @Test
    void formatsAreFoundByTheirCommandLineName() {
        assertEquals(ExportFormat.NQUADS, ExportFormat.byName("nquads"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.byName("JSONLD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.byName("n3"));
        assertEquals("unknown format 'n3' (use one of: turtle, ntriples, nquads, trig, jsonld, rdfxml)", e.getMessage());
    }

    private static Lang lang(ExportFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
