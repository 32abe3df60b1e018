package org.newsgraph.graph;

import org.newsgraph.NewsgraphException;

/** An article's resolved content cannot be written as RDF (an offset outside the text, an unknown attribute...). */
public class ArticleGraphException extends NewsgraphException {
    private final String articleId;
    private final String reason;

    public ArticleGraphException(String articleId, String reason) {
        super(articleId + ": " + reason);
        this.articleId = articleId;
        this.reason = reason;
    }

    /** The id of the article that could not be written. */
    public String articleId() {
        return articleId;
    }

    public String reason() {
        return reason;
    }
}
