package org.newsgraph.graph.store;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * A person and what a summary node of theirs is about: the office of their holdings, or the race of their
 * candidacies. All the summary nodes of one pair follow from the statements with that person and office (or race),
 * so a change redoes the pairs it touches, not the whole summary.
 */
record PersonPair(Node person, Node other) {
    PersonPair {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(other, "other");
    }
}
