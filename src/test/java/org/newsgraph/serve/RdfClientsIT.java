package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;

/**
 * Other people's RDF parsers read what newsgraph writes: rdflib parses every syntax and rapper validates the
 * triple syntaxes, and both count what Jena counts. The files are written from the store with Jena's writers,
 * the same ones the export command uses.
 */
class RdfClientsIT {
    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) triples");

    @TempDir
    static Path dir;
    private static Graph union;
    private static DatasetGraph dataset;

    /** One syntax: how Jena writes it, how rdflib and rapper name it, and whether it keeps named graphs. */
    private record Syntax(String file, RDFFormat format, String rdflib, String rapper, boolean quads) {}

    private static final List<Syntax> SYNTAXES = List.of(
            new Syntax("all.ttl", RDFFormat.TURTLE_PRETTY, "turtle", "turtle", false),
            new Syntax("all.nt", RDFFormat.NTRIPLES, "nt", "ntriples", false),
            new Syntax("all.rdf", RDFFormat.RDFXML_PRETTY, "xml", "rdfxml", false),
            new Syntax("all.nq", RDFFormat.NQUADS, "nquads", null, true),
            new Syntax("all.trig", RDFFormat.TRIG_PRETTY, "trig", null, true),
            new Syntax("all.jsonld", RDFFormat.JSONLD11, "json-ld", null, true));

    @BeforeAll
    static void writeFiles() throws IOException {
        DatasetGraph store = ArticleFixture.store();
        dataset = Txn.calculateRead(store, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.find().forEachRemaining(copy::add);
            store.prefixes().forEach(copy.prefixes()::add);
            return copy;
        });
        union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        union.getPrefixMapping().setNsPrefixes(dataset.getDefaultGraph().getPrefixMapping());
        for (Syntax s : SYNTAXES) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(s.file()))) {
                if (s.quads())
                    RDFDataMgr.write(out, dataset, s.format());
                else
                    RDFDataMgr.write(out, union, s.format());
            }
        }
    }

    private static long distinctTriples() {
        Set<Triple> triples = new HashSet<>();
        dataset.find().forEachRemaining(q -> triples.add(q.asTriple()));
        return triples.size();
    }

    @Test
    void rdflibFindsWhatJenaWrote() {
        ExternalTool.requirePython("rdflib");
        long triples = distinctTriples();
        long quads = dataset.stream().count();
        assertTrue(quads > triples, "articles should share triples (labels of the same people): " + quads + " vs " + triples);
        for (Syntax s : SYNTAXES) {
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.PYTHON.toString(),
                    ExternalTool.SCRIPTS.resolve("count_rdf.py").toString(), dir.resolve(s.file()).toString(), s.rdflib()), 120);
            assertEquals(0, r.exitCode(), s.file() + ": " + r.stderr());
            assertEquals("triples " + triples + "\nquads " + (s.quads() ? quads : triples) + "\n", r.stdout(), s.file());
        }
    }

    @Test
    void rapperValidatesTheTripleSyntaxes() {
        ExternalTool.require(ExternalTool.RAPPER, "raptor2-utils");
        for (Syntax s : SYNTAXES) {
            if (s.rapper() == null)
                continue;
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.RAPPER.toString(), "-c", "-i", s.rapper(),
                    dir.resolve(s.file()).toString()), 60);
            assertEquals(0, r.exitCode(), s.file() + ": " + r.stderr());
            assertTrue(!r.stderr().contains("Error") && !r.stderr().contains("Warning"), s.file() + ": " + r.stderr());
            Matcher m = RAPPER_COUNT.matcher(r.stderr());
            assertTrue(m.find(), r.stderr());
            assertEquals(union.size(), Long.parseLong(m.group(1)), s.file());
        }
    }
}
