package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;

/**
 * The candidacies graph sums up the candidateIn facts of all articles, with the party each article gives, and
 * races.rq reads it beside the races' facets: one candidacy per person, race and party, counting the articles.
 */
class CandidacySummaryTest {
    /** races.rq's rows as "race|year|stage|candidate|party|articles", unbound as "-", sorted. */
    private static List<String> races(ArticleStore store) throws IOException {
        var query = ArticleStore.parseQuery(Files.readString(Path.of("ontology", "queries", "races.rq")));
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

    private static List<String> candidacyIris(ArticleStore store) {
        return store.read(dsg -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find(NG.candidaciesGraph(), Node.ANY, NG.candidate, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI().substring(NG.ID.length())));
            return List.copyOf(out);
        });
    }

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
                    "Ohio Senate race|-|-|Bob Cole|Democratic Party|1"), races(store));
            assertEquals(List.of(
                    "candidacy/ann-lee/ohio-senate-race",
                    "candidacy/ann-lee/ohio-senate-race/republican-party",
                    "candidacy/bob-cole/ohio-senate-race/democratic-party",
                    "candidacy/cy-dunn/iowa-house-race"), candidacyIris(store));
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
            assertEquals(List.of("Ohio Senate race|-|-|Ann Lee|-|1"), races(store));
            assertEquals(List.of("a1"), store.remove(List.of("a1")));
            assertEquals(List.of(), races(store));
            assertFalse(store.<Boolean>read(dsg -> dsg.containsGraph(NG.candidaciesGraph())));
        }
    }

    @Test
    void theUnionWithTheCandidaciesGraphPassesTheShapes() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.candidacy("a1", "Ann Lee", "Ohio Senate race", "Republican Party"), 0.5);
            store.replace(TestArticles.candidacy("a2", "Bob Cole", "Ohio Senate race", null), 0.5);
            store.deriveGraphs();
            Graph shapesGraph = GraphFactory.createDefaultGraph();
            RDFParser.source(Path.of("ontology", "shapes.ttl")).parse(shapesGraph);
            Shapes shapes = Shapes.parse(shapesGraph);
            var report = store.read(dsg -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
            Graph damaged = store.read(dsg -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
            damaged.remove(Node.ANY, NG.candidateName, Node.ANY);
            assertFalse(ShaclValidator.get().validate(shapes, damaged).conforms());
        }
    }
}
