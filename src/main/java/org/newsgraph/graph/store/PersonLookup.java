package org.newsgraph.graph.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholder;
import org.newsgraph.resolve.Officeholders;

/**
 * Finds persons of a store by a name as a user types it, loosely: any case, accents or none, titles in front
 * ("Senator Sessions"), the surname alone ("sessions"), a nickname or the formal first name ("Jefferson Sessions"),
 * middle names and initials ("jefferson beauregard sessions"), the record's names for a person linked to the
 * reference table included. The last word must be the person's surname; every other word must be one of the
 * person's given names, a nickname or spelling of one, or agree with an initial. Persons whose name the query
 * gives exactly come first, then those with more articles. Also reads what the store knows of a person. Immutable;
 * the caller provides the read transaction.
 */
public final class PersonLookup {
    private static final Query NAMES = ArticleStore.parseQuery("""
            SELECT ?p ?name WHERE { ?p a ng:Person . { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name } }
            """);
    private static final Query RECORDS = ArticleStore.parseQuery("""
            SELECT ?p ?record ?wikidata WHERE { GRAPH <%s> { ?p ng:referenceRecord ?record . OPTIONAL { ?p owl:sameAs ?wikidata } } }
            """.formatted(NG.linksGraph().getURI()));
    /** Formatted with the person's IRI, so parsed for each person asked about. */
    private static final String FACTS = """
            SELECT ?direction ?property ?other ?otherName ?status ?sentence ?article ?headline ?publisher ?date WHERE {
              GRAPH ?article {
                { ?st rdf:subject <%1$s> ; rdf:object ?other . BIND ("out" AS ?direction) }
                UNION
                { ?st rdf:object <%1$s> ; rdf:subject ?other . BIND ("in" AS ?direction) }
                ?st rdf:predicate ?property ; ng:evidence/nif:anchorOf ?sentence .
                ?other rdfs:label ?otherName .
                OPTIONAL { ?st ng:officeStatus ?status }
                ?article schema:headline ?headline .
                OPTIONAL { ?article schema:publisher ?publisher }
                OPTIONAL { ?article schema:datePublished ?date }
              }
            }
            """;

    private final NameForms forms;
    private final Officeholders table;

    public PersonLookup(NameForms forms, Officeholders table) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * A person node as a lookup found it.
     *
     * @param label    its rdfs:label
     * @param names    its other names, in the graph and in the reference record
     * @param record   the reference record it stands for, or null
     * @param wikidata its Wikidata item IRI, or null
     * @param articles the number of articles that mention it
     * @param exact    whether the query is one of its names as written
     */
    public record Match(Node node, String label, Set<String> names, Officeholder record, String wikidata, int articles,
                        boolean exact) {
    }

    /** One fact to or from a person, with where it is said. {@code direction} is "out" (the person is the subject) or "in". */
    public record Fact(String direction, String property, Node other, String otherName, String status, String sentence,
                       String article, String headline, String publisher, String date) {
    }

