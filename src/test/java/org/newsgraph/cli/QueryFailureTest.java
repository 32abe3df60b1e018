package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

import com.sun.net.httpserver.HttpServer;

/** {@code newsgraph query} that cannot answer: one clear line, exit 1, and the store as it was. */
class QueryFailureTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** 300 one-fact articles: some thousands of triples, so that a three-way cross product never ends. */
    private Path store() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            List<ArticleStore.Replacement> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                var a = TestArticles.endorsement("a" + i, "Alice Number" + i, "Bob Number" + (i + 1));
                all.add(new ArticleStore.Replacement(a, a.article().contentHash()));
            }
            store.replaceAll(all, 0.5);
            // As a build leaves it: with the graphs derived from all articles.
            store.deriveGraphs();
        }
        return dir;
    }

    @Test
    void aQueryThatWouldRunForeverTimesOutWithOneLine() {
        Path store = store();
        String forever = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        assertEquals(1, Main.run("query", forever, "--timeout", "1", "--store", store.toString()));
        assertEquals("newsgraph: query: query timed out after 1 s\n", console.err());
        assertEquals("", console.out(), "no partial result");
        // The store is released and intact: the next query answers.
        console.reset();
        assertEquals(0, Main.run("query", "SELECT (COUNT(*) AS ?n) { ?a ng:endorses ?b }", "--format", "csv",
                "--store", store.toString()));
        assertEquals("n\r\n300\r\n", console.out());
        assertEquals("", console.err());
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnAndTouchesNoStore() {
        Path missing = tmp.resolve("no-store");
        assertEquals(1, Main.run("query", "SELECT ?s\nWHERE { ?s ng:endorses ?o", "--store", missing.toString()));
        String message = console.err();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("newsgraph: query: bad SPARQL: "), message);
        assertTrue(message.contains("line 2, column"), message);
        assertTrue(!missing.toFile().exists(), "the query is checked before the store is opened");
    }

    @Test
    void aFileNameGivenAsTheQueryPointsToFile() {
        assertEquals(2, Main.run("query", "ontology/queries/endorsements.rq"));
        assertEquals("newsgraph: query: 'ontology/queries/endorsements.rq' is a file name, not SPARQL: use --file "
                + "ontology/queries/endorsements.rq (see `newsgraph query --help`)\n", console.err());
    }

    @Test
    void aLexicalErrorSaysWhereOnce() {
        assertEquals(1, Main.run("query", "SELECT ?s { ?s ng:x \"open }", "--store", tmp.resolve("none").toString()));
        String message = console.err();
        assertTrue(message.startsWith("newsgraph: query: bad SPARQL: Lexical error at line 1, column"), message);
        assertFalse(message.contains("line 0"), message);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLargeOffsetTimesOutToo() {
        // Jena skips an OFFSET while it builds the plan, where its own timeout timer cannot reach.
        Path store = store();
        String skip = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000";
        assertEquals(1, Main.run("query", skip, "--timeout", "1", "--store", store.toString()));
        assertEquals("newsgraph: query: query timed out after 1 s\n", console.err());
    }

    @Test
    void serviceSendsNothingUnlessAllowed() throws IOException {
        Path store = store();
        AtomicInteger requests = new AtomicInteger();
        HttpServer secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "TOP-SECRET".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        secret.start();
        try {
            String url = "http://127.0.0.1:" + secret.getAddress().getPort() + "/secret";
            for (String query : List.of("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?u { <" + url + "> } SERVICE ?u { ?s ?p ?o } }",
                    "ASK { FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }")) {
                console.reset();
                assertEquals(2, Main.run("query", query, "--store", store.toString()), console.err());
                assertTrue(console.err().startsWith("newsgraph: query: the query uses SERVICE, which sends requests to other"
                        + " servers: pass --allow-service to allow it"), console.err());
                assertFalse(console.err().contains("TOP-SECRET"), console.err());
            }
            assertEquals(0, requests.get(), "no request may reach the other server");
        } finally {
            secret.stop(0);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAllowedServiceThatNeverAnswersTimesOut() throws IOException {
        Path store = store();
        // Accepts connections and never says a word.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            assertEquals(1, Main.run("query", "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }", "--allow-service",
                    "--timeout", "2", "--store", store.toString()));
            assertTrue(console.err().startsWith("newsgraph: query: "), console.err());
            assertEquals(1, console.err().lines().count(), console.err());
        }
    }
}
