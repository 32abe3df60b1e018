package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.NG;

/**
 * What the graphs derived from all articles were last derived from, kept in the store's default graph (out of sight of
 * queries, which see the union of the named graphs) so that an added, changed or removed article redoes only the
 * surname groups, links and summary nodes it touches:
 * <ul>
 * <li>every graph's readings of its persons ({@link PersonIdentity.Reading}), each filed under its graph and under its
 * key's surname ({@link PersonIdentity#group(String)}), so that the readings of a graph, or of some keys, are a few
 * index ranges;</li>
 * <li>every key some reading has, filed under the group it is resolved in and under each of its words: that group
 * depends on other keys ({@link PersonIdentity#groups}), so a change that leaves the store's keys as they were leaves
 * every key in its group, looked up here, and any other change groups again the keys it reaches, found by their words
 * and groups ({@link KeyRegrouper});</li>
 * <li>the record nodes that each surname group (as {@link PersonIdentity#groups} names it) gave the links graph;</li>
 * <li>the graphs stored or removed since the last derivation, and the (person, office) and (person, race) pairs that
 * their earlier versions stated, whose summary nodes the next derivation redoes;</li>
 * <li>the article each office holding and candidacy takes its names from, the first in IRI order of those that
 * state it, so that an article that states it for the first time counts in without the others being read
 * ({@link OfficeHoldingSummary#add}, {@link CandidacySummary#add}).</li>
 * </ul>
 * A store without the index (built before it, bulk loaded, or emptied) is derived whole, which writes it. These IRIs
 * are the store's bookkeeping, not the ontology's. Stateless; the caller provides the transaction.
 */
final class DerivationIndex {
    private static final String NS = NG.ID + "store/derivation#";
    private static final Node DEFAULT = Quad.defaultGraphIRI;
    /**
     * Marks an index that holds every graph's readings and every key with its group and words as of the last
     * derivation. An index of an earlier version, without the keys, their groups or their words, has another mark
     * ({@link #OLD_MARKS}), and the store is derived whole.
     */
    private static final Node COMPLETE = term("completeWithKeyWords");
    private static final List<Node> OLD_MARKS = List.of(term("complete"), term("completeWithKeys"), term("completeWithKeyGroups"));
    private static final Node KEY = term("key");
    private static final Node KEY_WITH_WORD = term("keyWithWord");
    private static final Node READING = term("reading");
    private static final Node LINKS = term("links");
    private static final Node PENDING_GRAPH = term("pendingGraph");
    private static final Node PENDING_HOLDING = term("pendingHolding");
    private static final Node PENDING_CANDIDACY = term("pendingCandidacy");
    private static final Node FIRST_ARTICLE = term("firstArticle");
    private static final Node YES = NodeFactory.createLiteralString("true");
    /** Separates a reading's fields in its literal; no key, record id or graph IRI holds a tab. */
    private static final String TAB = "\t";

    private DerivationIndex() {}

    private static Node term(String name) {
        return NodeFactory.createURI(NS + name);
    }

    private static Node group(String group) {
        return NodeFactory.createURI(NS + "group-" + group);
    }

    /** Whether the index holds what the last derivation was made from, so that the next may be made from it. */
    static boolean isComplete(DatasetGraph dsg) {
        return dsg.contains(DEFAULT, NG.store(), COMPLETE, YES);
    }

    /** Drops the whole index, pending marks included. */
    static void clear(DatasetGraph dsg) {
        for (Node p : List.of(COMPLETE, READING, KEY, KEY_WITH_WORD, LINKS, PENDING_GRAPH, PENDING_HOLDING, PENDING_CANDIDACY, FIRST_ARTICLE))
            dsg.deleteAny(DEFAULT, Node.ANY, p, Node.ANY);
        for (Node p : OLD_MARKS)
            dsg.deleteAny(DEFAULT, Node.ANY, p, Node.ANY);
    }

    /** The mark of an index that is complete ({@link #isComplete}). */
    static Quad completeQuad() {
        return Quad.create(DEFAULT, NG.store(), COMPLETE, YES);
    }

