package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholders;
import org.newsgraph.resolve.PersonLabeler;

/**
 * Regrouping only the keys a change reaches gives every key the group that grouping all keys anew gives it: for keys
 * that start with a name that comes or goes, hold one inside them, are joined by a misspelt surname, or lose the key
 * that joined their groups.
 */
class KeyRegrouperTest {
    private static final PersonIdentity IDENTITY = new PersonIdentity(Officeholders.load(), new NameForms(Gazetteers.load()),
            new PersonLabeler(Gazetteers.load()), MergeVetoes.NONE);

    /** Keys and their groups as the index would file them: grouped from all keys. */
    private static final class Indexed implements KeyRegrouper.GroupedKeys {
        final Map<String, String> groupOf;
        final Map<String, Set<String>> members = new HashMap<>();
        final Map<String, Set<String>> byWord = new HashMap<>();

        Indexed(Set<String> keys) {
            groupOf = IDENTITY.groups(keys);
            groupOf.forEach((key, group) -> {
                members.computeIfAbsent(group, g -> new HashSet<>()).add(key);
                for (String word : key.split("-"))
                    byWord.computeIfAbsent(word, w -> new HashSet<>()).add(key);
            });
        }

        @Override
        public boolean has(String key) {
            return groupOf.containsKey(key);
        }

        @Override
        public Set<String> withWord(String word) {
            return byWord.getOrDefault(word, Set.of());
        }

        @Override
        public String groupOf(String key) {
            return groupOf.get(key);
        }

        @Override
        public Set<String> members(String group) {
            return members.getOrDefault(group, Set.of());
        }
    }

    /** The groups after the change as the regrouper has them: its answer over the groups before. */
    private static Map<String, String> regrouped(Set<String> before, Set<String> added, Set<String> removed) {
        Indexed index = new Indexed(before);
        Map<String, String> out = new HashMap<>(index.groupOf);
        new KeyRegrouper(IDENTITY).regroup(index, added, removed).forEach((key, group) -> {
            if (group == null)
                out.remove(key);
            else
                out.put(key, group);
        });
        return out;
    }

    private static void assertRegroupsAsAll(Set<String> before, Set<String> added, Set<String> removed) {
        Set<String> after = new TreeSet<>(before);
        after.removeAll(removed);
        after.addAll(added);
        assertEquals(new TreeMap<>(IDENTITY.groups(after)), new TreeMap<>(regrouped(before, added, removed)),
                "before " + new TreeSet<>(before) + ", added " + added + ", removed " + removed);
    }

    @Test
    void aNameThatComesOrGoesTakesTheKeysGluedToItAlong() {
        Set<String> keys = Set.of("hillary-clinton-keeps", "bill-clinton", "hillary-kepes", "donald-trump", "melania-trump");
        assertRegroupsAsAll(keys, Set.of("hillary-clinton"), Set.of());
        assertEquals("clinton", regrouped(keys, Set.of("hillary-clinton"), Set.of()).get("hillary-kepes"),
                "'kepes' is a slip of 'keeps', whose key joins Clinton's group with Hillary Clinton");
        Set<String> withHillary = new HashSet<>(keys);
        withHillary.add("hillary-clinton");
        assertRegroupsAsAll(withHillary, Set.of(), Set.of("hillary-clinton"));
        assertRegroupsAsAll(Set.of("donald-trump-kellyanne-conway", "donald-trump", "melania-trump"), Set.of("kellyanne-conway"), Set.of());
        assertRegroupsAsAll(Set.of("kim-jong", "kim-jong-un"), Set.of("bob-jong"), Set.of());
    }

    @Test
    void aMisspeltSurnameThatComesOrGoesJoinsOrPartsGroups() {
        Set<String> keys = Set.of("chuck-schhumer", "chuck-schumerr", "amy-schumerr", "schumer");
        assertRegroupsAsAll(keys, Set.of("chuck-schumer"), Set.of());
        Map<String, String> joined = regrouped(keys, Set.of("chuck-schumer"), Set.of());
        assertEquals(joined.get("chuck-schhumer"), joined.get("chuck-schumerr"), "both are one slip from 'schumer'");
        Set<String> withSchumer = new HashSet<>(keys);
        withSchumer.add("chuck-schumer");
        assertRegroupsAsAll(withSchumer, Set.of(), Set.of("chuck-schumer"));
        assertNull(regrouped(withSchumer, Set.of(), Set.of("chuck-schumer")).get("chuck-schumer"));
    }

    /** Random keys of a few names, first names, misspellings and glued words, changed at random many times. */
    @Test
    void anyChangeRegroupsAsGroupingAllKeysDoes() {
        List<String> firsts = List.of("hillary", "bill", "chuck", "donald", "kim", "paul", "george", "amy", "bob");
        List<String> surnames = List.of("clinton", "clintn", "clintons", "schumer", "shumer", "schuemr", "schumerr", "trump",
                "trumps", "ryan", "jong", "bush", "keeps", "kepes", "conway");
        List<String> glued = List.of("keeps", "un", "snr", "tonight", "kepes", "hillary", "paul");
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            Set<String> keys = new TreeSet<>();
            int n = 4 + random.nextInt(12);
            while (keys.size() < n)
                keys.add(key(random, firsts, surnames, glued));
            List<String> all = new ArrayList<>(keys);
            Set<String> removed = new TreeSet<>();
            for (int i = random.nextInt(3); i > 0; i--)
                removed.add(all.get(random.nextInt(all.size())));
            Set<String> added = new TreeSet<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String key = key(random, firsts, surnames, glued);
                if (!keys.contains(key))
                    added.add(key);
            }
            assertRegroupsAsAll(keys, added, removed);
        }
    }

    private static String key(Random random, List<String> firsts, List<String> surnames, List<String> glued) {
        String first = firsts.get(random.nextInt(firsts.size()));
        String surname = surnames.get(random.nextInt(surnames.size()));
        return switch (random.nextInt(6)) {
            case 0 -> surname;
            case 1, 2 -> first + "-" + surname;
            case 3 -> first + "-" + surname + "-" + glued.get(random.nextInt(glued.size()));
            case 4 -> first + "-" + surname + "-" + firsts.get(random.nextInt(firsts.size())) + "-" + surnames.get(random.nextInt(surnames.size()));
            default -> first + "-" + glued.get(random.nextInt(glued.size())) + "-" + surname;
        };
    }
}
