package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.ResolvedArticle;

class ArticleStoreTest {
    private static final Node ALICE = NodeFactory.createURI(NG.ID + "person/alice-adams");
    private static final Node BOB = NodeFactory.createURI(NG.ID + "person/bob-brown");
    private static final Node CAROL = NodeFactory.createURI(NG.ID + "person/carol-clark");

    private static DatasetGraph copy(ArticleStore store) {
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static boolean has(ArticleStore store, String articleId, Node s, Node p, Node o) {
        return store.read(dsg -> dsg.contains(NG.articleGraph(articleId), s, p, o));
    }

    @Test
    void replaceStoresTheArticleInItsOwnGraphAndRemembersItsHash() {
        ResolvedArticle a = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertFalse(store.isCurrent("a1", a.article().contentHash()));
            store.replace(a, 0.5);
            assertTrue(has(store, "a1", ALICE, NG.endorses, BOB));
            assertTrue(store.isCurrent("a1", a.article().contentHash()));
            assertFalse(store.isCurrent("a1", "0000"));
            assertFalse(store.isCurrent("a2", a.article().contentHash()));
            // Nothing of the article goes to the default graph, which says only that the derived graphs are stale,
            // and which graphs the next derivation must redo.
            assertTrue(store.derivedGraphsStale());
            assertEquals(Set.of(NG.articleGraph("a1"), NG.commentsGraph("a1")), store.read(DerivationIndex::pendingGraphs));
            assertEquals(3L, (long) store.read(dsg -> dsg.getDefaultGraph().size()));
            assertEquals(List.of(NG.articleGraph("a1")), store.read(dsg -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                return graphs;
            }), "each article has only its named graph");
            store.deriveGraphs();
            assertFalse(store.derivedGraphsStale());
            assertEquals(Set.of(), store.read(DerivationIndex::pendingGraphs));
        }
    }

    @Test
    void replaceDropsStaleFactsOfTheSameArticleOnly() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
            store.replace(TestArticles.endorsement("a2", "Alice Adams", "Bob Brown"), 0.5);
            ResolvedArticle changed = TestArticles.endorsement("a1", "Alice Adams", "Carol Clark");
            store.replace(changed, 0.5);
            assertFalse(has(store, "a1", ALICE, NG.endorses, BOB));
            assertTrue(has(store, "a1", ALICE, NG.endorses, CAROL));
            assertTrue(has(store, "a2", ALICE, NG.endorses, BOB), "another article's graph must stay");
            assertTrue(store.isCurrent("a1", changed.article().contentHash()));
        }
    }

    @Test
    void rebuildingAnUnchangedArticleChangesNothing() {
        ResolvedArticle a = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(a, 0.5);
            DatasetGraph before = copy(store);
            store.replace(a, 0.5);
            DatasetGraph after = copy(store);
            assertEquals(before.stream().count(), after.stream().count());
            assertTrue(IsoMatcher.isomorphic(before, after));
        }
    }

    @Test
    void theRecordedHashIsTheInputsNotTheCleanedArticles() {
        ResolvedArticle cleaned = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replaceAll(List.of(new ArticleStore.Replacement(cleaned, "input-hash")), 0.5);
            assertTrue(store.isCurrent("a1", "input-hash"));
            assertFalse(store.isCurrent("a1", cleaned.article().contentHash()));
            Long hashes = store.read(dsg -> dsg.stream(NG.articleGraph("a1"), Node.ANY, NG.contentHash, Node.ANY).count());
            assertEquals(1, hashes, "one hash per article");
        }
    }

    @Test
    void factsBelowTheMinimumConfidenceAreLeftOut() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown", 0.4), 0.5);
            assertFalse(has(store, "a1", ALICE, NG.endorses, BOB));
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown", 0.4), 0.3);
            assertTrue(has(store, "a1", ALICE, NG.endorses, BOB));
        }
    }

    @Test
    void aWriterThatFailsAfterWritingLeavesTheStoreAsItWas() {
        ResolvedArticle a = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        ResolvedArticle changed = TestArticles.endorsement("a1", "Alice Adams", "Carol Clark");
        AtomicBoolean fail = new AtomicBoolean();
        ArticleStore.QuadSource failing = (article, min, out) -> {
            ArticleGraphWriter.write(article, min, out);
            if (fail.get())
                throw new IllegalStateException("broken article");
        };
        try (ArticleStore store = ArticleStore.inMemory(failing)) {
            store.replace(a, 0.5);
            DatasetGraph before = copy(store);
            fail.set(true);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.replace(changed, 0.5));
            assertEquals("broken article", e.getMessage());
            assertTrue(IsoMatcher.isomorphic(before, copy(store)), "the old graph must be intact");
            assertFalse(has(store, "a1", ALICE, NG.endorses, CAROL), "no quads of the failed write");
            assertTrue(store.isCurrent("a1", a.article().contentHash()));
            assertFalse(store.isCurrent("a1", changed.article().contentHash()));
        }
    }

    @Test
    void aBatchIsWrittenWhollyOrNotAtAll() {
        ArticleStore.QuadSource failsOnB = (article, min, out) -> {
            if (article.article().id().equals("b"))
                throw new IllegalArgumentException("bad b");
            ArticleGraphWriter.write(article, min, out);
        };
        try (ArticleStore store = ArticleStore.inMemory(failsOnB)) {
            List<ArticleStore.Replacement> batch = List.of(
                    new ArticleStore.Replacement(TestArticles.endorsement("a", "Alice Adams", "Bob Brown"), "hash-a"),
                    new ArticleStore.Replacement(TestArticles.endorsement("b", "Bob Brown", "Carol Clark"), "hash-b"));
            assertThrows(IllegalArgumentException.class, () -> store.replaceAll(batch, 0.5));
            assertEquals(Boolean.TRUE, store.read(DatasetGraph::isEmpty), "article a must not be committed either");
        }
    }

    @Test
    void queriesSeeTheUnionOfTheArticleGraphsWithTheOntologyPrefixes() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
            store.replace(TestArticles.endorsement("a2", "Bob Brown", "Carol Clark"), 0.5);
            Query query = ArticleStore.parseQuery("SELECT ?who ?whom WHERE { ?who ng:endorses ?whom } ORDER BY ?who");
            List<String> rows = store.query(query, 10, exec -> {
                List<String> out = new ArrayList<>();
                exec.execSelect().forEachRemaining(r -> out.add(r.getResource("who").getURI() + " " + r.getResource("whom").getURI()));
                return out;
            });
            assertEquals(List.of(ALICE.getURI() + " " + BOB.getURI(), BOB.getURI() + " " + CAROL.getURI()), rows);
        }
    }

    @Test
    void aQueryMayDeclareThePredeclaredPrefixesAgainOrOtherwise() {
        Query query = ArticleStore.parseQuery("PREFIX ng: <http://example.org/other#>\nPREFIX ex: <http://example.org/>\n"
                + "SELECT * { ?s ng:endorses ?o ; rdfs:label ?l }");
        assertEquals("http://example.org/other#", query.getPrefixMapping().getNsPrefixURI("ng"));
        assertEquals("http://www.w3.org/2000/01/rdf-schema#", query.getPrefixMapping().getNsPrefixURI("rdfs"));
        for (String prefix : List.of("ng", "rdf", "rdfs", "xsd", "skos", "schema", "prov", "nif", "itsrdf", "owl"))
            assertTrue(ArticleStore.prefixes().getNsPrefixURI(prefix) != null, prefix);
        assertEquals(NG.NS, ArticleStore.prefixes().getNsPrefixURI("ng"), "a query must not change the shared prefixes");
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        StoreQueryException e = assertThrows(StoreQueryException.class,
                () -> ArticleStore.parseQuery("SELECT ?s\nWHERE { ?s ng:endorses }"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("bad SPARQL: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void anUndeclaredPrefixIsASyntaxError() {
        StoreQueryException e = assertThrows(StoreQueryException.class,
                () -> ArticleStore.parseQuery("SELECT * { ?s foo:bar ?o }"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("foo:bar"), e.getMessage());
    }

    @Test
    void openingAMissingStoreForReadingCreatesNothing(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.openExisting(dir));
        assertEquals("no store at " + dir + ": run `newsgraph build` first", e.getMessage());
        assertFalse(Files.exists(dir));
    }

    @Test
    void aDirectoryOfOtherFilesIsNotTakenForAStore(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(tmp));
        assertEquals(tmp + " is not a TDB2 store (no Data-NNNN directory in it)", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("Data-0001")));
    }

    @Test
    void aStoreOnDiskKeepsItsArticlesAcrossOpenings(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        ResolvedArticle a = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(a, 0.5);
        }
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertTrue(store.isCurrent("a1", a.article().contentHash()));
            assertEquals(dir, store.location());
        }
    }
}