    /**
     * Notes, before {@code graph} is deleted or written anew, that the next derivation must redo what it touched: the
     * graph itself, and the summary pairs its present version states (once it is gone, nothing says which they were).
     */
    static void markPending(DatasetGraph dsg, Node graph) {
        dsg.add(DEFAULT, NG.store(), PENDING_GRAPH, graph);
        for (PersonPair p : OfficeHoldingSummary.pairs(dsg, graph))
            dsg.add(DEFAULT, p.person(), PENDING_HOLDING, p.other());
        for (PersonPair p : CandidacySummary.pairs(dsg, graph))
            dsg.add(DEFAULT, p.person(), PENDING_CANDIDACY, p.other());
    }

    /** The graphs stored or removed since the last derivation, in IRI order. */
    static Set<Node> pendingGraphs(DatasetGraph dsg) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        Iter.forEach(dsg.find(DEFAULT, NG.store(), PENDING_GRAPH, Node.ANY), q -> out.add(q.getObject()));
        return out;
    }

    static Set<PersonPair> pendingHoldings(DatasetGraph dsg) {
        return pairs(dsg, PENDING_HOLDING);
    }

    static Set<PersonPair> pendingCandidacies(DatasetGraph dsg) {
        return pairs(dsg, PENDING_CANDIDACY);
    }

    private static Set<PersonPair> pairs(DatasetGraph dsg, Node property) {
        Set<PersonPair> out = new LinkedHashSet<>();
        Iter.forEach(dsg.find(DEFAULT, Node.ANY, property, Node.ANY), q -> out.add(new PersonPair(q.getSubject(), q.getObject())));
        return out;
    }

    /** Forgets the pending marks, once a derivation has redone what they name. */
    static void clearPending(DatasetGraph dsg) {
        for (Node p : List.of(PENDING_GRAPH, PENDING_HOLDING, PENDING_CANDIDACY))
            dsg.deleteAny(DEFAULT, Node.ANY, p, Node.ANY);
    }

    /** Files a reading under its graph and its key's surname. */
    static void add(DatasetGraph dsg, PersonIdentity.Reading r) {
        add(r, dsg::add);
    }

    /** The quads that file a reading under its graph and its key's surname. */
    static void add(PersonIdentity.Reading r, Consumer<Quad> out) {
        Node value = encode(r);
        out.accept(Quad.create(DEFAULT, NodeFactory.createURI(r.graph()), READING, value));
        out.accept(Quad.create(DEFAULT, group(PersonIdentity.group(r.key())), READING, value));
    }

    /** Takes every reading of {@code graph} out of the index; the keys are the caller's ({@link #setKeyGroup}). */
    static void removeGraph(DatasetGraph dsg, Node graph) {
        for (PersonIdentity.Reading r : readingsOfGraph(dsg, graph)) {
            Node value = encode(r);
            dsg.delete(DEFAULT, graph, READING, value);
            dsg.delete(DEFAULT, group(PersonIdentity.group(r.key())), READING, value);
        }
    }

    /**
     * Files {@code key} under the group it is now resolved in instead of the one it was in, null for none; a key that
     * comes or goes is filed under its words, or taken from under them, too.
     */
    static void setKeyGroup(DatasetGraph dsg, String key, String was, String now) {
        if (was == null) {
            if (now != null)
                addKey(key, now, dsg::add);
            return;
        }
        Node value = NodeFactory.createLiteralString(key);
        dsg.delete(DEFAULT, group(was), KEY, value);
        if (now != null)
            dsg.add(DEFAULT, group(now), KEY, value);
        else
            for (String word : words(key))
                dsg.delete(DEFAULT, word(word), KEY_WITH_WORD, value);
    }

    /** The quads that file a key new to the index under its group and its words. */
    static void addKey(String key, String group, Consumer<Quad> out) {
        Node value = NodeFactory.createLiteralString(key);
        out.accept(Quad.create(DEFAULT, group(group), KEY, value));
        for (String word : words(key))
            out.accept(Quad.create(DEFAULT, word(word), KEY_WITH_WORD, value));
    }

    private static Set<String> words(String key) {
        return new LinkedHashSet<>(Arrays.asList(key.split("-")));
    }

    /** The keys with this word. */
    static Set<String> keysWithWord(DatasetGraph dsg, String word) {
        Set<String> out = new HashSet<>();
        Iter.forEach(dsg.find(DEFAULT, word(word), KEY_WITH_WORD, Node.ANY), q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static Node word(String word) {
        return NodeFactory.createURI(NS + "word-" + word);
    }

    /** The group the key is resolved in, or null when no reading has it. */
    static String groupOfKey(DatasetGraph dsg, String key) {
        Iterator<Quad> it = dsg.find(DEFAULT, Node.ANY, KEY, NodeFactory.createLiteralString(key));
        try {
            return it.hasNext() ? groupName(it.next().getSubject()) : null;
        } finally {
            Iter.close(it);
        }
    }

    /** The keys resolved in the group. */
    static Set<String> keysOfGroup(DatasetGraph dsg, String group) {
        Set<String> out = new HashSet<>();
        Iter.forEach(dsg.find(DEFAULT, group(group), KEY, Node.ANY), q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static String groupName(Node node) {
        return node.getURI().substring((NS + "group-").length());
    }

    static List<PersonIdentity.Reading> readingsOfGraph(DatasetGraph dsg, Node graph) {
        return readings(dsg, graph);
    }

    /** The readings whose key is one of {@code keys}, read from the ranges of their surnames. */
    static List<PersonIdentity.Reading> readingsOfKeys(DatasetGraph dsg, Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        Set<String> surnames = new TreeSet<>();
        wanted.forEach(key -> surnames.add(PersonIdentity.group(key)));
        List<PersonIdentity.Reading> out = new ArrayList<>();
        for (String surname : surnames)
            for (PersonIdentity.Reading r : readings(dsg, group(surname)))
                if (wanted.contains(r.key()))
                    out.add(r);
        return out;
    }

    private static List<PersonIdentity.Reading> readings(DatasetGraph dsg, Node subject) {
        List<PersonIdentity.Reading> out = new ArrayList<>();
        Iter.forEach(dsg.find(DEFAULT, subject, READING, Node.ANY), q -> out.add(decode(q.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** Makes {@code keys} the record nodes the surname group gives the links graph. */
    static void setLinks(DatasetGraph dsg, String group, Collection<String> keys) {
        dsg.deleteAny(DEFAULT, group(group), LINKS, Node.ANY);
        addLinks(group, keys, dsg::add);
    }

    /** The quads that note {@code keys} as the record nodes the surname group gives the links graph. */
    static void addLinks(String group, Collection<String> keys, Consumer<Quad> out) {
        for (String key : keys)
            out.accept(Quad.create(DEFAULT, group(group), LINKS, NG.person(key)));
    }

    /** The surname groups that give the record node {@code key} to the links graph, in order. */
    static Set<String> groupsLinking(DatasetGraph dsg, String key) {
        Set<String> out = new TreeSet<>();
        Iter.forEach(dsg.find(DEFAULT, Node.ANY, LINKS, NG.person(key)), q -> out.add(groupName(q.getSubject())));
        return out;
    }

    /** Makes {@code article} the one the holding node takes its names from; null for none. */
    static void setFirstArticle(DatasetGraph dsg, Node holding, Node article) {
        dsg.deleteAny(DEFAULT, holding, FIRST_ARTICLE, Node.ANY);
        if (article != null)
            dsg.add(firstArticle(holding, article));
    }

    /** The quad that makes {@code article} the one the holding node, new to the index, takes its names from. */
    static Quad firstArticle(Node holding, Node article) {
        return Quad.create(DEFAULT, holding, FIRST_ARTICLE, article);
    }

    /** The article the holding node takes its names from, or null when the index does not say. */
    static Node firstArticle(DatasetGraph dsg, Node holding) {
        Iterator<Quad> it = dsg.find(DEFAULT, holding, FIRST_ARTICLE, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** graph, key, record (or "-"), whether it counts ("1" or "0"), then the other names, tab-separated. */
    private static Node encode(PersonIdentity.Reading r) {
        StringBuilder s = new StringBuilder(r.graph()).append(TAB).append(r.key()).append(TAB)
                .append(r.record() == null ? "-" : r.record()).append(TAB).append(r.counts() ? "1" : "0");
        for (String name : new TreeSet<>(r.names()))
            s.append(TAB).append(name);
        return NodeFactory.createLiteralString(s.toString());
    }

    private static PersonIdentity.Reading decode(String value) {
        String[] f = value.split(TAB, -1);
        return new PersonIdentity.Reading(f[0], f[1], f[2].equals("-") ? null : f[2], f[3].equals("1"),
                Set.copyOf(Arrays.asList(f).subList(4, f.length)));
    }
}
