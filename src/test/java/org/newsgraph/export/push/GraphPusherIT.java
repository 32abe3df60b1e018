package org.newsgraph.export.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.ResolvedArticle;

import com.sun.net.httpserver.HttpServer;

/**
 * Pushing into a second, separate Fuseki server: the canned queries answer there as they do locally, a second
 * push changes nothing, PUT replaces rather than adds, credentials answer basic and digest challenges, and an
 * unreachable endpoint fails after a bounded number of attempts.
 */
class GraphPusherIT {
    private static final Backoff QUICK = new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(4));

    /** A target store like a typical Fuseki TDB2 setup: union default graph on, updates allowed. */
    private static DatasetGraph target() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private static void withTarget(DatasetGraph target, String user, String password, BiConsumer<String, FusekiServer> test) {
        withTarget(target, AuthScheme.BASIC, user, password, test);
    }

    /** A second Fuseki server on a free port; with a user, every request needs that user's password in {@code scheme}. */
    private static void withTarget(DatasetGraph target, AuthScheme scheme, String user, String password,
                                   BiConsumer<String, FusekiServer> test) {
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/remote", target, true);
        if (user != null)
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("test", JettySecurityLib.makeUserStore(user, password), scheme))
                    .serverAuthPolicy(Auth.policyAllowSpecific(user));
        FusekiServer server = builder.start();
        try {
            test.accept("http://localhost:" + server.getPort() + "/remote", server);
        } finally {
            server.stop();
        }
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static List<Map<String, Node>> sorted(List<Map<String, Node>> rows) {
        List<Map<String, Node>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Map::toString));
        return copy;
    }

    @Test
    void cannedQueriesAnswerTheSameAfterPushAndASecondPushChangesNothing() {
        DatasetGraph local = ArticleFixture.store();
        DatasetGraph remoteData = target();
        withTarget(remoteData, null, null, (url, server) -> {
            GraphPusher pusher = new GraphPusher(new RemoteGraphStore(url + "/data", null, null, QUICK));
            List<Node> seen = new ArrayList<>();
            PushSummary first = pusher.push(local, seen::add);
            assertEquals(3, first.graphs());
            assertEquals(quads(local).size(), first.triples());
            assertEquals(0, first.retries());
            assertEquals(List.of(NG.articleGraph("doug-jones-democrat"), NG.articleGraph("sessions-recusal"),
                    NG.articleGraph("trump-endorses-tuberville")), seen);
            assertEquals(quads(local), quads(remoteData));

            int nonEmpty = 0;
            for (Path query : ArticleFixture.queries()) {
                String text = ArticleFixture.read(query);
                List<Map<String, Node>> expected = ArticleFixture.localRows(local, text);
                List<Map<String, Node>> got = ArticleFixture.rows(QueryExecHTTP.service(url + "/query").query(text).select());
                assertEquals(sorted(expected), sorted(got), query.toString());
                if (!expected.isEmpty())
                    nonEmpty++;
            }
            assertTrue(nonEmpty > 0, "all canned queries empty on the fixture");

            Set<Quad> before = quads(remoteData);
            PushSummary second = pusher.push(local, node -> {});
            assertEquals(first, second);
            assertEquals(before, quads(remoteData));
        });
    }

    @Test
    void pushReplacesTheRemoteGraphInsteadOfAddingToIt() {
        DatasetGraph local = ArticleFixture.store();
        DatasetGraph remoteData = target();
        Node graph = NG.articleGraph("sessions-recusal");
        Quad stale = Quad.create(graph, NodeFactory.createURI("urn:x:stale"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createLiteralString("from an older build"));
        Quad elsewhere = Quad.create(NodeFactory.createURI("urn:x:other-graph"), stale.getSubject(), stale.getPredicate(),
                stale.getObject());
        Txn.executeWrite(remoteData, () -> {
            remoteData.add(stale);
            remoteData.add(elsewhere);
        });
        withTarget(remoteData, null, null, (url, server) ->
                new GraphPusher(new RemoteGraphStore(url + "/data", null, null, QUICK)).push(local, node -> {}));
        Set<Quad> after = quads(remoteData);
        assertFalse(after.contains(stale), "the stale triple of a pushed graph must be gone");
        assertTrue(after.contains(elsewhere), "graphs the store does not have must be left alone");
        assertEquals(quads(local).size() + 1, after.size());
    }

    @ParameterizedTest
    @EnumSource(value = AuthScheme.class, names = {"BASIC", "DIGEST"})
    void credentialsAnswerTheChallengeAndRefusalIsNotRetried(AuthScheme scheme) {
        DatasetGraph local = ArticleFixture.store();
        DatasetGraph remoteData = target();
        withTarget(remoteData, scheme, "loader", "pw-123", (url, server) -> {
            String endpoint = url + "/data";
            PushException anonymous = assertThrows(PushException.class, () ->
                    new GraphPusher(new RemoteGraphStore(endpoint, null, null, QUICK)).push(local, node -> {}));
            assertEquals("HTTP 401: the endpoint wants a user and password", anonymous.reason());

            try (RemoteGraphStore wrong = new RemoteGraphStore(endpoint, "loader", "not-the-password", QUICK)) {
                PushException refused = assertThrows(PushException.class, () -> new GraphPusher(wrong).push(local, node -> {}));
                assertTrue(refused.reason().startsWith("HTTP 401"), refused.getMessage());
                assertTrue(refused.reason().endsWith(": the endpoint does not accept this user and password"), refused.getMessage());
                assertFalse(refused.reason().contains("attempts"), "a 401 must not be retried: " + refused.getMessage());
            }
            assertTrue(quads(remoteData).isEmpty());

            try (RemoteGraphStore store = new RemoteGraphStore(endpoint, "loader", "pw-123", QUICK)) {
                PushSummary summary = new GraphPusher(store).push(local, node -> {});
                assertEquals(3, summary.graphs());
                assertEquals(0, summary.retries());
                assertEquals(quads(local), quads(remoteData));
                // Again on the same store: the session set up by the first challenge carries on, or is renewed.
                assertEquals(summary, new GraphPusher(store).push(local, node -> {}));
                new RemoteArticleWriter(store).replace(ArticleFixture.articles().get(0), 0.0);
            }
            assertEquals(quads(local), quads(remoteData));
        });
    }

    @Test
    void closeForgetsTheCredentialsAndOneEndpointHasOneSetAtATime() {
        String endpoint = "http://127.0.0.1:1/remote/data";
        URI uri = URI.create(endpoint);
        try (RemoteGraphStore first = new RemoteGraphStore(endpoint, "loader", "pw-123", QUICK)) {
            assertEquals(endpoint, first.endpoint());
            assertTrue(AuthEnv.get().hasRegistation(uri));
            assertThrows(IllegalStateException.class, () -> new RemoteGraphStore(endpoint, "other", "pw-456", QUICK));
            // Without credentials nothing is registered, so that is no conflict.
            new RemoteGraphStore(endpoint, null, null, QUICK).close();
            assertEquals("loader", AuthEnv.get().getUsernamePassword(uri).getUsername());
        }
        assertFalse(AuthEnv.get().hasRegistation(uri));
        assertNull(AuthEnv.get().getUsernamePassword(URI.create(endpoint + "?graph=urn:x:g")));
        new RemoteGraphStore(endpoint, "other", "pw-456", QUICK).close();
    }

    @Test
    void unreachableEndpointFailsAfterTheLastAttempt() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/remote/data";
        PushException e = assertThrows(PushException.class, () ->
                new GraphPusher(new RemoteGraphStore(url, null, null, QUICK)).push(ArticleFixture.store(), node -> {}));
        assertEquals(url, e.endpoint());
        assertEquals(NG.articleGraph("doug-jones-democrat").getURI(), e.graph());
        assertTrue(e.reason().startsWith("cannot connect"), e.reason());
        assertTrue(e.reason().endsWith("after 3 attempts"), e.reason());
    }

    @Test
    void busyAnswersAreRetriedAndCounted() throws IOException {
        // A stand-in endpoint: 503 for the first two requests, then it takes everything.
        AtomicInteger requests = new AtomicInteger();
        HttpServer busy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        busy.createContext("/ds/data", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(requests.incrementAndGet() <= 2 ? 503 : 204, -1);
            exchange.close();
        });
        busy.start();
        try {
            String url = "http://127.0.0.1:" + busy.getAddress().getPort() + "/ds/data";
            PushSummary summary = new GraphPusher(new RemoteGraphStore(url, null, null, QUICK)).push(ArticleFixture.store(), n -> {});
            assertEquals(3, summary.graphs());
            assertEquals(2, summary.retries());
            assertEquals(5, requests.get());
        } finally {
            busy.stop(0);
        }
    }

    @Test
    void remoteArticleWriterStoresEachArticleAsTheLocalStoreDoes() {
        DatasetGraph local = ArticleFixture.store();
        DatasetGraph remoteData = target();
        withTarget(remoteData, null, null, (url, server) -> {
            RemoteArticleWriter writer = new RemoteArticleWriter(new RemoteGraphStore(url, null, null, QUICK));
            long triples = 0;
            for (ResolvedArticle a : ArticleFixture.articles())
                triples += writer.replace(a, 0.0);
            assertEquals(quads(local).size(), triples);
            // Again: the same graphs, not twice as many triples.
            for (ResolvedArticle a : ArticleFixture.articles())
                writer.replace(a, 0.0);
        });
        assertEquals(quads(local), quads(remoteData));
    }
}
