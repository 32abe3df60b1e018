package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The NIF 2.0 core terms newsgraph uses for evidence sentences, as Nodes. Immutable, thread-safe. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Node Context = NodeFactory.createURI(NS + "Context");
    public static final Node Sentence = NodeFactory.createURI(NS + "Sentence");
    public static final Node anchorOf = NodeFactory.createURI(NS + "anchorOf");
    public static final Node beginIndex = NodeFactory.createURI(NS + "beginIndex");
    public static final Node endIndex = NodeFactory.createURI(NS + "endIndex");
    public static final Node referenceContext = NodeFactory.createURI(NS + "referenceContext");

    private NIF() {}
}
