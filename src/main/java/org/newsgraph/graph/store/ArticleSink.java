package org.newsgraph.graph.store;

import java.util.List;

/**
 * Where {@link ArticleLoader} puts the articles it builds: the embedded {@link ArticleStore}, or a remote store.
 * Implementations must be safe to call from the loader's writer thread while readers run.
 */
public interface ArticleSink {
    /** Whether the article's graph is there and was built from content with this hash; false makes it rebuilt. */
    boolean isCurrent(String articleId, String contentHash);

    /** Replaces the named graphs of these articles by their facts at or above {@code minConfidence}. */
    void replaceAll(List<ArticleStore.Replacement> replacements, double minConfidence);

    /**
     * Called once after a load that built something, before {@link #compact()}: recomputes what follows from all
     * articles together rather than from one (the links graph of the embedded store).
     */
    default void relink() {}

    /** Called once after a load that built something; for a sink whose files grow with every write. */
    default void compact() {}
}
