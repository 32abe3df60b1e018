package org.newsgraph.graph.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsgraph.resolve.NameForms;

/**
 * The surname groups ({@link PersonIdentity#groups}) after some keys came into the store or left it, worked out from
 * the keys the change reaches rather than from all keys. A key's group is the first base group
 * ({@link PersonIdentity#baseGroup}) of those joined to its own, two keys being joined when they have one base group,
 * or one first word and last words one slip apart. A change alters the base group only of keys that start with, or
 * have inside them, a key that came or went, or have inside them the last word of one of two words; and it joins or
 * parts only the keys that came or went or changed base group. So the groups that change are among those that held
 * such a key before, and those that such a key joins now: the keys of those groups, whole, are grouped again, and
 * everything else stays as it was. Stateless.
 */
final class KeyRegrouper {
    /** A store's keys, looked up by key and by word. */
    interface Keys {
        boolean has(String key);

        /** The keys with this word. */
        Set<String> withWord(String word);
    }

    /** The store's keys before the change with their groups, as the derivation index files them. */
    interface GroupedKeys extends Keys {
        /** The group the key is in, or null for a key the store does not have. */
        String groupOf(String key);

        /** The keys in the group. */
        Set<String> members(String group);
    }

    private final PersonIdentity identity;

    KeyRegrouper(PersonIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /**
     * The group after the change of every key whose group it may alter, and more: key -> its group, null for a key that
     * left. Each key not in the answer keeps the group it had.
     *
     * @param added   keys the store did not have and has now
     * @param removed keys the store had and has no more
     */
    Map<String, String> regroup(GroupedKeys before, Set<String> added, Set<String> removed) {
        Keys after = new KeysAfter(before, added, removed);
        Set<String> changed = new TreeSet<>(added);
        changed.addAll(removed);
        Function<String, String> baseBefore = baseGroups(before);
        Function<String, String> baseAfter = baseGroups(after);

        // Keys that changed base group: those that start with, or hold after their first two words, a key that came or
        // went, and those that hold inside them the last word of one that came or went of two words.
        Set<String> moved = new TreeSet<>(changed);
        for (String key : changed) {
            String[] words = key.split("-");
            if (words.length < 2)
                continue;
            Set<String> near = new HashSet<>();
            for (String k : before.withWord(words[0]))
                if (k.startsWith(key + "-") || k.contains("-" + key + "-") || k.endsWith("-" + key))
                    near.add(k);
            if (words.length == 2)
                for (String k : before.withWord(words[1]))
                    if (k.contains("-" + words[1] + "-"))
                        near.add(k);
            for (String k : near)
                if (!changed.contains(k) && !baseBefore.apply(k).equals(baseAfter.apply(k)))
                    moved.add(k);
        }

        // Every group that held a moved key, and those that a moved key is now joined to through a key that did not move.
        Regrouped regrouped = new Regrouped(before, after);
        for (String key : moved)
            regrouped.addGroupOf(key);
        for (String key : moved) {
            if (!after.has(key))
                continue;
            regrouped.keys.add(key);
            for (String word : PersonIdentity.wordsOfGroup(baseAfter.apply(key)))
                for (String k : after.withWord(word))
                    if (!moved.contains(k))
                        regrouped.addGroupOf(k);
            int dash = key.indexOf('-');
            if (dash < 0)
                continue;
            String first = key.substring(0, dash);
            String last = PersonIdentity.lastWord(key);
            for (String k : after.withWord(first))
                if (!moved.contains(k) && k.startsWith(first + "-") && NameForms.isSlip(last, PersonIdentity.lastWord(k)))
                    regrouped.addGroupOf(k);
        }

        Map<String, String> base = new HashMap<>();
        for (String key : regrouped.keys)
            base.put(key, baseAfter.apply(key));
        Map<String, String> out = PersonIdentity.unite(base);
        for (String key : removed)
            out.put(key, null);
        return out;
    }

    /** Each key's base group among these keys, each worked out once. */
    private Function<String, String> baseGroups(Keys keys) {
        Map<String, Set<String>> firsts = new HashMap<>();
        Function<String, Set<String>> firstsOf = word -> firsts.computeIfAbsent(word, w -> {
            Set<String> out = new HashSet<>();
            for (String k : keys.withWord(w)) {
                int dash = k.indexOf('-');
                if (dash > 0 && dash == k.lastIndexOf('-') && k.endsWith("-" + w))
                    out.add(k.substring(0, dash));
            }
            return out;
        });
        Map<String, Boolean> known = new HashMap<>();
        Predicate<String> has = k -> known.computeIfAbsent(k, keys::has);
        Map<String, String> bases = new HashMap<>();
        return key -> bases.computeIfAbsent(key, k -> identity.baseGroup(k, has, firstsOf));
    }

    /** The keys to group again: those of whole groups as they were, less the keys that left, and the keys that came. */
    private static final class Regrouped {
        private final GroupedKeys before;
        private final Keys after;
        private final Set<String> groups = new HashSet<>();
        final Set<String> keys = new HashSet<>();

        Regrouped(GroupedKeys before, Keys after) {
            this.before = before;
            this.after = after;
        }

        void addGroupOf(String key) {
            String group = before.groupOf(key);
            if (group != null && groups.add(group))
                for (String k : before.members(group))
                    if (after.has(k))
                        keys.add(k);
        }
    }

    /** The keys after the change, read as the keys before with those that came and went. */
    private static final class KeysAfter implements Keys {
        private final Keys before;
        private final Set<String> added;
        private final Set<String> removed;

        KeysAfter(Keys before, Set<String> added, Set<String> removed) {
            this.before = before;
            this.added = added;
            this.removed = removed;
        }

        @Override
        public boolean has(String key) {
            return added.contains(key) || !removed.contains(key) && before.has(key);
        }

        @Override
        public Set<String> withWord(String word) {
            Set<String> out = new HashSet<>(before.withWord(word));
            out.removeAll(removed);
            for (String key : added)
                if (("-" + key + "-").contains("-" + word + "-"))
                    out.add(key);
            return out;
        }
    }
}
