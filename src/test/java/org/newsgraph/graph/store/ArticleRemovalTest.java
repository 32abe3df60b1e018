package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.ResolvedArticle;

/** Removing articles, and replacing a changed one: what goes, what stays, and that nothing stale is left. */
class ArticleRemovalTest {
    private static final Node ALICE = NodeFactory.createURI(NG.ID + "person/alice-adams");
    private static final Node BOB = NodeFactory.createURI(NG.ID + "person/bob-brown");
    private static final Node CAROL = NodeFactory.createURI(NG.ID + "person/carol-clark");
    private static final Node DAN = NodeFactory.createURI(NG.ID + "person/dan-dorsey");

    /** a1: Alice endorsed Bob; a2: Bob endorsed Carol; a3: Dan endorsed Alice. */
    private static ArticleStore threeArticles() {
        ArticleStore store = ArticleStore.inMemory();
        store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
        store.replace(TestArticles.endorsement("a2", "Bob Brown", "Carol Clark"), 0.5);
        store.replace(TestArticles.endorsement("a3", "Dan Dorsey", "Alice Adams"), 0.5);
        // As a build leaves it: with the graphs derived from all articles.
        store.deriveGraphs();
        return store;
    }

    private static DatasetGraph graphOf(ArticleStore store, String articleId) {
        Node graph = NG.articleGraph(articleId);
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Whether the entity is still a node of the union graph, in any position. */
    private static boolean known(ArticleStore store, Node entity) {
        return store.read(dsg -> dsg.getUnionGraph().contains(entity, Node.ANY, Node.ANY)
                || dsg.getUnionGraph().contains(Node.ANY, Node.ANY, entity));
    }

    /** The article graphs: the store's own graphs (the reference table, the derived graphs) left out. */
    private static List<Node> graphs(ArticleStore store) {
        return store.read(dsg -> {
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            graphs.removeAll(NG.storeGraphs());
            return graphs;
        });
    }

    @Test
    void removingAnArticleTakesItsGraphAndTheEntitiesOnlyItMentioned() {
        try (ArticleStore store = threeArticles()) {
            DatasetGraph a1 = graphOf(store, "a1");
            DatasetGraph a3 = graphOf(store, "a3");
            assertEquals(List.of("a2"), store.remove(List.of("a2")));

            assertFalse(graphs(store).contains(NG.articleGraph("a2")));
            assertFalse(known(store, CAROL), "Carol was mentioned by a2 alone");
            assertFalse(known(store, NG.articleGraph("a2")), "no statement, sentence or article node of a2 is left");
            assertFalse(store.<Boolean>read(dsg -> dsg.getUnionGraph().contains(BOB, NG.endorses, CAROL)));
            // Bob was mentioned by a1 too, so he stays, with his label; the other graphs are untouched.
            assertTrue(known(store, BOB));
            assertTrue(store.<Boolean>read(dsg -> dsg.getUnionGraph().contains(BOB, RDF.type.asNode(), NG.Person)));
            assertTrue(IsoMatcher.isomorphic(a1, graphOf(store, "a1")));
            assertTrue(IsoMatcher.isomorphic(a3, graphOf(store, "a3")));
            assertFalse(store.isCurrent("a2", TestArticles.endorsement("a2", "Bob Brown", "Carol Clark").article().contentHash()),
                    "a removed article is built again by the next build");
        }
    }

    @Test
    void anEntityMentionedByTwoArticlesGoesOnlyWithTheSecond() {
        try (ArticleStore store = threeArticles()) {
            store.remove(List.of("a1"));
            assertTrue(known(store, ALICE), "a3 still mentions Alice");
            assertTrue(known(store, BOB), "a2 still mentions Bob");
            store.remove(List.of("a3"));
            assertFalse(known(store, ALICE));
            assertFalse(known(store, DAN));
            assertTrue(known(store, BOB));
        }
    }

    @Test
    void unknownIdsAreReportedByLeavingThemOutAndChangeNothing() {
        try (ArticleStore store = threeArticles()) {
            long before = store.<Long>read(dsg -> dsg.stream().count());
            assertEquals(List.of(), store.remove(List.of("nope")));
            assertEquals(before, store.<Long>read(dsg -> dsg.stream().count()));
            // Known ones go even when others are unknown; a repeated id counts once.
            assertEquals(List.of("a3", "a1"), store.remove(List.of("a3", "nope", "a1", "a3")));
            assertEquals(List.of(NG.articleGraph("a2")), graphs(store));
        }
    }

    @Test
    void nothingOutsideTheArticleGraphsHoldsAnEntity() {
        // Removal relies on this: entities live in article graphs only. The default graph holds the store's index of
        // what the derived graphs were derived from, which a removal brings up to date with them.
        try (ArticleStore store = threeArticles()) {
            assertEquals(0L, store.<Long>read(dsg -> dsg.stream(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)
                    .filter(q -> !q.getPredicate().getURI().startsWith(NG.ID + "store/derivation#")).count()));
            store.remove(List.of("a1", "a2", "a3"));
            assertEquals(Boolean.TRUE, store.read(DatasetGraph::isEmpty), "removing every article leaves nothing behind");
        }
    }

    @Test
    void aChangedArticleLeavesNoStaleFactStatementOrEntity() {
        ResolvedArticle changed = TestArticles.endorsement("a2", "Bob Brown", "Dan Dorsey");
        try (ArticleStore store = threeArticles(); ArticleStore fresh = ArticleStore.inMemory()) {
            store.replace(changed, 0.5);
            fresh.replace(changed, 0.5);
            // The replaced graph is exactly what a store that never saw the old version holds for it.
            assertTrue(IsoMatcher.isomorphic(graphOf(fresh, "a2"), graphOf(store, "a2")));
            assertFalse(known(store, CAROL), "the old object of a2 is gone with its statement and label");
        }
    }
}
