package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.store.ArticleStore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Python's SPARQLWrapper runs every canned query against a running {@code newsgraph serve} and loads the rows into a pandas
 * DataFrame; the rows are the ones Jena finds in the store itself. The README's Python example runs too.
 */
class SparqlClientsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row as lexical values, which is what SPARQLWrapper's JSON gives Python. */
    private static Map<String, String> lexical(Map<String, Node> row) {
        Map<String, String> values = new TreeMap<>();
        row.forEach((var, node) -> values.put(var, node.isLiteral() ? node.getLiteralLexicalForm() : node.toString()));
        return values;
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        List<Map<String, String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new TreeMap<>(row)));
        copy.sort(Comparator.comparing(Map::toString));
        return copy;
    }

    @Test
    void cannedQueriesGiveTheSameRowsThroughSparqlWrapperAndPandas(@TempDir Path dir) throws Exception {
        ExternalTool.requirePython("SPARQLWrapper", "pandas");
        List<Path> queries = ArticleFixture.queries();
        assertFalse(queries.isEmpty(), "no canned queries found");
        DatasetGraph local = ArticleFixture.store();
        Path store = dir.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            ArticleFixture.articles().forEach(a -> s.replace(a, 0.0));
        }
        try (ServeProcess serve = ServeProcess.start(store, dir.resolve("serve.log"))) {
            String endpoint = serve.baseUrl() + "/newsgraph/query";
            int nonEmpty = 0;
            for (Path query : queries) {
                List<Map<String, String>> expected = ArticleFixture.localRows(local, ArticleFixture.read(query)).stream()
                        .map(SparqlClientsIT::lexical).toList();
                ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.PYTHON.toString(),
                        ExternalTool.SCRIPTS.resolve("query_endpoint.py").toString(), endpoint, query.toString()), 120);
                assertEquals(0, r.exitCode(), query + ": " + r.stderr());
                List<Map<String, String>> got = JSON.readValue(r.stdout(), new TypeReference<List<Map<String, String>>>() {});
                // pandas fills a variable a row leaves unbound with null; Jena's row has no entry for it.
                got.forEach(row -> row.values().removeIf(v -> v == null));
                assertEquals(sorted(expected), sorted(got), query.toString());
                if (!expected.isEmpty())
                    nonEmpty++;
            }
            assertTrue(nonEmpty > 0, "every canned query came back empty on the fixture; the comparison proves nothing");
        }
    }

    @Test
    void readmeExampleRuns() {
        ExternalTool.requirePython("SPARQLWrapper", "pandas");
        FusekiServer server = EndpointFactory.start(ArticleFixture.store(), ServeOptions.builder().port(0).build());
        try {
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.PYTHON.toString(),
                    ExternalTool.SCRIPTS.resolve("readme_example.py").toString(),
                    "http://127.0.0.1:" + server.getPort() + "/newsgraph/query"), 120);
            assertEquals(0, r.exitCode(), r.stderr());
            assertTrue(r.stdout().matches("(?s).*0 +Donald Trump +Tommy Tuberville.*"), r.stdout());
        } finally {
            server.stop();
        }
    }
}
