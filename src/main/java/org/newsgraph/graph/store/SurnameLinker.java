package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.graph.NG;

/**
 * Links each person known only by surname ({@code person/trump}, from an article that never gives a first name)
 * to the full-name person with that surname ({@code person/donald-trump}) with owl:sameAs, in the named graph
 * {@link NG#linksGraph()}, when one full-name person clearly dominates: it is the only one, or at least
 * {@value #DOMINANCE} of the articles naming full-name persons of that surname name it. The graph is
 * recomputed from the article graphs as a whole, so it never keeps a link that the articles no longer support.
 * Stateless; the caller provides the write transaction.
 */
final class SurnameLinker {
    static final double DOMINANCE = 0.9;

    // One pass over the store: every person an article mentions, with the number of articles that mention it.
    private static final String PERSONS = """
            SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE {
              GRAPH ?a { ?a a ng:Article ; schema:mentions ?p . ?p a ng:Person }
            } GROUP BY ?p
            """;

    private SurnameLinker() {}

    /** Replaces the links graph of {@code dsg} by the links its article graphs support; inside a write transaction. */
    static void relink(DatasetGraph dsg) {
        Node graph = NG.linksGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        links(dsg).forEach((surnameOnly, fullName) ->
                dsg.add(graph, NodeFactory.createURI(surnameOnly), OWL.sameAs.asNode(), NodeFactory.createURI(fullName)));
    }

    /** Surname-only person IRI to full-name person IRI. */
    static Map<String, String> links(DatasetGraph dsg) {
        String base = NG.ID + "person/";
        List<String> surnameOnly = new ArrayList<>();
        // surname -> full-name person IRI -> articles
        Map<String, Map<String, Long>> fullNames = new HashMap<>();
        DatasetGraphLib.forEachRow(dsg, PERSONS, row -> {
            String iri = row.getResource("p").getURI();
            if (!iri.startsWith(base))
                return;
            String key = iri.substring(base.length());
            int dash = key.lastIndexOf('-');
            if (dash < 0)
                surnameOnly.add(iri);
            else
                fullNames.computeIfAbsent(key.substring(dash + 1), k -> new HashMap<>()).put(iri, row.getLiteral("n").getLong());
        });
        Map<String, String> out = new HashMap<>();
        for (String iri : surnameOnly) {
            Map<String, Long> candidates = fullNames.get(iri.substring(base.length()));
            if (candidates == null)
                continue;
            long total = candidates.values().stream().mapToLong(Long::longValue).sum();
            candidates.entrySet().stream()
                    .filter(e -> e.getValue() >= DOMINANCE * total)
                    .findFirst()
                    .ifPresent(e -> out.put(iri, e.getKey()));
        }
        return out;
    }
}
