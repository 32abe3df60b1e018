package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.TestJvm;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.serve.ServeProcess;

/** {@code newsgraph serve} and {@code newsgraph push} as a user runs them: exit statuses and their one-line messages. */
class ServePushCommandIT {
    @TempDir
    Path dir;
    private Path store;
    /** How many named graphs the store holds as a build leaves it. */
    private int graphs;

    /** What Main.run printed, and its exit status. */
    private record Outcome(int status, String out, String err) {}

    @BeforeEach
    void buildStore() {
        store = dir.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            ArticleFixture.articles().forEach(a -> s.replace(a, 0.0));
            // As a build leaves it: the three articles, the graphs derived from them and the reference graph.
            s.deriveGraphs();
            graphs = s.read(dsg -> (int) Iter.count(dsg.listGraphNodes()));
        }
    }

    private static Outcome main(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Outcome(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void serveOnATakenPortSaysSoAndExits1() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome o = main("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, o.status());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("newsgraph: serve: 127.0.0.1:" + taken.getLocalPort() + ": cannot listen there"), o.err());
        }
        // The failed start released the store.
        try (ArticleStore again = ArticleStore.openExisting(store)) {
            assertEquals(graphs, (int) again.read(dsg -> (int) Iter.count(dsg.listGraphNodes())));
        }
    }

    @Test
    void serveRefusesUpdatesOffLoopbackWithoutPassword() {
        Outcome o = main("serve", "--store", store.toString(), "--update", "--host", "0.0.0.0");
        assertEquals(2, o.status());
        assertTrue(o.err().startsWith("newsgraph: serve: refusing --update on 0.0.0.0 without a password: set NEWSGRAPH_PASSWORD"),
                o.err());
    }

    @Test
    void serveRejectsBadOptionValues() {
        assertEquals(2, main("serve", "--store", store.toString(), "--port", "70000").status());
        assertEquals(2, main("serve", "--store", store.toString(), "--timeout", "0").status());
        assertEquals(2, main("serve", "--store", store.toString(), "--result-limit", "many").status());
        Outcome host = main("serve", "--store", store.toString(), "--host", "no-such-host.invalid");
        assertEquals(2, host.status());
        assertTrue(host.err().startsWith("newsgraph: serve: --host: Unknown host: no-such-host.invalid"), host.err());
        Outcome missing = main("serve", "--store", dir.resolve("nothing-here").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }

    @Test
    void serveRunsUntilStoppedAndReleasesTheStore() throws Exception {
        String output;
        int port;
        try (ServeProcess serve = ServeProcess.start(store, dir.resolve("serve.log"))) {
            port = serve.port();
            String query = serve.baseUrl() + "/newsgraph/query?query="
                    + URLEncoder.encode("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
            String answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertEquals("n\r\n" + graphs + "\r\n", answer);
            // While it serves, the store is locked against other processes with a message that says why.
            Outcome locked = main("push", "--endpoint", "http://127.0.0.1:1/x", "--store", store.toString());
            assertEquals(1, locked.status(), locked.err());
            assertTrue(locked.err().contains("is in use by another process"), locked.err());
            output = serve.output();
        }
        assertTrue(output.contains("Serving " + store + " (read-only): SPARQL http://127.0.0.1:" + port + "/newsgraph/query"), output);
        try (ArticleStore again = ArticleStore.openExisting(store)) {
            assertEquals(graphs, (int) again.read(dsg -> (int) Iter.count(dsg.listGraphNodes())));
        }
    }

    @Test
    void serveRunsInABoundedHeapThatDiesWithIt() throws Exception {
        try (ServeProcess serve = ServeProcess.start(store, dir.resolve("serve.log"))) {
            // Started without -Xmx (the machine's default ceiling is a quarter of its memory), serve runs the server in
            // a JVM of its own whose heap is bounded, and says so.
            List<ProcessHandle> children = serve.process().children().toList();
            assertEquals(1, children.size(), serve.output());
            Matcher heap = Pattern.compile("Java heap at most (\\d+) MiB").matcher(serve.output());
            assertTrue(heap.find(), serve.output());
            assertTrue(Integer.parseInt(heap.group(1)) <= 1024, serve.output());
            // kill -9 of the serve process: the server's JVM follows it and the store is free again.
            serve.process().destroyForcibly().waitFor();
            assertTrue(children.get(0).onExit().get(60, TimeUnit.SECONDS) != null);
        }
        try (ArticleStore again = ArticleStore.openExisting(store)) {
            assertEquals(graphs, (int) again.read(dsg -> (int) Iter.count(dsg.listGraphNodes())));
        }
    }

    @Test
    void pushUploadsEveryArticleGraphAndSaysWhere() {
        DatasetGraph target = DatabaseMgr.createDatasetGraph();
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/remote", target, true).start();
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/remote/data";
            Outcome first = main("push", "--endpoint", endpoint, "--store", store.toString());
            assertEquals(0, first.status(), first.err());
            long quads = Txn.calculateRead(target, () -> target.stream().count());
            assertTrue(quads > 0);
            assertEquals("Pushed " + graphs + " graphs, " + quads + " triples -> " + endpoint + "\n", first.out());
            Outcome second = main("push", "--endpoint", endpoint, "--store", store.toString());
            assertEquals(first, second);
            assertEquals(quads, Txn.calculateRead(target, () -> target.stream().count()));
        } finally {
            server.stop();
        }
    }

    @Test
    void pushUsageErrors() {
        assertEquals(2, main("push", "--store", store.toString()).status());
        Outcome notHttp = main("push", "--endpoint", "ftp://example.org/data", "--store", store.toString());
        assertEquals(2, notHttp.status());
        assertTrue(notHttp.err().contains("Not an http(s) URL"), notHttp.err());
    }

    @ParameterizedTest
    @EnumSource(value = AuthScheme.class, names = {"BASIC", "DIGEST"})
    void pushWithTheWrongPasswordIsOneErrorLineAndExit1(AuthScheme scheme) throws Exception {
        DatasetGraph target = DatabaseMgr.createDatasetGraph();
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/remote", target, true)
                .securityHandler(JettySecurityLib.makeSecurityHandler("remote", JettySecurityLib.makeUserStore("loader", "right-pw"), scheme))
                .serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .start();
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/remote/data";
            // A process of its own, as the password comes from its environment.
            List<String> command = new ArrayList<>(TestJvm.command());
            command.addAll(List.of(Main.class.getName(), "push", "--endpoint", endpoint, "--user", "loader",
                    "--store", store.toString()));
            ProcessBuilder push = new ProcessBuilder(command);
            push.environment().put("NEWSGRAPH_PASSWORD", "wrong-pw");
            Path err = dir.resolve("push.err");
            Process process = push.redirectError(err.toFile()).redirectOutput(dir.resolve("push.out").toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "push still running");
            assertEquals(1, process.exitValue());
            String message = Files.readString(err);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("newsgraph: push: " + endpoint + " <https://w3id.org/newsgraph/id/article/"), message);
            assertTrue(message.strip().endsWith(": the endpoint does not accept this user and password"), message);
            assertEquals(0, Txn.calculateRead(target, () -> target.stream().count()));

            push.environment().put("NEWSGRAPH_PASSWORD", "right-pw");
            process = push.start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "push still running");
            assertEquals(0, process.exitValue(), Files.readString(err));
            assertTrue(Files.readString(dir.resolve("push.out")).startsWith("Pushed " + graphs + " graphs, "));
            assertTrue(Txn.calculateRead(target, () -> target.stream().count()) > 0);
        } finally {
            server.stop();
        }
    }
}
