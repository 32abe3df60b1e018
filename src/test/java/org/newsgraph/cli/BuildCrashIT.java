package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestJvm;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.BuildOptions;

/**
 * {@code kill -9} in the middle of {@code newsgraph build}, in a real child process: the store opens again,
 * every article graph in it is whole, and building again ends where a build that never crashed ends.
 */
class BuildCrashIT {
    /** More than two full batches: the first commit (at a full batch at the latest) comes well before the end. */
    private static final int ARTICLES = 2 * BuildOptions.Builder.DEFAULT_BATCH_SIZE + 200;
    /** The key of default-graph quads in {@link #graphs}. */
    private static final String DEFAULT_GRAPH = "(default graph)";
    /** A JVM start and model load on a busy machine; bounds the waits, asserts nothing about speed. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    /** After the first commit shows, let a few more batches land before the kill. */
    private static final Duration AFTER_FIRST_COMMIT = Duration.ofMillis(500);

    private static final String[] FIRST = {"Alice", "Brian", "Carla", "Dennis", "Elena", "Frank", "Grace", "Harold",
            "Irene", "Jason", "Karen", "Louis", "Maria", "Nathan", "Olivia", "Peter", "Rachel", "Steven", "Teresa", "Victor"};
    private static final String[] LAST = {"Abbott", "Barnes", "Carver", "Dalton", "Ellison", "Fletcher", "Garrison",
            "Holloway", "Ingram", "Jennings", "Kendall", "Lawson", "Mercer", "Norwood", "Prescott"};
    private static final String[] STATES = {"Alabama", "Georgia", "Ohio", "Texas", "Maine", "Iowa", "Kansas", "Oregon"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    @TempDir
    static Path tmp;
    private static Path articles;
    private static Path cleanStore;

    /** Person number {@code n}: 300 distinct full names. */
    private static String person(int n) {
        return FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length];
    }

