package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

/** {@code newsgraph query}: warnings about terms the graph never has, and the optional row cap. */
class QueryCommandTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private String store() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (int i = 0; i < 5; i++)
                store.replace(TestArticles.endorsement("a" + i, "Alice Number" + i, "Bob Brown"), 0.5);
            // As a build leaves it: with the graphs derived from all articles.
            store.deriveGraphs();
        }
        return dir.toString();
    }

    @Test
    void anUnknownOntologyTermIsAWarningWithTheNearestTermAndTheQueryStillRuns() {
        String store = store();
        assertEquals(0, Main.run("query", "SELECT ?a WHERE { ?a ng:endorse ?b }", "--format", "csv", "--store", store));
        assertEquals("newsgraph: query: warning: ng:endorse is not in the newsgraph ontology; did you mean ng:endorses?\n",
                console.err());
        assertEquals("a\r\n", console.out(), "the query ran as written");

        console.reset();
        assertEquals(0, Main.run("query", "SELECT ?h WHERE { ?a schema:headlin ?h . FILTER(?a != ng:Persn) }", "--format", "csv",
                "--store", store));
        assertEquals("newsgraph: query: warning: schema:headlin is not used by newsgraph; did you mean schema:headline?\n"
                + "newsgraph: query: warning: ng:Persn is not in the newsgraph ontology; did you mean ng:Person?\n", console.err());

        console.reset();
        assertEquals(0, Main.run("query", "SELECT ?a WHERE { ?a ng:endorses/ng:memberOf ?p ; ng:quuxFrobnicates ?x }",
                "--format", "csv", "--store", store));
        assertEquals("newsgraph: query: warning: ng:quuxFrobnicates is not in the newsgraph ontology\n", console.err(),
                "no suggestion when nothing is close");
    }

    @Test
    void knownTermsGiveNoWarning() {
        String store = store();
        assertEquals(0, Main.run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Person ; rdfs:label ?l . ?st rdf:subject ?s ;"
                + " itsrdf:taConfidence ?c ; ng:evidence/nif:anchorOf ?t . ?g schema:headline ?h ; prov:wasDerivedFrom* ?x }",
                "--format", "csv", "--store", store));
        assertEquals("", console.err());
    }

    @Test
    void aRowCapCutsAndSaysSoOnlyWhenRowsWereCut() {
        String store = store();
        String all = "SELECT ?a WHERE { ?a ng:endorses ?b } ORDER BY ?a";
        assertEquals(0, Main.run("query", all, "--format", "csv", "--result-limit", "2", "--store", store));
        assertEquals("a\r\nhttps://w3id.org/newsgraph/id/person/alice-number0\r\nhttps://w3id.org/newsgraph/id/person/alice-number1\r\n",
                console.out());
        assertEquals("newsgraph: query: results cut at 2 rows (--result-limit 2); raise it, or page with LIMIT and OFFSET\n",
                console.err());

        console.reset();
        assertEquals(0, Main.run("query", all, "--format", "csv", "--result-limit", "5", "--store", store));
        assertEquals(6, console.out().split("\r\n").length);
        assertEquals("", console.err(), "exactly as many rows as the cap: nothing cut");

        console.reset();
        assertEquals(0, Main.run("query", all + " LIMIT 2", "--format", "csv", "--result-limit", "2", "--store", store));
        assertEquals("", console.err(), "the query's own LIMIT is no cut");
    }
}
