package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graph.SampleArticle.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canned queries of ontology/queries over two written articles, with the union of their graphs as default graph. */
class QueriesTest {
    private static final Path DIR = Path.of("ontology", "queries");
    private static final String A1 = NG.articleGraph(ARTICLE.id()).getURI();
    private static final String A2 = NG.articleGraph(ARTICLE_2.id()).getURI();
    private static final String NS = NG.NS;
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            ArticleGraphWriter.write(resolved(), 0.5, StreamRDFLib.dataset(dataset.asDatasetGraph()));
            ArticleGraphWriter.write(second(), 0.5, StreamRDFLib.dataset(dataset.asDatasetGraph()));
        });
    }

    /** Each row as "value|value|...", IRIs in full, literals by lexical form (so the store kept the written form), unbound as "-". */
    private static List<String> run(String file) throws IOException {
        Query query = QueryFactory.create(Files.readString(DIR.resolve(file)));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = row.get(v);
                        Node node = n == null ? null : n.asNode();
                        cells.add(cell(node));
                    }
                    rows.add(String.join("|", cells));
                }
                return rows;
            }
        });
    }

    private static String cell(Node node) {
        if (node == null)
            return "-";
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
    }

    @Test
    void everyQueryFileParsesAndIsTested() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        // office-holders.rq, races.rq and contradictions.rq read graphs that the store derives or loads:
        // OfficeHoldingSummaryTest, CandidacySummaryTest and ContradictionsQueryTest run them.
        assertEquals(List.of("contradictions.rq", "criticism.rq", "endorsement-evidence.rq", "endorsements.rq",
                "office-holders.rq", "person.rq", "races.rq", "recusals.rq"), files);
        for (String f : files)
            assertTrue(QueryFactory.create(Files.readString(DIR.resolve(f))).isSelectType(), f);
    }

    @Test
    void storeKeepsExactlyTheWrittenQuads() {
        Set<Quad> written = new HashSet<>(QuadCollector.of(resolved(), 0.5).quads);
        Set<Quad> stored = Txn.calculateRead(dataset, () -> {
            Set<Quad> q = new HashSet<>();
            dataset.asDatasetGraph().find(NG.articleGraph(ARTICLE.id()), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q::add);
            return q;
        });
        assertEquals(written, stored);
    }

    @Test
    void endorsements() throws IOException {
        assertEquals(List.of(NG.entity(TRUMP).getURI() + "|Donald Trump|" + NG.entity(TUBERVILLE).getURI() + "|Tommy Tuberville"),
                run("endorsements.rq"));
    }

    @Test
    void endorsementEvidence() throws IOException {
        assertEquals(List.of("Donald Trump|Tommy Tuberville|" + S1 + "|" + A1 + "|" + HEADLINE + "|0.9e0"),
                run("endorsement-evidence.rq"));
    }

    @Test
    void recusals() throws IOException {
        assertEquals(List.of("Jeff Sessions|Russia investigation|" + S3 + "|" + A1 + "|0.95e0"), run("recusals.rq"));
    }

    @Test
    void criticismCountsArticlesAndSentences() throws IOException {
        // Tuberville's criticism of Sessions (confidence 0.3) was not written at 0.5.
        assertEquals(List.of("Donald Trump|Jeff Sessions|2|2", "Jeff Sessions|Donald Trump|1|1"), run("criticism.rq"));
    }

    @Test
    void personFindsEverythingAboutJeffSessions() throws IOException {
        String js = "Jeff Sessions|";
        assertEquals(List.of(
                js + "in|" + NS + "criticizes|Donald Trump|-|0.6e0|" + S4 + "|" + A1,
                js + "in|" + NS + "criticizes|Donald Trump|-|0.8e0|" + S5 + "|" + A2,
                js + "name|http://www.w3.org/2004/02/skos/core#altLabel|Sessions|-|-|-|-",
                js + "out|" + NS + "candidateIn|2020 Alabama U.S. Senate Republican primary runoff|-|0.8e0|" + S2 + "|" + A1,
                js + "out|" + NS + "criticizes|Donald Trump|-|0.75e0|" + S6 + "|" + A2,
                js + "out|" + NS + "holdsOffice|U.S. Attorney General|former|0.75e0|" + S2 + "|" + A1,
                js + "out|" + NS + "holdsOffice|U.S. Senator|former|0.7e0|" + S6 + "|" + A2,
                js + "out|" + NS + "memberOf|Republican Party|-|0.7e0|" + S3 + "|" + A1,
                js + "out|" + NS + "recusedFrom|Russia investigation|-|0.95e0|" + S3 + "|" + A1,
                js + "out|" + NS + "runsAgainst|Tommy Tuberville|-|0.85e0|" + S2 + "|" + A1),
                run("person.rq"));
    }
}
