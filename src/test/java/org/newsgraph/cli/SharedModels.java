package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;

import org.newsgraph.nlp.NlpModels;

/** The bundled NLP models, loaded once per test JVM and shared by the command-line ITs. */
final class SharedModels {
    private static NlpModels models;

    private SharedModels() {
    }

    static synchronized NlpModels get() {
        if (models == null)
            models = NlpModels.load();
        return models;
    }

    /** A loader for {@link Main#run(ModelLoader, String...)}; extra models are not cached. */
    static NlpModels load(List<Path> extraNerModels) {
        return extraNerModels.isEmpty() ? get() : NlpModels.load(extraNerModels);
    }
}