    /** The persons the name can stand for, best first; empty when none can. */
    public List<Match> find(DatasetGraph dsg, String name) {
        List<String> query = words(name);
        if (query.isEmpty())
            return List.of();
        Map<Node, String> labels = new HashMap<>();
        Map<Node, Set<String>> names = new HashMap<>();
        DatasetGraphLib.forEachRow(dsg, NAMES, row -> {
            Node p = row.get("p").asNode();
            names.computeIfAbsent(p, k -> new TreeSet<>()).add(row.getLiteral("name").getLexicalForm());
        });
        dsg.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDFS.Nodes.label, Node.ANY).forEachRemaining(t -> {
            if (names.containsKey(t.getSubject()) && t.getObject().isLiteral())
                labels.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
        });
        Map<Node, Officeholder> records = new HashMap<>();
        Map<Node, String> wikidata = new HashMap<>();
        DatasetGraphLib.forEachRow(dsg, RECORDS, row -> {
            Node p = row.get("p").asNode();
            String id = row.getResource("record").getURI().substring(NG.RECORD_BASE.length());
            table.byId(id).ifPresent(r -> records.put(p, r));
            if (row.contains("wikidata"))
                wikidata.put(p, row.getResource("wikidata").getURI());
        });
        String written = String.join(" ", query);
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Node, Set<String>> e : names.entrySet()) {
            Node p = e.getKey();
            List<List<String>> forms = new ArrayList<>();
            boolean exact = false;
            for (String n : e.getValue()) {
                List<String> w = words(n);
                exact |= String.join(" ", w).equals(written);
                forms.add(w);
            }
            Officeholder r = records.get(p);
            if (r != null) {
                List<String> full = new ArrayList<>(words(r.first()));
                full.addAll(words(r.middle()));
                full.addAll(words(r.last()));
                forms.add(full);
                forms.add(words(r.name()));
                if (!r.nickname().isEmpty()) {
                    List<String> nick = new ArrayList<>(words(r.nickname()));
                    nick.addAll(words(r.last()));
                    forms.add(nick);
                }
            }
            if (forms.stream().anyMatch(f -> fits(query, f)))
                out.add(new Match(p, labels.getOrDefault(p, NG.entityKey(p)), e.getValue(), r, wikidata.get(p), 0, exact));
        }
        List<Match> counted = new ArrayList<>();
        Map<Node, Integer> articles = articles(dsg, out);
        for (Match m : out)
            counted.add(new Match(m.node(), m.label(), m.names(), m.record(), m.wikidata(), articles.getOrDefault(m.node(), 0), m.exact()));
        counted.sort(Comparator.comparing((Match m) -> !m.exact()).thenComparing(Comparator.comparingInt(Match::articles).reversed())
                .thenComparing(m -> m.node().getURI()));
        return counted;
    }

    /** Every fact to and from the person, with the sentence, the article, its headline, outlet and date; oldest first. */
    public List<Fact> facts(DatasetGraph dsg, Node person) {
        List<Fact> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, ArticleStore.parseQuery(FACTS.formatted(person.getURI())), row -> out.add(new Fact(text(row, "direction"),
                row.getResource("property").getLocalName(), row.get("other").asNode(), text(row, "otherName"), text(row, "status"),
                text(row, "sentence"), row.getResource("article").getURI(), text(row, "headline"), text(row, "publisher"),
                text(row, "date"))));
        out.sort(Comparator.comparing((Fact f) -> f.date() == null ? "9999" : f.date()).thenComparing(Fact::article)
                .thenComparing(Fact::direction).thenComparing(Fact::property).thenComparing(Fact::otherName));
        return out;
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : null;
    }

    private static Map<Node, Integer> articles(DatasetGraph dsg, List<Match> matches) {
        Map<Node, Integer> out = new HashMap<>();
        for (Match m : matches) {
            Set<Node> graphs = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, org.newsgraph.graph.SCHEMA.mentions, m.node()).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()))
                    graphs.add(q.getGraph());
            });
            out.put(m.node(), graphs.size());
        }
        return out;
    }

    /**
     * Whether the query's words fit a name's: the last word is the surname, the others each a given name of the
     * name in order (the same, a nickname or short form, or an initial of it).
     */
    private boolean fits(List<String> query, List<String> name) {
        if (name.isEmpty() || !query.get(query.size() - 1).equals(name.get(name.size() - 1)))
            return false;
        int at = 0;
        for (String word : query.subList(0, query.size() - 1)) {
            boolean found = false;
            while (at < name.size() - 1 && !found) {
                String given = name.get(at++);
                found = word.equals(given) || forms.sameFirstName(word, given)
                        || (word.length() == 1 || given.length() == 1) && word.charAt(0) == given.charAt(0);
            }
            if (!found)
                return false;
        }
        return true;
    }

    /** The words of a name, lower case, without accents, punctuation and titles in front. */
    List<String> words(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : ascii.replaceAll("['’]", "").split("[^a-z0-9]+"))
            if (!w.isEmpty())
                words.add(w);
        // The last word is taken for a surname, so "Secretary Kerry" is Kerry.
        return new ArrayList<>(forms.withoutTitles(words, w -> true));
    }
}
