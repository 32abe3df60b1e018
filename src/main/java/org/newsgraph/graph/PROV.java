package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms newsgraph uses, as Nodes. Immutable, thread-safe. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");

    private PROV() {}
}
