package org.newsgraph.spark;

import java.io.Serializable;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleInputException;

/**
 * What the reading stage hands on: an article, or the line of a bad input ("origin: reason"), which is counted and
 * reported like a bad article.
 */
record ArticleInput(Article article, String error) implements Serializable {
    static ArticleInput of(Article article) {
        return new ArticleInput(article, null);
    }

    static ArticleInput of(ArticleInputException error) {
        return new ArticleInput(null, error.getMessage());
    }

    /** What the job partitions the inputs by: the article's id, by which its outcome is found again; else the error. */
    String partitionKey() {
        return article != null ? article.id() : error;
    }
}