    /** Short distinct articles: an endorsement, a party, a criticism and an office, with varied names and places. */
    private static void writeArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < ARTICLES; i++) {
            String a = person(i);
            String b = person(i + 101);
            String c = person(i + 211);
            String state = STATES[i % STATES.length];
            String text = a + " backs " + b + " in " + state + " race\n\n"
                    + a + " endorsed " + b + " for the U.S. Senate on " + DAYS[i % DAYS.length] + ". "
                    + b + ", a Republican, thanked " + a + " at a rally in " + state + ".\n\n"
                    + "Senator " + c + " criticized " + b + " over the advertisement number " + i + ". "
                    + c + " said the race in " + state + " would be close.\n";
            Files.writeString(dir.resolve(String.format("article-%04d.txt", i)), text);
        }
    }


    @BeforeAll
    static void cleanBuild() throws IOException {
        articles = tmp.resolve("articles");
        writeArticles(articles);
        cleanStore = tmp.resolve("clean-store");
        CommandRun.succeeding("build", articles.toString(), "--store", cleanStore.toString(), "--out", tmp.resolve("clean.ttl").toString(), "-q");
    }

    /** Every graph, copied out of the store: graph IRI (or {@link #DEFAULT_GRAPH}) to its quads. */
    private static Map<String, DatasetGraph> graphs(Path storeDir) {
        try (ArticleStore store = ArticleStore.openExisting(storeDir)) {
            return store.read(dsg -> {
                Map<String, DatasetGraph> graphs = new TreeMap<>();
                dsg.find().forEachRemaining(quad -> graphs.computeIfAbsent(
                        quad.isDefaultGraph() ? DEFAULT_GRAPH : quad.getGraph().getURI(), g -> DatasetGraphFactory.createTxnMem()).add(quad));
                return graphs;
            });
        }
    }

    private static long count(DatasetGraph graph, Node predicate, Node object) {
        return graph.stream(Node.ANY, Node.ANY, predicate, object).count();
    }

    @Test
    void aKilledBuildLeavesWholeArticlesAndTheRerunEndsAsACleanBuild() throws Exception {
        Map<String, DatasetGraph> clean = graphs(cleanStore);
        assertEquals(ARTICLES, clean.keySet().stream().filter(g -> g.startsWith(NG.ARTICLE_BASE)).count(),
                "the clean build stores every article");
        assertTrue(clean.containsKey(NG.officeHoldersGraph().getURI()), "and derives the office-holders graph from them");
        // Everything, entities included, lives in article graphs: what removing an article relies on. The default
        // graph holds only the store's index of what the derived graphs were derived from.
        assertTrue(clean.get(DEFAULT_GRAPH).stream().allMatch(BuildCrashIT::isDerivationIndex), "nothing else in the default graph");
        long cleanFacts = clean.values().stream().mapToLong(g -> count(g, RDF.type.asNode(), RDF.Statement.asNode())).sum();
        assertTrue(cleanFacts > ARTICLES, "the generated articles must give facts to check, got " + cleanFacts);

        Path store = tmp.resolve("crashed-store");
        Process child = startBuild(store);
        try {
            awaitFirstCommit(child, store);
            Thread.sleep(AFTER_FIRST_COMMIT.toMillis());
            assertTrue(child.isAlive(), "the build ended before it could be killed: make the articles more or longer");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        // 128 + 9: the JVM died of SIGKILL, with no shutdown hook or finally block run.
        assertEquals(137, child.exitValue());
        assertTrue(Files.exists(store.resolve("tdb.lock")), "the dead process's lock file is left behind");

        Map<String, DatasetGraph> survived = graphs(store);
        // The store knows that the graphs derived from all articles do not match the articles it holds.
        DatasetGraph state = survived.remove(DEFAULT_GRAPH);
        assertTrue(state != null && state.contains(Quad.defaultGraphIRI, NG.store(), NG.derivedGraphsStale, NodeConst.nodeTrue),
                "the stale marker was committed with the articles");
        assertTrue(state.stream().filter(q -> !q.getPredicate().equals(NG.derivedGraphsStale)).allMatch(q -> isDerivationIndex(q)
                && q.getPredicate().getURI().endsWith("#pendingGraph")), "and beside it only the graphs changed since, for the next derivation");
        assertFalse(survived.isEmpty(), "some articles were committed before the kill");
        assertTrue(survived.size() < ARTICLES, "the kill came before the end, " + survived.size() + " stored");
        for (Map.Entry<String, DatasetGraph> graph : survived.entrySet()) {
            DatasetGraph expected = clean.get(graph.getKey());
            assertTrue(expected != null, "a graph the clean build has not: " + graph.getKey());
            DatasetGraph actual = graph.getValue();
            Node statement = RDF.Statement.asNode();
            assertEquals(count(expected, RDF.type.asNode(), statement), count(actual, RDF.type.asNode(), statement),
                    graph.getKey() + ": statements");
            assertEquals(expected.stream().count(), actual.stream().count(), graph.getKey() + ": quads");
            assertTrue(IsoMatcher.isomorphic(expected, actual), graph.getKey() + " differs from the clean build's");
        }

        String rerun = CommandRun.succeeding("build", articles.toString(), "--store", store.toString(), "--out", tmp.resolve("rerun.ttl").toString());
        assertTrue(rerun.contains(String.format("articles: %d read, %d built, %d unchanged, 0 failed",
                ARTICLES, ARTICLES - survived.size(), survived.size())), rerun);
        try (ArticleStore crashed = ArticleStore.openExisting(store); ArticleStore reference = ArticleStore.openExisting(cleanStore)) {
            DatasetGraph after = crashed.read(BuildCrashIT::copy);
            DatasetGraph expected = reference.read(BuildCrashIT::copy);
            assertEquals(expected.stream().count(), after.stream().count());
            assertTrue(IsoMatcher.isomorphic(expected, after), "the re-run store differs from the clean build's");
        }
        assertEquals(Files.readString(tmp.resolve("clean.ttl")), Files.readString(tmp.resolve("rerun.ttl")));
    }

    private static boolean isDerivationIndex(Quad q) {
        return q.getPredicate().getURI().startsWith(NG.ID + "store/derivation#");
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(copy::add);
        return copy;
    }

    /** {@code newsgraph build} as a user runs it, one worker so the build takes its time. */
    private static Process startBuild(Path store) throws IOException {
        List<String> command = new ArrayList<>(TestJvm.command());
        command.addAll(List.of(Main.class.getName(), "build", articles.toString(), "--store", store.toString(),
                "--out", tmp.resolve("crashed.ttl").toString(), "--threads", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    /**
     * Waits until the child has committed a write transaction. The store cannot be read meanwhile (TDB2 admits one
     * process), so this watches its files: {@code nodes-data.bdf} holds the committed length of the node file,
     * zero in a new store, and TDB2 writes it at each commit, and only then.
     */
    private static void awaitFirstCommit(Process child, Path store) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive())
                fail("the build ended before the kill: " + Files.readString(tmp.resolve("child.log")));
            if (committedNodeBytes(store) > 0)
                return;
            Thread.sleep(50);
        }
        fail("no commit within " + PATIENCE + ": " + Files.readString(tmp.resolve("child.log")));
    }

    private static long committedNodeBytes(Path store) throws IOException {
        Path state = store.resolve("Data-0001").resolve("nodes-data.bdf");
        if (!Files.exists(state))
            return 0;
        byte[] bytes = Files.readAllBytes(state);
        return bytes.length < Long.BYTES ? 0 : ByteBuffer.wrap(bytes).getLong();
    }
}
