package org.newsgraph.graph.store;

import java.util.HexFormat;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.Sha256;

/**
 * How {@link ArticleLoader} builds the store: the confidence below which facts are dropped, the number
 * of worker threads, how many processed articles go into one write transaction, how inputs are read,
 * whether reader comments are read too, into graphs of their own (off by default), and when the store is compacted
 * at the end ({@link CompactionPolicy#DEFAULT} by default), and how many articles to read at most (all by default).
 * Immutable; made with {@link #builder()}.
 */
public final class BuildOptions {
    private final double minConfidence;
    private final int threads;
    private final int batchSize;
    private final ReadOptions readOptions;
    private final boolean comments;
    private final CompactionPolicy compaction;
    private final long limit;
    private final boolean deriveWhole;

    private BuildOptions(Builder b) {
        this.limit = b.limit;
        this.deriveWhole = b.deriveWhole;
        this.compaction = b.compaction;
        this.comments = b.comments;
        this.minConfidence = b.minConfidence;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.readOptions = b.readOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static BuildOptions defaults() {
        return builder().build();
    }

    public double minConfidence() {
        return minConfidence;
    }

    public int threads() {
        return threads;
    }

    public int batchSize() {
        return batchSize;
    }

    public ReadOptions readOptions() {
        return readOptions;
    }

    /** Whether each article's reader comments are read too and stored in their own named graph. */
    public boolean comments() {
        return comments;
    }

    /** The most articles a load reads, in input order, or 0 for all of them. */
    public long limit() {
        return limit;
    }

    /** When the load ends by compacting the store; see {@link ArticleSink#compactionDue}. */
    public CompactionPolicy compaction() {
        return compaction;
    }

    /**
     * Whether the load ends by deriving the cross-article graphs from all articles, even when no article changed,
     * rather than redoing only what the articles it stored touch; see {@link ArticleSink#deriveGraphs}.
     */
    public boolean deriveWhole() {
        return deriveWhole;
    }

    /**
     * SHA-256 of what decides the article's stored graphs: its content and the settings that change which facts
     * are kept. A build skips an article whose stored hash equals this, so changing {@code --min-confidence} or
     * {@code --comments} rebuilds it.
     */
    public String fingerprint(Article article) {
        String settings = article.contentHash() + "|min-confidence=" + minConfidence + "|comments=" + comments;
        return HexFormat.of().formatHex(Sha256.of(settings));
    }

    /** Settings for {@link BuildOptions}; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        /**
         * The most worker threads: each keeps its own taggers and a few articles in flight, and a thread count in the
         * millions ran out of memory before it started.
         */
        public static final int MAX_THREADS = 256;
        /**
         * Every fact is kept by default, each with its measured confidence: on the annotated articles, leaving out
         * those below 0.5 gained precision 0.913 to 0.926 and lost recall 0.451 to 0.430, on the dev set 0.930 to
         * 0.939 for 0.604 to 0.565; the user who wants the surer facts asks for them.
         */
        public static final double DEFAULT_MIN_CONFIDENCE = 0;
        /**
         * The writer commits up to this many finished articles, or what finished within ten seconds of the first, in one
         * transaction: each commit syncs the disk (about 40 ms here), so one article per commit would bound a build
         * to ~25 articles/s; and each commit copies the index blocks it touches, so the store grows with the number
         * of commits until it is compacted (1,000 news articles: 188 MiB in batches of 30, 47 MiB in batches of 500).
         * On two cores the ten seconds end a batch first; at 10,000 articles, peak RSS (the mapped store files) went
         * from 3.1 to 2.2 GB when this cap went from 256 to 1,024.
         */
        public static final int DEFAULT_BATCH_SIZE = 1024;

        private double minConfidence = DEFAULT_MIN_CONFIDENCE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private ReadOptions readOptions = ReadOptions.defaults();
        private boolean comments;
        private CompactionPolicy compaction = CompactionPolicy.DEFAULT;
        private long limit;
        private boolean deriveWhole;

        private Builder() {
        }

        /** Read only the first {@code limit} articles of the inputs (built, unchanged or failed alike); 0 for all. */
        public Builder limit(long limit) {
            this.limit = limit;
            return this;
        }

        public Builder minConfidence(double minConfidence) {
            this.minConfidence = minConfidence;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder readOptions(ReadOptions readOptions) {
            this.readOptions = readOptions;
            return this;
        }

        /** Reader comments never feed the article's graph; with this set they get a named graph of their own. */
        public Builder comments(boolean comments) {
            this.comments = comments;
            return this;
        }

        /** {@link CompactionPolicy#ALWAYS} compacts at the end of every load, even one that built nothing. */
        public Builder compaction(CompactionPolicy compaction) {
            this.compaction = compaction;
            return this;
        }

        /** Derive the cross-article graphs from all articles at the end of the load, whatever it stored. */
        public Builder deriveWhole(boolean deriveWhole) {
            this.deriveWhole = deriveWhole;
            return this;
        }

        /** @throws IllegalArgumentException when a setting is out of range */
        public BuildOptions build() {
            if (!(minConfidence >= 0 && minConfidence <= 1))
                throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
            if (threads < 1 || threads > MAX_THREADS)
                throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", not " + threads);
            if (batchSize < 1)
                throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
            if (readOptions == null)
                throw new IllegalArgumentException("read options are missing");
            if (compaction == null)
                throw new IllegalArgumentException("compaction policy is missing");
            if (limit < 0)
                throw new IllegalArgumentException("limit must be 0 (none) or more, not " + limit);
            return new BuildOptions(this);
        }
    }
}
