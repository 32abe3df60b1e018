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

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /**
     * An article graph in which the person of this key and name endorses Bob Cole, as the job writes it: on the store's
     * node of the person, the article's own key kept as ng:localKey when it is another.
     */
    private static String article(String graph, String node, String label, String localKey, String name) {
        String person = "<" + NG.ID + "person/" + node + ">";
        String in = " <" + graph + "> .\n";
        String moved = localKey.equals(node) ? "" : person + " <" + NG.NS + "localKey> \"" + localKey + "\"" + in
                + person + " <http://www.w3.org/2004/02/skos/core#altLabel> \"" + name + "\"" + in;
        return "<" + graph + "> <" + RDF + "type> <" + NG.NS + "Article>" + in
                + person + " <" + RDF + "type> <" + NG.NS + "Person>" + in
                + person + " <" + RDFS + "label> \"" + label + "\"" + in
                + person + " <" + NG.NS + "endorses> <" + NG.ID + "person/bob-cole>" + in + moved;
    }

    /** The merges graph's node of the merge of okonjo into ann-okonjo. */
    private static String merge() {
        String merge = "<" + NG.ID + "merge/okonjo/ann-okonjo/surname>";
        String in = " <" + NG.mergesGraph().getURI() + "> .\n";
        return merge + " <" + RDF + "type> <" + NG.NS + "Merge>" + in
                + merge + " <" + RDFS + "label> \"okonjo -> ann-okonjo\"" + in
                + merge + " <" + NG.NS + "mergeRule> \"surname\"" + in
                + merge + " <" + RDFS + "comment> \"1 of 1\"" + in
                + merge + " <" + NG.NS + "articleCount> \"1\"^^<http://www.w3.org/2001/XMLSchema#int>" + in
                + merge + " <http://www.w3.org/ns/prov#wasDerivedFrom> <" + ARTICLE_2 + ">" + in;
    }

    @TempDir
    Path dir;

    /**
     * A job output of two article graphs, one naming Ann Okonjo and one only Okonjo, whom the job decided is Ann
     * Okonjo, and the merges graph that says so, with its manifest unless left out.
     */
    private Path output(boolean finished) throws IOException {
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve(SparkOutput.ARTICLES));
        Files.createDirectories(out.resolve(SparkOutput.DERIVED));
        gzip(out.resolve(SparkOutput.ARTICLES).resolve("part-r-00000.nq.gz"), article(ARTICLE, "ann-okonjo", "Ann Okonjo",
                "ann-okonjo", "Ann Okonjo") + article(ARTICLE_2, "ann-okonjo", "Ann Okonjo", "okonjo", "Okonjo"));
        gzip(out.resolve(SparkOutput.DERIVED).resolve("part-r-00000.nq.gz"), merge());
        // Hadoop's checksum files and markers sit beside the parts and are not N-Quads.
        Files.writeString(out.resolve(SparkOutput.ARTICLES).resolve(".part-r-00000.nq.gz.crc"), "crc");
        Files.writeString(out.resolve(SparkOutput.ARTICLES).resolve("_SUCCESS"), "");
        if (finished)
            Files.writeString(out.resolve(SparkOutput.MANIFEST), "format=" + SparkOutput.FORMAT_VERSION
                    + "\narticles.built=2\ninputs.failed=2\n");
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
        assertTrue(load.out().contains("loading 2 articles from 2 files into " + store), load.out());
        assertTrue(load.out().contains("the job reported 2 bad inputs"), load.out());
        CommandRun query = CommandRun.of("query", "--store", store.toString(), "--format", "csv",
                "SELECT DISTINCT ?a WHERE { ?a ng:endorses <" + NG.ID + "person/bob-cole> }");
        assertEquals(0, query.status(), query.err());
        assertEquals(List.of("a", NG.ID + "person/ann-okonjo"), query.out().lines().toList());
        assertEquals("", query.err(), "a loaded store is derived, and no command warns that it is not");
        CommandRun merges = CommandRun.of("merges", "--store", store.toString());
        assertTrue(merges.out().startsWith("okonjo -> ann-okonjo\t[surname]"), merges.out());
        CommandRun records = CommandRun.of("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + NG.referenceGraph().getURI() + "> { ?r a ng:OfficeholderRecord } }");
        assertTrue(Integer.parseInt(records.out().lines().toList().get(1)) > 1000, "the reference graph: " + records.out());
    }

    @Test
    void anOutputOfAnotherFormatIsRefused() throws IOException {
        Path out = output(true);
        Files.writeString(out.resolve(SparkOutput.MANIFEST), "format=1\narticles.built=2\n");
        CommandRun load = CommandRun.of("load", out.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, load.status());
        assertEquals("newsgraph: load: " + out.resolve(SparkOutput.MANIFEST) + ": output format 1, this newsgraph reads format "
                + SparkOutput.FORMAT_VERSION + ": run the Spark job of this version again\n", load.err());
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
