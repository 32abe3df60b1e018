package org.newsgraph.graph.store;

import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholders;
import org.newsgraph.resolve.PersonLabeler;

/**
 * The bundled lists that deciding who is who across articles needs: the reference table and the name rules. Loading
 * them takes a while, so a store loads them once, and so does each JVM of the Spark job; read-only afterwards.
 */
public record IdentityRules(Officeholders officeholders, NameForms forms, PersonLabeler labeler) {
    public static IdentityRules load() {
        Gazetteers gazetteers = Gazetteers.load();
        return new IdentityRules(Officeholders.load(), new NameForms(gazetteers), new PersonLabeler(gazetteers));
    }

    /** Who is who by these rules, honouring {@code vetoes}. */
    public StoreIdentity identity(MergeVetoes vetoes) {
        return new StoreIdentity(new PersonIdentity(officeholders, forms, labeler, vetoes), labeler);
    }
}
