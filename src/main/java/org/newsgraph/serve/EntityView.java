package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.export.FactReader;
import org.newsgraph.export.FactRow;
import org.newsgraph.graph.NG;

/**
 * What the store knows about one entity, read for its page: its name, classes, other names, the nodes it is the same
 * as ({@code owl:sameAs} either way, Wikidata entities included) and every fact to or from it with its evidence.
 *
 * @param iri      the entity
 * @param label    its rdfs:label (the most common one, should articles differ)
 * @param types    its classes' IRIs
 * @param altNames the other names articles give it
 * @param sameAs   IRIs linked to it by owl:sameAs, in either direction
 * @param facts    one row per statement with the entity at either end
 */
record EntityView(Node iri, String label, Set<String> types, Set<String> altNames, Set<String> sameAs, List<FactRow> facts) {
    /** The prefix of Wikidata entity IRIs, which an owl:sameAs may point at. */
    static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Reads the entity; null when the store has no triple about it. Call inside a read transaction. */
    static EntityView read(DatasetGraph dsg, Node iri) {
        Graph union = dsg.getUnionGraph();
        if (!union.contains(iri, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, iri))
            return null;
        Set<String> types = new TreeSet<>();
        union.find(iri, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> types.add(t.getObject().toString()));
        Set<String> altNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        union.find(iri, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> altNames.add(t.getObject().getLiteralLexicalForm()));
        String label = label(dsg, iri);
        altNames.remove(label);
        Set<String> sameAs = new TreeSet<>();
        union.find(iri, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> sameAs.add(t.getObject().toString()));
        union.find(Node.ANY, OWL.sameAs.asNode(), iri).forEachRemaining(t -> sameAs.add(t.getSubject().toString()));
        List<FactRow> facts = new ArrayList<>();
        FactReader.readAbout(dsg, iri, facts::add);
        return new EntityView(iri, label, types, altNames, sameAs, facts);
    }

    /** The label most graphs give the node, or its IRI's key when none does. */
    static String label(DatasetGraph dsg, Node iri) {
        Map<String, Integer> counts = new TreeMap<>();
        Iterator<Quad> labels = dsg.find(Node.ANY, iri, RDFS.Nodes.label, Node.ANY);
        try {
            labels.forEachRemaining(q -> counts.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum));
        } finally {
            Iter.close(labels);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(iri.isURI() ? NG.entityKey(iri) : iri.toString());
    }

    /** The Wikidata entities the node is the same as. */
    List<String> wikidata() {
        return sameAs.stream().filter(iri -> iri.startsWith(WIKIDATA)).toList();
    }

    /** The names (label and other names) an article's graph gives a node, for marking them in its sentences. */
    static Set<String> namesIn(DatasetGraph dsg, String graphIri, String nodeIri) {
        Set<String> names = new TreeSet<>();
        Graph graph = dsg.getGraph(NodeFactory.createURI(graphIri));
        Node node = NodeFactory.createURI(nodeIri);
        for (Node property : new Node[] {RDFS.Nodes.label, SKOS.altLabel.asNode()}) {
            Iterator<Triple> found = graph.find(node, property, Node.ANY);
            try {
                found.forEachRemaining(t -> names.add(t.getObject().getLiteralLexicalForm()));
            } finally {
                Iter.close(found);
            }
        }
        return names;
    }
}
