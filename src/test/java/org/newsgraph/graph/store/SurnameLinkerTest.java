package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;

/** owl:sameAs from surname-only persons, in the links graph, recomputed from the articles after every change. */
class SurnameLinkerTest {
    private static final String P = NG.ID + "person/";

    /** The links graph as "from -> to" lines, person keys only. */
    private static Set<String> links(ArticleStore store) {
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            dsg.find(NG.linksGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                assertEquals(OWL.sameAs.asNode(), q.getPredicate());
                out.add(q.getSubject().getURI().substring(P.length()) + " -> " + q.getObject().getURI().substring(P.length()));
            });
            return out;
        });
    }

    @Test
    void aSurnameGoesToTheOnlyFullNameWithIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Trump", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("a2", "Donald Trump", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("a3", "Lee", "Bob Cole"), 0.5);
            store.deriveGraphs();
            assertEquals(Set.of("trump -> donald-trump", "lee -> ann-lee"), links(store));
            // The links are in the union default graph that queries see.
            assertEquals(Boolean.TRUE, store.read(dsg -> dsg.getUnionGraph().contains(
                    org.apache.jena.graph.NodeFactory.createURI(P + "trump"), OWL.sameAs.asNode(), Node.ANY)));
        }
    }

    @Test
    void aSurnameSharedByFullNamesLinksOnlyToOneThatDominates() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("b0", "Bush", "Ann Lee"), 0.5);
            for (int i = 1; i <= 9; i++)
                store.replace(TestArticles.endorsement("b" + i, "George Bush", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("j1", "Jeb Bush", "Ann Lee"), 0.5);
            store.deriveGraphs();
            // 9 of the 10 articles naming a full-name Bush name George Bush: 90%.
            assertEquals(Set.of("bush -> george-bush"), links(store));
            store.replace(TestArticles.endorsement("j2", "Jeb Bush", "Bob Cole"), 0.5);
            store.deriveGraphs();
            // 9 of 11 is not enough, and the old link goes.
            assertEquals(Set.of(), links(store));
        }
    }

    @Test
    void removingArticlesRecomputesTheLinks() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Trump", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("a2", "Donald Trump", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("a3", "Eric Trump", "Ann Lee"), 0.5);
            store.deriveGraphs();
            assertEquals(Set.of(), links(store));
            assertEquals(List.of("a3"), store.remove(List.of("a3")));
            assertEquals(Set.of("trump -> donald-trump"), links(store));
            assertEquals(List.of("a2"), store.remove(List.of("a2")));
            assertEquals(Set.of(), links(store));
            assertEquals(Boolean.FALSE, store.read(dsg -> dsg.containsGraph(NG.linksGraph())));
        }
    }

    @Test
    void countsAreArticlesNotMentions() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Trump", "Ann Lee"), 0.5);
            store.replace(TestArticles.endorsement("a2", "Donald Trump", "Eric Trump"), 0.5);
            store.deriveGraphs();
            // One article each: neither has 90% of them.
            boolean anyLink = store.read(dsg -> dsg.contains(NG.linksGraph(), Node.ANY, Node.ANY, Node.ANY));
            assertFalse(anyLink);
        }
    }

    @Test
    void aLoadThatBuiltSomethingEndsWithTheLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline A\n\nTrump endorsed Ann Lee.\n");
        Files.writeString(dir.resolve("b.txt"), "Headline B\n\nDonald Trump endorsed Bob Cole.\n");
        // Stands in for the NLP pipeline: "X endorsed Y." becomes that fact.
        ArticleLoader.Processing processing = (Article article) -> {
            String body = article.text().substring(article.headline().length()).strip();
            String[] names = body.replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        };
        try (ArticleStore store = ArticleStore.inMemory()) {
            new ArticleLoader(store, () -> processing, BuildOptions.builder().threads(1).build()).load(List.of(dir), new BuildListener() {});
            assertEquals(Set.of("trump -> donald-trump"), links(store));
        }
    }
}
