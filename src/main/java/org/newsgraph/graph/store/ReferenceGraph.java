package org.newsgraph.graph.store;

import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.Officeholder;
import org.newsgraph.resolve.Officeholders;

/**
 * The reference table of federal office-holders as the named graph {@link NG#referenceGraph()}: one
 * {@code ng:OfficeholderRecord} per person ({@code id/record/{GovTrack id}}, with the name, {@code rdfs:seeAlso} the
 * Wikidata item) and one {@code ng:Tenure} per span of service (office, state, party, start and end dates). It is the
 * record that {@code newsgraph check} holds the articles against, kept apart from every article's graph. The graph
 * carries the table's digest ({@code owl:versionInfo}) and is written anew when the bundled table changes. Stateless;
 * the caller provides the write transaction.
 */
final class ReferenceGraph {
    private ReferenceGraph() {}

    /** Whether the store's reference graph is this table; inside a transaction. */
    static boolean isCurrent(DatasetGraph dsg, Officeholders table) {
        Node graph = NG.referenceGraph();
        Iterator<Quad> it = dsg.find(graph, graph, OWL.versionInfo.asNode(), Node.ANY);
        try {
            return it.hasNext() && it.next().getObject().getLiteralLexicalForm().equals(table.version());
        } finally {
            Iter.close(it);
        }
    }

    /**
     * Writes the table into the reference graph unless it is there already; drops it when the store holds no article,
     * so that removing every article leaves an empty store. Inside a write transaction.
     */
    static void update(DatasetGraph dsg, Officeholders table) {
        Node graph = NG.referenceGraph();
        if (!dsg.contains(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Article)) {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return;
        }
        if (isCurrent(dsg, table))
            return;
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        write(table, dsg::add);
    }

    /** Sends the quads of the reference graph of this table, its digest included. */
    static void write(Officeholders table, Consumer<Quad> out) {
        Node graph = NG.referenceGraph();
        out.accept(Quad.create(graph, graph, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(table.version())));
        for (Officeholder p : table.all()) {
            Node record = NG.record(p.id());
            out.accept(Quad.create(graph, record, RDF.Nodes.type, NG.OfficeholderRecord));
            out.accept(Quad.create(graph, record, RDFS.Nodes.label, NodeFactory.createLiteralString(p.name())));
            if (p.wikidataIri() != null)
                out.accept(Quad.create(graph, record, RDFS.Nodes.seeAlso, NodeFactory.createURI(p.wikidataIri())));
            for (Officeholder.Service s : p.service()) {
                Node tenure = NodeFactory.createURI(record.getURI() + "/tenure/" + s.office() + "/" + s.start());
                out.accept(Quad.create(graph, record, NG.tenure, tenure));
                out.accept(Quad.create(graph, tenure, RDF.Nodes.type, NG.Tenure));
                out.accept(Quad.create(graph, tenure, NG.officeHeld, NodeFactory.createURI(NG.ID + "office/" + s.office())));
                if (s.state() != null)
                    out.accept(Quad.create(graph, tenure, NG.jurisdiction, NodeFactory.createLiteralString(s.state())));
                out.accept(Quad.create(graph, tenure, NG.tenureParty, NodeFactory.createURI(NG.ID + "party/" + s.party())));
                out.accept(Quad.create(graph, tenure, NG.startDate, NodeFactory.createLiteralDT(s.start().toString(), XSDDatatype.XSDdate)));
                out.accept(Quad.create(graph, tenure, NG.endDate, NodeFactory.createLiteralDT(s.end().toString(), XSDDatatype.XSDdate)));
            }
        }
    }
}
