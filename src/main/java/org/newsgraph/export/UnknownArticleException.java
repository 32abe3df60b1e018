package org.newsgraph.export;

import org.newsgraph.NewsgraphException;

/** An article asked for by id or IRI has no named graph in the store. */
public final class UnknownArticleException extends NewsgraphException {
    private final String article;

    public UnknownArticleException(String article, String iri) {
        super("no article " + article + " in the store (looked for graph <" + iri + ">)");
        this.article = article;
    }

    /** The id or IRI as given. */
    public String article() {
        return article;
    }
}
