package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.ArticleGraphException;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/** Reader comments in the store: written with the article only when asked for, replaced and removed with it. */
class ReaderCommentsStoreTest {
    private static final Node DAN = NodeFactory.createURI(NG.ID + "person/dan-dorsey");
    private static final Node EVE = NodeFactory.createURI(NG.ID + "person/eve-evans");

    @TempDir
    Path dir;

    private final AtomicInteger commentsAsked = new AtomicInteger();

    @BeforeEach
    void writeInputs() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline A\n\nAlice Adams endorsed Bob Brown.\n");
        Files.writeString(dir.resolve("c.txt"), "Headline C\n\nBob Brown endorsed Carol Clark.\n");
    }

    /** Stands in for the NLP pipeline: "X endorsed Y." becomes that fact; article "a" has a comment, "c" none. */
    private ArticleLoader.Processing fakeProcessing() {
        return new ArticleLoader.Processing() {
            @Override
            public ResolvedArticle process(Article article) {
                String[] names = article.text().substring(article.headline().length()).strip()
                        .replace(".", "").split(" endorsed ");
                return TestArticles.endorsement(article, names[0], names[1], 0.9);
            }

            @Override
            public Optional<ResolvedArticle> processComments(Article article) {
                commentsAsked.incrementAndGet();
                return article.id().equals("a") ? Optional.of(comments("a")) : Optional.empty();
            }
        };
    }

    /** What the comments of an article say: "Dan Dorsey endorsed Eve Evans.", offsets in the comments text. */
    private static ResolvedArticle comments(String articleId) {
        Article thread = new Article(articleId, "1. Dan Dorsey endorsed Eve Evans.", "1. Dan Dorsey endorsed Eve Evans.",
                "", null, null, null, articleId + ".txt");
        return TestArticles.endorsement(thread, "Dan Dorsey", "Eve Evans", 0.9);
    }

    private BuildSummary load(ArticleStore store, boolean comments) {
        return new ArticleLoader(store, this::fakeProcessing,
                BuildOptions.builder().threads(2).comments(comments).build()).load(List.of(dir), new BuildListener() {});
    }

    /** The article and comments graphs: the store's own graphs (the reference table, the derived graphs) left out. */
    private static Set<Node> graphs(ArticleStore store) {
        return store.read(dsg -> {
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            graphs.removeAll(NG.storeGraphs());
            return Set.copyOf(graphs);
        });
    }

    private static boolean has(ArticleStore store, Node g, Node s, Node p, Node o) {
        return store.read(dsg -> dsg.contains(g, s, p, o));
    }

    @Test
    void withCommentsTheirGraphIsStoredMarkedBesideTheArticle() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertTrue(load(store, true).succeeded());
            Node a = NG.articleGraph("a");
            Node ac = NG.commentsGraph("a");
            assertEquals(Set.of(a, ac, NG.articleGraph("c")), graphs(store));
            assertTrue(has(store, ac, ac, RDF.Nodes.type, NG.ReaderComments));
            assertTrue(has(store, ac, ac, NG.commentsOn, a));
            assertTrue(has(store, ac, DAN, NG.endorses, EVE));
            // The article graph holds the article alone; the comments graph nothing of the article's own.
            assertFalse(has(store, a, DAN, Node.ANY, Node.ANY));
            assertFalse(has(store, a, Node.ANY, Node.ANY, EVE));
            assertFalse(has(store, ac, ac, NG.contentHash, Node.ANY));
            assertTrue(has(store, a, a, NG.contentHash, Node.ANY));
        }
    }

    @Test
    void withoutCommentsNoneAreReadOrStored() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertTrue(load(store, false).succeeded());
            assertEquals(0, commentsAsked.get());
            assertEquals(Set.of(NG.articleGraph("a"), NG.articleGraph("c")), graphs(store));
            assertFalse(has(store, Node.ANY, Node.ANY, RDF.Nodes.type, NG.ReaderComments));
            assertFalse(has(store, Node.ANY, DAN, Node.ANY, Node.ANY));
        }
    }

    @Test
    void removingAnArticleRemovesItsComments() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            load(store, true);
            assertEquals(List.of("a"), store.remove(List.of("a")));
            assertEquals(Set.of(NG.articleGraph("c")), graphs(store));
            assertFalse(has(store, Node.ANY, DAN, Node.ANY, Node.ANY));
            assertFalse(has(store, Node.ANY, Node.ANY, Node.ANY, EVE));
        }
    }

    @Test
    void replacingAnArticleReplacesItsComments() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            load(store, true);
            ResolvedArticle a = TestArticles.endorsement("a", "Alice Adams", "Bob Brown");
            store.replaceAll(List.of(new ArticleStore.Replacement(a, "hash-2")), 0.5);
            assertFalse(graphs(store).contains(NG.commentsGraph("a")), "stale comments are gone");
            store.replaceAll(List.of(new ArticleStore.Replacement(a, "hash-3", comments("a"))), 0.5);
            assertTrue(has(store, NG.commentsGraph("a"), DAN, NG.endorses, EVE));
        }
    }

    @Test
    void articleAndCommentsAreWrittenAllOrNothing() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            ResolvedArticle a = TestArticles.endorsement("a", "Alice Adams", "Bob Brown");
            ResolvedArticle good = comments("a");
            // Evidence that is not in the comments text: the comments cannot be written.
            ResolvedFact f = good.facts().get(0);
            ResolvedArticle bad = new ResolvedArticle(good.article(), good.entities(), List.of(new ResolvedFact(
                    f.subject(), Relation.ENDORSES, f.object(), new Evidence(0, "Not there.", 0, 10), 0.9, Map.of())), 1, 4);
            assertThrows(ArticleGraphException.class,
                    () -> store.replaceAll(List.of(new ArticleStore.Replacement(a, "hash", bad)), 0.5));
            assertEquals(Set.of(), graphs(store), "neither the article nor its comments were stored");
            assertThrows(IllegalArgumentException.class, () -> new ArticleStore.Replacement(a, "hash", comments("b")));
        }
    }
}
