package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.nlp.EntityType;

/**
 * The kinds of mention pair a relation model classifies, each with its own model and outcomes. A person pair's
 * outcomes say the direction in text order: {@code endorses>} is "the first endorses the second", {@code endorses<}
 * the other way; runsAgainst has no direction. The other kinds pair a person with the object of one relation.
 */
public enum PairKind {
    PERSON_PERSON("person-person", EntityType.PERSON, List.of(Relation.ENDORSES, Relation.CRITICIZES, Relation.RUNS_AGAINST)),
    PERSON_RACE("person-race", EntityType.RACE, List.of(Relation.CANDIDATE_IN)),
    PERSON_OFFICE("person-office", EntityType.OFFICE, List.of(Relation.HOLDS_OFFICE)),
    PERSON_PARTY("person-party", EntityType.PARTY, List.of(Relation.MEMBER_OF)),
    PERSON_INVESTIGATION("person-investigation", EntityType.INVESTIGATION, List.of(Relation.RECUSED_FROM));

    /** The outcome of a pair that stands in none of the kind's relations. */
    public static final String NONE = "none";

    private final String modelName;
    private final EntityType other;
    private final List<Relation> relations;

    PairKind(String modelName, EntityType other, List<Relation> relations) {
        this.modelName = modelName;
        this.other = other;
        this.relations = relations;
    }

    /** The name of the kind's model file, {@code relation-NAME.bin}. */
    public String modelName() {
        return modelName;
    }

    /** The type of the pair's other end (its first end is always a person). */
    public EntityType other() {
        return other;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The kind of a pair of mention types, or null when no relation joins them. */
    public static PairKind of(EntityType a, EntityType b) {
        if (a != EntityType.PERSON && b == EntityType.PERSON)
            return of(b, a);
        if (a != EntityType.PERSON)
            return null;
        for (PairKind k : values())
            if (k.other == b)
                return k;
        return null;
    }

    /**
     * The outcome naming a relation between the pair's ends in text order: for a person pair with direction,
     * {@code forward} says the first is the subject.
     */
    public static String outcome(Relation relation, boolean forward) {
        if (relation.isSymmetric() || relation.range() != EntityType.PERSON)
            return relation.localName();
        return relation.localName() + (forward ? ">" : "<");
    }
}
