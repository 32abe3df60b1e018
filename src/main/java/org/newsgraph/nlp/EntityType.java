package org.newsgraph.nlp;

/** The kinds of entity newsgraph recognises; {@link #localName()} is the ontology class. */
public enum EntityType {
    PERSON("Person", "person"),
    OFFICE("Office", "office"),
    RACE("Race", "race"),
    PARTY("Party", "party"),
    ORGANIZATION("Organization", "organization"),
    INVESTIGATION("Investigation", "investigation");

    private final String localName;
    private final String pathSegment;

    EntityType(String localName, String pathSegment) {
        this.localName = localName;
        this.pathSegment = pathSegment;
    }

    /** The ontology class's local name, e.g. {@code Person}. */
    public String localName() {
        return localName;
    }

    /** The IRI path segment for entities of this type, e.g. {@code person}. */
    public String pathSegment() {
        return pathSegment;
    }
}
