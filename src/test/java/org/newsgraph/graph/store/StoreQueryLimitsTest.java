package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queries that a timeout must stop whatever stage they are in, and strings a query must not be able to build. Each
 * test has a JUnit timeout ten times the query's own, in a thread of its own (a regular expression does not
 * answer an interrupt), so that a query that escapes its timeout fails the test instead of hanging the build.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoreQueryLimitsTest {
    /** A catastrophic pattern: on 40 a's and a '!', Java's regex engine backtracks for hours. */
    private static final String CATASTROPHIC = "\"" + "a".repeat(40) + "!\", \"(.*a){15}$\"";

    private static ArticleStore store;

    /** 100 one-fact articles: some thousands of triples, so that three-way cross products never end. */
    @BeforeAll
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    static void fill() {
        store = ArticleStore.inMemory();
        List<ArticleStore.Replacement> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            var a = TestArticles.endorsement("a" + i, "Alice Number" + i, "Bob Number" + (i + 1));
            all.add(new ArticleStore.Replacement(a, a.article().contentHash()));
        }
        store.replaceAll(all, 0.5);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The number of rows, or for ASK 1 for yes and 0 for no. */
    private static int select(String sparql, long timeoutSeconds) {
        Query query = ArticleStore.parseQuery(sparql);
        return store.query(query, timeoutSeconds,
                exec -> query.isAskType() ? (exec.execAsk() ? 1 : 0) : ResultSetFormatter.consume(exec.execSelect()));
    }

    private static StoreQueryException failing(String sparql) {
        return assertThrows(StoreQueryException.class, () -> select(sparql, 1));
    }

    @Test
    void aLargeOffsetIsCutOffWhileThePlanIsBuilt() {
        // Jena skips an OFFSET while it builds the plan, holding the lock its own timeout timer needs.
        StoreQueryException e = failing("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000");
        assertEquals("query timed out after 1 s", e.getMessage());
    }

    @Test
    void aCatastrophicRegexIsCutOffInPlanningAndInEvaluation() {
        // Two constants: Jena folds the REGEX while optimizing.
        assertEquals("query timed out after 1 s", failing("ASK { FILTER(regex(" + CATASTROPHIC + ")) }").getMessage());
        String perRow = "SELECT * { VALUES ?t { \"" + "a".repeat(40) + "!\" } FILTER(regex(?t, \"(.*a){15}$\")) }";
        assertEquals("query timed out after 1 s", failing(perRow).getMessage());
        String replace = "SELECT (REPLACE(?t, \"(.*a){15}$\", \"x\") AS ?r) { VALUES ?t { \"" + "a".repeat(40) + "!\" } }";
        assertEquals("query timed out after 1 s", failing(replace).getMessage());
        assertEquals("query timed out after 1 s",
                failing("ASK { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(" + CATASTROPHIC + ")) }").getMessage());
    }

    @Test
    void ordinaryRegexAndReplaceStillAnswerAsJenaDoes() {
        assertEquals(100, select("SELECT ?l { ?p rdfs:label ?l FILTER(regex(?l, '^alice', 'i')) }", 10));
        assertEquals(1, select("SELECT ?r { BIND(REPLACE('Alice Adams', 'a', 'o', 'i') AS ?r) FILTER(?r = 'olice odoms') }", 10));
        assertEquals(1, select("SELECT ?r { BIND(REPLACE('abc', 'x*', '-') AS ?r) FILTER(?r = '-abc') }", 10));
        assertEquals(1, select("SELECT ?r { BIND(REPLACE('chat'@fr, 'a', 'e') AS ?r) FILTER(?r = 'chet'@fr) }", 10));
        assertEquals(1, select("SELECT ?g { { SELECT (GROUP_CONCAT(?x; separator='+') AS ?g) { VALUES ?x { 'a' 'b' } } }"
                + " FILTER(?g = 'a+b' || ?g = 'b+a') }", 10));
        assertEquals(1, select("SELECT ?g { { SELECT (GROUP_CONCAT(DISTINCT ?x) AS ?g) { VALUES ?x { 'a' 'a' } } }"
                + " FILTER(?g = 'a') }", 10));
    }

    @Test
    void aGroupConcatOverACrossJoinStopsAtTheLongestString() {
        StoreQueryException e = failing("SELECT (GROUP_CONCAT(STR(?a)) AS ?all) { ?a ?b ?c . ?d ?e ?f }");
        assertTrue(e.getMessage().contains("GROUP_CONCAT would build a string of more than 1,000,000 characters"),
                e.getMessage());
    }

    @Test
    void doublingStringsStopAtTheLongestString() {
        StringBuilder query = new StringBuilder("SELECT ?v40 { BIND('0123456789' AS ?v0) ");
        for (int i = 1; i <= 40; i++)
            query.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
        StoreQueryException concat = failing(query.append("}").toString());
        assertTrue(concat.getMessage().contains("CONCAT would build a string of more than"), concat.getMessage());
        StoreQueryException replace = failing("SELECT ?r { BIND(REPLACE('" + "a".repeat(2000) + "', 'a', '"
                + "b".repeat(2000) + "') AS ?r) }");
        assertTrue(replace.getMessage().contains("REPLACE would build a string of more than"), replace.getMessage());
    }
}
