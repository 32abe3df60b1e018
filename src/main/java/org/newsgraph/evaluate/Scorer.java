package org.newsgraph.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Scores a graph against gold annotations exactly as the reference scorer {@code score.py} does: the same
 * label normalisation, entity matching, symmetric and optional facts, forbidden facts, noise, split and
 * spurious persons, and the same rounding. Stateless and thread-safe.
 */
public final class Scorer {
    static final Set<String> SCORED = Set.of("endorses", "recusedFrom", "runsAgainst", "candidateIn",
            "holdsOffice", "criticizes", "memberOf");
    static final Set<String> SYMMETRIC = Set.of("runsAgainst");
    private static final Map<String, Set<String>> TYPE_SYNONYMS = Map.of(
            "Person", Set.of("Person"),
            "Office", Set.of("Office", "Post", "Position"),
            "Race", Set.of("Race", "Election", "Contest", "CandidateContest"),
            "Party", Set.of("Party", "PoliticalParty"),
            "Investigation", Set.of("Investigation", "Inquiry", "Probe", "LegalCase", "Case"),
            "Organization", Set.of("Organization", "Organisation", "GovernmentOrganization"));
    private static final List<Node> LABEL_PROPS = List.of(RDFS.Nodes.label, SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("http://schema.org/name"), NodeFactory.createURI("https://schema.org/name"));
    static final List<String> ENTITY_KINDS_FOR_RECALL = List.of("Person", "Office", "Race");
    // Python's \d in a str pattern is any Unicode decimal digit; UNICODE_CHARACTER_CLASS gives Java the same.
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Scorer() {}

    /**
     * Scores a dataset as the reference scorer scores a TriG or N-Quads file: all its triples, of the default
     * graph and of every named graph, as one graph. The caller handles transactions (TDB2 needs a read one).
     */
    public static ScoreReport score(DatasetGraph dsg, GoldStandard gold) {
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        return score(all, gold);
    }

    /** Scores every triple of {@code g} whose predicate's local name is a scored relation. */
    public static ScoreReport score(Graph g, GoldStandard gold) {
        Map<Node, Set<String>> labels = new HashMap<>();
        Map<Node, Set<String>> types = new HashMap<>();
        for (Node prop : LABEL_PROPS)
            g.find(Node.ANY, prop, Node.ANY).forEachRemaining(
                    t -> labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(norm(str(t.getObject()))));
        g.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(
                t -> types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(local(t.getObject())));

        Map<Node, Set<String>> nodeEntities = new HashMap<>();
        Set<Node> nodes = new HashSet<>(labels.keySet());
        nodes.addAll(types.keySet());
        for (Node node : nodes) {
            Set<String> ids = new HashSet<>();
            for (GoldEntity e : gold.entities().values()) {
                if (matches(e, labels.getOrDefault(node, Set.of()), types.getOrDefault(node, Set.of())))
                    ids.add(e.id());
            }
            nodeEntities.put(node, ids);
        }

        Set<GoldFact> found = new HashSet<>();
        List<String> falsePos = new ArrayList<>();
        List<String> forbiddenHits = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Triple t : g.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
            String pred = local(t.getPredicate());
            if (!SCORED.contains(pred))
                continue;
            Node s = t.getSubject();
            Node o = t.getObject();
            if (!seen.add(List.of(s, pred, o)))
                continue;
            Set<String> sIds = nodeEntities.getOrDefault(s, Set.of());
            Set<String> oIds = nodeEntities.getOrDefault(o, Set.of());
            Set<GoldFact> candidates = new HashSet<>();
            for (String a : sIds)
                for (String b : oIds)
                    candidates.add(GoldFact.canon(a, pred, b));
            Set<GoldFact> hit = new HashSet<>(candidates);
            hit.retainAll(gold.facts());
            if (!hit.isEmpty()) {
                found.addAll(hit);
                continue;
            }
            if (candidates.stream().anyMatch(gold.optional()::contains))
                continue;
            String desc = firstLabel(labels, s) + " " + pred + " " + firstLabel(labels, o);
            falsePos.add(desc);
            boolean symmetric = SYMMETRIC.contains(pred);
            for (GoldFact f : gold.forbidden()) {
                boolean subjOk = f.subject().equals("*") || sIds.contains(f.subject())
                        || (symmetric && oIds.contains(f.subject()));
                boolean objOk = f.object().equals("*") || oIds.contains(f.object())
                        || (symmetric && sIds.contains(f.object()));
                if (subjOk && objOk && (f.predicate().equals("*") || f.predicate().equals(pred))) {
                    forbiddenHits.add(desc);
                    break;
                }
            }
        }

        int tp = found.size();
        int fp = falsePos.size();
        List<String> missed = new TreeSet<>(gold.facts()).stream()
                .filter(f -> !found.contains(f)).map(GoldFact::toString).toList();
        double precision = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double recall = !gold.facts().isEmpty() ? (double) tp / gold.facts().size() : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;

