package org.newsgraph.export.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/**
 * Test data for the serve and push tests: hand-built resolved articles (no NLP models needed) written by
 * {@link ArticleGraphWriter} into a store, and the canned queries to run against it. Each call to {@link #store()}
 * makes a fresh in-memory TDB2 dataset, so tests never share state.
 */
public final class ArticleFixture {
    /** The project's canned queries; the tests' own queries cover the fixture as well. */
    public static final Path CANNED_QUERIES = Path.of("ontology", "queries");
    public static final Path TEST_QUERIES = Path.of("src", "test", "resources", "serve", "queries");

    private static final Entity TRUMP = person("donald-trump", "Donald Trump", "Trump");
    private static final Entity TUBERVILLE = person("tommy-tuberville", "Tommy Tuberville", "Tuberville");
    private static final Entity SESSIONS = person("jeff-sessions", "Jeff Sessions", "Sessions");
    private static final Entity JONES = person("doug-jones", "Doug Jones", "Jones");
    private static final Entity AG = new Entity(EntityType.OFFICE, "us-attorney-general", "U.S. Attorney General",
            Set.of("Attorney General"), Map.of("jurisdiction", "United States"));
    private static final Entity SENATOR = new Entity(EntityType.OFFICE, "us-senator", "U.S. Senator",
            Set.of("senator"), Map.of("jurisdiction", "United States"));
    private static final Entity RUSSIA = new Entity(EntityType.INVESTIGATION, "russia-investigation",
            "Russia investigation", Set.of(), Map.of());
    private static final Entity DEMOCRATS = new Entity(EntityType.PARTY, "democratic-party", "Democratic Party",
            Set.of("Democrat"), Map.of());

    private ArticleFixture() {}

    /** Three articles: an endorsement, a recusal, and one whose text has quotes, a dash and accents. */
    public static List<ResolvedArticle> articles() {
        return List.of(
                article("trump-endorses-tuberville", "Trump endorses Tuberville",
                        "President Donald Trump endorsed Tommy Tuberville on Friday.",
                        (text, s) -> List.of(
                                fact(TRUMP, Relation.ENDORSES, TUBERVILLE, text, s, 0.9),
                                fact(TUBERVILLE, Relation.RUNS_AGAINST, SESSIONS, text, s, 0.6))),
                article("sessions-recusal", "Sessions recused himself",
                        "Attorney General Jeff Sessions recused himself from the Russia investigation.",
                        (text, s) -> List.of(
                                fact(SESSIONS, Relation.HOLDS_OFFICE, AG, text, s, 0.8, Map.of("officeStatus", "current")),
                                fact(SESSIONS, Relation.RECUSED_FROM, RUSSIA, text, s, 0.95))),
                article("doug-jones-democrat", "Jones: \"a tough race\" \u2014 caf\u00e9 talk",
                        "Sen. Doug Jones, a Democrat, said the race was \"tough\" \u2014 \u00e9tat d'esprit.",
                        (text, s) -> List.of(
                                fact(JONES, Relation.MEMBER_OF, DEMOCRATS, text, s, 0.7),
                                fact(JONES, Relation.HOLDS_OFFICE, SENATOR, text, s, 0.8, Map.of("officeStatus", "current")))));
    }

    /** A fresh in-memory TDB2 store holding the fixture's article graphs, one write transaction per article. */
    public static DatasetGraph store() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        for (ResolvedArticle a : articles())
            Txn.executeWrite(dsg, () -> ArticleGraphWriter.write(a, StreamRDFLib.dataset(dsg)));
        return dsg;
    }

    private interface Facts {
        List<ResolvedFact> of(String text, String sentence);
    }

    private static ResolvedArticle article(String id, String headline, String sentence, Facts facts) {
        String text = headline + "\n\n" + sentence;
        Article article = new Article(id, headline, text, "", "https://example.com/" + id, "Example News",
                LocalDate.of(2020, 3, 7), "fixture:" + id);
        List<ResolvedFact> list = facts.of(text, sentence);
        List<Entity> entities = new ArrayList<>();
        for (ResolvedFact f : list) {
            if (!entities.contains(f.subject()))
                entities.add(f.subject());
            if (!entities.contains(f.object()))
                entities.add(f.object());
        }
        return new ResolvedArticle(article, entities, list, 2, 20);
    }

    private static ResolvedFact fact(Entity s, Relation r, Entity o, String text, String sentence, double confidence) {
        return fact(s, r, o, text, sentence, confidence, Map.of());
    }

    private static ResolvedFact fact(Entity s, Relation r, Entity o, String text, String sentence, double confidence,
                                     Map<String, String> qualifiers) {
        int start = text.indexOf(sentence);
        return new ResolvedFact(s, r, o, new Evidence(1, sentence, start, start + sentence.length()), confidence, qualifiers);
    }

    private static Entity person(String key, String label, String alt) {
        return new Entity(EntityType.PERSON, key, label, Set.of(alt), Map.of());
    }

    /** Every canned query file, project's first, in name order. */
    public static List<Path> queries() {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(CANNED_QUERIES, TEST_QUERIES)) {
            if (!Files.isDirectory(dir))
                continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** Reads a query file. */
    public static String read(Path query) {
        try {
            return Files.readString(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a SELECT on a store, with the union default graph as the endpoint has it: variable name to term. */
    public static List<Map<String, Node>> localRows(DatasetGraph dsg, String queryString) {
        return Txn.calculateRead(dsg, () -> rows(QueryExec.newBuilder().dataset(dsg).query(queryString)
                .set(TDB2.symUnionDefaultGraph, true).select()));
    }

    /** Drains a row set into comparable maps; unbound variables are absent. */
    public static List<Map<String, Node>> rows(RowSet rowSet) {
        List<Map<String, Node>> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> {
            Map<String, Node> row = new TreeMap<>();
            binding.forEach((var, node) -> row.put(var.getVarName(), node));
            rows.add(row);
        });
        return rows;
    }
}
