package org.newsgraph.graph.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Hears how a build goes, for progress bars and error reports. {@link ArticleLoader} calls it from the
 * thread that called {@code load}, one call at a time, so implementations need not be thread-safe.
 */
public interface BuildListener {
    /** The input files, once listed, before any is read. */
    default void started(List<Path> inputFiles) {
    }

    /**
     * How far the reading of the inputs got: bytes of the input files read so far, of {@code bytesTotal} (their sizes
     * on disk, compressed for .jsonl.gz). Said often while articles are processed; the reading runs ahead of the
     * articles done by up to a batch.
     */
    default void progress(long bytesRead, long bytesTotal) {
    }

    /** An article was built or found unchanged. */
    default void articleDone(String articleId, boolean built) {
    }

    /**
     * An input or an article failed; the build goes on without it.
     *
     * @param origin the file (or file:line) it came from
     * @param reason why, in one line
     */
    default void articleFailed(String origin, String reason) {
    }

    /**
     * Every article is stored and the load goes on with {@code step}, which may take a while on a large store
     * ("deriving the cross-article graphs" when something was built, "compacting the store" when
     * compaction is due).
     */
    default void finishing(String step) {
    }

    /** Something the user should know about this build that is no failure, such as work an earlier run left undone. */
    default void notice(String message) {
    }
}
