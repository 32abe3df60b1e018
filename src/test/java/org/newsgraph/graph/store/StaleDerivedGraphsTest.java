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

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;

/**
 * A build that dies after its articles are committed but before the graphs derived from all of them are (kill -9
 * while deriving): the store knows they are stale, and the next command that writes derives them again and says so.
 */
class StaleDerivedGraphsTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void notice(String message) {
            notices.add(message);
        }
    };

    /** Stands in for the NLP pipeline: "X endorsed Y." becomes that fact. */
    private static ArticleLoader.Processing fakeProcessing() {
        return article -> {
            String body = article.text().substring(article.headline().length()).strip();
            String[] names = body.replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        };
    }

    private ArticleLoader loader(ArticleSink sink) {
        return new ArticleLoader(sink, StaleDerivedGraphsTest::fakeProcessing, BuildOptions.builder().threads(1).build());
    }

    /** A person known by surname only ("Brown"), whom who is who puts on the node of "Bob Brown". */
    @BeforeEach
    void writeInputs() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline A\n\nAlice Adams endorsed Bob Brown.\n");
        Files.writeString(dir.resolve("b.txt"), "Headline B\n\nCarol Clark endorsed Brown.\n");
    }

    private static long merges(ArticleStore store) {
        return store.read(dsg -> dsg.stream(NG.mergesGraph(), Node.ANY, NG.mergedInto, Node.ANY).count());
    }

    /** Whether who is who put article b's "Brown" on Bob Brown's node. */
    private static boolean brownIsBobBrown(ArticleStore store) {
        Node bob = NodeFactory.createURI(NG.ID + "person/bob-brown");
        return store.read(dsg -> dsg.contains(NG.articleGraph("b"), bob, NG.localKey, Node.ANY));
    }

    /** The store, but the process dies while it derives the cross-article graphs. */
    private static ArticleSink dyingWhileDeriving(ArticleStore store) {
        return new ArticleSink() {
            @Override
            public boolean isCurrent(String articleId, String contentHash) {
                return store.isCurrent(articleId, contentHash);
            }

            @Override
            public void replaceAll(List<ArticleStore.Replacement> replacements, double minConfidence) {
                store.replaceAll(replacements, minConfidence);
            }

            @Override
            public void deriveGraphs(boolean whole) {
                throw new IllegalStateException("killed");
            }
        };
    }

    @Test
    void theNextBuildDerivesWhatAKilledBuildLeftUndone() {
        Path storeDir = dir.resolve("store");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            assertThrows(IllegalStateException.class, () -> loader(dyingWhileDeriving(store)).load(List.of(dir.resolve("a.txt"),
                    dir.resolve("b.txt")), listener));
            assertEquals(0, merges(store), "the articles are committed, their derived graphs are not");
            assertFalse(brownIsBobBrown(store), "nor who is who among them");
            assertTrue(store.derivedGraphsStale());
        }
        try (ArticleStore store = ArticleStore.openExisting(storeDir)) {
            BuildSummary rerun = loader(store).load(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), listener);
            assertEquals(0, rerun.built(), "every article was committed before the kill");
            assertEquals(2, rerun.unchanged());
            assertEquals(1, merges(store), "derived again all the same");
            assertTrue(brownIsBobBrown(store), "who is who included");
            assertFalse(store.derivedGraphsStale());
            assertEquals(List.of("the graphs derived from all articles were left stale by an interrupted run: deriving them again"),
                    notices);
            // Nothing of the marker, nor of the graphs it was about, is left.
            assertEquals(Set.of(), store.read(DerivationIndex::pendingGraphs));
        }
    }

    @Test
    void removingNothingStillDerivesStaleGraphs() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            assertThrows(IllegalStateException.class, () -> loader(dyingWhileDeriving(store)).load(List.of(dir.resolve("a.txt"),
                    dir.resolve("b.txt")), listener));
            assertEquals(List.of(), store.remove(List.of("no-such-article")));
            assertEquals(1, merges(store));
            assertTrue(brownIsBobBrown(store));
            assertFalse(store.derivedGraphsStale());
        }
    }

    @Test
    void aBuildThatFinishesLeavesNothingStale() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            loader(store).load(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), listener);
            assertFalse(store.derivedGraphsStale());
            assertEquals(List.of(), notices);
            assertEquals(Set.of(), store.read(DerivationIndex::pendingGraphs));
        }
    }
}
