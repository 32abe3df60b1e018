package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;

/**
 * A reproducible random sample of the facts in a store, for a person to judge each against its sentence: the
 * same store, size and seed give the same sample. Each relation is sampled on its own, so that rare relations
 * are judged as often as common ones. Facts of reader comments are not sampled: only article graphs are.
 */
public final class FactSample {
    /** The columns of a sample file, in order; {@code verdict} and {@code note} are left empty for the judge. */
    public static final List<String> COLUMNS = List.of("relation", "subject", "object", "confidence", "sentence",
            "headline", "outlet", "date", "article", "statement", "verdict", "note");

    /** One fact as it goes out for judging. */
    public record Fact(Relation relation, String subject, String object, double confidence, String sentence,
                       String headline, String outlet, String date, String article, String statement) {
        public Fact {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(statement, "statement");
        }
    }

    private static final String QUERY = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX schema: <http://schema.org/>
            SELECT ?statement ?p ?subject ?object ?confidence ?sentence ?article ?headline ?outlet ?date WHERE {
              GRAPH ?article {
                ?article a ng:Article ; schema:headline ?headline .
                ?statement a rdf:Statement ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ;
                           itsrdf:taConfidence ?confidence ; ng:evidence/nif:anchorOf ?sentence .
                ?s rdfs:label ?subject .
                ?o rdfs:label ?object .
                OPTIONAL { ?article schema:publisher ?outlet }
                OPTIONAL { ?article schema:datePublished ?date }
              }
            }""";

    private FactSample() {
    }

    /**
     * Draws up to {@code perRelation} facts of each relation from the dataset's article graphs. Facts are put in
     * the order of their statement IRIs, then shuffled with a generator seeded by {@code seed} and the relation,
     * so a relation's sample does not change when another relation gains facts.
     */
    public static List<Fact> draw(DatasetGraph dataset, int perRelation, long seed) {
        if (perRelation < 1)
            throw new IllegalArgumentException("perRelation must be at least 1: " + perRelation);
        Map<Relation, List<Fact>> byRelation = new EnumMap<>(Relation.class);
        Query query = QueryFactory.create(QUERY);
        try (QueryExecution exec = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Relation relation = relation(row.getResource("p").getURI());
                if (relation == null)
                    continue;
                byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(new Fact(relation, text(row, "subject"),
                        text(row, "object"), row.getLiteral("confidence").getDouble(), text(row, "sentence"),
                        text(row, "headline"), text(row, "outlet"), text(row, "date"), row.getResource("article").getURI(),
                        row.getResource("statement").getURI()));
            }
        }
        List<Fact> sample = new ArrayList<>();
        for (Map.Entry<Relation, List<Fact>> e : byRelation.entrySet()) {
            List<Fact> facts = e.getValue();
            facts.sort(Comparator.comparing(Fact::statement));
            Collections.shuffle(facts, new Random(seed * 31 + e.getKey().ordinal()));
            sample.addAll(facts.subList(0, Math.min(perRelation, facts.size())));
        }
        return sample;
    }

    /** Writes the sample as CSV (RFC 4180) with a header row of {@link #COLUMNS}; flushes but does not close. */
    public static void write(List<Fact> facts, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Fact f : facts)
            printer.printRecord(f.relation().localName(), f.subject(), f.object(), f.confidence(), f.sentence(),
                    f.headline(), f.outlet(), f.date(), f.article(), f.statement(), "", "");
        printer.flush();
    }

    private static Relation relation(String iri) {
        for (Relation r : Relation.values())
            if (NG.property(r).getURI().equals(iri))
                return r;
        return null;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null)
            return "";
        return node.isLiteral() ? ((Literal) node).getLexicalForm() : node.toString();
    }
}
