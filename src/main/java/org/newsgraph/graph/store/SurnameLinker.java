package org.newsgraph.graph.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.graph.NG;

/**
 * Links each person known only by surname ({@code person/trump}, from an article that never gives a first name)
 * to the full-name person with that surname ({@code person/donald-trump}) with owl:sameAs, in the named graph
 * {@link NG#linksGraph()}, when one full-name person clearly dominates: it is the only one, or at least
 * {@value #DOMINANCE} of the articles naming full-name persons of that surname name it. The graph is
 * recomputed from the article graphs as a whole, so it never keeps a link that the articles no longer support.
 *
 * <p>Done in two steps that the store and the Spark job share: {@link #mentions} counts the articles that mention
 * each person (run on the whole store, or on one article's graphs, whose counts are then added up), and
 * {@link #links} decides the links among the persons of one {@link #surname}. Stateless; the store's caller provides
 * the write transaction.
 */
public final class SurnameLinker {
    static final double DOMINANCE = 0.9;

    private static final String PERSON_BASE = NG.ID + "person/";

    // One pass over the store: every person an article mentions, with the number of articles that mention it.
    private static final Query PERSONS = ArticleStore.parseQuery("""
            SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE {
              GRAPH ?a { ?a a ng:Article ; schema:mentions ?p . ?p a ng:Person }
            } GROUP BY ?p
            """);

    private SurnameLinker() {}

    /** Replaces the links graph of {@code dsg} by the links its article graphs support; inside a write transaction. */
    static void relink(DatasetGraph dsg) {
        Map<String, Map<Node, Long>> bySurname = new HashMap<>();
        mentions(dsg).forEach((person, articles) -> {
            String surname = surname(person);
            if (surname != null)
                bySurname.computeIfAbsent(surname, k -> new HashMap<>()).put(person, articles);
        });
        dsg.deleteAny(NG.linksGraph(), Node.ANY, Node.ANY, Node.ANY);
        bySurname.values().forEach(persons -> links(persons).forEach((surnameOnly, fullName) -> dsg.add(link(surnameOnly, fullName))));
    }

    /** Every person the article graphs of {@code dsg} mention, with the number of articles that do; inside a transaction. */
    public static Map<Node, Long> mentions(DatasetGraph dsg) {
        Map<Node, Long> out = new LinkedHashMap<>();
        DatasetGraphLib.forEachRow(dsg, PERSONS, row -> out.put(row.get("p").asNode(), row.getLiteral("n").getLong()));
        return out;
    }

    /**
     * The surname a person is linked under: its whole key when it has no first name ({@code person/trump}), else the
     * key's last part ({@code person/donald-trump}); null for an IRI that is not a newsgraph person's.
     */
    public static String surname(Node person) {
        if (!person.isURI() || !person.getURI().startsWith(PERSON_BASE))
            return null;
        String key = person.getURI().substring(PERSON_BASE.length());
        return key.substring(key.lastIndexOf('-') + 1);
    }

    /**
     * The links among the persons of one surname: surname-only person to the full-name person it stands for.
     *
     * @param articles each person of the surname with the number of articles that mention it
     */
    public static Map<Node, Node> links(Map<Node, Long> articles) {
        Map<Node, Node> out = new HashMap<>();
        Map<Node, Long> fullNames = new HashMap<>();
        articles.forEach((person, n) -> {
            if (!isSurnameOnly(person))
                fullNames.put(person, n);
        });
        long total = fullNames.values().stream().mapToLong(Long::longValue).sum();
        for (Node person : articles.keySet()) {
            if (!isSurnameOnly(person))
                continue;
            fullNames.entrySet().stream()
                    .filter(e -> e.getValue() >= DOMINANCE * total)
                    .findFirst()
                    .ifPresent(e -> out.put(person, e.getKey()));
        }
        return out;
    }

    /** The quad of the links graph that says {@code surnameOnly} is {@code fullName}. */
    public static Quad link(Node surnameOnly, Node fullName) {
        return Quad.create(NG.linksGraph(), surnameOnly, OWL.sameAs.asNode(), fullName);
    }

    private static boolean isSurnameOnly(Node person) {
        return person.getURI().indexOf('-', PERSON_BASE.length()) < 0;
    }
}
