package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The ITS 2.0 RDF term newsgraph uses for a fact's confidence (as NIF does), as a Node. Immutable, thread-safe. */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node taConfidence = NodeFactory.createURI(NS + "taConfidence");

    private ITSRDF() {}
}
