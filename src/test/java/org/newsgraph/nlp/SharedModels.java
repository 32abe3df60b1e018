package org.newsgraph.nlp;

/** The bundled models, loaded once per test JVM for every model-backed test (initialisation-on-demand holder). */
public final class SharedModels {
    private SharedModels() {
    }

    private static final class Holder {
        static final NlpModels MODELS = NlpModels.load();
    }

    public static NlpModels get() {
        return Holder.MODELS;
    }
}
