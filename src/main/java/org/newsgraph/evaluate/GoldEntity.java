package org.newsgraph.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entity of a gold file and the rules by which a graph node matches it (see the gold README).
 * Absent keys are null ({@code names}, {@code surname}, {@code years}) where their mere presence changes the
 * matching, as it does in the reference scorer; {@code all}, {@code any}, {@code none} are empty when absent.
 *
 * @param years the allowed years, or null when the file gives none; non-integer entries are dropped (they never match)
 */
public record GoldEntity(String id, String type, List<String> names, String surname, List<String> all,
                         List<String> any, List<String> none, Set<Integer> years, boolean noise, boolean optional) {
    public GoldEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        names = names == null ? null : List.copyOf(names);
        all = List.copyOf(all);
        any = List.copyOf(any);
        none = List.copyOf(none);
        years = years == null ? null : Set.copyOf(years);
    }

    /** The same entity with other flags: merging files keeps a flag only where every file sets it. */
    GoldEntity withFlags(boolean noise, boolean optional) {
        return new GoldEntity(id, type, names, surname, all, any, none, years, noise, optional);
    }
}
