package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.progress.MonitorOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A store filled by the bulk loader from the quads {@link ArticleStore#write} sends holds what the same articles
 * replaced one by one hold, knows their content hashes, and counts as compacted; a bad file leaves it empty.
 */
class BulkLoadTest {
    private static final MonitorOutput QUIET = (fmt, args) -> {};

    @TempDir
    Path dir;

    private final List<ArticleStore.Replacement> articles = List.of(
            new ArticleStore.Replacement(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), "hash-a1"),
            new ArticleStore.Replacement(TestArticles.holding("a2", "Ann Lee", "Governor", Map.of("officeStatus", "current")), "hash-a2"));

    /** The replacements' stored quads as gzipped N-Quads. */
    private Path nquads(String name, List<ArticleStore.Replacement> replacements) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            for (ArticleStore.Replacement r : replacements)
                ArticleStore.write(r, 0.5, writer);
            writer.finish();
        }
        return file;
    }

    @Test
    void aLoadedStoreHoldsWhatReplacingTheArticlesStores() throws IOException {
        Path files = nquads("part-00000.nq.gz", articles);
        Path location = dir.resolve("store");
        DatasetGraph built = DatasetGraphFactory.create();
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replaceAll(articles, 0.5);
            store.read(dsg -> {
                // The articles' graphs; not the store's note that the derived graphs are still to be made.
                dsg.find().forEachRemaining(q -> {
                    if (!q.isDefaultGraph())
                        built.add(q);
                });
                return null;
            });
        }
        // A build writes the reference graph with the articles' derived graphs; the load writes it after the files.
        ReferenceGraph.write(IdentityRules.load().officeholders(), built::add);
        try (ArticleStore store = ArticleStore.open(location)) {
            assertEquals(built.stream().count(), store.bulkLoad(List.of(files), QUIET));
            store.read(dsg -> {
                assertTrue(IsoMatcher.isomorphic(built, dsg), "the loaded store differs from the replaced one");
                assertEquals(NG.NS, dsg.prefixes().get("ng"));
                return null;
            });
            assertTrue(store.isCurrent("a1", "hash-a1"));
            assertFalse(store.isCurrent("a1", "other"));
            assertEquals(store.indexBytes(), store.compactedIndexBytes());
        }
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNothingIsLoaded() throws IOException {
        Path good = nquads("part-00000.nq.gz", articles);
        Path bad = Files.writeString(dir.resolve("part-00001.nq"),
                "<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> &bad <urn:g> .\n", StandardCharsets.UTF_8);
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.bulkLoad(List.of(good, bad), QUIET));
            assertTrue(e.getMessage().startsWith(bad + ": line 2: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; nothing was loaded"), e.getMessage());
            boolean empty = store.read(DatasetGraph::isEmpty);
            assertTrue(empty, "a failed load left quads behind");
        }
    }

    @Test
    void aStoreWithDataIsNotBulkLoaded() throws IOException {
        Path files = nquads("part-00000.nq.gz", articles);
        Path location = dir.resolve("store");
        try (ArticleStore store = ArticleStore.open(location)) {
            store.replace(TestArticles.endorsement("x", "Carl Cole", "Dan Dee"), 0.5);
        }
        try (ArticleStore store = ArticleStore.open(location)) {
            StoreException e = assertThrows(StoreException.class, () -> store.bulkLoad(List.of(files), QUIET));
            assertEquals("store " + location + " is not empty: a bulk load fills a new store", e.getMessage());
            assertTrue(store.isCurrent("x", TestArticles.endorsement("x", "Carl Cole", "Dan Dee").article().contentHash()));
        }
    }

    @Test
    void theArticlesOwnHashGivesWayToTheReplacements() {
        ResolvedArticle a = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        DatasetGraph out = DatasetGraphFactory.create();
        ArticleStore.write(new ArticleStore.Replacement(a, "fingerprint"), 0.5, org.apache.jena.riot.system.StreamRDFLib.dataset(out));
        Node graph = NG.articleGraph("a1");
        assertEquals(List.of("fingerprint"), out.stream(graph, graph, NG.contentHash, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }
}
