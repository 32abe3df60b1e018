package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.SparkOutput;

/** {@code newsgraph load}: a finished job output becomes a store that answers queries; what is not one is refused. */
class LoadCommandTest {
    private static final String ARTICLE = NG.ARTICLE_BASE + "a1";
    private static final String ARTICLE_2 = NG.ARTICLE_BASE + "a2";

    /** An article graph in which the person of this key and name endorses Bob Cole: four quads. */
    private static String article(String graph, String key, String name) {
        String person = "<" + NG.ID + "person/" + key + ">";
        String in = " <" + graph + "> .\n";
        return "<" + graph + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NG.NS + "Article>" + in
                + person + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NG.NS + "Person>" + in
                + person + " <http://www.w3.org/2000/01/rdf-schema#label> \"" + name + "\"" + in
                + person + " <" + NG.NS + "endorses> <" + NG.ID + "person/bob-cole>" + in;
    }

    @TempDir
    Path dir;

    /**
     * A job output of two article graphs, one naming Ann Okonjo and one only Okonjo, and one quad of the job's own derived
     * graphs, with its manifest unless left out.
     */
    private Path output(boolean finished) throws IOException {
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve(SparkOutput.ARTICLES));
        Files.createDirectories(out.resolve(SparkOutput.DERIVED));
        gzip(out.resolve(SparkOutput.ARTICLES).resolve("part-r-00000.nq.gz"), article(ARTICLE, "ann-okonjo", "Ann Okonjo")
                + article(ARTICLE_2, "okonjo", "Okonjo"));
        gzip(out.resolve(SparkOutput.DERIVED).resolve("part-r-00000.nq.gz"), "<" + NG.ID + "person/okonjo> "
                + "<http://www.w3.org/2002/07/owl#sameAs> <" + NG.ID + "person/ann-okonjo> <" + NG.linksGraph().getURI() + "> .\n");
        // Hadoop's checksum files and markers sit beside the parts and are not N-Quads.
        Files.writeString(out.resolve(SparkOutput.ARTICLES).resolve(".part-r-00000.nq.gz.crc"), "crc");
        Files.writeString(out.resolve(SparkOutput.ARTICLES).resolve("_SUCCESS"), "");
        if (finished)
            Files.writeString(out.resolve(SparkOutput.MANIFEST), "format=1\narticles.built=1\ninputs.failed=2\n");
        return out;
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFinishedOutputBecomesAStoreThatAnswersQueries() throws IOException {
        Path store = dir.resolve("store");
        CommandRun load = CommandRun.of("load", output(true).toString(), "--store", store.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.out().contains("loaded 8 quads into " + store), "the article graphs, not the job's derived graphs: "
                + load.out());
        assertTrue(load.out().contains("the job reported 2 bad inputs"), load.out());
        assertTrue(load.out().contains("derived who is who"), load.out());
        CommandRun query = CommandRun.of("query", "--store", store.toString(), "--format", "csv",
                "SELECT DISTINCT ?a WHERE { ?a ng:endorses <" + NG.ID + "person/bob-cole> }");
        assertEquals(0, query.status(), query.err());
        assertEquals(List.of("a", NG.ID + "person/ann-okonjo"), query.out().lines().toList(), "Okonjo alone is Ann Okonjo, as a build decides");
        CommandRun merges = CommandRun.of("merges", "--store", store.toString());
        assertTrue(merges.out().startsWith("okonjo -> ann-okonjo\t[surname]"), merges.out());
    }

    @Test
    void anUnfinishedOutputIsRefused() throws IOException {
        Path out = output(false);
        CommandRun load = CommandRun.of("load", out.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, load.status());
        assertEquals("newsgraph: load: " + out + ": not a finished output of the Spark job (no " + SparkOutput.MANIFEST
                + ", which the job writes last)\n", load.err());
    }

    @Test
    void aStoreWithDataIsNotLoadedIntoAndKeepsItsData() throws IOException {
        Path out = output(true);
        Path store = dir.resolve("store");
        assertEquals(0, CommandRun.of("load", out.toString(), "--store", store.toString()).status());
        CommandRun again = CommandRun.of("load", out.toString(), "--store", store.toString());
        assertEquals(1, again.status());
        assertEquals("newsgraph: load: store " + store + " is not empty: a bulk load fills a new store\n", again.err());
        CommandRun stats = CommandRun.of("stats", "--store", store.toString());
        assertTrue(stats.out().contains("1"), stats.out());
    }

    @Test
    void aMissingDirectoryOrNoDirectoryIsOneLine() {
        Path missing = dir.resolve("nope");
        CommandRun load = CommandRun.of("load", missing.toString());
        assertEquals(1, load.status());
        assertEquals("newsgraph: load: " + missing + ": no such directory\n", load.err());
        assertEquals(2, CommandRun.of("load").status());
    }
}
