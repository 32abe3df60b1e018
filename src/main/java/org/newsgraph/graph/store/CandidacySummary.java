package org.newsgraph.graph.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.graph.NG;

/**
 * Sums up the candidateIn facts of all article graphs into the named graph {@link NG#candidaciesGraph()}: one
 * {@code ng:Candidacy} per person, race and the party the article gives the person (or none), with the number of
 * articles that state it and the names of the person and the party. Listing races with their candidates from the
 * article graphs means reading every candidacy of every article with its candidate's party on every query. The graph
 * is recomputed from the article graphs as a whole, so it never keeps a candidacy that the articles no longer
 * state.
 *
 * <p>Done in two steps that the store and the Spark job share: {@link #statements} reads what each article states
 * (run on the whole store, or on one article's graphs), and {@link #write} makes one candidacy's node from all the
 * statements of it, grouped by {@link #key}. Stateless; the store's caller provides the write transaction.
 */
public final class CandidacySummary {
    // Each article's candidacies, once per article and candidacy; reader comments (graphs without an ng:Article)
    // do not count.
    private static final Query STATEMENTS = ArticleStore.parseQuery("""
            SELECT DISTINCT ?article ?person ?race ?party
            WHERE {
              GRAPH ?article {
                ?person ng:candidateIn ?race .
                ?article a ng:Article .
                OPTIONAL { ?person ng:memberOf ?party }
              }
            }
            """);

    private CandidacySummary() {}

    /** One candidacy, the node of the summary; {@code party} is null when the article gives none. */
    public record Candidacy(Node person, Node race, Node party) implements Serializable {
        public Candidacy {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(race, "race");
        }
    }

    /** A candidacy as one article states it, with the names that article gives the person and the party. */
    public record Statement(Candidacy candidacy, Node article, List<Node> candidateNames, List<Node> partyNames)
            implements Serializable {
        public Statement {
            Objects.requireNonNull(candidacy, "candidacy");
            Objects.requireNonNull(article, "article");
            candidateNames = List.copyOf(candidateNames);
            partyNames = List.copyOf(partyNames);
        }
    }

    /** Replaces the candidacies graph of {@code dsg} by what its article graphs state; inside a write transaction. */
    static void recompute(DatasetGraph dsg) {
        Map<String, List<Statement>> byCandidacy = new LinkedHashMap<>();
        for (Statement s : statements(dsg))
            byCandidacy.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
        dsg.deleteAny(NG.candidaciesGraph(), Node.ANY, Node.ANY, Node.ANY);
        byCandidacy.values().forEach(statements -> write(statements, dsg::add));
    }

    /** The (person, race) pairs of the candidateIn facts of one graph; inside a transaction. */
    static Set<PersonPair> pairs(DatasetGraph dsg, Node graph) {
        Set<PersonPair> out = new LinkedHashSet<>();
        Iter.forEach(dsg.find(graph, Node.ANY, NG.candidateIn, Node.ANY), q -> out.add(new PersonPair(q.getSubject(), q.getObject())));
        return out;
    }

    /**
     * Writes again the candidacies of these (person, race) pairs from every article that states them, and drops those
     * that no article states any longer; the rest of the graph stays. Gives the same nodes as
     * {@link #recompute(DatasetGraph)}; inside a write transaction.
     */
    static void recompute(DatasetGraph dsg, Collection<PersonPair> pairs) {
        Node graph = NG.candidaciesGraph();
        for (PersonPair pair : pairs) {
            for (Node old : Iter.toList(Iter.map(dsg.find(graph, Node.ANY, NG.candidate, pair.person()), Quad::getSubject)))
                if (dsg.contains(graph, old, NG.race, pair.other()))
                    dsg.deleteAny(graph, old, Node.ANY, Node.ANY);
            Map<String, List<Statement>> byCandidacy = new LinkedHashMap<>();
            for (Statement s : statements(dsg, pair))
                byCandidacy.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
            byCandidacy.values().forEach(statements -> write(statements, dsg::add));
        }
    }

    /** The statements of one pair, as {@link #statements(DatasetGraph)} reads them: once per article and candidacy. */
    private static List<Statement> statements(DatasetGraph dsg, PersonPair pair) {
        List<Statement> out = new ArrayList<>();
        for (Node article : Iter.toList(Iter.map(dsg.find(Node.ANY, pair.person(), NG.candidateIn, pair.other()), Quad::getGraph))) {
            if (!dsg.contains(article, article, RDF.Nodes.type, NG.Article))
                continue;
            List<Node> parties = Iter.toList(Iter.map(dsg.find(article, pair.person(), NG.memberOf, Node.ANY), Quad::getObject));
            List<Node> names = DatasetGraphLib.labels(dsg, article, pair.person());
            if (parties.isEmpty())
                out.add(new Statement(new Candidacy(pair.person(), pair.other(), null), article, names, List.of()));
            for (Node party : parties)
                out.add(new Statement(new Candidacy(pair.person(), pair.other(), party), article, names,
                        DatasetGraphLib.labels(dsg, article, party)));
        }
        return out;
    }

    /** What the article graphs of {@code dsg} state, once per article and candidacy; inside a transaction. */
    public static List<Statement> statements(DatasetGraph dsg) {
        List<Statement> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, STATEMENTS, row -> {
            Node article = row.get("article").asNode();
            Node person = row.get("person").asNode();
            Node party = DatasetGraphLib.node(row, "party");
            out.add(new Statement(new Candidacy(person, row.get("race").asNode(), party), article,
                    DatasetGraphLib.labels(dsg, article, person),
                    party == null ? List.of() : DatasetGraphLib.labels(dsg, article, party)));
        });
        return out;
    }

    /** What statements of one candidacy share, as a string: the IRI of its node. */
    public static String key(Statement statement) {
        return iri(statement.candidacy()).getURI();
    }

    /**
     * Sends the quads of one candidacy's node, made from all the statements of it (one per article): the number of
     * articles, and the names that the article first in IRI order gives, so that the same statements give the same
     * quads however they were gathered.
     *
     * @throws IllegalArgumentException when the statements are none, or not all of one candidacy
     */
    public static void write(Collection<Statement> statements, Consumer<Quad> out) {
        Statement first = statements.stream().min(Comparator.comparing(s -> s.article().getURI()))
                .orElseThrow(() -> new IllegalArgumentException("no statements of a candidacy"));
        Candidacy c = first.candidacy();
        if (!statements.stream().allMatch(s -> s.candidacy().equals(c)))
            throw new IllegalArgumentException("statements of different candidacies: " + statements);
        long articles = statements.stream().map(Statement::article).distinct().count();
        Node graph = NG.candidaciesGraph();
        Node node = iri(c);
        out.accept(Quad.create(graph, node, RDF.type.asNode(), NG.Candidacy));
        out.accept(Quad.create(graph, node, NG.candidate, c.person()));
        out.accept(Quad.create(graph, node, NG.race, c.race()));
        out.accept(Quad.create(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(articles)));
        first.candidateNames().forEach(name -> out.accept(Quad.create(graph, node, NG.candidateName, name)));
        if (c.party() != null) {
            out.accept(Quad.create(graph, node, NG.runsFor, c.party()));
            first.partyNames().forEach(name -> out.accept(Quad.create(graph, node, NG.partyName, name)));
        }
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
