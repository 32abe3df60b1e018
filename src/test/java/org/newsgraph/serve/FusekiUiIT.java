package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages work in a real browser, headless Chromium. The Fuseki UI's query page at {@code /#/dataset/newsgraph/query}:
 * a query is typed into the editor, the run button is pressed, and the result table shows the rows Jena finds
 * locally. The start page: a name typed into the search box, the person clicked in the results, and the person's
 * page with its drawing, of which a screenshot is kept in {@code target/screenshots/}.
 */
class FusekiUiIT {
    private static final String QUERY = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name";
    /** Chromium is slow to start on a busy machine; these bound the waiting, they assert nothing about speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path profile;

    @Test
    void queryTypedIntoTheUiReturnsTheRows() throws Exception {
        ExternalTool.require(ExternalTool.CHROMIUM, "chromium");
        DatasetGraph dsg = ArticleFixture.store();
        List<String> expected = ArticleFixture.localRows(dsg, QUERY).stream()
                .map(row -> row.get("name").getLiteralLexicalForm()).toList();
        assertEquals(List.of("Donald Trump", "Doug Jones", "Jeff Sessions", "Tommy Tuberville"), expected);

        FusekiServer server = EndpointFactory.start(dsg, ServeOptions.builder().port(0).build());
        Process chromium = null;
        try {
            String page = "http://127.0.0.1:" + server.getPort() + "/#/dataset/newsgraph/query";
            chromium = chromium(page);
            HttpClient http = HttpClient.newHttpClient();
            try (DevToolsPage browser = DevToolsPage.connect(http, pageSocket(http, chromium, "/#/dataset/"))) {
                // The editor opens with the ontology's prefixes declared.
                await(browser, "document.querySelector('.CodeMirror') !== null"
                        + " && document.querySelector('.CodeMirror').CodeMirror.getValue().includes('PREFIX ng: <https://w3id.org/newsgraph/ontology#>')",
                        JsonNode::asBoolean, "the editor with the prefixes declared");
                await(browser, "document.querySelector('.CodeMirror') !== null && document.querySelector('.yasqe_queryButton') !== null",
                        JsonNode::asBoolean, "the query editor");
                // Clear the editor, then type the query as a person would, and press the run button.
                browser.evaluate("(() => { const cm = document.querySelector('.CodeMirror').CodeMirror;"
                        + " cm.setValue(''); cm.focus(); return true; })()");
                browser.type(QUERY);
                assertEquals(QUERY, browser.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()").asText());
                browser.evaluate("document.querySelector('.yasqe_queryButton').click()");
                JsonNode cells = await(browser, "Array.from(document.querySelectorAll('.yasr_results table tbody tr'))"
                        + ".map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim()).join('|'))",
                        rows -> rows.size() > 0, "result rows");
                List<String> shown = new ArrayList<>();
                cells.forEach(row -> shown.add(row.asText()));
                assertEquals(expected.size(), shown.size(), "rows shown: " + shown);
                for (int i = 0; i < expected.size(); i++)
                    assertTrue(shown.get(i).contains(expected.get(i)), "row " + i + ": " + shown.get(i));
            }
        } finally {
            if (chromium != null)
                stopWithDescendants(chromium.toHandle());
            server.stop();
        }
    }

    @Test
    void aNameSearchedLeadsToThePersonsPageWithItsDrawing() throws Exception {
        ExternalTool.require(ExternalTool.CHROMIUM, "chromium");
        FusekiServer server = EndpointFactory.start(PageFixture.store(), ServeOptions.builder().port(0).build());
        Process chromium = null;
        try {
            chromium = chromium("http://127.0.0.1:" + server.getPort() + "/");
            HttpClient http = HttpClient.newHttpClient();
            try (DevToolsPage browser = DevToolsPage.connect(http, pageSocket(http, chromium, ":" + server.getPort() + "/"))) {
                await(browser, "document.querySelector('main form input[name=q]') !== null", JsonNode::asBoolean, "the search box");
                browser.evaluate("document.querySelector('main form input[name=q]').focus()");
                browser.type("jeff sess");
                browser.evaluate("document.querySelector('main form button').click()");
                JsonNode results = await(browser, "Array.from(document.querySelectorAll('#results a')).map(a => a.textContent)",
                        names -> names.size() > 0, "search results");
                assertEquals("Jeff Sessions", results.get(0).asText(), results.toString());
                browser.evaluate("document.querySelector('#results a').click()");
                await(browser, "document.querySelector('main h1') !== null && document.querySelector('main h1').textContent === 'Jeff Sessions'"
                        + " && location.pathname === '/page/person/jeff-sessions'", JsonNode::asBoolean, "the person's page");
                // The drawing is there and laid out: the person and a circle per neighbour, with a real size on screen.
                JsonNode drawing = browser.evaluate("(() => { const svg = document.querySelector('#neighbourhood svg');"
                        + " const box = svg.getBoundingClientRect();"
                        + " return {circles: svg.querySelectorAll('circle').length, width: box.width, height: box.height,"
                        + " labels: Array.from(svg.querySelectorAll('a text')).map(t => t.textContent)}; })()");
                assertEquals(5, drawing.get("circles").asInt(), drawing.toString());
                assertTrue(drawing.get("width").asDouble() > 300 && drawing.get("height").asDouble() > 150, drawing.toString());
                assertTrue(drawing.get("labels").toString().contains("Russia investigation"), drawing.toString());
                JsonNode marks = browser.evaluate("Array.from(document.querySelectorAll('mark.subject')).map(m => getComputedStyle(m).backgroundColor)");
                assertTrue(marks.size() > 0 && !marks.get(0).asText().equals("rgba(0, 0, 0, 0)"), "the marked names show: " + marks);
                Path screenshot = Path.of("target", "screenshots", "entity-page.png");
                Files.createDirectories(screenshot.getParent());
                browser.call("Emulation.setDeviceMetricsOverride", new ObjectMapper().createObjectNode()
                        .put("width", 1200).put("height", 1400).put("deviceScaleFactor", 1).put("mobile", false));
                byte[] png = java.util.Base64.getDecoder().decode(browser.call("Page.captureScreenshot",
                        new ObjectMapper().createObjectNode().put("format", "png")).get("data").asText());
                Files.write(screenshot, png);
                assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a real screenshot: " + png.length + " bytes");
            }
        } finally {
            if (chromium != null)
                stopWithDescendants(chromium.toHandle());
            server.stop();
        }
    }

    private Process chromium(String page) throws IOException {
        return new ProcessBuilder(ExternalTool.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", page)
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    }

    /*
     * Chromium's renderer, GPU and crash-handler processes outlive the browser process for a moment and go on
     * writing into the profile, so that deleting the temporary profile could fail: all of them are stopped first.
     */
    private static void stopWithDescendants(ProcessHandle browser) throws Exception {
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(0, browser);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
                process.onExit().get(20, TimeUnit.SECONDS);
            }
        }
    }

    /** Chromium writes its DevTools port into the profile; the page target's WebSocket URL comes from /json/list. */
    private String pageSocket(HttpClient http, Process chromium, String urlPart) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!chromium.isAlive())
                fail("chromium exited with " + chromium.exitValue() + ": " + Files.readString(profile.resolve("chromium.log")));
            if (Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2) {
                String port = Files.readAllLines(portFile).get(0).strip();
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : new ObjectMapper().readTree(list.body())) {
                    if ("page".equals(target.path("type").asText()) && target.path("url").asText().contains(urlPart))
                        return target.get("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(200);
        }
        fail("chromium opened no DevTools page within " + PATIENCE.toSeconds() + " s: "
                + Files.readString(profile.resolve("chromium.log")));
        return null;
    }

    private static JsonNode await(DevToolsPage browser, String expression, Predicate<JsonNode> done, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode value = null;
        while (Instant.now().isBefore(deadline)) {
            value = browser.evaluate(expression);
            if (done.test(value))
                return value;
            Thread.sleep(250);
        }
        fail("the UI never showed " + what + " (last: " + value + "; page text: "
                + browser.evaluate("document.body.innerText.slice(0, 500)") + ")");
        return null;
    }
}
