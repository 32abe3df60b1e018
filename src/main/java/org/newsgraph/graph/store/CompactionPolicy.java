package org.newsgraph.graph.store;

/**
 * When a build compacts the store: once its indexes have grown to at least {@code factor} times their size after the
 * last compaction, and by at least {@code minBytes}. Compaction rewrites the whole store, so its time follows the
 * store's size, not the build's: below these thresholds the disk it would free is not worth that time.
 * Immutable and thread-safe.
 *
 * @param factor   how many times its size after the last compaction the indexes must reach; 0 or 1 leave only
 *                 {@code minBytes} to decide
 * @param minBytes how many bytes the indexes must have grown by since the last compaction
 */
public record CompactionPolicy(double factor, long minBytes) {
    /** Twice the size: a store then holds at least as much garbage as data. */
    public static final double DEFAULT_FACTOR = 2;
    /** 256 MiB: freeing less is not worth the rewrite (about 20 s for a compacted store of 10,000 articles, 390 MiB). */
    public static final long DEFAULT_MIN_BYTES = 256L << 20;

    /** {@link #DEFAULT_FACTOR} and {@link #DEFAULT_MIN_BYTES}. */
    public static final CompactionPolicy DEFAULT = new CompactionPolicy(DEFAULT_FACTOR, DEFAULT_MIN_BYTES);
    /** Compacts whatever the growth ({@code newsgraph build --compact}). */
    public static final CompactionPolicy ALWAYS = new CompactionPolicy(0, 0);

    public CompactionPolicy {
        if (!(factor >= 0) || Double.isInfinite(factor))
            throw new IllegalArgumentException("compaction factor must be a finite number of at least 0, not " + factor);
        if (minBytes < 0)
            throw new IllegalArgumentException("compaction minimum must be at least 0 bytes, not " + minBytes);
    }

    /**
     * Whether indexes of {@code nowBytes} are due for compaction, {@code compactedBytes} being their size after the
     * last compaction (0 when the store has never been compacted).
     */
    public boolean due(long nowBytes, long compactedBytes) {
        if (nowBytes < 0 || compactedBytes < 0)
            throw new IllegalArgumentException("index sizes cannot be negative: " + nowBytes + ", " + compactedBytes);
        // Indexes never shrink between compactions: a larger record is not this store's (its files were replaced), so count from nothing.
        long reference = compactedBytes <= nowBytes ? compactedBytes : 0;
        return nowBytes - reference >= minBytes && nowBytes >= factor * reference;
    }
}
