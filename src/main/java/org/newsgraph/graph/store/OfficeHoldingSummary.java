package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.graph.NG;

/**
 * Sums up the holdsOffice statements of all article graphs into the named graph {@link NG#officeHoldersGraph()}:
 * one {@code ng:OfficeHolding} per person, office, status and stated dates, with the number of articles that
 * state it and the names of the person and the office. Who holds which office is the question asked of the whole
 * corpus, and answering it from the article graphs means reading every statement of every article (on 10,000
 * articles, 32,000 statements for 5,500 holdings) on every query. The graph is recomputed from the article graphs
 * as a whole, so it never keeps a holding that the articles no longer state. Stateless; the caller provides the
 * write transaction.
 */
final class OfficeHoldingSummary {
    // One pass over every article's holdsOffice statements; reader comments (graphs without an ng:Article) do not count.
    private static final String HOLDINGS = """
            SELECT ?person ?office ?status ?start ?end (COUNT(DISTINCT ?article) AS ?articles) (SAMPLE(?article) AS ?source)
            WHERE {
              GRAPH ?article {
                ?statement rdf:predicate ng:holdsOffice ; ng:officeStatus ?status ; rdf:subject ?person ; rdf:object ?office .
                ?article a ng:Article .
              }
              OPTIONAL { SELECT ?statement ?start WHERE { GRAPH ?dated { ?statement ng:startDate ?start } } }
              OPTIONAL { SELECT ?statement ?end WHERE { GRAPH ?dated { ?statement ng:endDate ?end } } }
            }
            GROUP BY ?person ?office ?status ?start ?end
            """;

    private OfficeHoldingSummary() {}

    /** One line of the summary; {@code start} and {@code end} are null when no article dates the holding. */
    record Holding(Node person, Node office, String status, Node start, Node end, long articles, Node source) {
    }

    /** Replaces the office-holders graph of {@code dsg} by what its article graphs state; inside a write transaction. */
    static void recompute(DatasetGraph dsg) {
        List<Holding> holdings = holdings(dsg);
        Node graph = NG.officeHoldersGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Holding h : holdings) {
            Node node = iri(h);
            dsg.add(graph, node, RDF.type.asNode(), NG.OfficeHolding);
            dsg.add(graph, node, NG.holder, h.person());
            dsg.add(graph, node, NG.officeHeld, h.office());
            dsg.add(graph, node, NG.officeStatus, NodeFactory.createLiteralString(h.status()));
            dsg.add(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(h.articles()));
            if (h.start() != null)
                dsg.add(graph, node, NG.startDate, h.start());
            if (h.end() != null)
                dsg.add(graph, node, NG.endDate, h.end());
            DatasetGraphLib.copyLabels(dsg, h.source(), h.person(), graph, node, NG.holderName);
            DatasetGraphLib.copyLabels(dsg, h.source(), h.office(), graph, node, NG.officeName);
        }
    }

    static List<Holding> holdings(DatasetGraph dsg) {
        List<Holding> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, HOLDINGS, row -> out.add(new Holding(row.get("person").asNode(),
                row.get("office").asNode(), row.getLiteral("status").getLexicalForm(), node(row, "start"), node(row, "end"),
                row.getLiteral("articles").getLong(), row.get("source").asNode())));
        return out;
    }

    private static Node node(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode() : null;
    }

    /**
     * {@code id/holding/{person}/{office}/{status}}, with {@code /from-{start}} and {@code /until-{end}} for dated
     * holdings: readable, and the same for the same holding in every recomputation.
     */
    static Node iri(Holding h) {
        StringBuilder iri = new StringBuilder(NG.ID).append("holding/")
                .append(NG.entityKey(h.person())).append('/').append(NG.entityKey(h.office())).append('/').append(h.status());
        if (h.start() != null)
            iri.append("/from-").append(h.start().getLiteralLexicalForm());
        if (h.end() != null)
            iri.append("/until-").append(h.end().getLiteralLexicalForm());
        return NodeFactory.createURI(iri.toString());
    }
}
