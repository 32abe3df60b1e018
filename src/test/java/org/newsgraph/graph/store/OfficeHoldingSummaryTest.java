package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
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

    /** The canned query's rows as "name|office|status|start|end|articles", unbound as "-", sorted. */
    private static List<String> officeHolders(ArticleStore store) throws IOException {
        var query = ArticleStore.parseQuery(Files.readString(Path.of("ontology", "queries", "office-holders.rq")));
        return store.query(query, 0, exec -> {
            ResultSet rs = exec.execSelect();
            TreeSet<String> rows = new TreeSet<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = row.get(v);
                    cells.add(n == null ? "-" : n.asNode().isLiteral() ? n.asNode().getLiteralLexicalForm() : n.asNode().getURI());
                }
                rows.add(String.join("|", cells));
            }
            return List.copyOf(rows);
        });
    }

    private static List<String> holdingIris(ArticleStore store) {
        return store.read(dsg -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find(NG.officeHoldersGraph(), Node.ANY, NG.holder, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI().substring(NG.ID.length())));
            return List.copyOf(out);
        });
    }

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
                    "Bob Cole|Mayor|former|2009|2017|1"), officeHolders(store));
            assertEquals(List.of(
                    "holding/ann-lee/governor/current",
                    "holding/ann-lee/governor/former",
                    "holding/bob-cole/mayor/former/from-2009/until-2017"), holdingIris(store));
        }
    }

    @Test
    void differentDatesMakeDifferentHoldings() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Senator", Map.of("officeStatus", "current", "startDate", "2013")), 0.5);
            store.replace(TestArticles.holding("a2", "Ann Lee", "Senator", CURRENT), 0.5);
            store.deriveGraphs();
            assertEquals(List.of("Ann Lee|Senator|current|-|-|1", "Ann Lee|Senator|current|2013|-|1"), officeHolders(store));
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
            assertEquals(List.of("Ann Lee|Governor|current|-|-|1"), officeHolders(store));
            assertEquals(List.of("a1"), store.remove(List.of("a1")));
            assertEquals(List.of(), officeHolders(store));
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
            assertEquals(List.of("Ann Lee|Governor|former|-|-|1"), officeHolders(store));
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
            assertEquals(List.of("Ann Lee|Governor|current|-|-|1"), officeHolders(store));
        }
    }

    @Test
    void theUnionWithTheOfficeHoldersGraphPassesTheShapes() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.5);
            store.replace(TestArticles.holding("a2", "Bob Cole", "Mayor", Map.of("officeStatus", "former", "endDate", "2017")), 0.5);
            store.deriveGraphs();
            Graph shapesGraph = GraphFactory.createDefaultGraph();
            RDFParser.source(Path.of("ontology", "shapes.ttl")).parse(shapesGraph);
            Shapes shapes = Shapes.parse(shapesGraph);
            ValidationReport report = store.read(dsg -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
            // The shape does check holdings: one without its count fails.
            Graph damaged = store.read(dsg -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
            damaged.remove(Node.ANY, NG.articleCount, Node.ANY);
            assertFalse(ShaclValidator.get().validate(shapes, damaged).conforms());
        }
    }

    @Test
    void aHoldingBelowTheMinimumConfidenceIsNotStoredSoNotCounted() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.holding("a1", "Ann Lee", "Governor", CURRENT), 0.95);
            store.deriveGraphs();
            assertEquals(List.of(), officeHolders(store));
        }
    }
}
