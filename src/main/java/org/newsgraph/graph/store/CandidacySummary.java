package org.newsgraph.graph.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
        for (Node old : Iter.toList(Iter.map(dsg.find(NG.candidaciesGraph(), Node.ANY, RDF.Nodes.type, NG.Candidacy), Quad::getSubject)))
            DerivationIndex.setFirstArticle(dsg, old, null);
        dsg.deleteAny(NG.candidaciesGraph(), Node.ANY, Node.ANY, Node.ANY);
        byCandidacy.values().forEach(statements -> writeIndexed(dsg, statements));
    }

    /** Writes the candidacy of these statements, and notes in the index the article its names come from. */
    private static void writeIndexed(DatasetGraph dsg, List<Statement> statements) {
        DerivationIndex.setFirstArticle(dsg, iri(statements.get(0).candidacy()), null);
        writeIndexed(statements, dsg::add);
    }

    /**
     * Sends the quads of one candidacy's node ({@link #write}) and the {@link DerivationIndex}'s note of the article its
     * names come from, for a node the index does not hold yet.
     */
    public static void writeIndexed(Collection<Statement> statements, Consumer<Quad> out) {
        write(statements, out);
        Node first = statements.stream().map(Statement::article).min(Comparator.comparing(Node::getURI)).orElseThrow();
        out.accept(DerivationIndex.firstArticle(iri(statements.iterator().next().candidacy()), first));
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
                if (dsg.contains(graph, old, NG.race, pair.other())) {
                    dsg.deleteAny(graph, old, Node.ANY, Node.ANY);
                    DerivationIndex.setFirstArticle(dsg, old, null);
                }
            Map<String, List<Statement>> byCandidacy = new LinkedHashMap<>();
            List<Node> articles = Iter.toList(Iter.map(dsg.find(Node.ANY, pair.person(), NG.candidateIn, pair.other()), Quad::getGraph));
            for (Statement s : statements(dsg, pair, articles))
                byCandidacy.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
            byCandidacy.values().forEach(statements -> writeIndexed(dsg, statements));
        }
    }

    /**
     * Counts in the candidacies of {@code pair} the statements of it that {@code graphs} make, graphs that did not state
     * the pair before, as {@link OfficeHoldingSummary#add} does for holdings: without reading the other articles that
     * state it (Donald Trump's 2016 and 2020 races are stated by hundreds). The same nodes as a recomputation;
     * recomputes the pair when a candidacy's first article is not in the index. Inside a write transaction.
     */
    static void add(DatasetGraph dsg, PersonPair pair, Collection<Node> graphs) {
        Node graph = NG.candidaciesGraph();
        Map<Candidacy, TreeMap<String, Statement>> added = new LinkedHashMap<>();
        for (Statement s : statements(dsg, pair, graphs))
            added.computeIfAbsent(s.candidacy(), c -> new TreeMap<>()).putIfAbsent(s.article().getURI(), s);
        Map<Candidacy, Node> firsts = new HashMap<>();
        for (Candidacy c : added.keySet()) {
            Node node = iri(c);
            if (!dsg.contains(graph, node, RDF.Nodes.type, NG.Candidacy))
                continue;
            Node first = DerivationIndex.firstArticle(dsg, node);
            if (first == null) {
                recompute(dsg, List.of(pair));
                return;
            }
            firsts.put(c, first);
        }
        added.forEach((c, byArticle) -> {
            Node node = iri(c);
            Node first = firsts.get(c);
            Statement names = byArticle.firstEntry().getValue();
            long before = 0;
            if (first != null) {
                before = ((Number) Iter.toList(dsg.find(graph, node, NG.articleCount, Node.ANY)).get(0).getObject().getLiteralValue()).longValue();
                if (first.getURI().compareTo(names.article().getURI()) < 0)
                    names = statements(dsg, pair, List.of(first)).stream().filter(s -> s.candidacy().equals(c)).findFirst().orElseThrow();
                dsg.deleteAny(graph, node, Node.ANY, Node.ANY);
            }
            write(c, before + byArticle.size(), names, dsg::add);
            DerivationIndex.setFirstArticle(dsg, node, names.article());
        });
    }

    /** The statements of one pair in these graphs, as {@link #statements(DatasetGraph)} reads them: once per article and candidacy. */
    private static List<Statement> statements(DatasetGraph dsg, PersonPair pair, Collection<Node> graphs) {
        List<Statement> out = new ArrayList<>();
        for (Node article : graphs) {
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
        write(c, statements.stream().map(Statement::article).distinct().count(), first, out);
    }

    /** The quads of one candidacy, stated by {@code articles} articles, with the names that {@code first} gives. */
    private static void write(Candidacy c, long articles, Statement first, Consumer<Quad> out) {
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
