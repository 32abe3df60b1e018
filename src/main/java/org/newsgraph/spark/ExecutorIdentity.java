package org.newsgraph.spark;

import org.newsgraph.graph.store.IdentityRules;
import org.newsgraph.graph.store.MergeVetoes;
import org.newsgraph.graph.store.StoreIdentity;

/**
 * The store's who-is-who code with the bundled rules, loaded once per JVM (driver and each executor) on first use.
 * The job has no store and so no merge vetoes: a store that has them derives again at its next build.
 */
final class ExecutorIdentity {
    private ExecutorIdentity() {}

    private static final class Holder {
        static final StoreIdentity IDENTITY = IdentityRules.load().identity(MergeVetoes.NONE);
    }

    static StoreIdentity get() {
        return Holder.IDENTITY;
    }
}
