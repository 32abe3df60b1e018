package org.newsgraph.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;

/**
 * Every entity's names (rdfs:label and skos:altLabel) in memory, matched loosely as people type them: case, accents
 * and punctuation do not matter ({@code o'rourke} finds "Beto O'Rourke"), each word typed may be the start of a word
 * of the name in any order ({@code jeff sess}, {@code sessions j}), and a word of four letters or more may have a
 * typo ({@code sesions}). Better matches come first, then the more connected entities. Also knows how many facts and
 * distinct neighbours each entity has. Immutable once built, so any number of requests may share it.
 */
final class NameIndex {
    /** What a search found: the entity, the name that matched, and how connected the entity is. */
    record Hit(String iri, String label, String type, String matchedName, int facts, int neighbours, int quality) {}

    private record Name(String iri, String name, String normalized, String[] words) {}

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final LevenshteinDistance TYPOS = new LevenshteinDistance(2);

    private final List<Name> names;
    private final Map<String, String> labels;
    private final Map<String, Integer> facts;
    private final Map<String, Integer> neighbours;

    private NameIndex(List<Name> names, Map<String, String> labels, Map<String, Integer> facts, Map<String, Integer> neighbours) {
        this.names = names;
        this.labels = labels;
        this.facts = facts;
        this.neighbours = neighbours;
    }

    /** Reads the names and counts of every entity; call inside a read transaction. */
    static NameIndex build(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        Map<String, String> labels = new HashMap<>();
        List<Name> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node property : new Node[] {RDFS.Nodes.label, SKOS.altLabel.asNode()}) {
            union.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().isURI() || !t.getObject().isLiteral())
                    return;
                String iri = t.getSubject().getURI();
                String type = SitePaths.type(iri);
                if (type == null || type.equals(SitePaths.ARTICLE))
                    return;
                String name = t.getObject().getLiteralLexicalForm();
                if (property.equals(RDFS.Nodes.label))
                    labels.putIfAbsent(iri, name);
                String normalized = normalize(name);
                if (!normalized.isEmpty() && seen.add(iri + "\n" + normalized))
                    names.add(new Name(iri, name, normalized, normalized.split(" ")));
            });
        }
        Map<String, Integer> facts = new HashMap<>();
        for (Node end : new Node[] {RDF.Nodes.subject, RDF.Nodes.object})
            dsg.find(Node.ANY, Node.ANY, end, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI())
                    facts.merge(q.getObject().getURI(), 1, Integer::sum);
            });
        Map<String, Set<String>> linked = new HashMap<>();
        for (Relation relation : Relation.values())
            union.find(Node.ANY, NG.property(relation), Node.ANY).forEachRemaining(t -> {
                String s = t.getSubject().toString();
                String o = t.getObject().toString();
                linked.computeIfAbsent(s, k -> new HashSet<>()).add(o);
                linked.computeIfAbsent(o, k -> new HashSet<>()).add(s);
            });
        Map<String, Integer> neighbours = new HashMap<>();
        linked.forEach((iri, others) -> neighbours.put(iri, others.size()));
        return new NameIndex(List.copyOf(names), Map.copyOf(labels), Map.copyOf(facts), Map.copyOf(neighbours));
    }

    /** Lower case, accents and punctuation dropped, words separated by one space. */
    static String normalize(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The best matches for what a person typed, at most {@code limit}, one per entity. */
    List<Hit> search(String typed, int limit) {
        String query = normalize(typed == null ? "" : typed);
        if (query.isEmpty())
            return List.of();
        String[] words = query.split(" ");
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Name name : names) {
            int quality = quality(query, words, name);
            if (quality == 0)
                continue;
            Hit before = best.get(name.iri());
            if (before == null || before.quality() < quality)
                best.put(name.iri(), hit(name.iri(), name.name(), quality));
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Hit::quality).reversed().thenComparing(Comparator.comparingInt(Hit::neighbours).reversed())
                .thenComparing(Comparator.comparingInt(Hit::facts).reversed()).thenComparing(Hit::label));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** The entities of a type ({@code person}) with the most distinct neighbours, then the most facts. */
    List<Hit> mostConnected(String type, int limit) {
        return neighbours.keySet().stream().filter(iri -> type.equals(SitePaths.type(iri)))
                .map(iri -> hit(iri, labels.get(iri), 0))
                .sorted(Comparator.comparingInt(Hit::neighbours).reversed().thenComparing(Comparator.comparingInt(Hit::facts).reversed())
                        .thenComparing(h -> String.valueOf(h.label())))
                .limit(limit).toList();
    }

    private Hit hit(String iri, String matched, int quality) {
        String label = labels.getOrDefault(iri, matched);
        return new Hit(iri, label, SitePaths.type(iri), matched, facts.getOrDefault(iri, 0), neighbours.getOrDefault(iri, 0), quality);
    }

    /** 0 for no match; higher for closer ones: the whole name, its start, every word's start, words with typos. */
    private static int quality(String query, String[] words, Name name) {
        if (name.normalized().equals(query))
            return 100;
        String squashed = name.normalized().replace(" ", "");
        if (squashed.equals(query.replace(" ", "")))
            return 95;
        if (name.normalized().startsWith(query))
            return 80;
        if (matchWords(words, name.words(), false))
            return 60;
        if (squashed.startsWith(query.replace(" ", "")))
            return 50;
        if (matchWords(words, name.words(), true))
            return 30;
        return 0;
    }

    /** Whether each typed word starts a different word of the name, with a typo allowed when {@code typos}. */
    private static boolean matchWords(String[] typed, String[] nameWords, boolean typos) {
        boolean[] used = new boolean[nameWords.length];
        for (String word : typed) {
            boolean found = false;
            for (int i = 0; i < nameWords.length && !found; i++) {
                if (used[i])
                    continue;
                if (nameWords[i].startsWith(word) || (typos && similar(word, nameWords[i]))) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    /** One typo in a word of 4 to 7 letters, two from 8, against the whole name word or its start as long as what was typed. */
    private static boolean similar(String typed, String word) {
        if (typed.length() < 4)
            return false;
        int allowed = typed.length() >= 8 ? 2 : 1;
        int whole = TYPOS.apply(typed, word);
        if (whole >= 0 && whole <= allowed)
            return true;
        if (word.length() > typed.length()) {
            int start = TYPOS.apply(typed, word.substring(0, typed.length()));
            return start >= 0 && start <= allowed;
        }
        return false;
    }
}
