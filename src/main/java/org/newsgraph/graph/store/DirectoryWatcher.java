package org.newsgraph.graph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsgraph.ingest.ArticleInputException;
import org.newsgraph.ingest.InputPoller;

/**
 * Keeps a store in step with input directories until stopped ({@code newsgraph build --watch}): every {@code interval}
 * it asks an {@link InputPoller} for the files that are new or changed and have settled, and builds them with an
 * {@link ArticleLoader}, whole articles per commit as any build, articles the store holds unchanged skipped. Files
 * removed from the directories are left in the store. One {@link #run} per instance; {@link #stop()} from any thread.
 */
public final class DirectoryWatcher {
    /** Hears the articles of each build as {@link BuildListener} does, and each build's end. */
    public interface Listener extends BuildListener {
        /** The files of one poll were built (or stopped part way, when {@link #stop()} came meanwhile). */
        void built(List<Path> files, BuildSummary summary);

        /** A directory could not be listed; the next poll tries again. */
        void listingFailed(ArticleInputException error);
    }

    private final ArticleLoader loader;
    private final InputPoller poller;
    private final Duration interval;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public DirectoryWatcher(ArticleLoader loader, InputPoller poller, Duration interval) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.poller = Objects.requireNonNull(poller, "poller");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero())
            throw new IllegalArgumentException("poll interval must be positive, not " + interval);
    }

    /**
     * Polls and builds until {@link #stop()}; returns once the build under way, if any, has stored what it processed.
     *
     * @throws StoreException when the store fails; what was committed stays
     */
    public void run(Listener listener) {
        String lastListingError = null;
        while (!isStopped()) {
            List<Path> files = List.of();
            try {
                files = poller.poll(Instant.now());
                lastListingError = null;
            } catch (ArticleInputException e) {
                // Said once, not at every poll, until the directory can be listed again.
                if (!e.getMessage().equals(lastListingError))
                    listener.listingFailed(e);
                lastListingError = e.getMessage();
            }
            // A file may go between the poll and the build: it is no input any more.
            files = files.stream().filter(Files::exists).toList();
            if (!files.isEmpty() && !isStopped())
                build(files, listener);
            await(interval);
        }
    }

    private void build(List<Path> files, Listener listener) {
        BuildSummary summary;
        try {
            summary = loader.load(files, listener);
        } catch (ArticleInputException e) {
            listener.articleFailed(e.origin(), e.reason());
            return;
        }
        listener.built(files, summary);
    }

    /** Ends {@link #run}: at once when it waits, else at the next article of the build under way. */
    public void stop() {
        stopped.countDown();
        loader.stop();
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private void await(Duration time) {
        try {
            stopped.await(time.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }
}
