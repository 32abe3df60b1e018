package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.ITSRDF;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.NIF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The writers see the store only through find(): nothing reads or copies a whole graph. */
class StreamingExportTest {
    private static final int ARTICLES = 20_000;
    private static final int TRIPLES_PER_ARTICLE = 8;

    /** Quads of a synthetic 20,000-article store, made as they are read and never held. */
    private static Iterator<Quad> synthetic() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ARTICLES * TRIPLES_PER_ARTICLE;
            }

            @Override
            public Quad next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                int article = next / TRIPLES_PER_ARTICLE;
                int i = next++ % TRIPLES_PER_ARTICLE;
                Node graph = NG.articleGraph("a" + article);
                Node person = NodeFactory.createURI(NG.ID + "person/p" + article);
                return switch (i) {
                    case 0 -> Quad.create(graph, graph, RDF.Nodes.type, NG.Article);
                    case 1 -> Quad.create(graph, graph, NG.contentHash, NodeFactory.createLiteralString("h" + article));
                    case 2 -> Quad.create(graph, person, RDF.Nodes.type, NG.Person);
                    case 3 -> Quad.create(graph, person, RDFS.Nodes.label, NodeFactory.createLiteralString("P <" + article + "> & co"));
                    case 4 -> Quad.create(graph, person, NG.endorses, NodeFactory.createURI(NG.ID + "person/p" + (article + 1)));
                    case 5 -> Quad.create(graph, person, NG.year, NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear));
                    case 6 -> Quad.create(graph, person, NodeFactory.createURI("http://example.org/v/1x"), NodeFactory.createLiteralLang("x", "en"));
                    default -> Quad.create(graph, person, NodeFactory.createURI("http://example.org/v/1x"), NodeFactory.createLiteralLang("x", "en"));
                };
            }
        };
    }

    /** A dataset that answers find() with the synthetic quads and fails on any other call, recording the names. */
    private static DatasetGraph findOnly(Set<String> calls) {
        Graph union = (Graph) Proxy.newProxyInstance(Graph.class.getClassLoader(), new Class<?>[] {Graph.class}, (proxy, m, args) -> {
            calls.add("Graph." + m.getName());
            if (m.getName().equals("find"))
                return WrappedIterator.create(synthetic()).mapWith(Quad::asTriple);
            throw new AssertionError("whole-graph call Graph." + m.getName());
        });
        return (DatasetGraph) Proxy.newProxyInstance(DatasetGraph.class.getClassLoader(), new Class<?>[] {DatasetGraph.class}, (proxy, m, args) -> {
            calls.add("DatasetGraph." + m.getName());
            return switch (m.getName()) {
                case "find" -> synthetic();
                case "getUnionGraph" -> union;
                default -> throw new AssertionError("whole-dataset call DatasetGraph." + m.getName());
            };
        });
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void everySyntaxExportsALargeStoreThroughFindAlone() {
        for (ExportFormat format : ExportFormat.values()) {
            Set<String> calls = new TreeSet<>();
            Counting out = new Counting();
            StoreExporter.stream(findOnly(calls), Node.ANY, format, out, false);
            assertTrue(out.bytes > (long) ARTICLES * TRIPLES_PER_ARTICLE * 10, format + ": " + out.bytes + " bytes");
            Set<String> expected = format.isQuads() ? Set.of("DatasetGraph.find") : Set.of("DatasetGraph.getUnionGraph", "Graph.find");
            assertEquals(expected, calls, format.toString());
        }
    }

    private static Graph parse(byte[] bytes, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).toGraph();
    }

    /** A small dataset whose union repeats triples across graphs and brings a subject back after another one. */
    private static DatasetGraph repeating() {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node alice = NodeFactory.createURI(NG.ID + "person/alice");
        Node bob = NodeFactory.createURI(NG.ID + "person/bob");
        for (String article : new String[] {"a1", "a2"}) {
            Node g = NG.articleGraph(article);
            dsg.add(g, alice, NG.endorses, bob);
            dsg.add(g, alice, RDFS.Nodes.label, NodeFactory.createLiteralString("Alice"));
            dsg.add(g, bob, RDFS.Nodes.label, NodeFactory.createLiteralLang("Bob", "en"));
            dsg.add(g, bob, NodeFactory.createURI("http://example.org/v/2x"), NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger));
        }
        return dsg;
    }

    private static byte[] export(DatasetGraph dsg, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dsg.executeRead(() -> StoreExporter.stream(dsg, Node.ANY, format, out, false));
        return out.toByteArray();
    }

    @Test
    void tripleSyntaxesWriteATripleRepeatedWithinASubjectRunOnce() {
        for (ExportFormat format : ExportFormat.values()) {
            if (format.isQuads())
                continue;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamRDF writer = format.streamWriter(out);
            writer.start();
            // As a union over article graphs may yield them: the same triple once per graph.
            synthetic().forEachRemaining(q -> {
                if (q.getGraph().getURI().endsWith("/a0") || q.getGraph().getURI().endsWith("/a1")) {
                    writer.triple(q.asTriple());
                    writer.triple(q.asTriple());
                }
            });
            writer.finish();
            String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
            text = text.substring(Math.max(0, text.indexOf("\"@graph\"")));
            Lang lang = switch (format) {
                case TURTLE -> Lang.TURTLE;
                case NTRIPLES -> Lang.NTRIPLES;
                default -> Lang.RDFXML;
            };
            assertEquals(2 * (TRIPLES_PER_ARTICLE - 1), parse(out.toByteArray(), lang).size(), format.toString());
            assertEquals(2, text.split("[#:\"]endorses\\b", -1).length - 1, format + ": " + text);
        }
    }

    @Test
    void rdfXmlParsesBackToTheUnionAndJsonLdToTheDatasetWithTermsOutsideThePrefixes() {
        DatasetGraph dsg = repeating();
        Graph expected = GraphFactory.createDefaultGraph();
        dsg.executeRead(() -> dsg.getUnionGraph().find().forEachRemaining(expected::add));
        assertTrue(expected.isIsomorphicWith(parse(export(dsg, ExportFormat.RDFXML), Lang.RDFXML)));
        DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(export(dsg, ExportFormat.JSONLD))).lang(Lang.JSONLD)
                .toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(dsg, parsed), "the JSON-LD dataset differs from the store");
    }

    @Test
    void jsonLdUsesTheOntologyTermsAndPlainIrisInOneGraphObjectPerArticle() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(export(repeating(), ExportFormat.JSONLD));
        assertEquals("ng:endorses", doc.get("@context").get("endorses").get("@id").asText());
        List<String> graphs = new ArrayList<>();
        JsonNode alice = null;
        for (JsonNode graph : doc.get("@graph")) {
            graphs.add(graph.get("@id").asText());
            for (JsonNode node : graph.get("@graph"))
                if (node.get("@id").asText().endsWith("/alice"))
                    alice = node;
        }
        assertEquals(List.of(NG.articleGraph("a1").getURI(), NG.articleGraph("a2").getURI()), graphs.stream().sorted().toList());
        assertEquals(NG.ID + "person/bob", alice.get("endorses").asText());
        assertEquals("Alice", alice.get("label").asText());
        assertFalse(alice.has("https://w3id.org/newsgraph/ontology#endorses"));
    }

    @Test
    void jsonLdWritesNumbersAsJsonNumbersThatReadBackAsTheirDatatypes() throws Exception {
        Node g = NG.articleGraph("a1");
        Node statement = NodeFactory.createURI(g.getURI() + "/fact/1");
        Node sentence = NodeFactory.createURI(g.getURI() + "#char=52,111");
        Node holding = NodeFactory.createURI(NG.ID + "holding/x");
        Node other = NodeFactory.createURI("http://example.org/v/count");
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        dsg.add(g, statement, ITSRDF.taConfidence, NodeFactory.createLiteralDT("0.85e0", XSDDatatype.XSDdouble));
        dsg.add(g, sentence, NIF.beginIndex, NodeFactory.createLiteralDT("52", XSDDatatype.XSDnonNegativeInteger));
        dsg.add(g, holding, NG.articleCount, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
        dsg.add(g, holding, NG.year, NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear));
        dsg.add(g, holding, other, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
        dsg.add(g, holding, NodeFactory.createURI("http://example.org/v/weight"), NodeFactory.createLiteralDT("1.0e0", XSDDatatype.XSDdouble));
        byte[] bytes = export(dsg, ExportFormat.JSONLD);
        JsonNode nodes = new ObjectMapper().readTree(bytes).get("@graph").get(0).get("@graph");
        Map<String, JsonNode> byId = new TreeMap<>();
        nodes.forEach(n -> byId.put(n.get("@id").asText(), n));
        assertTrue(byId.get(statement.getURI()).get("confidence").isNumber(), new String(bytes, StandardCharsets.UTF_8));
        assertEquals(0.85, byId.get(statement.getURI()).get("confidence").asDouble());
        assertTrue(byId.get(sentence.getURI()).get("beginIndex").isIntegralNumber());
        assertEquals(3, byId.get(holding.getURI()).get("articleCount").asInt());
        assertEquals(7, byId.get(holding.getURI()).get(other.getURI()).asInt());
        assertEquals("2020", byId.get(holding.getURI()).get("year").textValue(), "a year is no number");
        // A whole double without a coercion in the context would read back as an integer: it keeps its datatype.
        assertEquals("1.0e0", byId.get(holding.getURI()).get("http://example.org/v/weight").get("@value").textValue());

        DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD).toDatasetGraph();
        List<String> values = new ArrayList<>();
        parsed.find().forEachRemaining(q -> {
            Node o = q.getObject();
            values.add(q.getGraph().getURI() + " " + o.getLiteralDatatypeURI().replace(XSDDatatype.XSD + "#", "xsd:") + " "
                    + o.getLiteralValue());
        });
        values.sort(null);
        assertEquals(List.of(g.getURI() + " xsd:double 0.85", g.getURI() + " xsd:double 1.0", g.getURI() + " xsd:gYear 2020",
                g.getURI() + " xsd:integer 3", g.getURI() + " xsd:integer 7", g.getURI() + " xsd:nonNegativeInteger 52"), values);
    }

    @Test
    void theShippedContextDeclaresTheOntologyPrefixes() throws Exception {
        JsonNode context = new ObjectMapper().readTree(StreamingExportTest.class.getResourceAsStream(JsonLdStreamWriter.CONTEXT_RESOURCE)).get("@context");
        NG.PREFIXES.forEach((prefix, iri) -> assertEquals(iri, context.get(prefix).asText(), prefix));
    }

    @Test
    void rdfXmlRefusesACharacterXmlCannotCarry() {
        StreamRDF writer = ExportFormat.RDFXML.streamWriter(new ByteArrayOutputStream());
        writer.start();
        writer.triple(Triple.create(NodeFactory.createURI(NG.ID + "person/a"), RDFS.Nodes.label, NodeFactory.createLiteralString("a\u000Bb")));
        ExportException e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class, writer::finish);
        assertEquals("a literal of <http://www.w3.org/2000/01/rdf-schema#label> holds U+000B, which XML 1.0 cannot carry;"
                + " export another syntax", e.getMessage());
    }

    @Test
    void localNamesAreTheLongestNcNameSuffix() {
        assertEquals(NG.NS.length(), RdfXmlStreamWriter.localNameStart(NG.NS + "endorses"));
        assertEquals("http://example.org/v/2".length(), RdfXmlStreamWriter.localNameStart("http://example.org/v/2x"));
        assertEquals(-1, RdfXmlStreamWriter.localNameStart("http://example.org/v/12"));
    }
}
