package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;

/**
 * The candidacies graph sums up the candidateIn facts of all articles, with the party each article gives, and
 * races.rq reads it beside the races' facets: one candidacy per person, race and party, counting the articles.
 */
class CandidacySummaryTest {
    @Test
    void eachCandidacyIsOneNodeCountingItsArticlesWithThePartyTheyGive() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.candidacy("a1", "Ann Lee", "Ohio Senate race", "Republican Party"), 0.5);
            store.replace(TestArticles.candidacy("a2", "Ann Lee", "Ohio Senate race", "Republican Party"), 0.5);
            store.replace(TestArticles.candidacy("a3", "Ann Lee", "Ohio Senate race", null), 0.5);
            store.replace(TestArticles.candidacy("a4", "Bob Cole", "Ohio Senate race", "Democratic Party"), 0.5);
            store.replace(TestArticles.candidacy("a5", "Cy Dunn", "Iowa House race", null), 0.5);
            store.deriveGraphs();
            assertEquals(List.of(
                    "Iowa House race|-|-|Cy Dunn|-|1",
                    "Ohio Senate race|-|-|Ann Lee|-|1",
                    "Ohio Senate race|-|-|Ann Lee|Republican Party|2",
                    "Ohio Senate race|-|-|Bob Cole|Democratic Party|1"), DerivedGraphs.rows(store, "races.rq"));
            assertEquals(List.of(
                    "candidacy/ann-lee/ohio-senate-race",
                    "candidacy/ann-lee/ohio-senate-race/republican-party",
                    "candidacy/bob-cole/ohio-senate-race/democratic-party",
                    "candidacy/cy-dunn/iowa-house-race"), DerivedGraphs.subjects(store, NG.candidaciesGraph(), NG.candidate));
        }
    }

    @Test
    void removingArticlesRecomputesTheCandidaciesButTheRaceStaysWhileAnArticleNamesIt() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.candidacy("a1", "Ann Lee", "Ohio Senate race", null), 0.5);
            store.replace(TestArticles.candidacy("a2", "Ann Lee", "Ohio Senate race", null), 0.5);
            store.replace(TestArticles.candidacy("a3", "Bob Cole", "Iowa House race", null), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("a2", "a3"), store.remove(List.of("a2", "a3")));
            assertEquals(List.of("Ohio Senate race|-|-|Ann Lee|-|1"), DerivedGraphs.rows(store, "races.rq"));
            assertEquals(List.of("a1"), store.remove(List.of("a1")));
            assertEquals(List.of(), DerivedGraphs.rows(store, "races.rq"));
            assertFalse(store.<Boolean>read(dsg -> dsg.containsGraph(NG.candidaciesGraph())));
        }
    }

    @Test
    void theUnionWithTheCandidaciesGraphPassesTheShapes() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.candidacy("a1", "Ann Lee", "Ohio Senate race", "Republican Party"), 0.5);
            store.replace(TestArticles.candidacy("a2", "Bob Cole", "Ohio Senate race", null), 0.5);
            store.deriveGraphs();
            Shapes shapes = DerivedGraphs.shapes();
            var report = store.read(dsg -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
            Graph damaged = DerivedGraphs.unionCopy(store);
            damaged.remove(Node.ANY, NG.candidateName, Node.ANY);
            assertFalse(ShaclValidator.get().validate(shapes, damaged).conforms());
        }
    }
}
