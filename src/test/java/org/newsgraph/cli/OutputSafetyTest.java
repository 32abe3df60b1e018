package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

/**
 * {@code --out} of {@code build}, {@code export}, {@code sample} and {@code train} never destroys a file the user has: an
 * input, a directory, the other output or the store.
 */
class OutputSafetyTest {
    private static final String ARTICLE = "Headline of the article\n\nThe text of the article.\n";

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** Runs a build that must be refused before any work; no model may be loaded. */
    private void refused(String expected, String... args) {
        console.reset();
        assertEquals(2, Main.run(extraModels -> {
            throw new AssertionError("the build must be refused before it loads the models");
        }, args), console.err());
        assertEquals("newsgraph: build: " + expected + " (see `newsgraph build --help`)\n", console.err());
    }

    @Test
    void anInputIsNeverAnOutput() throws Exception {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, ARTICLE);
        Path store = tmp.resolve("store");
        refused("--out " + victim + " is an input of this command: it would be overwritten",
                "build", victim.toString(), "--out", victim.toString(), "--store", store.toString());
        // In a directory given as input, and as the sidecar of an input, too.
        Path dir = tmp.resolve("articles");
        Files.createDirectories(dir);
        Path inside = dir.resolve("story.txt");
        Files.writeString(inside, ARTICLE);
        Path sidecar = dir.resolve("story.json");
        Files.writeString(sidecar, "{\"url\": \"https://example.com/story\"}");
        refused("--out " + inside + " is an input of this command: it would be overwritten",
                "build", dir.toString(), "--out", inside.toString(), "--store", store.toString());
        refused("--out " + sidecar + " is an input of this command: it would be overwritten",
                "build", inside.toString(), "--out", sidecar.toString(), "--store", store.toString());
        assertEquals(ARTICLE, Files.readString(victim));
        assertEquals(ARTICLE, Files.readString(inside));
        assertTrue(Files.notExists(store), "nothing is done, no store created");
    }

    @Test
    void theTrigNeverOverwritesTheTurtle() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, ARTICLE);
        refused("--out " + tmp.resolve("both.trig") + " ends in .trig, the name of the TriG written beside it: give the"
                + " Turtle file's name, e.g. " + tmp.resolve("both.ttl"),
                "build", article.toString(), "--out", tmp.resolve("both.trig").toString(), "--store", tmp.resolve("s").toString());
    }

    @Test
    void aDirectoryIsNeverReplaced() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, ARTICLE);
        Path dir = tmp.resolve("emptydir");
        Files.createDirectories(dir);
        refused("--out " + dir + " is a directory: give a file name, e.g. " + dir.resolve("graph.ttl"),
                "build", article.toString(), "--out", dir.toString(), "--store", tmp.resolve("s").toString());
        assertTrue(Files.isDirectory(dir));

        Path store = tmp.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            s.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
        }
        console.reset();
        assertEquals(2, Main.run("export", "--out", dir.toString(), "--store", store.toString()));
        assertEquals("newsgraph: export: --out " + dir + " is a directory: give a file name, e.g. " + dir.resolve("graph.ttl")
                + " (see `newsgraph export --help`)\n", console.err());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void theStoreIsNeverAnOutput() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, ARTICLE);
        Path store = tmp.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            s.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
        }
        Path inside = store.resolve("graph.ttl");
        refused("--out " + inside + " is inside the store " + store + ": write it elsewhere",
                "build", article.toString(), "--out", inside.toString(), "--store", store.toString());
        console.reset();
        assertEquals(2, Main.run("export", "--out", store.resolve("Data-0001").resolve("nodes.dat").toString(),
                "--store", store.toString()));
        assertTrue(console.err().startsWith("newsgraph: export: --out " + store.resolve("Data-0001").resolve("nodes.dat")
                + " is inside the store " + store), console.err());
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            assertEquals(1L, (long) s.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes())));
        }
    }

    private static Path storeOfOneArticle(Path dir) {
        try (ArticleStore s = ArticleStore.open(dir)) {
            s.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
        }
        return dir;
    }

    @Test
    void aSampleNeverReplacesADirectoryOrWritesIntoTheStore() throws Exception {
        Path store = storeOfOneArticle(tmp.resolve("store"));
        Path dir = Files.createDirectories(tmp.resolve("emptydir"));
        assertEquals(2, Main.run("sample", "--out", dir.toString(), "--store", store.toString()));
        assertEquals("newsgraph: sample: --out " + dir + " is a directory: give a file name, e.g. " + dir.resolve("sample.csv")
                + " (see `newsgraph sample --help`)\n", console.err());
        assertTrue(Files.isDirectory(dir));

        console.reset();
        Path inside = store.resolve("Data-0001").resolve("nodes.dat");
        long size = Files.size(inside);
        assertEquals(2, Main.run("sample", "--out", inside.toString(), "--store", store.toString()));
        assertEquals("newsgraph: sample: --out " + inside + " is inside the store " + store + ": write it elsewhere"
                + " (see `newsgraph sample --help`)\n", console.err());
        assertEquals(size, Files.size(inside));
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            assertEquals(1L, (long) s.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes())));
        }
    }

    @Test
    void aSampleIsWrittenAsideAndMovedIntoPlace() throws Exception {
        Path store = storeOfOneArticle(tmp.resolve("store"));
        Path file = tmp.resolve("judging").resolve("sample.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older, longer sample that the new one replaces whole\n".repeat(100));
        assertEquals(0, Main.run("sample", "--out", file.toString(), "--store", store.toString()), console.err());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("relation,"), lines.toString());
        assertEquals(2, lines.size(), "a header and the one fact: " + lines);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
        // Its directory is made, as build's and export's are.
        Path deeper = tmp.resolve("new").resolve("dir").resolve("sample.csv");
        assertEquals(0, Main.run("sample", "--out", deeper.toString(), "--store", store.toString()), console.err());
        assertEquals(lines, Files.readAllLines(deeper));
    }

    /** Runs a training that must be refused before any work; no model may be loaded. */
    private void trainingRefused(String expected, String... args) {
        console.reset();
        assertEquals(2, Main.run(extraModels -> {
            throw new AssertionError("the training must be refused before it loads the models");
        }, args), console.err());
        assertEquals("newsgraph: train: " + expected + " (see `newsgraph train --help`)\n", console.err());
    }

    @Test
    void trainingNeverOverwritesAFileOrTheCorpus() throws Exception {
        Path annotations = Files.createDirectories(tmp.resolve("annotations"));
        Files.writeString(annotations.resolve("a1.json"), "{}");
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.writeString(corpus, "{}\n");
        Path file = tmp.resolve("models.bin");
        Files.writeString(file, "not a directory");
        trainingRefused("--out " + file + " is a file: give the directory to write the models to",
                "train", "--corpus", corpus.toString(), "--annotations", annotations.toString(), "--out", file.toString());
        assertEquals("not a directory", Files.readString(file));

        // A model file of the same name as an input (here the corpus) would replace it.
        Path models = Files.createDirectories(tmp.resolve("models"));
        Path named = models.resolve("relation-confidence.tsv");
        Files.writeString(named, "{}\n");
        trainingRefused("--out " + models + " (its relation-confidence.tsv) is an input of this command: it would be overwritten",
                "train", "--corpus", named.toString(), "--annotations", annotations.toString(), "--out", models.toString());
        assertEquals("{}\n", Files.readString(named));
    }
}
