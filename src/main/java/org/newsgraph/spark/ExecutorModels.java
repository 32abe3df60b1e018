package org.newsgraph.spark;

import org.newsgraph.nlp.NlpModels;

/**
 * The bundled NLP models of this JVM, loaded on first use: every task that an executor runs shares them, so each
 * executor reads them once however many tasks and partitions it gets. NlpModels is immutable and thread-safe; the
 * stateful taggers are made per task.
 */
final class ExecutorModels {
    private ExecutorModels() {}

    /** Initialisation on demand: the first task to ask loads them, the others wait for that load. */
    private static final class Holder {
        static final NlpModels MODELS = NlpModels.load();
    }

    static NlpModels get() {
        return Holder.MODELS;
    }
}
