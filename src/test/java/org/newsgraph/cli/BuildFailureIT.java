package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.nlp.SharedModels;

/** A build that fails on some articles keeps the others, and what earlier builds stored, and exits 1. */
class BuildFailureIT {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(extraModels -> SharedModels.get(), args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** The article graphs; the graphs derived from all of them (links, office holders) are left out. */
    private static List<Node> graphs(Path store) {
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            return s.read(dsg -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(NG.ARTICLE_BASE))
                        graphs.add(g);
                });
                return graphs;
            });
        }
    }

    @Test
    void badArticlesAreReportedTheRestIsStoredAndNothingEarlierIsLost() throws Exception {
        Path store = tmp.resolve("store");
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("earlier.txt"), "Smith backs Jones\n\nSenator Mary Smith endorsed Tom Jones on Monday.\n");
        assertEquals(0, run("build", first.toString(), "--store", store.toString(), "--out", tmp.resolve("g.ttl").toString(), "-q"),
                err.toString(StandardCharsets.UTF_8));
        List<Node> before = graphs(store);
        assertEquals(1, before.size());

        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(second.resolve("good.txt"), "Brown criticizes Green\n\nGovernor Ann Brown criticized Paul Green.\n");
        Files.writeString(second.resolve("feed.jsonl"),
                "{\"id\": \"fine\", \"title\": \"Lee endorses Park\", \"text\": \"Rep. Lisa Lee endorsed Sam Park.\"}\n"
                        + "{\"id\": \"broken\", \"title\": \n");
        err.reset();
        out.reset();
        assertEquals(1, run("build", second.toString(), "--store", store.toString(), "--out", tmp.resolve("g.ttl").toString()));

        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("newsgraph: " + second.resolve("feed.jsonl") + ":2: "), errors.get(0));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 built, 0 unchanged, 1 failed"), out.toString(StandardCharsets.UTF_8));
        List<Node> after = graphs(store);
        assertEquals(3, after.size(), after.toString());
        assertTrue(after.containsAll(before), "the earlier build's article is kept");
        assertTrue(after.contains(NG.articleGraph("fine")), "the good line of the broken file is kept");
        // The graph files are written although the build failed, from everything stored.
        assertTrue(Files.readString(tmp.resolve("g.ttl")).contains("Lisa Lee"));
    }

    @Test
    void theArticleSizeLimitIsAnOptionAndTheMessageNamesIt() throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "Headline\n\n" + "Words and more words. ".repeat(100));
        Path small = tmp.resolve("small.txt");
        Files.writeString(small, "Small headline\n\nFew words.\n");
        assertEquals(1, run("build", big.toString(), small.toString(), "--max-article-size", "1000",
                "--store", tmp.resolve("s").toString(), "--out", tmp.resolve("g.ttl").toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(big + ": file is 2,210 bytes, above the limit of 1,000 bytes (--max-article-size)"), errors);
        assertFalse(errors.contains("ReadOptions"), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("articles: 1 read, 1 built, 0 unchanged, 1 failed"), out.toString());
    }
}
