package org.newsgraph.extract;

import org.newsgraph.nlp.EntityType;

/** The relations newsgraph extracts; {@link #localName()} is the ontology property. */
public enum Relation {
    ENDORSES("endorses", EntityType.PERSON, EntityType.PERSON),
    RECUSED_FROM("recusedFrom", EntityType.PERSON, EntityType.INVESTIGATION),
    RUNS_AGAINST("runsAgainst", EntityType.PERSON, EntityType.PERSON),
    CANDIDATE_IN("candidateIn", EntityType.PERSON, EntityType.RACE),
    HOLDS_OFFICE("holdsOffice", EntityType.PERSON, EntityType.OFFICE),
    CRITICIZES("criticizes", EntityType.PERSON, EntityType.PERSON),
    MEMBER_OF("memberOf", EntityType.PERSON, EntityType.PARTY);

    private final String localName;
    private final EntityType domain;
    private final EntityType range;

    Relation(String localName, EntityType domain, EntityType range) {
        this.localName = localName;
        this.domain = domain;
        this.range = range;
    }

    public String localName() {
        return localName;
    }

    public EntityType domain() {
        return domain;
    }

    public EntityType range() {
        return range;
    }

    /** runsAgainst holds both ways; the graph writes it once, in a canonical order. */
    public boolean isSymmetric() {
        return this == RUNS_AGAINST;
    }
}
