package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestJvm;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Runs every shell example ({@code ```sh} block) of README.md's sections "Serving the graph over HTTP" and "Pushing
 * the graph to another triple store" with bash, as written, and checks what each one did: the CSV rows are the ones
 * Jena finds in the store, the Turtle is the article's graph, the update is in the store afterwards, the pushed and
 * built graphs are in the target store. The only changes to what a reader would type:
 * <ul>
 * <li>{@code newsgraph} is a script on PATH that runs the command-line entry point on the test class path;</li>
 * <li>the working directory is a fresh one whose {@code output/store} holds the fixture articles and whose
 *     {@code examples} is the repository's;</li>
 * <li>{@code 3030} is a free port: that of the last {@code newsgraph serve} example, or for a {@code push} or
 *     {@code build --endpoint} example that of a fresh Fuseki started for it (asking for the example's user and
 *     password, with digest authentication, when the example sets {@code NEWSGRAPH_PASSWORD});</li>
 * <li>{@code ARTICLE-ID} is the id of a fixture article.</li>
 * </ul>
 * A command this test does not know how to check fails it, so that no README example goes unchecked.
 */
class ReadmeShellExamplesIT {
    private static final Path README = Path.of("README.md");
    private static final List<String> SECTIONS = List.of("Serving the graph over HTTP", "Pushing the graph to another triple store");
    private static final String ARTICLE_ID = "trump-endorses-tuberville";
    private static final String MAIN = "org.newsgraph.cli.Main";
    /** Bounds the wait for a JVM start or a build with the models on a busy machine; asserts nothing about speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(300);

    private static final Pattern QUERY = Pattern.compile("'query=([^']*)'");
    private static final Pattern PASSWORD = Pattern.compile("NEWSGRAPH_PASSWORD='([^']*)'");
    private static final Pattern USER = Pattern.compile("--user (\\S+)");
    private static final Pattern DATASET = Pattern.compile(":3030/([^/\\s]+)/data");
    private static final Pattern INSERTED = Pattern.compile("GRAPH <([^>]+)> \\{ <([^>]+)> rdfs:comment \"([^\"]*)\"");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A README command, joined over its continuation lines, and the section it is in. */
    private record Example(String section, String command) {
        boolean is(String start) {
            return command.startsWith(start) || command.contains(" " + start);
        }
    }

    /** What a finished command printed. */
    private record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void everyShellExampleRunsAndDoesWhatTheReadmeSays() throws Exception {
        ExternalTool.require(ExternalTool.BASH, "bash");
        ExternalTool.require(ExternalTool.CURL, "curl");
        List<Example> examples = examples();
        assertTrue(examples.stream().filter(e -> e.section().equals(SECTIONS.get(0))).count() >= 3, examples.toString());
        assertTrue(examples.stream().filter(e -> e.section().equals(SECTIONS.get(1))).count() >= 2, examples.toString());

        Path store = dir.resolve("output").resolve("store");
        DatasetGraph served;
        try (ArticleStore s = ArticleStore.open(store)) {
            ArticleFixture.articles().forEach(a -> s.replace(a, 0.0));
            s.deriveGraphs();
            // What the served store holds, to compare with while the server has it locked.
            served = s.read(ReadmeShellExamplesIT::copy);
        }
        Path articles = Files.createDirectories(dir.resolve("examples").resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("examples", "articles"))) {
            for (Path file : files.toList())
                Files.copy(file, articles.resolve(file.getFileName()));
        }
        Path bin = wrapper();

        Process serve = null;
        int servePort = 0;
        List<Example> updates = new ArrayList<>();
        try {
            for (Example example : examples) {
                if (example.is("newsgraph serve")) {
                    stop(serve);
                    servePort = freePort();
                    serve = startServe(example, servePort, bin);
                } else if (example.command().startsWith("curl")) {
                    assertTrue(servePort > 0, "a curl example before any serve example: " + example);
                    checkCurl(example, servePort, bin, served, updates);
                } else if (example.is("newsgraph push") || example.is("newsgraph build")) {
                    stop(serve);
                    serve = null;
                    checkRemote(example, bin, store);
                } else {
                    fail("README example that this test does not check; teach it how: " + example.command());
                }
            }
        } finally {
            stop(serve);
        }
        assertFalse(updates.isEmpty(), "no update example ran");
        for (Example update : updates)
            checkUpdateStored(update, store);
    }

    /** The {@code sh} blocks of the README sections, one entry per command. */
    private static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<Example> examples = new ArrayList<>();
        String section = null;
        boolean inBlock = false;
        StringBuilder command = new StringBuilder();
        for (String line : lines) {
            if (!inBlock && line.startsWith("## ")) {
                section = SECTIONS.contains(line.substring(3).strip()) ? line.substring(3).strip() : null;
            } else if (section != null && !inBlock && line.strip().equals("```sh")) {
                inBlock = true;
            } else if (inBlock && line.strip().equals("```")) {
                inBlock = false;
                assertEquals("", command.toString(), "a continued line ends a block");
            } else if (inBlock && !line.isBlank()) {
                command.append(line.strip());
                if (line.endsWith("\\")) {
                    command.setLength(command.length() - 1);
                    continue;
                }
                examples.add(new Example(section, command.toString().replaceAll("\\s+", " ").strip()));
                command.setLength(0);
            }
        }
        return examples;
    }

    /** The README's port and placeholder made real. */
    private static String substitute(Example example, int port) {
        return example.command().replace("3030", Integer.toString(port)).replace("ARTICLE-ID", ARTICLE_ID);
    }

    /** A directory with a {@code newsgraph} script that runs the command line on the test class path. */
    private Path wrapper() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("newsgraph");
        String java = TestJvm.command().stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(" "));
        Files.writeString(script, "#!/bin/sh\nexec " + java + " " + MAIN + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private ProcessBuilder bash(String command, Path bin) {
        ProcessBuilder builder = new ProcessBuilder(ExternalTool.BASH.toString(), "-c", command).directory(dir.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().remove("NEWSGRAPH_PASSWORD");
        return builder;
    }

    private Result run(String command, Path bin) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "example", ".out");
        Path err = Files.createTempFile(dir, "example", ".err");
        Process p = bash(command, bin).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            stop(p);
            fail("Still running after " + PATIENCE + ": " + command);
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process startServe(Example example, int port, Path bin) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "serve", ".log");
        Process process = bash(substitute(example, port), bin).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpRequest ping = HttpRequest.newBuilder(URI.create(base + "/$/ping")).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    break;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                stop(process);
                fail("README serve example did not come up: " + example.command() + "\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
        if (example.command().contains("--update") && example.command().contains("NEWSGRAPH_PASSWORD=")) {
            // What the README says of this server: queries open to all, updates only with the password.
            String query = base + "/newsgraph/query?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(query)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            HttpRequest update = HttpRequest.newBuilder(URI.create(base + "/newsgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")).build();
            assertEquals(401, http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return process;
    }

    /** SIGTERM, as Ctrl-C would; the script execs the JVM, whose shutdown hook closes the store. */
    private static void stop(Process process) throws InterruptedException {
        if (process == null)
            return;
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS))
            process.destroyForcibly().waitFor();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private void checkCurl(Example example, int port, Path bin, DatasetGraph served, List<Example> updates) throws Exception {
        String command = example.command();
        if (command.contains("update=")) {
            Result r = run(substitute(example, port), bin);
            assertEquals(0, r.exitCode(), command + "\n" + r.stderr());
            updates.add(example);
        } else if (command.contains("text/csv") && command.contains("query=")) {
            Matcher query = QUERY.matcher(command);
            assertTrue(query.find(), command);
            Result r = run(substitute(example, port), bin);
            assertEquals(0, r.exitCode(), command + "\n" + r.stderr());
            List<Map<String, String>> got = csvRows(r.stdout());
            assertFalse(got.isEmpty(), "the example's query finds nothing in the fixture, so proves nothing: " + command);
            assertEquals(sorted(expectedRows(served, query.group(1))), sorted(got), command);
        } else if (command.contains("text/turtle") && command.contains("graph=")) {
            Result r = run(substitute(example, port), bin);
            assertEquals(0, r.exitCode(), command + "\n" + r.stderr());
            Graph got = RDFParser.fromString(r.stdout(), Lang.TURTLE).toGraph();
            Graph expected = expectedGraph(served, NG.articleGraph(ARTICLE_ID));
            assertTrue(expected.size() > 10, "fixture article graph too small: " + expected.size());
            assertTrue(expected.isIsomorphicWith(got), command + "\n" + r.stdout());
        } else {
            fail("README curl example that this test does not check; teach it how: " + command);
        }
    }

    /**
     * The example's update is in the store once the server has stopped. Expects the README's kind of update:
     * one {@code rdfs:comment} in one named graph.
     */
    private static void checkUpdateStored(Example example, Path store) {
        Matcher inserted = INSERTED.matcher(example.command());
        assertTrue(inserted.find(), "update example of an unexpected shape: " + example.command());
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            boolean stored = s.read(dsg -> dsg.contains(NodeFactory.createURI(inserted.group(1)),
                    NodeFactory.createURI(inserted.group(2)), RDFS.Nodes.comment, NodeFactory.createLiteralString(inserted.group(3))));
            assertTrue(stored, "the update example's triple is not in the store: " + example.command());
        }
    }

    private void checkRemote(Example example, Path bin, Path store) throws Exception {
        String command = example.command();
        Matcher dataset = DATASET.matcher(command);
        assertTrue(dataset.find(), "no Fuseki dataset URL with port 3030 in " + command);
        Matcher password = PASSWORD.matcher(command);
        Matcher user = USER.matcher(command);
        DatasetGraph target = DatabaseMgr.createDatasetGraph();
        target.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/" + dataset.group(1), target, true);
        if (password.find()) {
            assertTrue(user.find(), "a password without --user: " + command);
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("target",
                            JettySecurityLib.makeUserStore(user.group(1), password.group(1)), AuthScheme.DIGEST))
                    .serverAuthPolicy(Auth.policyAllowSpecific(user.group(1)));
        }
        FusekiServer server = builder.start();
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/" + dataset.group(1) + "/data";
            Result r = run(substitute(example, server.getPort()), bin);
            assertEquals(0, r.exitCode(), command + "\n" + r.stderr());
            Set<Quad> remote = Txn.calculateRead(target, () -> new HashSet<>(Iter.toList(target.find())));
            if (example.is("newsgraph push")) {
                Set<Quad> local = localQuads(store);
                assertEquals(local, remote, command);
                long graphs = local.stream().map(Quad::getGraph).distinct().count();
                assertEquals("Pushed " + graphs + " graphs, " + local.size() + " triples -> " + endpoint + "\n", r.stdout(), command);
            } else {
                assertTrue(command.contains("--endpoint"), "a build example that writes locally: " + command);
                Set<String> expected = new TreeSet<>();
                try (Stream<Path> files = Files.list(dir.resolve("examples").resolve("articles"))) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                            .forEach(n -> expected.add(NG.articleGraph(n.substring(0, n.length() - 4)).getURI()));
                }
                Set<String> got = new TreeSet<>();
                remote.forEach(q -> got.add(q.getGraph().getURI()));
                assertFalse(expected.isEmpty());
                assertEquals(expected, got, command);
                assertTrue(r.stdout().contains("graph: " + endpoint), r.stdout());
            }
        } finally {
            server.stop();
        }
    }

    /** The store's named graphs, which push sends; the default graph holds only the store's own bookkeeping. */
    private static Set<Quad> localQuads(Path store) {
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            return s.read(dsg -> new HashSet<>(Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY))));
        }
    }

    /** An in-memory copy of every quad, with the union default graph as the endpoint has it. */
    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(copy, () -> dsg.find().forEachRemaining(copy::add));
        return copy;
    }

    private static List<Map<String, String>> expectedRows(DatasetGraph served, String query) {
        return ArticleFixture.localRows(served, query).stream().map(ReadmeShellExamplesIT::lexical).toList();
    }

    private static Graph expectedGraph(DatasetGraph served, Node name) {
        return Txn.calculateRead(served, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            served.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** CSV results carry IRIs and literals alike as bare strings; so compare lexical forms. */
    private static List<Map<String, String>> csvRows(String csv) {
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_CSV));
        return ArticleFixture.rows(rows).stream().map(ReadmeShellExamplesIT::lexical).toList();
    }

    private static Map<String, String> lexical(Map<String, Node> row) {
        Map<String, String> values = new TreeMap<>();
        row.forEach((var, node) -> values.put(var, node.isLiteral() ? node.getLiteralLexicalForm() : node.toString()));
        return values;
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        List<Map<String, String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Map::toString));
        return copy;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
