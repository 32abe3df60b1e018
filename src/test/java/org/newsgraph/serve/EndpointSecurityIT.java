package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.NG;

import com.sun.net.httpserver.HttpServer;

/**
 * The endpoint as a hostile or careless client meets it: it sends no request for anyone unless allowed, every query
 * stops at the timeout, oversized requests are refused, slow clients do not take every worker, a web page cannot
 * write to it, and no read dumps the whole store. Each test's JUnit timeout, in a thread of its own, turns a server
 * that hangs into a failure.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EndpointSecurityIT {
    private static final String JSON = "application/sparql-results+json";
    private static final String UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> \"injected\" }";

    @TempDir
    Path tmp;

    private final LocalEndpoint endpoint = new LocalEndpoint(Duration.ofSeconds(90));

    private static ServeOptions.Builder local() {
        return LocalEndpoint.local();
    }

    private void withServer(DatasetGraph dsg, ServeOptions options, Consumer<String> test) {
        LocalEndpoint.withServer(dsg, options, test);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return endpoint.send(request);
    }

    private HttpResponse<String> query(String base, String sparql) {
        return send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/query?query=" + enc(sparql))).header("Accept", JSON));
    }

    private HttpResponse<String> update(String base, String update, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/newsgraph/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update)));
        for (int i = 0; i < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return send(request);
    }

    /** The status of a request written by hand: Java's HTTP client will not send a Host header of our choosing. */
    private static int rawStatus(String base, String request) {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    /** A web server on loopback that counts requests and answers each with a secret. */
    private static HttpServer secretServer(AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "TOP-SECRET-TOKEN".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void serviceSendsNoRequestAndOpenAndClosedPortsLookAlike() throws IOException {
        DatasetGraph dsg = ArticleFixture.store();
        AtomicInteger requests = new AtomicInteger();
        HttpServer secret = secretServer(requests);
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try {
            String open = "http://127.0.0.1:" + secret.getAddress().getPort() + "/secret";
            String closed = "http://127.0.0.1:" + closedPort + "/secret";
            withServer(dsg, local().allowUpdate(true).build(), base -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                for (String url : List.of(open, closed)) {
                    answers.add(query(base, "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }"));
                    answers.add(query(base, "SELECT * { VALUES ?u { <" + url + "> <" + url + "?2> } SERVICE ?u { ?s ?p ?o } }"));
                    answers.add(update(base, "INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }"));
                }
                for (HttpResponse<String> r : answers) {
                    assertEquals(403, r.statusCode(), r.body());
                    assertTrue(r.body().contains("SERVICE is off on this endpoint"), r.body());
                    assertFalse(r.body().contains("TOP-SECRET"), r.body());
                }
                // A port scanner learns nothing: the open and the closed port get the same answer.
                assertEquals(answers.get(0).body().replace(open, ""), answers.get(3).body().replace(closed, ""));
            });
            assertEquals(0, requests.get(), "the endpoint must send no request on a client's behalf");
        } finally {
            secret.stop(0);
        }
    }

    @Test
    void anAllowedServiceIsBoundByTheTimeout() throws IOException {
        // A server that accepts the connection and never answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            withServer(ArticleFixture.store(), local().allowService(true).queryTimeout(Duration.ofSeconds(2)).build(), base -> {
                HttpResponse<String> r = query(base, "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }");
                assertTrue(r.statusCode() >= 500, r.statusCode() + " " + r.body());
            });
        }
    }

    @Test
    void everyRunawayQueryIsCutOffAtTheTimeout() {
        withServer(ArticleFixture.store(), local().queryTimeout(Duration.ofSeconds(2)).build(), base -> {
            // Jena skips an OFFSET while it builds the plan, where its own timer cannot stop it.
            String offset = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } OFFSET 1000000000000000";
            String regex = "ASK { FILTER(regex(\"" + "a".repeat(40) + "!\", \"(.*a){15}$\")) }";
            String perRow = "SELECT * { ?s ?p ?o FILTER(regex(CONCAT(\"" + "a".repeat(40) + "\", STR(?p), \"!\"), \"(.*a){15}$\")) }";
            for (String runaway : List.of(offset, regex, perRow)) {
                HttpResponse<String> r = query(base, runaway);
                assertEquals(503, r.statusCode(), runaway + ": " + r.body());
            }
            // The server is still there for others.
            assertEquals(200, query(base, "SELECT * { ?s a ?type } LIMIT 2").statusCode());
        });
    }

    @Test
    void queriesAndBodiesOverTheSizeCapAre413() {
        withServer(ArticleFixture.store(), local().maxQuerySize(10_000).build(), base -> {
            StringBuilder big = new StringBuilder("SELECT * {");
            while (big.length() < 20_000)
                big.append(" ?s <http://example.org/p> ?o .");
            String large = big.append(" }").toString();
            assertEquals(413, query(base, large).statusCode());
            assertEquals(413, send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/query"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(large))).statusCode());
            assertEquals(413, send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/query"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(large)))).statusCode());
            // A body far over any cap is refused before it is read: 413, or, when the refusal closes the connection
            // while the client is still writing, a reset the client sees before the answer (now and then, on a loaded
            // machine). Either way nothing is run, and the server answers the next request.
            byte[] huge = new byte[8 * 1024 * 1024];
            HttpRequest.Builder oversized = HttpRequest.newBuilder(URI.create(base + "/newsgraph/query"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(huge));
            try {
                assertEquals(413, send(oversized).statusCode());
            } catch (AssertionError e) {
                if (!(e.getCause() instanceof java.io.IOException))
                    throw e;
            }
            // Under the cap, the same kind of query answers.
            assertEquals(200, query(base, "SELECT * { ?s <http://example.org/p> ?o }").statusCode());
        });
    }

    @Test
    void aFormOverTheDefaultCapIs413NotAServerError() {
        // Jetty's own form limit (200,000 bytes) is below the default cap's room for a form: it answered 500.
        String large = "SELECT * { ?s ?p ?o } #" + "a".repeat(200_000);
        for (boolean update : new boolean[] {false, true}) {
            withServer(ArticleFixture.store(), local().allowUpdate(update).build(), base -> {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/query"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(large))));
                assertEquals(413, r.statusCode(), r.body());
                assertTrue(r.body().contains("--max-query-size"), r.body());
            });
        }
    }

    @Test
    void aQueryCannotBuildAGiantString() {
        withServer(ArticleFixture.store(), local().build(), base -> {
            HttpResponse<String> r = query(base, "SELECT (GROUP_CONCAT(STR(?a)) AS ?all) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("GROUP_CONCAT would build a string of more than 1,000,000 characters"), r.body());
        });
    }

    @Test
    void slowClientsDoNotTakeEveryWorker() throws IOException {
        withServer(ArticleFixture.store(), local().build(), base -> {
            int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
            List<Socket> slow = new ArrayList<>();
            try {
                // Each announces a body it sends one byte at a time, far slower than any real client.
                for (int i = 0; i < 60; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /newsgraph/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: 10000\r\n\r\nquery=").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(socket);
                }
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/query?query="
                        + enc("ASK { ?s ?p ?o }"))).header("Accept", JSON));
                assertEquals(200, r.statusCode(), r.body());
            } catch (IOException e) {
                throw new AssertionError(e);
            } finally {
                for (Socket socket : slow)
                    try {
                        socket.close();
                    } catch (IOException e) {
                        // closing only
                    }
            }
        });
    }

    @Test
    void aWebPageCannotWriteToALoopbackServer() {
        DatasetGraph dsg = ArticleFixture.store();
        long before = quads(dsg);
        withServer(dsg, local().allowUpdate(true).build(), base -> {
            // A page on another site that auto-submits a form: the browser sends its Origin.
            HttpResponse<String> csrf = update(base, "DROP ALL", "Origin", "http://evil.example");
            assertEquals(403, csrf.statusCode(), csrf.body());
            // DNS rebinding: the browser thinks it talks to attacker.example.
            assertEquals(403, rawStatus(base, "POST /newsgraph/update HTTP/1.1\r\nHost: attacker.example\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\nConnection: close\r\n\r\n"
                    + "update=DROP+ALL"));
            HttpResponse<String> nullOrigin = update(base, "DROP ALL", "Origin", "null");
            assertEquals(403, nullOrigin.statusCode(), nullOrigin.body());
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/data?graph=urn:x:g"))
                    .header("Content-Type", "text/turtle").header("Origin", "http://evil.example")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));
            assertEquals(403, put.statusCode(), put.body());
            assertEquals(before, quads(dsg), "nothing was written");
            // The Fuseki UI of this very server, and clients that send no Origin (curl, scripts), may write.
            assertEquals(200, update(base, UPDATE, "Origin", base).statusCode());
            assertEquals(200, update(base, UPDATE).statusCode());
        });
        assertEquals(before + 1, quads(dsg));
    }

    @Test
    void loadReadsNoFileAndFetchesNothing() throws IOException {
        DatasetGraph dsg = ArticleFixture.store();
        long before = quads(dsg);
        Path local = tmp.resolve("local.ttl");
        Files.writeString(local, "<urn:x:s> <urn:x:p> \"FROM-A-LOCAL-FILE\" .");
        AtomicInteger requests = new AtomicInteger();
        HttpServer secret = secretServer(requests);
        try {
            withServer(dsg, local().allowUpdate(true).build(), base -> {
                for (String load : List.of("LOAD <" + local.toUri() + ">", "LOAD <file:///etc/passwd>",
                        "LOAD <http://127.0.0.1:" + secret.getAddress().getPort() + "/data.ttl> INTO GRAPH <urn:x:g>")) {
                    HttpResponse<String> r = update(base, load);
                    assertEquals(403, r.statusCode(), load + ": " + r.body());
                    assertTrue(r.body().contains("LOAD is off on this endpoint"), r.body());
                    assertFalse(r.body().contains("root:"), r.body());
                }
            });
        } finally {
            secret.stop(0);
        }
        assertEquals(before, quads(dsg), "nothing was loaded");
        assertEquals(0, requests.get());
    }

    @Test
    void noGraphStoreReadReturnsMoreThanTheResultLimit() {
        DatasetGraph dsg = ArticleFixture.store();
        String article = enc(NG.articleGraph("sessions-recusal").getURI());
        withServer(dsg, local().resultLimit(25).build(), base -> {
            for (String path : List.of("/newsgraph/get", "/newsgraph/data", "/newsgraph",
                    "/newsgraph/get?graph=" + enc("urn:x-arq:UnionGraph"))) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/turtle"));
                assertEquals(400, r.statusCode(), path + ": " + r.body().length() + " characters");
                assertTrue(r.body().contains("more than 25 triples"), r.body());
            }
        });
        // One article's graph under the limit reads as before.
        withServer(dsg, local().resultLimit(1000).build(), base -> assertEquals(200, send(HttpRequest.newBuilder(
                URI.create(base + "/newsgraph/get?graph=" + article)).header("Accept", "text/turtle")).statusCode()));
    }
}
