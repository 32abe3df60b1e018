package org.newsgraph.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.export.FactReader;
import org.newsgraph.export.FactRow;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SCHEMA;

/**
 * What one article's named graph holds, read for its page: headline, outlet, date, url, the article's own id, the
 * entities it mentions and the facts read from it.
 *
 * @param iri       the article node, which is also its graph's name
 * @param sourceId  the id the article had in its input ({@code dcterms:identifier}, else the IRI's key decoded)
 * @param headline  may be null, as may {@code outlet}, {@code published} and {@code url}
 * @param mentions  the entities it mentions, by type then name
 * @param facts     one row per statement of the graph
 */
record ArticleView(Node iri, String sourceId, String headline, String outlet, String published, String url,
                   List<Mention> mentions, List<FactRow> facts) {

    /** An entity the article mentions. */
    record Mention(String iri, String label, String type) {}

    /** Reads the article graph; null when the store has no article graph of that name. Call in a read transaction. */
    static ArticleView read(DatasetGraph dsg, Node iri) {
        if (!dsg.containsGraph(iri))
            return null;
        Graph graph = dsg.getGraph(iri);
        if (!graph.contains(iri, RDF.Nodes.type, NG.Article))
            return null;
        List<Mention> mentions = new ArrayList<>();
        graph.find(iri, SCHEMA.mentions, Node.ANY).forEachRemaining(t -> {
            Node entity = t.getObject();
            String label = text(graph, entity, RDFS.Nodes.label);
            mentions.add(new Mention(entity.getURI(), label == null ? NG.entityKey(entity) : label, SitePaths.type(entity.getURI())));
        });
        mentions.sort(Comparator.comparing((Mention m) -> String.valueOf(m.type())).thenComparing(Mention::label));
        List<FactRow> facts = new ArrayList<>();
        FactReader.readGraph(graph, facts::add);
        String identifier = text(graph, iri, DCTerms.identifier.asNode());
        String sourceId = identifier != null ? identifier
                : URLDecoder.decode(iri.getURI().substring(NG.ARTICLE_BASE.length()), StandardCharsets.UTF_8);
        return new ArticleView(iri, sourceId, text(graph, iri, SCHEMA.headline), text(graph, iri, SCHEMA.publisher),
                text(graph, iri, SCHEMA.datePublished), text(graph, iri, SCHEMA.url), mentions, facts);
    }

    private static String text(Graph graph, Node subject, Node property) {
        var found = graph.find(subject, property, Node.ANY);
        try {
            if (!found.hasNext())
                return null;
            Triple t = found.next();
            return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString();
        } finally {
            found.close();
        }
    }
}
