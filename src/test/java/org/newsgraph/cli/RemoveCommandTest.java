package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;



import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

/** {@code newsgraph remove}: by id and by IRI, unknown articles, and what a removal leaves. */
class RemoveCommandTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** Articles a1 (Alice endorses Bob), "b 2+" (Bob endorses Carol, an id the IRI must encode) and a3 (Dan endorses Alice). */
    private Path store() {
        return TestArticles.store(tmp.resolve("store"),
                TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"),
                TestArticles.endorsement("b 2+", "Bob Brown", "Carol Clark"),
                TestArticles.endorsement("a3", "Dan Dorsey", "Alice Adams"));
    }

    private static List<Node> graphs(Path dir) {
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            return store.read(dsg -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                // The article graphs: the store's own graphs (the reference table, the derived graphs) left out.
                graphs.removeAll(NG.storeGraphs());
                return graphs;
            });
        }
    }

    private static long labels(Path dir, String label) {
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            return store.query(ArticleStore.parseQuery("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e rdfs:label \"" + label + "\" }"),
                    10, exec -> exec.execSelect().next().getLiteral("n").getLong());
        }
    }

    @Test
    void removesByIdAndTheEntitiesNoOtherArticleMentions() {
        Path dir = store();
        assertEquals(0, Main.run("remove", "a1", "--store", dir.toString()));
        assertEquals("", console.err());
        assertEquals("removed 1 article; `newsgraph export` writes the graph files anew\n", console.out());
        assertFalse(graphs(dir).contains(NG.articleGraph("a1")));
        assertEquals(2, graphs(dir).size());
        assertEquals(1, labels(dir, "Alice Adams"), "a3 still mentions Alice");
        assertEquals(1, labels(dir, "Bob Brown"), "b 2+ still mentions Bob");
        assertEquals(0, Main.run("remove", "a3", "--store", dir.toString(), "-q"));
        assertEquals(0, labels(dir, "Alice Adams"));
        assertEquals(0, labels(dir, "Dan Dorsey"));
    }

    @Test
    void removesByIriWithTheIdDecoded() {
        Path dir = store();
        String iri = NG.articleGraph("b 2+").getURI();
        assertTrue(iri.endsWith("/b%202%2B"), iri);
        assertEquals(0, Main.run("remove", iri, "--store", dir.toString(), "-q"));
        assertEquals(List.of(NG.articleGraph("a1"), NG.articleGraph("a3")),
                graphs(dir).stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList());
        assertEquals(0, labels(dir, "Carol Clark"));
    }

    @Test
    void anUnknownArticleIsOneErrorLineAndExitOneAndChangesNothing() {
        Path dir = store();
        assertEquals(1, Main.run("remove", "nope", "--store", dir.toString()));
        assertEquals("newsgraph: remove: nope: no such article in " + dir + "\n", console.err());
        assertEquals(3, graphs(dir).size());
    }

    @Test
    void knownArticlesGoEvenWhenAnotherIsUnknown() {
        Path dir = store();
        assertEquals(1, Main.run("remove", "a1", "nope", "--store", dir.toString(), "-q"));
        assertEquals("newsgraph: remove: nope: no such article in " + dir + "\n", console.err());
        assertEquals(2, graphs(dir).size());
        assertFalse(graphs(dir).contains(NG.articleGraph("a1")));
    }

    @Test
    void noArticleOrANonArticleIriIsAUsageError() {
        Path dir = store();
        assertEquals(2, Main.run("remove", "--store", dir.toString()));
        assertTrue(console.err().startsWith("newsgraph: remove: no article given: pass article ids or IRIs"), console.err());
        console.reset();
        assertEquals(2, Main.run("remove", NG.ARTICLE_BASE + "a1/fact/x", "--store", dir.toString()));
        assertTrue(console.err().startsWith("newsgraph: remove: '" + NG.ARTICLE_BASE + "a1/fact/x' is not an article IRI"), console.err());
        assertEquals(3, graphs(dir).size());
    }

    @Test
    void aMissingStoreIsReportedAndNotCreated() {
        Path missing = tmp.resolve("none");
        assertEquals(1, Main.run("remove", "a1", "--store", missing.toString()));
        assertEquals("newsgraph: remove: no store at " + missing + ": run `newsgraph build` first\n", console.err());
        assertFalse(missing.toFile().exists());
    }

    @Test
    void anArticleIsNamedByTheIdItWasGivenAndACloseMissIsPointedOut() {
        Path dir = tmp.resolve("given");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(TestArticles.endorsement("yNbrjkyShbeGTsW7", "Alice Adams", "Bob Brown"), 0.5);
            store.replace(TestArticles.endorsement("Same ID", "Carol Clark", "Dan Dorsey"), 0.5);
            store.deriveGraphs();
        }
        // The id as a user saw it in the data set, lowered as earlier versions stored it, or mistyped.
        assertEquals(1, Main.run("remove", "ynbrjkyshbegtsw7", "--store", dir.toString()));
        assertEquals("newsgraph: remove: ynbrjkyshbegtsw7: no such article in " + dir + " (did you mean 'yNbrjkyShbeGTsW7'?)\n",
                console.err());
        console.reset();
        assertEquals(0, Main.run("export", "--graph", "Same ID", "--format", "nquads", "--out", tmp.resolve("s.nq").toString(),
                "--store", dir.toString()), console.err());
        console.reset();
        assertEquals(1, Main.run("export", "--graph", "same-id", "--store", dir.toString()));
        assertTrue(console.err().contains("; did you mean 'Same ID'?"), console.err());
        console.reset();
        assertEquals(0, Main.run("remove", "yNbrjkyShbeGTsW7", "Same ID", "--store", dir.toString()), console.err());
        assertEquals(List.of(), graphs(dir));
    }
}
