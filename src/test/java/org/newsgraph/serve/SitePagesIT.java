package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages over HTTP as browsers and Linked Data clients ask for them: content negotiation at /id/, the pages'
 * content (names, Wikidata link, facts with marked evidence, the drawing), 404s, search, the start page and the
 * canned queries, and escaping of everything an article brings.
 */
class SitePagesIT {
    private static final String SESSIONS = NG.ID + "person/jeff-sessions";
    private static FusekiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = PageFixture.store();
        server = EndpointFactory.start(dsg, ServeOptions.builder().port(0).build());
        base = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null)
            request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    @Test
    void theIdAnswers303ToTheDocumentTheClientAsksFor() throws Exception {
        String[][] cases = {
            {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page/person/jeff-sessions"},
            {"text/turtle", "/data/person/jeff-sessions.ttl"},
            {"application/ld+json", "/data/person/jeff-sessions.jsonld"},
            {"application/n-triples", "/data/person/jeff-sessions.nt"},
            {"text/turtle;q=0.5, application/ld+json", "/data/person/jeff-sessions.jsonld"},
            {"*/*", "/page/person/jeff-sessions"},
            {null, "/page/person/jeff-sessions"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = get("/id/person/jeff-sessions", c[0]);
            assertEquals(303, response.statusCode(), "Accept: " + c[0]);
            assertEquals(c[1], response.headers().firstValue("Location").orElse(null), "Accept: " + c[0]);
            assertEquals("Accept", response.headers().firstValue("Vary").orElse(null));
        }
        assertEquals(406, get("/id/person/jeff-sessions", "image/png").statusCode());
        HttpResponse<String> article = get("/id/article/sessions-recusal", "text/turtle");
        assertEquals("/data/article/sessions-recusal.ttl", article.headers().firstValue("Location").orElse(null));
    }

    @Test
    void dataDocumentsParseInEachSyntaxAndCarryTheFactsWithTheirProvenance() throws Exception {
        Node sessions = NodeFactory.createURI(SESSIONS);
        Node russia = NodeFactory.createURI(NG.ID + "investigation/russia-investigation");
        Object[][] syntaxes = {{"ttl", Lang.TURTLE, "text/turtle"}, {"jsonld", Lang.JSONLD, "application/ld+json"},
                {"nt", Lang.NTRIPLES, "application/n-triples"}};
        for (Object[] syntax : syntaxes) {
            HttpResponse<String> response = get("/data/person/jeff-sessions." + syntax[0], null);
            assertEquals(200, response.statusCode(), syntax[0] + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith((String) syntax[2]));
            Graph graph = RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                    .lang((Lang) syntax[1]).toGraph();
            assertTrue(graph.contains(sessions, NG.recusedFrom, russia), syntax[0] + ": the fact");
            assertTrue(graph.contains(Node.ANY, RDF.Nodes.subject, sessions), syntax[0] + ": its statements");
            assertTrue(graph.contains(Node.ANY, NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"),
                    Node.ANY), syntax[0] + ": the evidence sentences");
            assertTrue(graph.contains(sessions, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                    NodeFactory.createURI(PageFixture.WIKIDATA_SESSIONS)), syntax[0] + ": the Wikidata link");
        }
        HttpResponse<String> article = get("/data/article/sessions-recusal.ttl", null);
        Graph graph = RDFParser.source(new ByteArrayInputStream(article.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        assertTrue(graph.contains(NG.articleGraph("sessions-recusal"), RDF.Nodes.type, NG.Article));
        assertFalse(graph.contains(Node.ANY, NG.endorses, Node.ANY), "only what that article says");
    }

    @Test
    void theEntityPageShowsNamesWikidataFactsWithMarkedEvidenceAndTheDrawing() throws Exception {
        Document sessions = page("/page/person/jeff-sessions");
        assertEquals("Jeff Sessions", sessions.selectFirst("main h1").text());
        assertTrue(sessions.selectFirst("main").text().contains("Other names: Sessions"), sessions.text());
        Element wikidata = sessions.selectFirst(".wikidata a");
        assertNotNull(wikidata, "a Wikidata link");
        assertEquals(PageFixture.WIKIDATA_SESSIONS, wikidata.attr("href"));
        assertEquals("Q358443", wikidata.text());
        List<String> headings = sessions.select("section.facts h3").eachText();
        assertTrue(headings.containsAll(List.of("recused from (1 fact)", "holds office (1 fact)", "runs against (1 fact)",
                "endorsed by (1 fact)")), headings.toString());
        Element recusal = sessions.select("section.facts").stream().filter(s -> s.selectFirst("h3").text().startsWith("recused from"))
                .findFirst().orElseThrow().selectFirst("tbody tr");
        assertEquals("Russia investigation", recusal.selectFirst("td a").text());
        assertEquals("/page/investigation/russia-investigation", recusal.selectFirst("td a").attr("href"));
        assertEquals("0.95", recusal.select("td.num").text());
        assertEquals(List.of("Jeff Sessions"), recusal.select("mark.subject").eachText());
        assertEquals(List.of("Russia investigation"), recusal.select("mark.object").eachText());
        Element source = recusal.select("td").last();
        assertEquals("Sessions recused himself", source.selectFirst("a").text());
        assertEquals("/page/article/sessions-recusal", source.selectFirst("a").attr("href"));
        assertEquals("Example News, 2020-03-07", source.selectFirst("div").text());

        Element svg = sessions.selectFirst("figure#neighbourhood svg");
        assertNotNull(svg, "the drawing");
        List<String> linked = svg.select("a").eachAttr("href");
        assertTrue(linked.containsAll(List.of("/page/person/tommy-tuberville", "/page/investigation/russia-investigation",
                "/page/office/us-attorney-general", "/page/person/tom-ohara")), linked.toString());
        assertTrue(svg.select("text.relation").eachText().contains("recusedFrom"), svg.select("text.relation").eachText().toString());

        Document trump = page("/page/person/donald-trump");
        Element endorsement = trump.selectFirst("section.facts tbody tr");
        assertEquals(List.of("Donald Trump"), endorsement.select("mark.subject").eachText());
        assertEquals(List.of("Tommy Tuberville"), endorsement.select("mark.object").eachText());
        assertNull(trump.selectFirst(".wikidata"), "no Wikidata link without an owl:sameAs to one");
    }

    @Test
    void whatArticlesBringIsEscapedAndNeverRuns() throws Exception {
        for (String path : List.of("/page/person/tom-ohara", "/page/article/" + PageFixture.EVIL_ID, "/page/person/jeff-sessions",
                "/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8))) {
            HttpResponse<String> response = get(path, "text/html");
            assertEquals(200, response.statusCode(), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'"), path + ": " + csp);
            Document doc = Jsoup.parse(response.body());
            assertTrue(doc.select("script, b, i").isEmpty(), path + ": markup from the data became elements: " + doc.select("script, b, i"));
            assertFalse(response.body().contains("<script>alert"), path);
        }
        Document article = page("/page/article/" + PageFixture.EVIL_ID);
        assertEquals(PageFixture.EVIL_HEADLINE, article.selectFirst("main h1").text());
        assertTrue(article.selectFirst("main").text().contains("<b>Evil</b> \"Times\", 2021-01-02"), article.text());
        assertTrue(article.select("main a").eachAttr("href").stream().noneMatch(h -> h.startsWith("javascript")),
                "a javascript: url is no link");
        Element evidence = article.selectFirst("section.facts q");
        assertEquals(PageFixture.EVIL_SENTENCE, evidence.text());
        assertEquals(List.of("Tom O'Hara"), evidence.select("mark.subject").eachText());
        assertEquals(List.of("Jeff Sessions"), evidence.select("mark.object").eachText());
        Document tom = page("/page/person/tom-ohara");
        assertEquals("Tom O'Hara", tom.selectFirst("main h1").text());
        assertTrue(tom.selectFirst("main").text().contains("Other names: <i>Tom</i>"), tom.text());
        assertEquals(PageFixture.EVIL_HEADLINE, tom.selectFirst("section.facts tbody tr td:last-child a").text());
    }

    @Test
    void unknownPathsAre404PagesWithTheSearchBox() throws Exception {
        for (String path : List.of("/id/person/nobody-at-all", "/page/person/nobody-at-all", "/page/spaceship/enterprise",
                "/data/person/jeff-sessions.xml", "/data/person/nobody.ttl", "/id/person", "/page/article/no-such-article",
                "/queries/no-such-query", "/id/person/jeff-sessions/extra")) {
            HttpResponse<String> response = get(path, "text/html");
            assertEquals(404, response.statusCode(), path);
            Document doc = Jsoup.parse(response.body());
            assertEquals("Not found", doc.selectFirst("main h1").text(), path);
            assertNotNull(doc.selectFirst("form[action=/search] input[name=q]"), path);
        }
    }

    @Test
    void searchMatchesNamesLooselyInHtmlAndJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String[][] cases = {{"Jeff Sessions", SESSIONS}, {"jeff sess", SESSIONS}, {"SESSIONS", SESSIONS}, {"sesions", SESSIONS},
                {"sessions jeff", SESSIONS}, {"  tuberv  ", NG.ID + "person/tommy-tuberville"}, {"o'hara", PageFixture.TOM.getURI()},
                {"ohara", PageFixture.TOM.getURI()}, {"russia", NG.ID + "investigation/russia-investigation"}};
        for (String[] c : cases) {
            HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(c[0], StandardCharsets.UTF_8), "application/json");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode results = json.readTree(response.body()).get("results");
            assertTrue(results.size() > 0, c[0] + ": nothing found");
            assertEquals(c[1], results.get(0).get("iri").asText(), c[0] + ": " + results);
        }
        JsonNode sessions = json.readTree(get("/search?format=json&q=sessions", null).body()).get("results").get(0);
        assertEquals("Jeff Sessions", sessions.get("label").asText());
        assertEquals("/page/person/jeff-sessions", sessions.get("page").asText());
        assertEquals("person", sessions.get("type").asText());
        assertTrue(sessions.get("facts").asInt() >= 4, sessions.toString());

        for (String odd : List.of("", "   ", "%", "'; DROP GRAPH <x>; --", "\u0000", "x".repeat(5000), "\u00e9\u00e9\u00e9", "zzzzqqq")) {
            HttpResponse<String> response = get("/search?format=json&q=" + URLEncoder.encode(odd, StandardCharsets.UTF_8), null);
            assertEquals(200, response.statusCode(), odd);
            assertEquals(0, json.readTree(response.body()).get("results").size(), odd);
        }
        Document html = page("/search?q=tuberville");
        assertEquals("/page/person/tommy-tuberville", html.selectFirst("#results a").attr("href"));
        assertEquals("tuberville", html.selectFirst("header input[name=q]").attr("value"));
        assertNotNull(page("/search?q=zzzzqqq").selectFirst("#no-results"));
    }

    @Test
    void theStartPageHasSearchCountsPeopleAndRunnableCannedQueries() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        Document start = Jsoup.parse(response.body());
        assertNotNull(start.selectFirst("main form[action=/search] input[name=q]"));
        assertTrue(start.selectFirst("#counts").text().contains("articles 4"), start.selectFirst("#counts").text());
        assertTrue(start.selectFirst("#counts").text().contains("nodes of class ng:Person 5"), start.selectFirst("#counts").text());
        List<String> people = start.select("#people a").eachText();
        assertTrue(people.contains("Jeff Sessions"), people.toString());
        List<String> queries = start.select("#queries tbody tr td:first-child a").eachAttr("href");
        assertTrue(queries.contains("/queries/endorsements"), queries.toString());
        String editor = start.selectFirst("a#editor").attr("href");
        assertTrue(editor.startsWith("/#/dataset/newsgraph/query?query="), editor);
        assertTrue(java.net.URLDecoder.decode(editor, StandardCharsets.UTF_8).contains("PREFIX ng: <" + NG.NS + ">"), editor);

        Document endorsements = page("/queries/endorsements");
        List<String> rows = new ArrayList<>();
        endorsements.select("#rows tbody tr").forEach(tr -> rows.add(String.join("|", tr.select("td").eachText())));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Donald Trump") && r.contains("Tommy Tuberville")), rows.toString());
        assertTrue(endorsements.select("#rows a").eachAttr("href").contains("/page/person/donald-trump"));
        assertTrue(endorsements.selectFirst("#row-count").text().startsWith(rows.size() + " row"));
    }
}
