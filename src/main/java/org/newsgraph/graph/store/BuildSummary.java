package org.newsgraph.graph.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.EntityType;

/**
 * What one build did. {@code read} counts the articles the inputs held; each of them was then built,
 * found unchanged, or failed. {@code failed} also counts inputs that could not be read at all.
 * Sentences, entities and facts count the built articles only, as {@link ArticleCounts} counts them.
 */
public record BuildSummary(int read, int built, int unchanged, int failed, long sentences,
                           Map<EntityType, Long> entities, Map<Relation, Long> facts, double seconds) {
    public BuildSummary {
        if (read < 0 || built < 0 || unchanged < 0 || failed < 0 || sentences < 0)
            throw new IllegalArgumentException("Negative count");
        entities = Collections.unmodifiableMap(entities.isEmpty() ? new EnumMap<>(EntityType.class) : new EnumMap<>(entities));
        facts = Collections.unmodifiableMap(facts.isEmpty() ? new EnumMap<>(Relation.class) : new EnumMap<>(facts));
    }

    /** Whether every input was read and every article built or found unchanged. */
    public boolean succeeded() {
        return failed == 0;
    }
}
