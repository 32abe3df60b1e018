package org.newsgraph.resolve;

import java.util.Map;

import org.newsgraph.extract.Relation;

/**
 * A fact between two resolved entities, with the sentence it came from and a confidence in [0, 1].
 * {@code qualifiers} hold what the ontology says about the statement itself, keyed by local name
 * (for holdsOffice: {@code officeStatus} = current|former, {@code startDate}, {@code endDate}).
 */
public record ResolvedFact(Entity subject, Relation relation, Entity object, Evidence evidence,
                           double confidence, Map<String, String> qualifiers) {
    public ResolvedFact {
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("Confidence out of [0,1]: " + confidence);
        qualifiers = Map.copyOf(qualifiers);
    }
}