        Map<String, ScoreReport.EntityKind> kinds = new LinkedHashMap<>();
        for (String kind : ENTITY_KINDS_FOR_RECALL) {
            int wanted = 0;
            int hitCount = 0;
            List<String> missing = new ArrayList<>();
            List<String> split = new ArrayList<>();
            for (GoldEntity e : gold.entities().values()) {
                if (!e.type().equals(kind) || e.optional() || e.noise())
                    continue;
                wanted++;
                long n = nodeEntities.values().stream().filter(ids -> ids.contains(e.id())).count();
                if (n > 0)
                    hitCount++;
                else
                    missing.add(e.id());
                if (n > 1)
                    split.add(e.id());
            }
            kinds.put(kind, new ScoreReport.EntityKind(wanted, hitCount, sorted(missing), sorted(split)));
        }

        Set<String> noiseIds = new HashSet<>();
        gold.entities().values().stream().filter(GoldEntity::noise).forEach(e -> noiseIds.add(e.id()));
        List<String> spurious = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        int personNodes = 0;
        for (Map.Entry<Node, Set<String>> e : types.entrySet()) {
            if (!e.getValue().contains("Person"))
                continue;
            personNodes++;
            Set<String> ids = nodeEntities.getOrDefault(e.getKey(), Set.of());
            String name = firstLabel(labels, e.getKey());
            if (ids.stream().anyMatch(noiseIds::contains))
                noise.add(name);
            else if (ids.isEmpty())
                spurious.add(name);
        }

        return new ScoreReport(gold.facts().size(), tp, fp, round3(precision), round3(recall), round3(f1),
                missed, sorted(falsePos), sorted(forbiddenHits), kinds, personNodes, sorted(spurious), sorted(noise));
    }

    static boolean matches(GoldEntity e, Set<String> labels, Set<String> types) {
        Set<String> accepted = TYPE_SYNONYMS.getOrDefault(e.type(), Set.of(e.type()));
        if (types.stream().noneMatch(accepted::contains))
            return false;
        return labels.stream().anyMatch(label -> labelMatches(e, label));
    }

    static boolean labelMatches(GoldEntity e, String label) {
        if (e.names() != null || e.surname() != null) {
            if (e.names() != null && e.names().stream().anyMatch(n -> hasWords(label, n)))
                return true;
            return e.surname() != null && label.equals(norm(e.surname()));
        }
        if (!e.all().isEmpty() && !e.all().stream().allMatch(x -> label.contains(norm(x))))
            return false;
        if (!e.any().isEmpty() && e.any().stream().noneMatch(x -> label.contains(norm(x))))
            return false;
        if (e.none().stream().anyMatch(x -> label.contains(norm(x))))
            return false;
        if (e.years() != null) {
            Set<Integer> found = new HashSet<>();
            Matcher m = YEAR.matcher(label);
            while (m.find())
                found.add(Integer.parseInt(m.group(1)));
            if (!found.isEmpty() && found.stream().noneMatch(e.years()::contains))
                return false;
        }
        return !e.all().isEmpty() || !e.any().isEmpty();
    }

    /** Lower-cases and folds each run of characters other than word characters, ', . and - to one space. */
    static String norm(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isWord(cp) || cp == '\'' || cp == '.' || cp == '-') {
                sb.appendCodePoint(cp);
                inRun = false;
            } else if (!inRun) {
                sb.append(' ');
                inRun = true;
            }
        }
        return sb.toString().strip();
    }

    /** Whether the normalised phrase occurs in the label as whole words. */
    static boolean hasWords(String label, String phrase) {
        String p = norm(phrase);
        for (int i = label.indexOf(p); i >= 0 && i <= label.length(); i = label.indexOf(p, i + 1)) {
            boolean before = i > 0 && isWord(label.codePointBefore(i));
            int end = i + p.length();
            boolean after = end < label.length() && isWord(label.codePointAt(end));
            if (!before && !after)
                return true;
            if (i == label.length())
                break;
        }
        return false;
    }

    /** Python's \w in a str pattern: letters, numbers (decimal, letter, other) and the underscore. */
    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp))
            return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The text after the last '#' or '/' of a term, as the reference scorer names predicates and types. */
    static String local(Node n) {
        String s = str(n);
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }

    /** A term as Python's str() gives it for an rdflib term: the IRI, the lexical form, the blank node id. */
    private static String str(Node n) {
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (n.isBlank())
            return n.getBlankNodeLabel();
        return n.toString();
    }

    private static String firstLabel(Map<Node, Set<String>> labels, Node n) {
        Set<String> l = labels.get(n);
        if (l == null || l.isEmpty())
            return str(n);
        return sorted(new ArrayList<>(l)).get(0);
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(ScoreReport.CODE_POINT_ORDER);
        return List.copyOf(out);
    }

    /** Python's round(x, 3): to the nearest of the exact binary value, ties to even. */
    private static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
