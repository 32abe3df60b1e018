package org.newsgraph.graph.store;

import java.io.Serializable;
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
 * apart) keeps the one whose key is the node's, or the first, there, and the other on its own key. The links graph
 * gives {@code ng:referenceRecord} and {@code owl:sameAs} Wikidata to each node with a record, and the merges graph
 * records every merge.
 *
 * <p>{@link #recompute} does all of it from every graph and writes the {@link DerivationIndex} of the readings;
 * {@link #update} redoes only the surname groups that the graphs changed since then touch, or whose keys they moved
 * to another group, reading their readings from the index, and moves only the graphs whose persons now end elsewhere.
 * Both give the same store: the groups are a pure function of the store's keys, each group's nodes of its readings,
 * and a graph's placement of the nodes of its readings. So {@link #recompute} is made of steps that also run apart, as
 * the Spark job runs them on articles it sees only through group-bys: the {@link #readings} of each article, the
 * {@link #groups} of all their keys, each group derived alone ({@link #deriveGroup}), and each article's graphs
 * {@link #place placed} on the nodes of its readings.
 * Stateless; the caller provides the write transaction.
 */
public final class StoreIdentity {
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

    /** Moves every person node to its node, writes the links and merges graphs and the index anew; inside a write transaction. */
    void recompute(DatasetGraph dsg) {
        List<Found> found = readAll(dsg);
        List<PersonIdentity.Reading> readings = new ArrayList<>();
        found.forEach(f -> readings.add(f.reading()));
        Set<String> keys = new HashSet<>();
        readings.forEach(r -> keys.add(r.key()));
        Map<String, String> groupOf = groups(keys);
        Map<String, List<PersonIdentity.Reading>> groups = new TreeMap<>();
        for (PersonIdentity.Reading r : readings)
            groups.computeIfAbsent(groupOf.get(r.key()), k -> new ArrayList<>()).add(r);
        DerivationIndex.clear(dsg);
        Map<PersonIdentity.Identity, PersonIdentity.Node> nodes = new HashMap<>();
        Set<Quad> merges = new HashSet<>();
        Map<String, PersonIdentity.Node> linked = new TreeMap<>();
        // The merges are gathered to write only what changed; the index was cleared.
        Consumer<Quad> out = q -> {
            if (q.getGraph().equals(NG.mergesGraph()))
                merges.add(q);
            else
                dsg.add(q);
        };
        groups.forEach((group, members) -> {
            GroupNodes result = deriveGroup(group, members, out);
            nodes.putAll(result.nodes());
            result.linked().forEach(n -> linked.merge(n.key(), n, StoreIdentity::firstRecord));
        });
        Map<Node, List<Found>> byGraph = new LinkedHashMap<>();
        for (Found f : found)
            byGraph.computeIfAbsent(f.graph(), k -> new ArrayList<>()).add(f);
        byGraph.forEach((graph, persons) -> move(dsg, graph, place(persons, nodes)));
        Set<Quad> links = new HashSet<>();
        linked.values().forEach(n -> linkQuads(n, links::add));
        replace(dsg, NG.linksGraph(), links);
        replace(dsg, NG.mergesGraph(), merges);
        indexComplete(dsg::add);
    }

    /**
     * The group each key is resolved in ({@link PersonIdentity#groups}): a function of all the keys of the store, so
     * that a job that sees the readings apart gathers the keys first.
     */
    public Map<String, String> groups(Collection<String> keys) {
        return identity.groups(keys);
    }

    /**
     * Where one surname group's identities end, and the nodes with a record among them, which the links graph links
     * ({@link #linkQuads}; of two with one key, {@link #firstRecord}).
     */
    public record GroupNodes(Map<PersonIdentity.Identity, PersonIdentity.Node> nodes, List<PersonIdentity.Node> linked)
            implements Serializable {
    }

    /**
     * Decides who is who among the readings of one surname group (all readings of the store whose key {@link #groups}
     * puts in it) and sends the group's merges and its part of the {@link DerivationIndex}: its readings, its keys and
     * the record nodes it links.
     */
    public GroupNodes deriveGroup(String group, Collection<PersonIdentity.Reading> readings, Consumer<Quad> out) {
        PersonIdentity.Result result = identity.resolve(readings);
        result.merges().forEach(m -> mergeQuads(m, out));
        Map<String, PersonIdentity.Node> links = links(result);
        DerivationIndex.addLinks(group, links.keySet(), out);
        readings.forEach(r -> DerivationIndex.add(r, out));
        Set<String> keys = new TreeSet<>();
        readings.forEach(r -> keys.add(r.key()));
        keys.forEach(key -> DerivationIndex.addKey(key, group, out));
        return new GroupNodes(result.nodes(), List.copyOf(links.values()));
    }

    /** Sends the mark of a {@link DerivationIndex} that holds everything the derivation was made from. */
    public static void indexComplete(Consumer<Quad> out) {
        out.accept(DerivationIndex.completeQuad());
    }

    /** The readings of the persons of every graph in {@code graphs}: one article's graphs, read apart from the store. */
    public List<PersonIdentity.Reading> readings(DatasetGraph graphs) {
        List<PersonIdentity.Reading> out = new ArrayList<>();
        personGraphs(graphs).forEach(graph -> readGraph(graphs, graph).forEach(f -> out.add(f.reading())));
        return out;
    }

    /**
     * Moves the persons of every graph in {@code graphs} (one article's, read apart from the store) to their nodes, as
     * {@link #recompute} moves those of the store; {@code nodes} holds the node of each of their readings' identities.
     */
    public void place(DatasetGraph graphs, Map<PersonIdentity.Identity, PersonIdentity.Node> nodes) {
        for (Node graph : personGraphs(graphs))
            move(graphs, graph, place(readGraph(graphs, graph), nodes));
    }

    private static List<Node> personGraphs(DatasetGraph graphs) {
        Set<Node> skip = new HashSet<>(NG.storeGraphs());
        List<Node> out = new ArrayList<>();
        graphs.listGraphNodes().forEachRemaining(graph -> {
            if (graph.isURI() && !skip.contains(graph))
                out.add(graph);
        });
        return out;
    }

    /**
     * Redoes who is who for the graphs stored or removed since the last derivation ({@code pending}), from the
     * {@link DerivationIndex}. The group each key is resolved in depends on all keys of the store
     * ({@link PersonIdentity#groups}): when the change leaves the store's keys as they were, every key stays in the
     * group the index files it under; else the keys the change reaches are grouped again ({@link KeyRegrouper}). A group is
     * resolved again, before and after, when it holds a key of the pending graphs' readings, old or new, or a key whose
     * group the change made another. The pending graphs, and every graph with a reading whose node the change moved,
     * are placed again; the links and merges of those groups are written again, and the index takes the pending graphs'
     * new readings. Every other group holds the same readings as before and so gives the same nodes. Inside a write
     * transaction, on a store whose index is complete.
     *
     * @param moving told of each graph other than the pending ones just before its persons may move
     * @return the graphs placed again: the pending ones that exist and those whose persons moved
     */
    Set<Node> update(DatasetGraph dsg, Set<Node> pending, Consumer<Node> moving) {
        Map<Node, List<Found>> found = new LinkedHashMap<>();
        for (Node graph : pending)
            if (dsg.containsGraph(graph))
                found.put(graph, readGraph(dsg, graph));
        Set<String> pendingIris = new HashSet<>();
        pending.forEach(g -> pendingIris.add(g.getURI()));

        // The keys of the pending graphs' readings, old and new.
        Set<String> oldKeys = new TreeSet<>();
        Set<String> newKeys = new HashSet<>();
        for (Node graph : pending)
            for (PersonIdentity.Reading r : DerivationIndex.readingsOfGraph(dsg, graph))
                oldKeys.add(r.key());
        found.values().forEach(persons -> persons.forEach(f -> newKeys.add(f.reading().key())));
        Set<String> changedKeys = new TreeSet<>(oldKeys);
        changedKeys.addAll(newKeys);
        IndexedGrouping groupBefore = new IndexedGrouping(dsg);
        // Keys that change group, with the group they go to (null for a key that leaves the store).
        Map<String, String> moved = new TreeMap<>();
        Set<String> added = new TreeSet<>();
        for (String key : newKeys)
            if (groupBefore.groupOf(key) == null)
                added.add(key);
        Set<String> removed = keysGone(dsg, oldKeys, newKeys, pendingIris);
        // When the store keeps its keys, each key is in the group it was in, which the index says; else the keys the
        // change reaches are grouped again.
        if (!added.isEmpty() || !removed.isEmpty())
            new KeyRegrouper(identity).regroup(groupBefore, added, removed).forEach((key, group) -> {
                if (!Objects.equals(groupBefore.groupOf(key), group))
                    moved.put(key, group);
            });
        Grouping groupAfter = moved.isEmpty() ? groupBefore : new RegroupedGrouping(groupBefore, moved);

        Set<String> touched = new TreeSet<>();
        for (String key : changedKeys) {
            if (groupBefore.groupOf(key) != null)
                touched.add(groupBefore.groupOf(key));
            if (groupAfter.groupOf(key) != null)
                touched.add(groupAfter.groupOf(key));
        }
        moved.forEach((key, group) -> {
            String was = groupBefore.groupOf(key);
            if (was != null && group != null) {
                touched.add(was);
                touched.add(group);
            }
        });
        Set<String> touchedKeys = new HashSet<>();
        for (String group : touched) {
            touchedKeys.addAll(groupBefore.members(group));
            touchedKeys.addAll(groupAfter.members(group));
        }
        List<PersonIdentity.Reading> indexed = DerivationIndex.readingsOfKeys(dsg, touchedKeys);

        Map<String, PersonIdentity.Result> before = new TreeMap<>();
        Map<String, PersonIdentity.Result> after = new TreeMap<>();
        Map<String, List<PersonIdentity.Reading>> nowByGroup = new TreeMap<>();
        for (String group : touched) {
            List<PersonIdentity.Reading> old = new ArrayList<>();
            List<PersonIdentity.Reading> now = new ArrayList<>();
            for (PersonIdentity.Reading r : indexed) {
                if (group.equals(groupBefore.groupOf(r.key())))
                    old.add(r);
                if (!pendingIris.contains(r.graph()) && group.equals(groupAfter.groupOf(r.key())))
                    now.add(r);
            }
            found.values().forEach(persons -> persons.forEach(f -> {
                if (group.equals(groupAfter.groupOf(f.reading().key())))
                    now.add(f.reading());
            }));
            before.put(group, resolve(old));
            after.put(group, resolve(now));
            nowByGroup.put(group, now);
        }
        // A key that changed group was resolved in one group before and another after: its nodes are compared across.
        Map<PersonIdentity.Identity, PersonIdentity.Node> was = new HashMap<>();
        before.values().forEach(result -> was.putAll(result.nodes()));
        Map<PersonIdentity.Identity, PersonIdentity.Node> nodes = new HashMap<>();
        after.values().forEach(result -> nodes.putAll(result.nodes()));
        Set<Node> place = new LinkedHashSet<>(found.keySet());
        for (List<PersonIdentity.Reading> now : nowByGroup.values())
            for (PersonIdentity.Reading r : now)
                if (!Objects.equals(was.get(r.identity()), nodes.get(r.identity())))
                    place.add(NodeFactory.createURI(r.graph()));

        // The nodes of every reading of the graphs to place, their other groups unchanged and read as they are.
        Map<String, PersonIdentity.Result> unchanged = new HashMap<>();
        for (Node graph : place) {
            if (!found.containsKey(graph)) {
                moving.accept(graph);
                found.put(graph, readGraph(dsg, graph));
            }
            for (Found f : found.get(graph)) {
                String group = groupAfter.groupOf(f.reading().key());
                if (!after.containsKey(group) && !unchanged.containsKey(group)) {
                    PersonIdentity.Result result = resolveUnchanged(dsg, groupAfter.members(group));
                    unchanged.put(group, result);
                    nodes.putAll(result.nodes());
                }
            }
        }
        for (Node graph : place)
            move(dsg, graph, place(found.get(graph), nodes));

        for (Node graph : pending) {
            DerivationIndex.removeGraph(dsg, graph);
            found.getOrDefault(graph, List.of()).forEach(f -> DerivationIndex.add(dsg, f.reading()));
        }
        updateLinks(dsg, before, after, unchanged, groupAfter);
        // Last, as the groups before are read from the index until here.
        moved.forEach((key, group) -> DerivationIndex.setKeyGroup(dsg, key, groupBefore.groupOf(key), group));
        // All deletions first: a merge of a key that changed group is deleted with its old group and written with its new.
        for (String group : touched)
            before.get(group).merges().forEach(m -> dsg.deleteAny(NG.mergesGraph(), mergeNode(m), Node.ANY, Node.ANY));
        for (String group : touched)
            after.get(group).merges().forEach(m -> mergeQuads(m, dsg::add));
        return place;
    }

    /** The keys the pending graphs had that no longer are: none of their new readings and no other graph's has them. */
    private static Set<String> keysGone(DatasetGraph dsg, Set<String> oldKeys, Set<String> newKeys, Set<String> pendingIris) {
        Set<String> gone = new TreeSet<>(oldKeys);
        gone.removeAll(newKeys);
        if (gone.isEmpty())
            return gone;
        for (PersonIdentity.Reading r : DerivationIndex.readingsOfKeys(dsg, gone))
            if (!pendingIris.contains(r.graph()))
                gone.remove(r.key());
        return gone;
    }

    /** Which group each key of the store is resolved in ({@link PersonIdentity#groups}), and the keys of a group. */
    private interface Grouping {
        /** The key's group, or null for a key the store does not have. */
        String groupOf(String key);

        Set<String> members(String group);
    }

    /** The groups before a change with the keys it moved: key -> the group it is in now, null for a key that left. */
    private static final class RegroupedGrouping implements Grouping {
        private final Grouping before;
        private final Map<String, String> moved;
        private final Map<String, Set<String>> members = new HashMap<>();

        RegroupedGrouping(Grouping before, Map<String, String> moved) {
            this.before = before;
            this.moved = moved;
        }

        @Override
        public String groupOf(String key) {
            return moved.containsKey(key) ? moved.get(key) : before.groupOf(key);
        }

        @Override
        public Set<String> members(String group) {
            return members.computeIfAbsent(group, g -> {
                Set<String> out = new HashSet<>(before.members(g));
                out.removeAll(moved.keySet());
                moved.forEach((key, now) -> {
                    if (g.equals(now))
                        out.add(key);
                });
                return out;
            });
        }
    }

    /** The groups as the index records them, looked up key by key, group by group and word by word. */
    private static final class IndexedGrouping implements Grouping, KeyRegrouper.GroupedKeys {
        private final DatasetGraph dsg;
        private final Map<String, String> groupOf = new HashMap<>();
        private final Map<String, Set<String>> members = new HashMap<>();
        private final Map<String, Set<String>> withWord = new HashMap<>();

        IndexedGrouping(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public String groupOf(String key) {
            return groupOf.computeIfAbsent(key, k -> DerivationIndex.groupOfKey(dsg, k));
        }

        @Override
        public Set<String> members(String group) {
            return members.computeIfAbsent(group, g -> DerivationIndex.keysOfGroup(dsg, g));
        }

        @Override
        public boolean has(String key) {
            return groupOf(key) != null;
        }

        @Override
        public Set<String> withWord(String word) {
            return withWord.computeIfAbsent(word, w -> DerivationIndex.keysWithWord(dsg, w));
        }
    }

    /** A group's nodes and merges; a group no key is in any more has none. */
    private PersonIdentity.Result resolve(List<PersonIdentity.Reading> readings) {
        return readings.isEmpty() ? new PersonIdentity.Result(Map.of(), List.of()) : identity.resolve(readings);
    }

    /** A group the change left as it was, resolved from the readings of its keys in the index. */
    private PersonIdentity.Result resolveUnchanged(DatasetGraph dsg, Set<String> keys) {
        return resolve(DerivationIndex.readingsOfKeys(dsg, keys));
    }

    /**
     * Writes again the links of the record nodes that the touched groups gave before or give now. A node keeps its
     * links while any surname group gives it; when several do (readings of two surnames matched to one record), the
     * node with the lowest record id is linked, as {@link #recompute} does.
     */
    private void updateLinks(DatasetGraph dsg, Map<String, PersonIdentity.Result> before, Map<String, PersonIdentity.Result> after,
                             Map<String, PersonIdentity.Result> unchanged, Grouping groupAfter) {
        Set<String> keys = new TreeSet<>();
        before.values().forEach(result -> keys.addAll(links(result).keySet()));
        after.forEach((group, result) -> {
            Map<String, PersonIdentity.Node> links = links(result);
            keys.addAll(links.keySet());
            DerivationIndex.setLinks(dsg, group, links.keySet());
        });
        for (String key : keys) {
            PersonIdentity.Node chosen = null;
            for (String group : DerivationIndex.groupsLinking(dsg, key)) {
                PersonIdentity.Result result = after.containsKey(group) ? after.get(group)
                        : unchanged.computeIfAbsent(group, g -> resolveUnchanged(dsg, groupAfter.members(g)));
                PersonIdentity.Node n = links(result).get(key);
                if (n != null)
                    chosen = chosen == null ? n : firstRecord(chosen, n);
            }
            dsg.deleteAny(NG.linksGraph(), NG.person(key), Node.ANY, Node.ANY);
            if (chosen != null)
                linkQuads(chosen, dsg::add);
        }
    }

    /** The nodes with a record that a group's readings end on, by key: each is linked to its record. */
    private static Map<String, PersonIdentity.Node> links(PersonIdentity.Result result) {
        Map<String, PersonIdentity.Node> out = new TreeMap<>();
        for (PersonIdentity.Node n : result.nodes().values())
            if (n.record() != null)
                out.merge(n.key(), n, StoreIdentity::firstRecord);
        return out;
    }

    /** Of two nodes with one key and a record each, the one with the lower record id: the same whatever came first. */
    public static PersonIdentity.Node firstRecord(PersonIdentity.Node a, PersonIdentity.Node b) {
        return a.record().id().compareTo(b.record().id()) <= 0 ? a : b;
    }

    /**
     * Every person node of every article and reader comments graph, with the reading its graph keeps of it. Each
     * property is read in one scan over the whole store rather than looked up node by node: on 10,000 articles that
     * is seconds rather than a minute. A node without ng:localKey is as its article wrote it, label included.
     */
    private List<Found> readAll(DatasetGraph dsg) {
        Map<InGraph, String> localKeys = literals(dsg, NG.localKey);
        Map<InGraph, List<String>> altLabels = new HashMap<>();
        scan(dsg, SKOS.altLabel.asNode(), q -> {
            if (isPerson(q.getSubject()) && q.getObject().isLiteral())
                altLabels.computeIfAbsent(new InGraph(q.getGraph(), q.getSubject()), k -> new ArrayList<>())
                        .add(q.getObject().getLiteralLexicalForm());
        });
        Map<InGraph, String> records = new HashMap<>();
        scan(dsg, NG.matchesRecord, q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(NG.RECORD_BASE))
                records.put(new InGraph(q.getGraph(), q.getSubject()), q.getObject().getURI().substring(NG.RECORD_BASE.length()));
        });
        Set<Node> skip = new HashSet<>(NG.storeGraphs());
        Map<Node, Boolean> isArticle = new HashMap<>();
        List<Found> out = new ArrayList<>();
        scan(dsg, RDF.Nodes.type, NG.Person, q -> {
            InGraph at = new InGraph(q.getGraph(), q.getSubject());
            if (skip.contains(at.graph()) || !isPerson(at.node()))
                return;
            boolean counts = isArticle.computeIfAbsent(at.graph(), k -> dsg.contains(k, k, RDF.Nodes.type, NG.Article));
            String local = localKeys.get(at);
            // Only a node the store moved has a label other than its key's: looked up there alone.
            String label = local == null ? null : literal(dsg, at, RDFS.Nodes.label);
            out.add(found(at, local, records.get(at), counts, altLabels.getOrDefault(at, List.of()), label));
        });
        return out;
    }

    /** The person nodes of one graph with their readings, looked up node by node: for the few graphs an update places. */
    private List<Found> readGraph(DatasetGraph dsg, Node graph) {
        boolean counts = dsg.contains(graph, graph, RDF.Nodes.type, NG.Article);
        List<Found> out = new ArrayList<>();
        for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, RDF.Nodes.type, NG.Person))) {
            InGraph at = new InGraph(graph, q.getSubject());
            if (!isPerson(at.node()))
                continue;
            String record = null;
            for (Node r : objects(dsg, at, NG.matchesRecord))
                if (r.isURI() && r.getURI().startsWith(NG.RECORD_BASE))
                    record = r.getURI().substring(NG.RECORD_BASE.length());
            List<String> alts = new ArrayList<>();
            for (Node alt : objects(dsg, at, SKOS.altLabel.asNode()))
                if (alt.isLiteral())
                    alts.add(alt.getLiteralLexicalForm());
            String local = literal(dsg, at, NG.localKey);
            out.add(found(at, local, record, counts, alts, local == null ? null : literal(dsg, at, RDFS.Nodes.label)));
        }
        return out;
    }

    /**
     * A person node as found: its key is the article's own ({@code ng:localKey}, else the IRI's), and its other names
     * those of its altLabels that are first-name variants of the key ("bob-mueller" beside "robert-mueller"), the only
     * ones {@link PersonIdentity} weighs.
     */
    private Found found(InGraph at, String localKey, String record, boolean counts, List<String> altLabels, String label) {
        String key = localKey != null ? localKey : NG.entityKey(at.node());
        Set<String> names = new TreeSet<>();
        for (String alt : altLabels) {
            String text = alt.strip();
            if (text.indexOf(' ') < 0)
                continue;
            try {
                String name = Entity.slug(text);
                if (identity.keysWithFirstNameVariants(List.of(key, name)).contains(key))
                    names.add(name);
            } catch (IllegalArgumentException e) {
                // nothing in it to make a key of
            }
        }
        return new Found(at.graph(), at.node(), new PersonIdentity.Reading(at.graph().getURI(), key, record, counts, names),
                localKey == null ? labeler.label(key) : label);
    }

    private static List<Node> objects(DatasetGraph dsg, InGraph at, Node property) {
        return Iter.toList(Iter.map(dsg.find(at.graph(), at.node(), property, Node.ANY), Quad::getObject));
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
                out.putIfAbsent(new InGraph(q.getGraph(), q.getSubject()), q.getObject().getLiteralLexicalForm());
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

    /** The links graph's quads of one node with a record: its record, and its Wikidata item. */
    public static void linkQuads(PersonIdentity.Node n, Consumer<Quad> out) {
        Node graph = NG.linksGraph();
        Node person = NG.person(n.key());
        out.accept(Quad.create(graph, person, NG.referenceRecord, NG.record(n.record().id())));
        if (n.record().wikidataIri() != null)
            out.accept(Quad.create(graph, person, OWL.sameAs.asNode(), NodeFactory.createURI(n.record().wikidataIri())));
    }

    /** The merge's node: {@code id/merge/{from}/{into}/{rule}}; a surname group's merges all start from its keys. */
    private static Node mergeNode(PersonIdentity.Merge m) {
        return NodeFactory.createURI(NG.ID + "merge/" + m.from() + "/" + slug(m.into()) + "/" + Entity.slug(m.rule()));
    }

    private static void mergeQuads(PersonIdentity.Merge m, Consumer<Quad> out) {
        Node graph = NG.mergesGraph();
        Node node = mergeNode(m);
        out.accept(Quad.create(graph, node, RDF.Nodes.type, NG.Merge));
        // "from -> to", as a veto names the merge.
        out.accept(Quad.create(graph, node, RDFS.Nodes.label, NodeFactory.createLiteralString(m.from() + " -> " + m.into())));
        out.accept(Quad.create(graph, node, NG.mergedKey, NodeFactory.createLiteralString(m.from())));
        if (m.into().matches("[a-z0-9]+(-[a-z0-9]+)*"))
            out.accept(Quad.create(graph, node, NG.mergedInto, NG.person(m.into())));
        else if (!m.vetoed())
            out.accept(Quad.create(graph, node, NG.mergedInto, NG.person(m.from())));
        out.accept(Quad.create(graph, node, NG.mergeRule, NodeFactory.createLiteralString(m.rule())));
        out.accept(Quad.create(graph, node, RDFS.Nodes.comment, NodeFactory.createLiteralString(m.evidence())));
        out.accept(Quad.create(graph, node, NG.articleCount, NodeFactoryExtra.intToNode(m.articles())));
        out.accept(Quad.create(graph, node, PROV.wasDerivedFrom, NodeFactory.createURI(m.example())));
        if (m.record() != null)
            out.accept(Quad.create(graph, node, NG.referenceRecord, NG.record(m.record().id())));
        if (m.vetoed())
            out.accept(Quad.create(graph, node, NG.vetoed, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
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
