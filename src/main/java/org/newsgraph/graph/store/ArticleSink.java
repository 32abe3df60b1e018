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
     * Called once after a load that built something, before {@link #compactionDue}: brings what follows from all
     * articles together rather than from one (who is who, the links, merges, office-holders and candidacies graphs of
     * the embedded store) up to date with the articles stored, recomputing only what they touch unless {@code whole}.
     */
    default void deriveGraphs(boolean whole) {}

    /** Whether articles were stored since {@link #deriveGraphs} last ran, by a run that died before it could. */
    default boolean derivedGraphsStale() {
        return false;
    }

    /**
     * Whether {@link #deriveGraphs} is due though no article changed, because what it reads besides the articles did
     * (the merge vetoes, the bundled reference table).
     */
    default boolean derivationInputsChanged() {
        return false;
    }

    /**
     * Asked once at the end of every load: whether, under {@code policy}, the sink has grown enough since it was last
     * compacted for {@link #compact()} to be worth its time. False for a sink that never compacts.
     */
    default boolean compactionDue(CompactionPolicy policy) {
        return false;
    }

    /** Called at the end of a load when {@link #compactionDue} said so; for a sink whose files grow with every write. */
    default void compact() {}
}
