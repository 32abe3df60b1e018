package org.newsgraph.graph;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The facts of article graphs as a table, one row per fact statement (a fact stated by two sentences is two rows),
 * for people who take the graph to pandas, a spreadsheet or a data lake: the two ends with their IRIs and the names
 * the article gives them, the relation, the confidence, the evidence sentence with its character offsets in the
 * article, and the article with its source id, url, outlet and publication date. Read with one SPARQL query from any
 * dataset of article graphs: a whole store, or one article's graphs as the Spark job has them. Reader comments graphs
 * are not articles and give no rows. Stateless and thread-safe.
 */
public final class FactTable {
    /** The column names, in order; {@link Row#values()} gives a row's values in the same order. */
    public static final List<String> COLUMNS = List.of("subject_iri", "subject_label", "relation", "object_iri",
            "object_label", "confidence", "evidence_sentence", "evidence_start", "evidence_end", "article_iri", "source_id",
            "url", "outlet", "publication_date");

    // The names come from the fact's own article graph: another article may name the same entity otherwise.
    private static final String FACTS = """
            SELECT ?article ?subject ?subjectLabel ?relation ?object ?objectLabel ?confidence ?sentence ?start ?end
                   ?url ?outlet ?published
            WHERE {
              GRAPH ?article {
                ?article a ng:Article .
                ?statement a rdf:Statement ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
                           itsrdf:taConfidence ?confidence ; ng:evidence ?evidence .
                ?evidence nif:anchorOf ?sentence ; nif:beginIndex ?start ; nif:endIndex ?end .
                OPTIONAL { ?subject rdfs:label ?subjectLabel }
                OPTIONAL { ?object rdfs:label ?objectLabel }
                OPTIONAL { ?article schema:url ?url }
                OPTIONAL { ?article schema:publisher ?outlet }
                OPTIONAL { ?article schema:datePublished ?published }
              }
            }
            """;

    private static final String QUERY = prologue() + FACTS;

    private FactTable() {}

    /**
     * One fact statement. Labels, url, outlet and date are null when the graph has none.
     *
     * @param relation        the relation's local name in the ontology ({@code endorses}, {@code holdsOffice}...)
     * @param evidenceStart   the sentence's first character in the article text (headline, blank line, body)
     * @param evidenceEnd     one past its last character
     * @param sourceId        the article's id, as in its IRI
     */
    public record Row(String subjectIri, String subjectLabel, String relation, String objectIri, String objectLabel,
                      double confidence, String evidenceSentence, int evidenceStart, int evidenceEnd, String articleIri,
                      String sourceId, String url, String outlet, LocalDate publicationDate) implements Serializable {
        public Row {
            Objects.requireNonNull(subjectIri, "subjectIri");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(objectIri, "objectIri");
            Objects.requireNonNull(evidenceSentence, "evidenceSentence");
            Objects.requireNonNull(articleIri, "articleIri");
            Objects.requireNonNull(sourceId, "sourceId");
        }

        /** The values in {@link #COLUMNS} order, nulls included. */
        public List<Object> values() {
            return Arrays.asList(subjectIri, subjectLabel, relation, objectIri, objectLabel, confidence, evidenceSentence,
                    evidenceStart, evidenceEnd, articleIri, sourceId, url, outlet, publicationDate);
        }
    }

    /** The rows of every article graph of {@code dsg}, in no particular order; inside a read transaction if it has them. */
    public static List<Row> rows(DatasetGraph dsg) {
        Query query = QueryFactory.create(QUERY);
        List<Row> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
            exec.execSelect().forEachRemaining(row -> rows.add(row(row)));
        }
        return rows;
    }

    private static String prologue() {
        StringBuilder prologue = new StringBuilder();
        NG.PREFIXES.forEach((prefix, iri) -> prologue.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return prologue.toString();
    }

    private static Row row(QuerySolution row) {
        String article = row.getResource("article").getURI();
        Node published = node(row, "published");
        return new Row(row.getResource("subject").getURI(), string(row, "subjectLabel"),
                localName(row.getResource("relation").getURI()), row.getResource("object").getURI(),
                string(row, "objectLabel"), row.getLiteral("confidence").getDouble(), string(row, "sentence"),
                row.getLiteral("start").getInt(), row.getLiteral("end").getInt(), article, sourceId(article),
                string(row, "url"), string(row, "outlet"),
                published == null ? null : LocalDate.parse(published.getLiteralLexicalForm()));
    }

    private static Node node(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode() : null;
    }

    private static String string(QuerySolution row, String var) {
        Node node = node(row, var);
        return node == null ? null : node.getLiteralLexicalForm();
    }

    private static String localName(String iri) {
        return iri.startsWith(NG.NS) ? iri.substring(NG.NS.length()) : iri;
    }

    /** The id the article IRI was made of ({@link NG#articleGraph}), its percent-encoding undone. */
    private static String sourceId(String articleIri) {
        String segment = articleIri.startsWith(NG.ARTICLE_BASE) ? articleIri.substring(NG.ARTICLE_BASE.length()) : articleIri;
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
