package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.PROV;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.PersonLabeler;

/**
 * Keeps one node per person across the store. Every article graph keeps its own reading of each person (the key of
 * the name it gives and the record its context matched, {@code ng:matchesRecord}); {@link PersonIdentity} decides from
 * all readings which node each ends on, and each graph's person nodes are moved there: IRI and rdfs:label become the
 * node's, the name the article gave stays an altLabel, and {@code ng:localKey} keeps the article's own key, so that a
 * later decision can move the node again. A graph whose two persons would end on one node (the article kept them
 * apart) keeps the one whose key is the node's, or the first, there, and the other on its own key. Then the links
 * graph ({@code ng:referenceRecord} and {@code owl:sameAs} Wikidata per node) and the merges graph are written anew.
 * Stateless; the caller provides the write transaction.
 */
final class StoreIdentity {
    private final PersonIdentity identity;
    private final PersonLabeler labeler;

    StoreIdentity(PersonIdentity identity, PersonLabeler labeler) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.labeler = Objects.requireNonNull(labeler, "labeler");
    }

    /** One person node of one graph with the article's reading of it, and the label the graph gives it now. */
    private record Found(Node graph, Node node, PersonIdentity.Reading reading, String label) {
    }

    /** A node in a graph: the key of what the scans below collect. */
    private record InGraph(Node graph, Node node) {
    }

    /** What {@link #recompute} did, for reports and tests. */
    record Outcome(int moved, int keptApart, List<PersonIdentity.Merge> merges) {
    }

    /** Moves every person node to its node and writes the links and merges graphs; inside a write transaction. */
    Outcome recompute(DatasetGraph dsg) {
        List<Found> found = read(dsg);
        Set<String> keys = new HashSet<>();
        for (Found f : found)
            keys.add(f.reading().key());
        Map<String, String> groupOf = identity.groups(keys);
        Map<String, List<PersonIdentity.Reading>> groups = new TreeMap<>();
        for (Found f : found)
            groups.computeIfAbsent(groupOf.get(f.reading().key()), k -> new ArrayList<>()).add(f.reading());
        Map<PersonIdentity.Identity, PersonIdentity.Node> nodes = new HashMap<>();
        List<PersonIdentity.Merge> merges = new ArrayList<>();
        for (List<PersonIdentity.Reading> group : groups.values()) {
            PersonIdentity.Result result = identity.resolve(group);
            nodes.putAll(result.nodes());
            merges.addAll(result.merges());
        }
        Map<Node, List<Found>> byGraph = new LinkedHashMap<>();
        for (Found f : found)
            byGraph.computeIfAbsent(f.graph(), k -> new ArrayList<>()).add(f);
        int moved = 0;
        int keptApart = 0;
        Map<String, PersonIdentity.Node> linked = new TreeMap<>();
        for (Map.Entry<Node, List<Found>> e : byGraph.entrySet()) {
            Map<Node, Placement> placements = place(e.getValue(), nodes);
            for (Placement p : placements.values()) {
                if (p.keptApart)
                    keptApart++;
                if (p.node.record() != null && !p.keptApart)
                    linked.put(p.node.key(), p.node);
            }
            moved += move(dsg, e.getKey(), placements);
        }
        writeLinks(dsg, linked.values());
        writeMerges(dsg, merges);
        return new Outcome(moved, keptApart, merges);
    }

    /**
     * Every person node of every article and reader comments graph, with the reading its graph keeps of it. Each
     * property is read in one scan over the whole store, or looked up for the few nodes that need it, rather than
     * looked up node by node: on 10,000 articles that is seconds rather than a minute. A node without ng:localKey is
     * as its article wrote it, label included.
     */
    private List<Found> read(DatasetGraph dsg) {
        Map<InGraph, String> localKeys = literals(dsg, NG.localKey);
        Map<InGraph, String> records = new HashMap<>();
        scan(dsg, NG.matchesRecord, q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(NG.RECORD_BASE))
                records.put(new InGraph(q.getGraph(), q.getSubject()), q.getObject().getURI().substring(NG.RECORD_BASE.length()));
        });
        Set<Node> skip = new HashSet<>(NG.storeGraphs());
        Map<Node, Boolean> isArticle = new HashMap<>();
        List<InGraph> persons = new ArrayList<>();
        scan(dsg, RDF.Nodes.type, NG.Person, q -> {
            if (!skip.contains(q.getGraph()) && isPerson(q.getSubject()))
                persons.add(new InGraph(q.getGraph(), q.getSubject()));
        });
        Set<String> keys = new HashSet<>();
        for (InGraph at : persons)
            keys.add(localKeys.getOrDefault(at, NG.entityKey(at.node())));
        // Other names are evidence only where a first name may join another: looked up there alone.
        Set<String> variants = identity.keysWithFirstNameVariants(keys);
        List<Found> out = new ArrayList<>(persons.size());
        for (InGraph at : persons) {
            Node g = at.graph();
            boolean counts = isArticle.computeIfAbsent(g, k -> dsg.contains(k, k, RDF.Nodes.type, NG.Article));
            String local = localKeys.get(at);
            String key = local != null ? local : NG.entityKey(at.node());
            Set<String> others = variants.contains(key) ? otherNames(dsg, at, key) : Set.of();
            String label = local == null ? labeler.label(key) : literal(dsg, at, RDFS.Nodes.label);
            out.add(new Found(g, at.node(), new PersonIdentity.Reading(g.getURI(), key, records.get(at), counts, others), label));
        }
        return out;
    }

    /** The keys of the full names (two words or more) the graph gives the person besides {@code key}. */
    private static Set<String> otherNames(DatasetGraph dsg, InGraph at, String key) {
        Set<String> out = new TreeSet<>();
        Iterator<Quad> alts = dsg.find(at.graph(), at.node(), SKOS.altLabel.asNode(), Node.ANY);
        try {
            while (alts.hasNext()) {
                Node alt = alts.next().getObject();
                String text = alt.isLiteral() ? alt.getLiteralLexicalForm().strip() : "";
                if (text.indexOf(' ') < 0)
                    continue;
                try {
                    out.add(Entity.slug(text));
                } catch (IllegalArgumentException e) {
                    // nothing in it to make a key of
                }
            }
        } finally {
            Iter.close(alts);
        }
        out.remove(key);
        return out;
    }

    private static String literal(DatasetGraph dsg, InGraph at, Node property) {
        Iterator<Quad> it = dsg.find(at.graph(), at.node(), property, Node.ANY);
        try {
            if (!it.hasNext())
                return null;
            Node value = it.next().getObject();
            return value.isLiteral() ? value.getLiteralLexicalForm() : null;
        } finally {
            Iter.close(it);
        }
    }

    private static boolean isPerson(Node n) {
        return n.isURI() && n.getURI().startsWith(NG.ID + "person/");
    }

    private static Map<InGraph, String> literals(DatasetGraph dsg, Node property) {
        Map<InGraph, String> out = new HashMap<>();
        scan(dsg, property, q -> {
            if (isPerson(q.getSubject()) && q.getObject().isLiteral())
                out.put(new InGraph(q.getGraph(), q.getSubject()), q.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    private static void scan(DatasetGraph dsg, Node property, Consumer<Quad> action) {
        scan(dsg, property, Node.ANY, action);
    }

    private static void scan(DatasetGraph dsg, Node property, Node object, Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, property, object);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }

    /** Where one person node of a graph goes: the node, and whether the graph kept it apart on its own key. */
    private record Placement(Found found, PersonIdentity.Node node, boolean keptApart) {
    }

    /**
     * The node of each person of one graph. Two persons of one article never share a node: the one whose own key is
     * the node's, else the first by key, takes it; the others stay on their own keys.
     */
    private Map<Node, Placement> place(List<Found> found, Map<PersonIdentity.Identity, PersonIdentity.Node> nodes) {
        Map<String, List<Found>> byTarget = new TreeMap<>();
        for (Found f : found)
            byTarget.computeIfAbsent(nodes.get(f.reading().identity()).key(), k -> new ArrayList<>()).add(f);
        Map<Node, Placement> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(byTarget.keySet());
        for (Map.Entry<String, List<Found>> e : byTarget.entrySet()) {
            List<Found> all = e.getValue();
            all.sort((a, b) -> {
                boolean ownA = a.reading().key().equals(e.getKey());
                boolean ownB = b.reading().key().equals(e.getKey());
                return ownA != ownB ? (ownA ? -1 : 1) : a.reading().key().compareTo(b.reading().key());
            });
            out.put(all.get(0).node(), new Placement(all.get(0), nodes.get(all.get(0).reading().identity()), false));
            for (Found f : all.subList(1, all.size())) {
                String own = f.reading().key();
                if (taken.add(own))
                    out.put(f.node(), new Placement(f, new PersonIdentity.Node(own, labeler.label(own), null), true));
                else
                    out.put(f.node(), new Placement(f, nodes.get(f.reading().identity()), false));
            }
        }
        return out;
    }

    /**
     * Moves the person nodes of one graph that are not where they belong, all at once (one node may go where
     * another leaves): every quad about or pointing at them is read, deleted and written again with the new IRIs,
     * and labels, altLabels and localKey are set for the new node. Returns how many nodes moved or were relabelled.
     */
    private int move(DatasetGraph dsg, Node graph, Map<Node, Placement> placements) {
        Map<Node, Placement> changes = new LinkedHashMap<>();
        for (Map.Entry<Node, Placement> e : placements.entrySet()) {
            Placement p = e.getValue();
            boolean sameIri = NG.entityKey(e.getKey()).equals(p.node().key());
            boolean sameLabel = p.node().label().equals(p.found().label());
            if (!sameIri || !sameLabel)
                changes.put(e.getKey(), p);
        }
        if (changes.isEmpty())
            return 0;
        Set<Quad> touched = new LinkedHashSet<>();
        for (Node old : changes.keySet()) {
            touched.addAll(Iter.toList(dsg.find(graph, old, Node.ANY, Node.ANY)));
            touched.addAll(Iter.toList(dsg.find(graph, Node.ANY, Node.ANY, old)));
        }
        Map<Node, Set<String>> names = new HashMap<>();
        List<Quad> rewritten = new ArrayList<>();
        for (Quad q : touched) {
            dsg.delete(q);
            Node s = q.getSubject();
            Node p = q.getPredicate();
            if (changes.containsKey(s) && (p.equals(RDFS.Nodes.label) || p.equals(SKOS.altLabel.asNode()) || p.equals(NG.localKey))) {
                // The label was the node's, not the article's: only the altLabels are names the article wrote.
                if (p.equals(SKOS.altLabel.asNode()) && q.getObject().isLiteral())
                    names.computeIfAbsent(s, k -> new TreeSet<>()).add(q.getObject().getLiteralLexicalForm());
                continue;
            }
            rewritten.add(Quad.create(graph, iri(s, changes), p, iri(q.getObject(), changes)));
        }
        rewritten.forEach(dsg::add);
        for (Map.Entry<Node, Placement> e : changes.entrySet()) {
            Placement p = e.getValue();
            Node node = NG.person(p.node().key());
            String localKey = p.found().reading().key();
            String localLabel = labeler.label(localKey);
            // The article's names: the altLabels, which hold the label of its own key once a move has been made.
            Set<String> all = new TreeSet<>(names.getOrDefault(e.getKey(), Set.of()));
            all.add(localLabel);
            if (p.node().label().equals(localLabel))
                all.remove(localLabel);
            dsg.add(graph, node, RDFS.Nodes.label, NodeFactory.createLiteralString(p.node().label()));
            for (String name : all)
                dsg.add(graph, node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(name));
            // The mark of a node the store changed: without it a node is as its article wrote it.
            if (!p.node().key().equals(localKey) || !p.node().label().equals(localLabel))
                dsg.add(graph, node, NG.localKey, NodeFactory.createLiteralString(localKey));
        }
        return changes.size();
    }

    private static Node iri(Node n, Map<Node, Placement> changes) {
        Placement p = changes.get(n);
        return p == null ? n : NG.person(p.node().key());
    }

    private static void writeLinks(DatasetGraph dsg, Collection<PersonIdentity.Node> linked) {
        Node graph = NG.linksGraph();
        Set<Quad> quads = new HashSet<>();
        for (PersonIdentity.Node n : linked) {
            Node person = NG.person(n.key());
            quads.add(Quad.create(graph, person, NG.referenceRecord, NG.record(n.record().id())));
            if (n.record().wikidataIri() != null)
                quads.add(Quad.create(graph, person, OWL.sameAs.asNode(), NodeFactory.createURI(n.record().wikidataIri())));
        }
        replace(dsg, graph, quads);
    }

    private static void writeMerges(DatasetGraph dsg, List<PersonIdentity.Merge> merges) {
        Node graph = NG.mergesGraph();
        Set<Quad> quads = new HashSet<>();
        for (PersonIdentity.Merge m : merges) {
            Node node = NodeFactory.createURI(NG.ID + "merge/" + m.from() + "/" + slug(m.into()) + "/" + Entity.slug(m.rule()));
            quads.add(Quad.create(graph, node, RDF.Nodes.type, NG.Merge));
            // "from -> to", as a veto names the merge.
            quads.add(Quad.create(graph, node, RDFS.Nodes.label, NodeFactory.createLiteralString(m.from() + " -> " + m.into())));
            quads.add(Quad.create(graph, node, NG.mergedKey, NodeFactory.createLiteralString(m.from())));
            if (m.into().matches("[a-z0-9]+(-[a-z0-9]+)*"))
                quads.add(Quad.create(graph, node, NG.mergedInto, NG.person(m.into())));
            else if (!m.vetoed())
                quads.add(Quad.create(graph, node, NG.mergedInto, NG.person(m.from())));
            quads.add(Quad.create(graph, node, NG.mergeRule, NodeFactory.createLiteralString(m.rule())));
            quads.add(Quad.create(graph, node, RDFS.Nodes.comment, NodeFactory.createLiteralString(m.evidence())));
            quads.add(Quad.create(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(m.articles())));
            quads.add(Quad.create(graph, node, PROV.wasDerivedFrom, NodeFactory.createURI(m.example())));
            if (m.record() != null)
                quads.add(Quad.create(graph, node, NG.referenceRecord, NG.record(m.record().id())));
            if (m.vetoed())
                quads.add(Quad.create(graph, node, NG.vetoed, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        }
        replace(dsg, graph, quads);
    }

    /** Makes the graph hold exactly these quads, writing only what changed (most of it, most of the time, nothing). */
    private static void replace(DatasetGraph dsg, Node graph, Set<Quad> quads) {
        List<Quad> old = Iter.toList(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
        for (Quad q : old)
            if (!quads.contains(q))
                dsg.delete(q);
        Set<Quad> kept = new HashSet<>(old);
        for (Quad q : quads)
            if (!kept.contains(q))
                dsg.add(q);
    }

    private static String slug(String into) {
        return into.startsWith("record:") ? "record-" + into.substring("record:".length()) : Entity.slug(into);
    }
}
