package org.newsgraph.export;

import java.util.List;

import org.newsgraph.NewsgraphException;

/** An article asked for by id or IRI has no named graph in the store. */
public final class UnknownArticleException extends NewsgraphException {
    private final String article;

    /** @param like stored ids close to the one asked for, for "did you mean"; may be empty */
    public UnknownArticleException(String article, String iri, List<String> like) {
        super("no article " + article + " in the store (looked for graph <" + iri + ">)" + (like.isEmpty() ? ""
                : "; did you mean " + String.join(" or ", like.stream().map(id -> "'" + id + "'").toList()) + "?"));
        this.article = article;
    }

    /** The id or IRI as given. */
    public String article() {
        return article;
    }
}
