package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.newsgraph.nlp.NlpModels;

/**
 * The NLP models, loading on a thread of their own from the moment {@code build} starts, so that loading them and
 * opening the store (starting Jena, TDB2) overlap: each is about a second of a cold JVM's start on this project's
 * machines. {@link #get} waits for them and throws what loading threw.
 */
final class BackgroundModels implements Supplier<NlpModels> {
    private final FutureTask<NlpModels> loading;

    BackgroundModels(ModelLoader loader, List<Path> extraNerModels) {
        loading = new FutureTask<>(() -> loader.load(extraNerModels));
        Thread thread = new Thread(loading, "newsgraph-models");
        // A build that fails before it needs them must not wait for them to exit.
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public NlpModels get() {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error error)
                throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while loading the NLP models");
        }
    }
}
