package org.newsgraph.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.resolve.ArticleProcessor;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Builds the store from input files: one thread reads articles, {@code threads} workers turn them into
 * resolved articles (each with its own {@link ArticleProcessor}, all sharing one {@link NlpModels}), and
 * the calling thread writes them, whole articles per transaction. Articles whose content hash the store
 * already holds are skipped; a bad input or article is reported to the listener and the rest go on. A load that
 * built anything, or finds the derived graphs behind (vetoes edited, an earlier load stopped), ends by bringing the
 * graphs derived from all articles (who is who, links, merges, office holders, candidacies) up to date;
 * any load ends by compacting the store when its {@link BuildOptions#compaction() policy} says it has grown
 * enough. One {@code load} at a time per instance; {@link #stop()} may come from any thread.
 */
public final class ArticleLoader {
    /** Turns one article into its resolved form; one instance per worker thread. */
    @FunctionalInterface
    interface Processing {
        ResolvedArticle process(Article article);

        /** What the article's reader comments say, or empty; asked only when building with comments. */
        default Optional<ResolvedArticle> processComments(Article article) {
            return Optional.empty();
        }
    }

    private static final long POLL_MILLIS = 100;
    /**
     * A kill loses at most this much finished work, beside the articles in flight. Long enough for a full batch
     * of news articles on two cores: a one-second window made batches of about 30 and five times the commits.
     */
    private static final long BATCH_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ArticleSink store;
    private final Supplier<Processing> processors;
    private final BuildOptions options;
    private volatile boolean stopped;

    public ArticleLoader(ArticleSink store, NlpModels models, BuildOptions options) {
        this(store, () -> processing(new ArticleProcessor(models)), options);
    }

    /**
     * A loader whose workers ask {@code models} for the models when they meet their first article to build: a
     * supplier that waits for models loading on another thread lets the store open meanwhile, and a build of unchanged
     * articles never waits for them.
     */
    public static ArticleLoader withModelsFrom(ArticleSink store, Supplier<NlpModels> models, BuildOptions options) {
        return new ArticleLoader(store, () -> processing(new ArticleProcessor(models.get())), options);
    }

    ArticleLoader(ArticleSink store, Supplier<Processing> processors, BuildOptions options) {
        this.store = store;
        this.processors = processors;
        this.options = options;
    }

    private static Processing processing(ArticleProcessor processor) {
        return new Processing() {
            @Override
            public ResolvedArticle process(Article article) {
                return processor.process(article);
            }

            @Override
            public Optional<ResolvedArticle> processComments(Article article) {
                return processor.processComments(article);
            }
        };
    }

    /**
     * Asks the running load, and any later one, to stop at the next article: the articles processed by then are
     * stored (whole, as ever) and the cross-article graphs derived from them, the rest of the inputs is left unread and
     * the store is not compacted; {@code load} then returns its summary as usual. For {@code build --watch}'s Ctrl-C:
     * interrupting the writing thread instead would close TDB2's file channels under it.
     */
    public void stop() {
        stopped = true;
    }

    /** What a worker or the reader hands to the writer. */
    private sealed interface Outcome {
    }

    /**
     * {@code contentHash}: the input article's fingerprint under these options, which is what the next build compares; {@code comments}: what its
     * reader comments say, or null.
     */
    private record Built(ResolvedArticle article, String contentHash, ResolvedArticle comments) implements Outcome {
    }

    private record Unchanged(Article article) implements Outcome {
    }

    /** {@code wasRead}: an article that failed later, not an input that could not be read. */
    private record Failed(String origin, String reason, boolean wasRead) implements Outcome {
    }

    private record Finished() implements Outcome {
    }

    /** Thrown through the reader's callbacks to stop reading at {@link BuildOptions#limit()} articles or {@link #stop()}. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads, processes and stores every article of {@code inputs} (files or directories).
     *
     * @throws org.newsgraph.ingest.ArticleInputException when an input path does not exist (nothing is built)
     * @throws StoreException when the store fails; articles already committed stay
     */
    public BuildSummary load(List<Path> inputs, BuildListener listener) {
        long startNanos = System.nanoTime();
        ArticleReader reader = new ArticleReader(options.readOptions());
        List<Path> files = reader.listInputs(inputs);
        // Asked before this run stores anything: then it can only be an earlier run's doing.
        boolean leftStale = store.derivedGraphsStale();
        listener.started(files);
        long bytesTotal = 0;
        for (Path file : files)
            bytesTotal += sizeOf(file);

        int threads = options.threads();
        BlockingQueue<Article> work = new ArrayBlockingQueue<>(4 * threads);
        BlockingQueue<Outcome> done = new ArrayBlockingQueue<>(4 * threads + options.batchSize());
        Run run = new Run(work, done);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, new NamedThreads());
        BuildSummary summary;
        try {
            pool.execute(() -> run.read(reader, files, threads));
            for (int i = 0; i < threads; i++)
                pool.execute(run::work);
            summary = run.write(threads + 1, listener, startNanos, bytesTotal);
        } finally {
            run.cancelled = true;
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        if (leftStale)
            listener.notice("the graphs derived from all articles were left stale by an interrupted run: deriving them again");
        if (summary.built() > 0 || leftStale || options.deriveWhole() || store.derivationInputsChanged()) {
            listener.finishing(options.deriveWhole() ? "deriving the cross-article graphs from all articles"
                    : "deriving the cross-article graphs");
            store.deriveGraphs(options.deriveWhole());
        }
        // Every commit copies the index blocks it touches, so files outgrow the data until compacted; but compaction
        // rewrites the whole store, so it waits until the growth is worth that. Asked even when nothing was built, so
        // that a forced compaction of an unchanged store happens; not when stopping, which should be quick.
        if (!stopped && store.compactionDue(options.compaction())) {
            listener.finishing("compacting the store");
            store.compact();
        }
        return summary;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will say what is wrong
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state of one load, shared by its threads. */
    private final class Run {
        private final BlockingQueue<Article> work;
        private final BlockingQueue<Outcome> done;
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private final Article endOfInput = new Article("end", "", "", "", null, null, null, "end");
        private volatile boolean cancelled;
        /** Bytes of the input files the reader has got through, for {@link BuildListener#progress}. */
        private final AtomicLong bytesRead = new AtomicLong();

        private int read;
        private int built;
        private int unchanged;
        private int failed;
        private ArticleCounts counts = ArticleCounts.NONE;

        Run(BlockingQueue<Article> work, BlockingQueue<Outcome> done) {
            this.work = work;
            this.done = done;
        }

        void read(ArticleReader reader, List<Path> files, int workers) {
            try {
                readInputs(reader, files);
                for (int i = 0; i < workers; i++)
                    put(work, endOfInput);
            } catch (CancellationException e) {
                // the writer stopped the build and reports why
            } catch (RuntimeException | Error e) {
                stop(e);
            } finally {
                offerFinished();
            }
        }

        /** Hands the inputs' articles to the workers, the first {@link BuildOptions#limit()} only when there is one. */
        private void readInputs(ArticleReader reader, List<Path> files) {
            long limit = options.limit();
            long[] articles = {0};
            long before = 0;
            ArticleIdsSeen seen = new ArticleIdsSeen();
            try {
                for (Path file : files) {
                    long start = before;
                    if (stopped)
                        return;
                    reader.read(file, article -> {
                        if (stopped || limit > 0 && articles[0] >= limit)
                            throw new LimitReached();
                        articles[0]++;
                        String fingerprint = options.fingerprint(article);
                        String collision = seen.collision(article, fingerprint);
                        if (collision != null)
                            put(done, new Failed(article.origin(), collision, true));
                        else if (seen.repeated(article, fingerprint))
                            put(done, new Unchanged(article));
                        else
                            put(work, article);
                    }, error -> put(done, new Failed(error.origin(), error.reason(), false)),
                            position -> bytesRead.set(start + position));
                    before += sizeOf(file);
                    bytesRead.set(before);
                }
            } catch (LimitReached e) {
                // The first articles are read, or the load was stopped; the rest of the input is left alone.
            }
        }

        void work() {
            try {
                // Made at the first article to build: a worker that meets none (one article added, or none changed)
                // never pays for its NLP objects.
                Processing processing = null;
                for (Article article = take(work); article != endOfInput; article = take(work)) {
                    if (stopped) // the articles already queued are left unread too
                        continue;
                    Outcome unchanged = unchanged(article);
                    if (unchanged == null && processing == null)
                        processing = processors.get();
                    put(done, unchanged != null ? unchanged : process(processing, article));
                }
            } catch (CancellationException e) {
                // the writer stopped the build and reports why
            } catch (RuntimeException | Error e) {
                stop(e);
            } finally {
                offerFinished();
            }
        }

        /** The article's outcome when the store holds it unchanged (or asking failed), else null: it is to be built. */
        private Outcome unchanged(Article article) {
            try {
                return store.isCurrent(article.id(), options.fingerprint(article)) ? new Unchanged(article) : null;
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                return new Failed(article.origin(), failureReason(e), true);
            }
        }

        private Outcome process(Processing processing, Article article) {
            try {
                ResolvedArticle comments = options.comments() ? processing.processComments(article).orElse(null) : null;
                return new Built(processing.process(article), options.fingerprint(article), comments);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                // One article's failure must not stop the others: report it and go on.
                return new Failed(article.origin(), failureReason(e), true);
            }
        }

        BuildSummary write(int producers, BuildListener listener, long startNanos, long bytesTotal) {
            int open = producers;
            List<Outcome> outcomes = new ArrayList<>();
            while (open > 0) {
                outcomes.clear();
                gather(outcomes, open, () -> listener.progress(Math.min(bytesRead.get(), bytesTotal), bytesTotal));
                List<ArticleStore.Replacement> batch = new ArrayList<>();
                for (Outcome outcome : outcomes) {
                    if (outcome instanceof Built b)
                        batch.add(new ArticleStore.Replacement(b.article(), b.contentHash(), b.comments()));
                    else if (outcome instanceof Unchanged u) {
                        read++;
                        unchanged++;
                        listener.articleDone(u.article().id(), false);
                    } else if (outcome instanceof Failed f) {
                        if (f.wasRead())
                            read++;
                        fail(listener, f.origin(), f.reason());
                    } else
                        open--;
                }
                store(batch, listener);
                listener.progress(Math.min(bytesRead.get(), bytesTotal), bytesTotal);
                throwIfFatal();
            }
            return new BuildSummary(read, built, unchanged, failed, counts.sentences(), counts.entities(), counts.facts(),
                    (System.nanoTime() - startNanos) / 1e9);
        }

        private void store(List<ArticleStore.Replacement> batch, BuildListener listener) {
            if (batch.isEmpty())
                return;
            try {
                store.replaceAll(batch, options.minConfidence());
                batch.forEach(r -> stored(r.article(), listener));
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException batchFailure) {
                // Nothing of the batch was committed: write its articles one by one to find the bad one.
                for (ArticleStore.Replacement replacement : batch) {
                    try {
                        store.replaceAll(List.of(replacement), options.minConfidence());
                        stored(replacement.article(), listener);
                    } catch (StoreException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        read++;
                        fail(listener, replacement.article().article().origin(), failureReason(e));
                    }
                }
            }
        }

        /**
         * Collects the next outcomes to write together: up to a batch of built articles, what arrives within
         * {@link #BATCH_WAIT_NANOS} of the first, or everything until the last producer finishes. Taking only what
         * was waiting made one commit per article or two: each commit syncs the disk, and TDB2 copies every index
         * block a transaction touches, so 1,000 articles grew the store to 670 MB.
         */
        private void gather(List<Outcome> outcomes, int open, Runnable progress) {
            Outcome first = next();
            outcomes.add(first);
            int built = first instanceof Built ? 1 : 0;
            int finished = first instanceof Finished ? 1 : 0;
            long deadline = System.nanoTime() + BATCH_WAIT_NANOS;
            try {
                while (built < options.batchSize() && finished < open) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0)
                        return;
                    Outcome outcome = done.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                    // A batch may gather for seconds: the reading's progress is told meanwhile.
                    progress.run();
                    if (outcome == null) {
                        throwIfFatal();
                        continue;
                    }
                    outcomes.add(outcome);
                    if (outcome instanceof Built)
                        built++;
                    else if (outcome instanceof Finished)
                        finished++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("build interrupted");
            }
        }

        /** The writer's wait: it stops waiting when a producer died, since that one may never say it finished. */
        private Outcome next() {
            try {
                while (true) {
                    Outcome outcome = done.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (outcome != null)
                        return outcome;
                    throwIfFatal();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("build interrupted");
            }
        }

        private void throwIfFatal() {
            Throwable error = fatal.get();
            if (error instanceof RuntimeException r)
                throw r;
            if (error instanceof Error e)
                throw e;
        }

        private void stored(ResolvedArticle article, BuildListener listener) {
            read++;
            built++;
            counts = counts.plus(ArticleCounts.of(article, options.minConfidence()));
            listener.articleDone(article.article().id(), true);
        }

        private void fail(BuildListener listener, String origin, String reason) {
            failed++;
            listener.articleFailed(origin, reason);
        }

        private void stop(Throwable e) {
            fatal.compareAndSet(null, e);
            cancelled = true;
        }

        /** Never blocks for good: a producer must be able to tell the writer it is done even when cancelled. */
        private void offerFinished() {
            try {
                while (!done.offer(new Finished(), POLL_MILLIS, TimeUnit.MILLISECONDS))
                    if (cancelled)
                        return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private <T> void put(BlockingQueue<T> queue, T item) {
            try {
                while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS))
                    if (cancelled)
                        throw new CancellationException();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }

        private <T> T take(BlockingQueue<T> queue) {
            try {
                while (true) {
                    T item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (item != null)
                        return item;
                    if (cancelled)
                        throw new CancellationException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
    }

    /**
     * Why an article failed, as build reports it: the first line of the exception's message, or its class when it has
     * none. The Spark job reports its failed articles with it too.
     */
    public static String failureReason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank())
            return e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Daemon threads with readable names, so that a stuck build never keeps the JVM alive. */
    private static final class NamedThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "newsgraph-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
