package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.ingest.Article;

/**
 * Everything newsgraph knows from one article: its entities (each once) and its facts.
 * {@code sentences} and {@code tokens} count what the NLP stage saw, for summaries and benchmarks.
 */
public record ResolvedArticle(Article article, List<Entity> entities, List<ResolvedFact> facts,
                              int sentences, int tokens) {
    public ResolvedArticle {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
