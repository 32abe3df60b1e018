package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms newsgraph uses for articles, as Nodes (namespace {@code http://schema.org/}). Immutable, thread-safe. */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static final Node NewsArticle = NodeFactory.createURI(NS + "NewsArticle");
    public static final Node headline = NodeFactory.createURI(NS + "headline");
    public static final Node url = NodeFactory.createURI(NS + "url");
    public static final Node publisher = NodeFactory.createURI(NS + "publisher");
    public static final Node datePublished = NodeFactory.createURI(NS + "datePublished");
    public static final Node mentions = NodeFactory.createURI(NS + "mentions");
    public static final Node identifier = NodeFactory.createURI(NS + "identifier");

    private SCHEMA() {}
}
