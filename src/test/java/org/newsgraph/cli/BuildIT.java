package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestJvm;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Builds the sample articles with the real models, as the README does, and checks the graph through SPARQL:
 * the facts the samples state, that a second build changes nothing, and that the committed output is current.
 */
class BuildIT {
    private static final Path SAMPLES = Path.of("examples/articles");
    private static final Path COMMITTED = Path.of("output/graph.ttl");

    @TempDir
    static Path tmp;
    private static Path store;
    private static Path turtle;
    private static String firstRun;
    private static String secondRun;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store");
        turtle = tmp.resolve("graph.ttl");
        firstRun = CommandRun.succeeding("build", SAMPLES.toString(), "--store", store.toString(), "--out", turtle.toString());
        secondRun = CommandRun.succeeding("build", SAMPLES.toString(), "--store", store.toString(), "--out", turtle.toString());
    }





    private static boolean ask(String sparql) {
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            return s.query(ArticleStore.parseQuery(sparql), 30, exec -> exec.execAsk());
        }
    }

    @Test
    void theBuiltGraphSatisfiesTheShapes() {
        CommandRun outcome = CommandRun.of("validate", "--store", store.toString());
        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
    }

    @Test
    void everySampleIsBuiltOnceAndThenFoundUnchanged() {
        assertTrue(firstRun.contains("articles: 3 read, 3 built, 0 unchanged, 0 failed"), firstRun);
        assertTrue(secondRun.contains("articles: 3 read, 0 built, 3 unchanged, 0 failed"), secondRun);
    }

    @Test
    void trumpEndorsesTuberville() {
        assertTrue(ask("""
                ASK { ?t ng:endorses ?u . ?t rdfs:label ?tl . ?u rdfs:label ?ul
                      FILTER(CONTAINS(?tl, "Trump") && CONTAINS(?ul, "Tuberville")) }"""));
    }

    @Test
    void sessionsRecusedFromAnInvestigation() {
        assertTrue(ask("""
                ASK { ?s ng:recusedFrom ?i . ?i a ng:Investigation . ?s rdfs:label ?sl
                      FILTER(CONTAINS(?sl, "Sessions")) }"""));
    }

    @Test
    void sessionsRunsAgainstTuberville() {
        assertTrue(ask("""
                ASK { { ?s ng:runsAgainst ?u } UNION { ?u ng:runsAgainst ?s }
                      ?s rdfs:label ?sl . ?u rdfs:label ?ul
                      FILTER(CONTAINS(?sl, "Sessions") && CONTAINS(?ul, "Tuberville")) }"""));
    }

    @Test
    void sessionsHoldsTheOfficeOfAttorneyGeneral() {
        assertTrue(ask("""
                ASK { ?s ng:holdsOffice ?o . ?o a ng:Office ; rdfs:label ?ol . ?s rdfs:label ?sl
                      FILTER(CONTAINS(?sl, "Sessions") && CONTAINS(?ol, "Attorney General")) }"""));
    }

    @Test
    void theSamplesAreTooFewToCompactTheStore() throws Exception {
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(List.of("Data-0001"), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
        // The store's notes file holds the derive state; a compaction would add its index bytes.
        Path notes = store.resolve("newsgraph-store.properties");
        assertTrue(Files.notExists(notes) || !Files.readString(notes).contains("compacted.indexBytes"), notes.toString());
    }

    /** {@code --compact} forces compaction; the graph comes out the same either way. */
    @Test
    void buildingAgainFromScratchGivesTheSameBytes() throws Exception {
        Path again = tmp.resolve("again.ttl");
        Path store2 = tmp.resolve("store2");
        CommandRun.succeeding("build", SAMPLES.toString(), "--store", store2.toString(), "--out", again.toString(),
                "--threads", "1", "-q", "--compact");
        try (Stream<Path> entries = Files.list(store2)) {
            assertEquals(List.of("Data-0002"), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
        assertTrue(Files.readString(store2.resolve("newsgraph-store.properties")).contains("compacted.indexBytes="));
        assertArrayEquals(Files.readAllBytes(turtle), Files.readAllBytes(again));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("graph.trig")), Files.readAllBytes(tmp.resolve("again.trig")));
    }

    @Test
    void aBadArticleIsReportedOnOneLineAndTheOthersAreStored() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(SAMPLES.resolve("2018-08-trump-taunts-sessions.txt"), inputs.resolve("good.txt"));
        Files.writeString(inputs.resolve("empty.txt"), "");
        Path mixedStore = tmp.resolve("mixed-store");
        CommandRun outcome = CommandRun.of("build", inputs.toString(), "--store", mixedStore.toString(),
                "--out", tmp.resolve("mixed.ttl").toString());
        assertEquals(1, outcome.status());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertTrue(outcome.err().startsWith("newsgraph: " + inputs.resolve("empty.txt") + ": "), outcome.err());
        assertTrue(outcome.out().contains("articles: 1 read, 1 built, 0 unchanged, 1 failed"), outcome.out());
        try (ArticleStore s = ArticleStore.openExisting(mixedStore)) {
            Boolean stored = s.query(ArticleStore.parseQuery("ASK { GRAPH ?g { ?g ng:contentHash ?h } }"), 30, exec -> exec.execAsk());
            assertTrue(stored, "the good article is stored");
        }
        assertTrue(Files.exists(tmp.resolve("mixed.ttl")), "the graph is written even when an article failed");
    }

    /**
     * The README's first command, in a directory of its own: the build that makes the store writes
     * output/graph.ttl and .trig; a build that adds to the store writes them only when asked with --out.
     */
    @Test
    void theGraphFilesAreWrittenByTheBuildThatMakesTheStoreAndLaterOnlyWhenAsked() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("fresh-clone"));
        Path first = Files.createDirectories(tmp.resolve("first-only"));
        Files.copy(SAMPLES.resolve("2018-08-trump-taunts-sessions.txt"), first.resolve("first.txt"));
        List<String> command = new ArrayList<>(TestJvm.command());
        command.addAll(List.of(Main.class.getName(), "build", first.toAbsolutePath().toString(), "-q"));
        Process child = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("fresh-clone.log").toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), Files.readString(tmp.resolve("fresh-clone.log")));
        Path turtle = home.resolve(COMMITTED);
        assertTrue(Files.exists(turtle) && Files.exists(home.resolve("output/graph.trig")), "the default graph files");
        byte[] written = Files.readAllBytes(turtle);

        Path store = home.resolve("output/store");
        Path second = SAMPLES.resolve("2020-05-sessions-fires-back-thehill.txt");
        long committedBefore = Files.getLastModifiedTime(COMMITTED).toMillis();
        CommandRun added = CommandRun.of("build", second.toString(), "--store", store.toString());
        assertEquals(0, added.status(), added.err());
        assertTrue(added.out().contains("articles: 1 read, 1 built, 0 unchanged, 0 failed"), added.out());
        assertTrue(added.out().contains("graph files: not written, as the store held articles before (--out FILE writes them"),
                added.out());
        assertArrayEquals(written, Files.readAllBytes(turtle), "adding an article leaves the files alone");
        assertEquals(committedBefore, Files.getLastModifiedTime(COMMITTED).toMillis(), "and writes no default file elsewhere");

        CommandRun asked = CommandRun.of("build", second.toString(), "--store", store.toString(), "--out", turtle.toString());
        assertTrue(asked.out().contains("articles: 1 read, 0 built, 1 unchanged, 0 failed"), asked.out());
        Graph both = RDFParser.source(turtle).toGraph();
        assertTrue(both.contains(NG.articleGraph("2020-05-sessions-fires-back-thehill"), Node.ANY, Node.ANY),
                "--out writes the files, with the article added before");
    }

    @Test
    void theCommittedGraphIsCurrent() {
        Graph committed = RDFParser.source(COMMITTED).toGraph();
        Graph built = RDFParser.source(turtle).toGraph();
        assertTrue(committed.isIsomorphicWith(built),
                "output/graph.ttl is stale: run the README's build command and commit it");
    }
}
