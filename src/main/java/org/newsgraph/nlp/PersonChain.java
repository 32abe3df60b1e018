package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The mentions of one person within an article, as the linker grouped them. Immutable.
 *
 * @param id      the chain number that the person mentions carry
 * @param names   the names written for the person, in text order (titles stripped)
 * @param aliases full names that hover-cards gave for the person
 * @param gender  "male", "female" or null when unknown
 */
public record PersonChain(int id, List<String> names, List<String> aliases, String gender) {
    public PersonChain {
        Objects.requireNonNull(names, "names");
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
    }
}
