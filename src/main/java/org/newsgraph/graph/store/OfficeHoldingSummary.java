package org.newsgraph.graph.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * Sums up the holdsOffice statements of all article graphs into the named graph {@link NG#officeHoldersGraph()}:
 * one {@code ng:OfficeHolding} per person, office, status and stated dates, with the number of articles that
 * state it and the names of the person and the office. Who holds which office is the question asked of the whole
 * corpus, and answering it from the article graphs means reading every statement of every article (on 10,000
 * articles, 32,000 statements for 5,500 holdings) on every query. The graph is recomputed from the article graphs
 * as a whole, so it never keeps a holding that the articles no longer state.
 *
 * <p>Done in two steps that the store and the Spark job share: {@link #statements} reads what each article states
 * (run on the whole store, or on one article's graphs), and {@link #write} makes one holding's node from all the
 * statements of it, grouped by {@link #key}. Stateless; the store's caller provides the write transaction.
 */
public final class OfficeHoldingSummary {
    // Each article's holdsOffice statements, once per article and holding; reader comments (graphs without an
    // ng:Article) do not count.
    private static final Query STATEMENTS = ArticleStore.parseQuery("""
            SELECT DISTINCT ?article ?person ?office ?status ?start ?end
            WHERE {
              GRAPH ?article {
                ?statement rdf:predicate ng:holdsOffice ; ng:officeStatus ?status ; rdf:subject ?person ; rdf:object ?office .
                ?article a ng:Article .
              }
              OPTIONAL { SELECT ?statement ?start WHERE { GRAPH ?dated { ?statement ng:startDate ?start } } }
              OPTIONAL { SELECT ?statement ?end WHERE { GRAPH ?dated { ?statement ng:endDate ?end } } }
            }
            """);

    private OfficeHoldingSummary() {}

    /** One holding, the node of the summary; {@code start} and {@code end} are null when no article dates it. */
    public record Holding(Node person, Node office, String status, Node start, Node end) implements Serializable {
        public Holding {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A holding as one article states it, with the names that article gives the person and the office. */
    public record Statement(Holding holding, Node article, List<Node> holderNames, List<Node> officeNames)
            implements Serializable {
        public Statement {
            Objects.requireNonNull(holding, "holding");
            Objects.requireNonNull(article, "article");
            holderNames = List.copyOf(holderNames);
            officeNames = List.copyOf(officeNames);
        }
    }

    /** Replaces the office-holders graph of {@code dsg} by what its article graphs state; inside a write transaction. */
    static void recompute(DatasetGraph dsg) {
        Map<String, List<Statement>> byHolding = new LinkedHashMap<>();
        for (Statement s : statements(dsg))
            byHolding.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
        for (Node old : Iter.toList(Iter.map(dsg.find(NG.officeHoldersGraph(), Node.ANY, RDF.Nodes.type, NG.OfficeHolding), Quad::getSubject)))
            DerivationIndex.setFirstArticle(dsg, old, null);
        dsg.deleteAny(NG.officeHoldersGraph(), Node.ANY, Node.ANY, Node.ANY);
        byHolding.values().forEach(statements -> {
            DerivationIndex.setFirstArticle(dsg, iri(statements.get(0).holding()), null);
            writeIndexed(statements, dsg::add);
        });
    }

    /**
     * Sends the quads of one holding's node ({@link #write}) and the {@link DerivationIndex}'s note of the article its
     * names come from, for a node the index does not hold yet.
     */
    public static void writeIndexed(Collection<Statement> statements, Consumer<Quad> out) {
        write(statements, out);
        Node first = statements.stream().map(Statement::article).min(Comparator.comparing(Node::getURI)).orElseThrow();
        out.accept(DerivationIndex.firstArticle(iri(statements.iterator().next().holding()), first));
    }

    /** The (person, office) pairs of the holdsOffice statements of one graph; inside a transaction. */
    static Set<PersonPair> pairs(DatasetGraph dsg, Node graph) {
        Set<PersonPair> out = new LinkedHashSet<>();
        for (Node st : Iter.toList(Iter.map(dsg.find(graph, Node.ANY, RDF.Nodes.predicate, NG.holdsOffice), Quad::getSubject)))
            for (Node person : objects(dsg, graph, st, RDF.Nodes.subject))
                for (Node office : objects(dsg, graph, st, RDF.Nodes.object))
                    out.add(new PersonPair(person, office));
        return out;
    }

    /**
     * Writes again the holdings of these (person, office) pairs from every article's statements of them, and drops
     * those that no article states any longer; the rest of the graph stays. Finds the statements of a pair in the
     * articles whose graphs hold the plain fact (one index range), rather than reading all of them, so it costs what
     * the pair is stated, not what the store holds. Gives the same nodes as
     * {@link #recompute(DatasetGraph)}; inside a write transaction.
     */
    static void recompute(DatasetGraph dsg, Collection<PersonPair> pairs) {
        Node graph = NG.officeHoldersGraph();
        for (PersonPair pair : pairs) {
            for (Node old : Iter.toList(Iter.map(dsg.find(graph, Node.ANY, NG.holder, pair.person()), Quad::getSubject)))
                if (dsg.contains(graph, old, NG.officeHeld, pair.other())) {
                    dsg.deleteAny(graph, old, Node.ANY, Node.ANY);
                    DerivationIndex.setFirstArticle(dsg, old, null);
                }
            List<Node> articles = Iter.toList(Iter.map(dsg.find(Node.ANY, pair.person(), NG.holdsOffice, pair.other()), Quad::getGraph));
            holdings(dsg, pair, articles).forEach((h, by) -> {
                Node first = by.firstEntry().getValue();
                write(h, by.size(), DatasetGraphLib.labels(dsg, first, h.person()), DatasetGraphLib.labels(dsg, first, h.office()), dsg::add);
                DerivationIndex.setFirstArticle(dsg, iri(h), first);
            });
        }
    }

    /**
     * Counts in the holdings of {@code pair} the statements of it that {@code graphs} make, graphs that did not state the
     * pair before: each holding they state counts them as more articles, and takes its names from the first of them in
     * IRI order when that comes before the article that gave them (which the {@link DerivationIndex} keeps). Costs what
     * the graphs state, not what the store holds: the holdings of Donald Trump's presidency are stated by thousands of
     * articles, and {@link #recompute(DatasetGraph, Collection)} reads every one. The same nodes as a recomputation;
     * recomputes the pair when a holding's first article is not in the index. Inside a write transaction.
     */
    static void add(DatasetGraph dsg, PersonPair pair, Collection<Node> graphs) {
        Node graph = NG.officeHoldersGraph();
        Map<Holding, TreeMap<String, Node>> added = holdings(dsg, pair, graphs);
        Map<Holding, Node> firsts = new HashMap<>();
        for (Holding h : added.keySet()) {
            Node node = iri(h);
            if (!dsg.contains(graph, node, RDF.Nodes.type, NG.OfficeHolding))
                continue;
            Node first = DerivationIndex.firstArticle(dsg, node);
            if (first == null) {
                recompute(dsg, List.of(pair));
                return;
            }
            firsts.put(h, first);
        }
        added.forEach((h, by) -> {
            Node node = iri(h);
            Node first = firsts.get(h);
            long before = 0;
            if (first != null) {
                before = count(dsg, node);
                dsg.deleteAny(graph, node, Node.ANY, Node.ANY);
            }
            Node firstAdded = by.firstEntry().getValue();
            Node names = first == null || firstAdded.getURI().compareTo(first.getURI()) < 0 ? firstAdded : first;
            write(h, before + by.size(), DatasetGraphLib.labels(dsg, names, h.person()), DatasetGraphLib.labels(dsg, names, h.office()), dsg::add);
            DerivationIndex.setFirstArticle(dsg, node, names);
        });
    }

    private static long count(DatasetGraph dsg, Node holding) {
        List<Node> counts = objects(dsg, NG.officeHoldersGraph(), holding, NG.articleCount);
        return counts.isEmpty() ? 0 : ((Number) counts.get(0).getLiteralValue()).longValue();
    }

    /**
     * The holdings of {@code pair} that the article graphs among {@code graphs} state, each with those articles by IRI,
     * in IRI order: the first gives the names.
     */
    private static Map<Holding, TreeMap<String, Node>> holdings(DatasetGraph dsg, PersonPair pair, Collection<Node> graphs) {
        Map<Holding, TreeMap<String, Node>> articles = new LinkedHashMap<>();
        for (Node article : graphs) {
            if (!dsg.contains(article, article, RDF.Nodes.type, NG.Article))
                continue;
            for (Node st : Iter.toList(Iter.map(dsg.find(article, Node.ANY, RDF.Nodes.object, pair.other()), Quad::getSubject))) {
                if (!dsg.contains(article, st, RDF.Nodes.subject, pair.person()) || !dsg.contains(article, st, RDF.Nodes.predicate, NG.holdsOffice))
                    continue;
                List<Node> starts = orNone(objects(dsg, Node.ANY, st, NG.startDate));
                List<Node> ends = orNone(objects(dsg, Node.ANY, st, NG.endDate));
                for (Node status : objects(dsg, article, st, NG.officeStatus))
                    if (status.isLiteral())
                        for (Node start : starts)
                            for (Node end : ends)
                                articles.computeIfAbsent(new Holding(pair.person(), pair.other(), status.getLiteralLexicalForm(), start, end),
                                        h -> new TreeMap<>()).put(article.getURI(), article);
            }
        }
        return articles;
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        return Iter.toList(Iter.map(dsg.find(graph, subject, property, Node.ANY), Quad::getObject));
    }

    /** The values, or one null for an optional value that is not there. */
    private static List<Node> orNone(List<Node> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }

    /** What the article graphs of {@code dsg} state, once per article and holding; inside a transaction. */
    public static List<Statement> statements(DatasetGraph dsg) {
        List<Statement> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, STATEMENTS, row -> {
            Node article = row.get("article").asNode();
            Node person = row.get("person").asNode();
            Node office = row.get("office").asNode();
            Holding holding = new Holding(person, office, row.getLiteral("status").getLexicalForm(),
                    DatasetGraphLib.node(row, "start"), DatasetGraphLib.node(row, "end"));
            out.add(new Statement(holding, article, DatasetGraphLib.labels(dsg, article, person),
                    DatasetGraphLib.labels(dsg, article, office)));
        });
        return out;
    }

    /** What statements of one holding share, as a string: the IRI of its node. */
    public static String key(Statement statement) {
        return iri(statement.holding()).getURI();
    }

    /**
     * Sends the quads of one holding's node, made from all the statements of it (one per article): the number of
     * articles, and the names that the article first in IRI order gives, so that the same statements give the same
     * quads however they were gathered.
     *
     * @throws IllegalArgumentException when the statements are none, or not all of one holding
     */
    public static void write(Collection<Statement> statements, Consumer<Quad> out) {
        Statement first = statements.stream().min(Comparator.comparing(s -> s.article().getURI()))
                .orElseThrow(() -> new IllegalArgumentException("no statements of a holding"));
        Holding h = first.holding();
        if (!statements.stream().allMatch(s -> s.holding().equals(h)))
            throw new IllegalArgumentException("statements of different holdings: " + statements);
        write(h, statements.stream().map(Statement::article).distinct().count(), first.holderNames(), first.officeNames(), out);
    }

    /** The quads of one holding's node, stated by {@code articles} articles, the first of which gives these names. */
    private static void write(Holding h, long articles, List<Node> holderNames, List<Node> officeNames, Consumer<Quad> out) {
        Node graph = NG.officeHoldersGraph();
        Node node = iri(h);
        out.accept(Quad.create(graph, node, RDF.type.asNode(), NG.OfficeHolding));
        out.accept(Quad.create(graph, node, NG.holder, h.person()));
        out.accept(Quad.create(graph, node, NG.officeHeld, h.office()));
        out.accept(Quad.create(graph, node, NG.officeStatus, NodeFactory.createLiteralString(h.status())));
        out.accept(Quad.create(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(articles)));
        if (h.start() != null)
            out.accept(Quad.create(graph, node, NG.startDate, h.start()));
        if (h.end() != null)
            out.accept(Quad.create(graph, node, NG.endDate, h.end()));
        holderNames.forEach(name -> out.accept(Quad.create(graph, node, NG.holderName, name)));
        officeNames.forEach(name -> out.accept(Quad.create(graph, node, NG.officeName, name)));
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
