package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;

/**
 * The office-holders graph sums up the holdsOffice statements of all articles, and office-holders.rq reads it:
 * one holding per person, office, status and dates, counting the articles, recomputed after every change.
 */
class OfficeHoldingSummaryTest {
    private static final Map<String, String> CURRENT = Map.of("officeStatus", "current");
    private static final Map<String, String> FORMER = Map.of("officeStatus", "former");

    @Test
    void theArticlesStatingAHoldingAreCountedOnOneNode() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a2", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a3", "Ann Lee", "Governor", FORMER), 0.5);
            store.replace(TestArticles.holding("a4", "Bob Cole", "Mayor", Map.of("officeStatus", "former",
                    "startDate", "2009", "endDate", "2017")), 0.5);
            store.deriveGraphs();
            assertEquals(List.of(
                    "Ann Lee|Governor|current|-|-|2",
                    "Ann Lee|Governor|former|-|-|1",
                    "Bob Cole|Mayor|former|2009|2017|1"), DerivedGraphs.rows(store, "office-holders.rq"));
            assertEquals(List.of(
                    "holding/ann-lee/governor/current",
                    "holding/ann-lee/governor/former",
                    "holding/bob-cole/mayor/former/from-2009/until-2017"), DerivedGraphs.subjects(store, NG.officeHoldersGraph(), NG.holder));
        }
    }

    @Test
    void differentDatesMakeDifferentHoldings() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Senator", Map.of("officeStatus", "current", "startDate", "2013")), 0.5);
            store.replace(TestArticles.holding("a2", "Ann Lee", "Senator", CURRENT), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("Ann Lee|Senator|current|-|-|1", "Ann Lee|Senator|current|2013|-|1"), DerivedGraphs.rows(store, "office-holders.rq"));
        }
    }

    @Test
    void removingArticlesRecomputesTheCountsAndDropsWhatNoArticleStates() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a2", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a3", "Bob Cole", "Mayor", CURRENT), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("a2", "a3"), store.remove(List.of("a2", "a3")));
            assertEquals(List.of("Ann Lee|Governor|current|-|-|1"), DerivedGraphs.rows(store, "office-holders.rq"));
            assertEquals(List.of("a1"), store.remove(List.of("a1")));
            assertEquals(List.of(), DerivedGraphs.rows(store, "office-holders.rq"));
            assertFalse(store.<Boolean>read(dsg -> dsg.containsGraph(NG.officeHoldersGraph())));
        }
    }

    @Test
    void aRebuiltArticleNoLongerCountsWhatItNoLongerStates() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.5);
            store.deriveGraphs();
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", FORMER), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("Ann Lee|Governor|former|-|-|1"), DerivedGraphs.rows(store, "office-holders.rq"));
        }
    }

    @Test
    void readerCommentsDoNotCount() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            Article thread = new Article("a1", "1. Eve Evans is Governor.", "1. Eve Evans is Governor.", "", null, null, null, "a1.txt");
            var comments = TestArticles.holding(thread, "Eve Evans", "Governor", CURRENT);
            store.replaceAll(List.of(new ArticleStore.Replacement(
                    TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), "hash", comments)), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("Ann Lee|Governor|current|-|-|1"), DerivedGraphs.rows(store, "office-holders.rq"));
        }
    }

    @Test
    void theUnionWithTheOfficeHoldersGraphPassesTheShapes() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a2", "Bob Cole", "Mayor", Map.of("officeStatus", "former", "endDate", "2017")), 0.5);
            store.deriveGraphs();
            Shapes shapes = DerivedGraphs.shapes();
            ValidationReport report = store.read(dsg -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
            // The shape does check holdings: one without its count fails.
            Graph damaged = DerivedGraphs.unionCopy(store);
            damaged.remove(Node.ANY, NG.articleCount, Node.ANY);
            assertFalse(ShaclValidator.get().validate(shapes, damaged).conforms());
        }
    }

    @Test
    void aHoldingBelowTheMinimumConfidenceIsNotStoredSoNotCounted() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.95);
            store.deriveGraphs();
            assertEquals(List.of(), DerivedGraphs.rows(store, "office-holders.rq"));
        }
    }
}
