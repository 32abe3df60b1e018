package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.StoreExporter;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Other people's RDF parsers read what {@code newsgraph export} writes: rdflib parses every export syntax and
 * rapper validates the triple syntaxes, and both count what Jena counts in the store.
 */
class RdfClientsIT {
    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) triples");
    /** How rdflib and rapper name each syntax; rapper reads only the triple syntaxes asked for. */
    private static final Map<ExportFormat, String> RDFLIB = new EnumMap<>(Map.of(
            ExportFormat.TURTLE, "turtle", ExportFormat.NTRIPLES, "nt", ExportFormat.NQUADS, "nquads",
            ExportFormat.TRIG, "trig", ExportFormat.JSONLD, "json-ld", ExportFormat.RDFXML, "xml"));
    private static final Map<ExportFormat, String> RAPPER = new EnumMap<>(Map.of(
            ExportFormat.TURTLE, "turtle", ExportFormat.NTRIPLES, "ntriples", ExportFormat.RDFXML, "rdfxml"));

    @TempDir
    static Path dir;
    private static ArticleStore store;
    private static long triples;
    private static long quads;

    @BeforeAll
    static void export() throws IOException {
        store = ArticleStore.inMemory();
        ArticleFixture.articles().forEach(a -> store.replace(a, 0.0));
        // As a build leaves it: with the graphs derived from all articles.
        store.deriveGraphs();
        // A whole-store export leaves out the bundled reference graph, the same in every store, and the default graph,
        // which holds only the store's own bookkeeping.
        quads = store.read(dsg -> dsg.stream().filter(q -> !q.isDefaultGraph() && !q.getGraph().equals(NG.referenceGraph())).count());
        triples = store.read(dsg -> {
            Set<Triple> distinct = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph() && !q.getGraph().equals(NG.referenceGraph()))
                    distinct.add(q.asTriple());
            });
            return (long) distinct.size();
        });
        StoreExporter exporter = new StoreExporter(store);
        for (ExportFormat format : ExportFormat.values()) {
            try (OutputStream out = Files.newOutputStream(file(format))) {
                exporter.write(format, out);
            }
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Path file(ExportFormat format) {
        return dir.resolve("graph." + format.extension());
    }

    @Test
    void everyExportSyntaxIsCovered() {
        assertEquals(Set.of(ExportFormat.values()), RDFLIB.keySet());
        assertTrue(quads > triples, "articles should share triples (labels of the same people): " + quads + " vs " + triples);
    }

    @Test
    void rdflibFindsWhatJenaWrote() {
        ExternalTool.requirePython("rdflib");
        for (ExportFormat format : ExportFormat.values()) {
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.PYTHON.toString(),
                    ExternalTool.SCRIPTS.resolve("count_rdf.py").toString(), file(format).toString(), RDFLIB.get(format)), 120);
            assertEquals(0, r.exitCode(), format + ": " + r.stderr());
            assertEquals("triples " + triples + "\nquads " + (format.isQuads() ? quads : triples) + "\n", r.stdout(),
                    format.toString());
        }
    }

    @Test
    void jenaReadsBackWhatTheStreamingWritersWrote() {
        for (ExportFormat format : ExportFormat.values()) {
            var parsed = org.apache.jena.riot.RDFParser.source(file(format)).toDatasetGraph();
            Set<Triple> distinct = new HashSet<>();
            parsed.find().forEachRemaining(q -> distinct.add(q.asTriple()));
            assertEquals(triples, distinct.size(), format.toString());
            assertEquals(format.isQuads() ? quads : triples, parsed.stream().count(), format.toString());
        }
    }

    @Test
    void rapperValidatesTheTripleSyntaxes() {
        ExternalTool.require(ExternalTool.RAPPER, "raptor2-utils");
        for (Map.Entry<ExportFormat, String> e : RAPPER.entrySet()) {
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.RAPPER.toString(), "-c", "-i", e.getValue(),
                    file(e.getKey()).toString()), 60);
            assertEquals(0, r.exitCode(), e.getKey() + ": " + r.stderr());
            assertFalse(r.stderr().contains("Error") || r.stderr().contains("Warning"), e.getKey() + ": " + r.stderr());
            Matcher m = RAPPER_COUNT.matcher(r.stderr());
            assertTrue(m.find(), r.stderr());
            assertEquals(triples, Long.parseLong(m.group(1)), e.getKey().toString());
        }
    }
}
