package org.newsgraph.graph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.NG;

/** The merges graph read back: what {@code newsgraph merges} lists. Stateless. */
public final class PersonMerges {
    /** The rules of {@link PersonIdentity}, as the merges graph names them. */
    public static final List<String> RULES = List.of("record", "title", "repeat", "plural", "words before the name",
            "words after the name", "first name", "middle name", "misspelt surname", "record name", "ambiguous name", "surname");

    private static final Query MERGES = ArticleStore.parseQuery("""
            SELECT ?label ?rule ?evidence ?articles ?example ?vetoed WHERE {
              GRAPH <%s> {
                ?merge a ng:Merge ; rdfs:label ?label ; ng:mergeRule ?rule ; rdfs:comment ?evidence ;
                       ng:articleCount ?articles ; prov:wasDerivedFrom ?example .
                OPTIONAL { ?merge ng:vetoed ?vetoed }
              }
            }
            """.formatted(NG.mergesGraph().getURI()));

    private PersonMerges() {}

    /**
     * One merge, as its rdfs:label names it: {@code from} the key, {@code to} the key of the node it went to, or for a
     * match with a record that left the key where it was, the record's Wikidata id (or {@code record:} and its GovTrack
     * id).
     */
    public record Entry(String from, String to, String rule, String evidence, int articles, String example, boolean vetoed) {
        /** "FROM -> TO" first, as a veto is written, then rule, articles, evidence and an example article. */
        public String line() {
            return String.format("%s -> %s\t[%s]\t%d %s\t%s (e.g. %s)%s", from, to, rule, articles,
                    articles == 1 ? "article" : "articles", evidence, example, vetoed ? "\tVETOED" : "");
        }
    }

    /** The merges of the store, in no order; inside a read transaction. */
    public static List<Entry> read(DatasetGraph dsg) {
        List<Entry> out = new ArrayList<>();
        DatasetGraphLib.forEachRow(dsg, MERGES, row -> out.add(entry(row)));
        return out;
    }

    private static Entry entry(QuerySolution row) {
        String[] fromTo = row.getLiteral("label").getLexicalForm().split(" -> ", 2);
        String example = row.getResource("example").getURI();
        if (example.startsWith(NG.ARTICLE_BASE))
            example = example.substring(NG.ARTICLE_BASE.length());
        return new Entry(fromTo[0], fromTo.length > 1 ? fromTo[1] : "", row.getLiteral("rule").getLexicalForm(),
                row.getLiteral("evidence").getLexicalForm(), row.getLiteral("articles").getInt(), example,
                row.contains("vetoed") && row.getLiteral("vetoed").getBoolean());
    }
}
