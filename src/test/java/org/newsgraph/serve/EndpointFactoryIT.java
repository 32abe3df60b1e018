package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.HttpLib;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.NG;

/** The endpoint as HTTP clients see it: protocol, content negotiation, read-only, limits, UI, bind errors. */
class EndpointFactoryIT {
    private static final String ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
    private static final String UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> \"injected\" }";
    private static final String RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o } "
            + "ORDER BY ?a ?d ?g ?j ?m";

    private final LocalEndpoint endpoint = new LocalEndpoint(Duration.ofSeconds(120));

    private static ServeOptions.Builder local() {
        return LocalEndpoint.local();
    }

    private void withServer(DatasetGraph dsg, ServeOptions options, Consumer<String> test) {
        LocalEndpoint.withServer(dsg, options, test);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return endpoint.send(request);
    }

    private HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    private HttpResponse<String> post(String url, String contentType, String body, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int rows(HttpResponse<String> response, Lang lang) {
        if (lang.equals(ResultSetLang.RS_CSV))
            return (int) response.body().lines().count() - 1;
        return ResultSetFormatter.consume(
                ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang));
    }

    /** Distinct triples over all article graphs: what the union default graph must show. */
    private static int unionSize(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Triple> triples = new HashSet<>();
            dsg.find().forEachRemaining(q -> triples.add(q.asTriple()));
            return triples.size();
        });
    }

    @Test
    void answersQueriesByGetAndPostInEveryResultSyntax() {
        DatasetGraph dsg = ArticleFixture.store();
        int expected = unionSize(dsg);
        assertTrue(expected > 20, "fixture too small to mean anything: " + expected);
        withServer(dsg, local().build(), base -> {
            List<Lang> langs = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
            for (Lang lang : langs) {
                String accept = lang.getHeaderString();
                String url = base + "/newsgraph/query";
                List<HttpResponse<String>> answers = List.of(
                        get(url + "?query=" + enc(ALL), accept),
                        get(base + "/newsgraph?query=" + enc(ALL), accept),
                        post(url, "application/sparql-query", ALL, accept),
                        post(url, "application/x-www-form-urlencoded", "query=" + enc(ALL), accept));
                for (HttpResponse<String> r : answers) {
                    assertEquals(200, r.statusCode(), accept + ": " + r.body());
                    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                            "Content-Type for " + accept + ": " + r.headers().firstValue("Content-Type"));
                    assertEquals(expected, rows(r, lang), "rows as " + accept);
                }
            }
        });
    }

    @Test
    void graphStoreProtocolReadsEachArticleGraph() {
        DatasetGraph dsg = ArticleFixture.store();
        withServer(dsg, local().build(), base -> {
            for (String id : List.of("trump-endorses-tuberville", "sessions-recusal", "doug-jones-democrat")) {
                Node name = NG.articleGraph(id);
                Graph local = Txn.calculateRead(dsg, () -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    dsg.getGraph(name).find().forEachRemaining(g::add);
                    return g;
                });
                assertFalse(local.isEmpty(), id);
                for (String path : List.of("/newsgraph", "/newsgraph/get", "/newsgraph/data")) {
                    HttpResponse<String> r = get(base + path + "?graph=" + enc(name.getURI()), "text/turtle");
                    assertEquals(200, r.statusCode(), path + " " + r.body());
                    Graph remote = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
                    assertTrue(remote.isIsomorphicWith(local), path + " " + id);
                }
            }
            assertEquals(404, get(base + "/newsgraph/get?graph=" + enc(NG.articleGraph("no-such").getURI()),
                    "text/turtle").statusCode());
        });
    }

    @Test
    void readOnlyByDefaultRejectsEveryWriteAndChangesNothing() {
        DatasetGraph dsg = ArticleFixture.store();
        long before = Txn.calculateRead(dsg, () -> dsg.stream().count());
        withServer(dsg, local().build(), base -> {
            List<HttpResponse<String>> writes = List.of(
                    post(base + "/newsgraph/update", "application/sparql-update", UPDATE, "*/*"),
                    post(base + "/newsgraph/update", "application/x-www-form-urlencoded", "update=" + enc(UPDATE), "*/*"),
                    post(base + "/newsgraph", "application/sparql-update", UPDATE, "*/*"),
                    post(base + "/newsgraph/query", "application/x-www-form-urlencoded", "update=" + enc(UPDATE), "*/*"),
                    send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/data?graph=urn:x:g"))
                            .header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))),
                    send(HttpRequest.newBuilder(URI.create(base + "/newsgraph?graph=" + enc(NG.articleGraph("sessions-recusal").getURI())))
                            .DELETE()));
            for (HttpResponse<String> r : writes)
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " " + r.request().uri()
                        + " answered " + r.statusCode());
        });
        assertEquals(before, Txn.calculateRead(dsg, () -> dsg.stream().count()));
    }

    @Test
    void updateOnLoopbackWithoutPassword() {
        DatasetGraph dsg = ArticleFixture.store();
        withServer(dsg, local().allowUpdate(true).build(), base -> {
            HttpResponse<String> r = post(base + "/newsgraph/update", "application/sparql-update", UPDATE, "*/*");
            assertEquals(204, r.statusCode(), r.body());
        });
        assertEquals(1, Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()));
    }

    @Test
    void passwordGuardsWritesOnlyAndReadsStayOpen() {
        DatasetGraph dsg = ArticleFixture.store();
        long articleQuads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        ServeOptions options = local().allowUpdate(true).user("editor").password("s3cret-pw").build();
        String editor = HttpLib.basicAuth("editor", "s3cret-pw");
        String notes = "http://127.0.0.1:1/notes";
        withServer(dsg, options, base -> {
            // Reads need no password: queries at every query URL, Graph Store Protocol reads at the dataset and /get.
            for (String url : List.of(base + "/newsgraph/query", base + "/newsgraph/sparql", base + "/newsgraph")) {
                HttpResponse<String> r = get(url + "?query=" + enc(ALL), "text/csv");
                assertEquals(200, r.statusCode(), url + ": " + r.body());
                assertEquals(unionSize(dsg), rows(r, ResultSetLang.RS_CSV), url);
            }
            String article = enc(NG.articleGraph("sessions-recusal").getURI());
            assertEquals(200, get(base + "/newsgraph/get?graph=" + article, "text/turtle").statusCode());
            assertEquals(200, get(base + "/newsgraph?graph=" + article, "text/turtle").statusCode());

            // Writes without the password, or with a wrong one, are refused and change nothing.
            assertEquals(401, post(base + "/newsgraph/update", "application/sparql-update", UPDATE, "*/*").statusCode());
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/update"))
                    .header("Authorization", HttpLib.basicAuth("editor", "wrong"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(UPDATE))).statusCode());
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/data?graph=" + enc(notes)))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))).statusCode());
            // The dataset URL itself takes no writes at all, so it cannot be a way round the password.
            int rootUpdate = post(base + "/newsgraph", "application/sparql-update", UPDATE, "*/*").statusCode();
            assertTrue(rootUpdate >= 400 && rootUpdate < 500, "update at the dataset URL answered " + rootUpdate);
            assertEquals(0, Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()));
            assertEquals(articleQuads, Txn.calculateRead(dsg, () -> dsg.stream().count()));

            // With the password, both write endpoints take the change.
            HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/update"))
                    .header("Authorization", editor)
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(UPDATE)));
            assertEquals(204, update.statusCode(), update.body());
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/data?graph=" + enc(notes)))
                    .header("Authorization", editor)
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));
            assertEquals(201, put.statusCode(), put.body());
        });
        assertEquals(1, Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()));
        assertEquals(1, Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(notes)).size()));
    }

    @Test
    void resultLimitLowersMissingOrLargerLimitsOnly() {
        DatasetGraph dsg = ArticleFixture.store();
        withServer(dsg, local().resultLimit(7).build(), base -> {
            String json = "application/sparql-results+json";
            HttpResponse<String> all = get(base + "/newsgraph/query?query=" + enc(ALL), json);
            assertEquals(7, rows(all, ResultSetLang.RS_JSON));
            assertEquals("7", all.headers().firstValue(LimitedQueryService.TRUNCATED_HEADER).orElse(null), "the cut is said");
            HttpResponse<String> larger = get(base + "/newsgraph/query?query=" + enc(ALL + " LIMIT 100"), json);
            assertEquals(7, rows(larger, ResultSetLang.RS_JSON));
            assertEquals("7", larger.headers().firstValue(LimitedQueryService.TRUNCATED_HEADER).orElse(null));
            HttpResponse<String> csv = get(base + "/newsgraph/query?query=" + enc(ALL), "text/csv");
            assertEquals(8, csv.body().split("\r\n").length, "header and 7 rows: " + csv.body());
            HttpResponse<String> small = get(base + "/newsgraph/query?query=" + enc(ALL + " LIMIT 3"), json);
            assertEquals(3, rows(small, ResultSetLang.RS_JSON));
            assertTrue(small.headers().firstValue(LimitedQueryService.TRUNCATED_HEADER).isEmpty(), "the client's own LIMIT is no cut");
            HttpResponse<String> few = get(base + "/newsgraph/query?query="
                    + enc("SELECT ?p WHERE { ?p a <https://w3id.org/newsgraph/ontology#Person> }"), json);
            assertEquals(4, rows(few, ResultSetLang.RS_JSON));
            assertTrue(few.headers().firstValue(LimitedQueryService.TRUNCATED_HEADER).isEmpty(), "fewer rows than the cap: no cut");
            HttpResponse<String> ask = get(base + "/newsgraph/query?query=" + enc("ASK { ?s ?p ?o }"), json);
            assertTrue(ask.body().contains("true"), ask.body());
        });
    }

    @Test
    void runawayQueryIsCutOffWhileAnotherAnswers() {
        DatasetGraph dsg = ArticleFixture.store();
        withServer(dsg, local().queryTimeout(Duration.ofSeconds(2)).build(), base -> {
            String json = "application/sparql-results+json";
            // A client may ask for a shorter timeout, never a longer one.
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(
                    () -> get(base + "/newsgraph/query?timeout=3600&query=" + enc(RUNAWAY), json));
            HttpResponse<String> quick = get(base + "/newsgraph/query?query=" + enc("SELECT * { ?s a ?type } LIMIT 2"), json);
            assertEquals(200, quick.statusCode());
            assertEquals(2, rows(quick, ResultSetLang.RS_JSON));
            HttpResponse<String> cut = runaway.join();
            assertEquals(503, cut.statusCode(), "runaway query answered: " + cut.body().length() + " chars");
        });
    }

    @Test
    void servesTheUiAndTheStatusItReads() {
        withServer(ArticleFixture.store(), local().build(), base -> {
            // The start page at / loads the Fuseki UI's own script when the URL's fragment is an editor route.
            HttpResponse<String> index = get(base + "/index.html", "text/html");
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("<title>Apache Jena Fuseki UI</title>"), index.body());
            String script = org.jsoup.Jsoup.parse(index.body()).selectFirst("script[type=module]").attr("src");
            HttpResponse<String> start = get(base + "/", "text/html");
            assertTrue(start.body().contains(script), "the start page boots the editor: " + script);
            assertEquals(200, get(base + "/" + script.replaceFirst("^\\./", ""), "*/*").statusCode());
            HttpResponse<String> status = get(base + "/$/server", "application/json");
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"/newsgraph\""), status.body());
            assertEquals(200, get(base + "/$/ping", "text/plain").statusCode());
        });
    }

    @Test
    void takenPortIsReportedWithTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServeOptions options = ServeOptions.builder().port(taken.getLocalPort()).build();
            ServeException e = assertThrows(ServeException.class, () -> EndpointFactory.start(ArticleFixture.store(), options));
            assertEquals("127.0.0.1:" + taken.getLocalPort(), e.address());
            assertTrue(e.getMessage().contains("cannot listen"), e.getMessage());
        }
    }
}
