package org.newsgraph.extract;

import java.util.Map;
import java.util.Objects;

import org.newsgraph.nlp.Mention;

/**
 * A relation read from one sentence between two mentions (the subject a linked person mention, the
 * object a person, office, race, party or investigation mention), with a confidence in [0, 1] and the
 * statement's qualifiers (holdsOffice: officeStatus, startDate, endDate). Immutable.
 */
public record Fact(Mention subject, Relation relation, Mention object, int sentence, double confidence,
                   Map<String, String> qualifiers) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        if (subject.type() != relation.domain() || object.type() != relation.range())
            throw new IllegalArgumentException(relation + " does not hold between " + subject.type() + " and " + object.type());
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("Confidence out of [0,1]: " + confidence);
        qualifiers = Map.copyOf(qualifiers);
    }

    public Fact(Mention subject, Relation relation, Mention object, int sentence, double confidence) {
        this(subject, relation, object, sentence, confidence, Map.of());
    }
}
