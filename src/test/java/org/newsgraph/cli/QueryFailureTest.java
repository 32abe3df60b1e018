package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;



import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;



import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

/** {@code newsgraph query} that cannot answer: one clear line, exit 1, and the store as it was. */
class QueryFailureTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** 300 one-fact articles: some thousands of triples, so that a three-way cross product never ends. */
    private Path store() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            List<ArticleStore.Replacement> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                var a = TestArticles.endorsement("a" + i, "Alice Number" + i, "Bob Number" + (i + 1));
                all.add(new ArticleStore.Replacement(a, a.article().contentHash()));
            }
            store.replaceAll(all, 0.5);
        }
        return dir;
    }

    @Test
    void aQueryThatWouldRunForeverTimesOutWithOneLine() {
        Path store = store();
        String forever = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        assertEquals(1, Main.run("query", forever, "--timeout", "1", "--store", store.toString()));
        assertEquals("newsgraph: query: query timed out after 1 s\n", console.err());
        assertEquals("", console.out(), "no partial result");
        // The store is released and intact: the next query answers.
        console.reset();
        assertEquals(0, Main.run("query", "SELECT (COUNT(*) AS ?n) { ?a ng:endorses ?b }", "--format", "csv",
                "--store", store.toString()));
        assertEquals("n\r\n300\r\n", console.out());
        assertEquals("", console.err());
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnAndTouchesNoStore() {
        Path missing = tmp.resolve("no-store");
        assertEquals(1, Main.run("query", "SELECT ?s\nWHERE { ?s ng:endorses ?o", "--store", missing.toString()));
        String message = console.err();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("newsgraph: query: bad SPARQL: "), message);
        assertTrue(message.contains("line 2, column"), message);
        assertTrue(!missing.toFile().exists(), "the query is checked before the store is opened");
    }

    @Test
    void aFileNameGivenAsTheQueryPointsToFile() {
        assertEquals(2, Main.run("query", "ontology/queries/endorsements.rq"));
        assertEquals("newsgraph: query: 'ontology/queries/endorsements.rq' is a file name, not SPARQL: use --file "
                + "ontology/queries/endorsements.rq (see `newsgraph query --help`)\n", console.err());
    }

    @Test
    void aLexicalErrorSaysWhereOnce() {
        assertEquals(1, Main.run("query", "SELECT ?s { ?s ng:x \"open }", "--store", tmp.resolve("none").toString()));
        String message = console.err();
        assertTrue(message.startsWith("newsgraph: query: bad SPARQL: Lexical error at line 1, column"), message);
        assertFalse(message.contains("line 0"), message);
    }
}
