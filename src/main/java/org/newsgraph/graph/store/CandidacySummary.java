package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.graph.NG;

/**
 * Sums up the candidateIn facts of all article graphs into the named graph {@link NG#candidaciesGraph()}: one
 * {@code ng:Candidacy} per person, race and the party the article gives the person (or none), with the number of
 * articles that state it and the names of the person and the party. Listing races with their candidates from the
 * article graphs means reading every candidacy of every article with its candidate's party on every query. The graph
 * is recomputed from the article graphs as a whole, so it never keeps a candidacy that the articles no longer
 * state. Stateless; the caller provides the write transaction.
 */
final class CandidacySummary {
    // One pass over every article's candidacies; reader comments (graphs without an ng:Article) do not count.
    private static final String CANDIDACIES = """
            SELECT ?person ?race ?party (COUNT(DISTINCT ?article) AS ?articles) (SAMPLE(?article) AS ?source)
            WHERE {
              GRAPH ?article {
                ?person ng:candidateIn ?race .
                ?article a ng:Article .
                OPTIONAL { ?person ng:memberOf ?party }
              }
            }
            GROUP BY ?person ?race ?party
            """;

    private CandidacySummary() {}

    /** One line of the summary; {@code party} is null when the articles give none. */
    record Candidacy(Node person, Node race, Node party, long articles, Node source) {
    }

    /** Replaces the candidacies graph of {@code dsg} by what its article graphs state; inside a write transaction. */
    static void recompute(DatasetGraph dsg) {
        List<Candidacy> candidacies = candidacies(dsg);
        Node graph = NG.candidaciesGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Candidacy c : candidacies) {
            Node node = iri(c);
            dsg.add(graph, node, RDF.type.asNode(), NG.Candidacy);
            dsg.add(graph, node, NG.candidate, c.person());
            dsg.add(graph, node, NG.race, c.race());
            dsg.add(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(c.articles()));
            DatasetGraphLib.copyLabels(dsg, c.source(), c.person(), graph, node, NG.candidateName);
            if (c.party() != null) {
                dsg.add(graph, node, NG.runsFor, c.party());
                DatasetGraphLib.copyLabels(dsg, c.source(), c.party(), graph, node, NG.partyName);
            }
        }
    }

    static List<Candidacy> candidacies(DatasetGraph dsg) {
        List<Candidacy> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, CANDIDACIES, row -> out.add(new Candidacy(row.get("person").asNode(),
                row.get("race").asNode(), row.contains("party") ? row.get("party").asNode() : null,
                row.getLiteral("articles").getLong(), row.get("source").asNode())));
        return out;
    }

    /** {@code id/candidacy/{person}/{race}}, with {@code /{party}} when the articles give one: readable and stable. */
    static Node iri(Candidacy c) {
        StringBuilder iri = new StringBuilder(NG.ID).append("candidacy/").append(NG.entityKey(c.person()))
                .append('/').append(NG.entityKey(c.race()));
        if (c.party() != null)
            iri.append('/').append(NG.entityKey(c.party()));
        return NodeFactory.createURI(iri.toString());
    }
}
