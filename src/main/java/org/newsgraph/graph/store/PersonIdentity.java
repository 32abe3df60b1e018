package org.newsgraph.graph.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholder;
import org.newsgraph.resolve.Officeholders;
import org.newsgraph.resolve.PersonLabeler;

/**
 * Who is who across a store: which person node each article's reading of a person ends on. An article reads a person
 * as a key (the slug of the name it gives, {@code trump}) and, when its context matched one, a record of the
 * reference table. The rules, each a merge of one key into another node, recorded with its evidence:
 * <ul>
 * <li>record: a reading matched to a record is that record's node ({@link Officeholders#nodeKey});</li>
 * <li>title, repeat: a key with a title in front ({@code justice-sonia-sotomayor}) or its surname twice is the
 * name without;</li>
 * <li>plural: a full name with an "s" more ({@code donald-trumps}, a plural or a possessive without its apostrophe) is
 * the name, when that is far more common and the plural is no record's name;</li>
 * <li>words before the name: a key that ends in a name at least as often read ({@code enter-marco-rubio}) is that name,
 * when the words before are no first name and the name starts with one;</li>
 * <li>words after the name: a key that starts with a full name three times as often read ({@code hillary-clinton-keeps})
 * is that name, when the word after is no first name or the name's own again;</li>
 * <li>first name: a key whose first name is a nickname, formal name or misspelling of another's with the same
 * rest ({@code joseph-biden}, {@code joe-biden}) is the one more articles use, when that choice is not ambiguous and
 * the two are of one sex (by the first names, or the record a key matched);</li>
 * <li>misspelt surname: a full name whose surname is one slip from another's with the same first words
 * ({@code chuck-shumer}) is that name, when that is ten times as common and the misspelt one no record's;</li>
 * <li>middle name: a key with middle names ({@code hillary-rodham-clinton}) is the first and last name alone, when
 * that is read at least as often and no name several records share;</li>
 * <li>record name: a full name that only one record has is that record's node, once some article's context
 * matched the record; a name several records have (George Bush) is the record that at least 90% of the readings
 * matched to one of them chose;</li>
 * <li>surname: a surname alone is the node with a first name and that surname that at least 90% of the articles
 * naming one name (a key whose first word is no first name, "cool-obama", is no one); a surname that is a first name
 * too ("william", "hillary") needs five such articles or more.</li>
 * </ul>
 * A vetoed merge is not made (and is recorded as vetoed). All readings of one key end on the same node, and every
 * rule looks only at the readings whose keys share the last word, a plural's "s" aside (the surname group,
 * {@link #group}; groups whose surnames are one slip apart are one, {@link #groups}), so this is a pure function of one
 * group's readings, the same whatever order the articles came in. Immutable and thread-safe.
 */
public final class PersonIdentity {
    /** Words after a name that belong to it. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "snr", "jnr", "ii", "iii", "iv");
    /** The share of the articles a node must have to take a surname or an ambiguous name. */
    static final double DOMINANCE = 0.9;
    /** A misspelling is rare beside the right spelling: at most this share of its articles. */
    private static final double MISSPELLING = 0.2;
    /** Without an article that names one person both ways, a nickname joins a name this many times as common... */
    private static final int COMMON_NAME = 3;
    /** ...and named in at least this many articles. */
    private static final int COMMON_NAME_ARTICLES = 5;
    /** A misspelt surname is rare beside the right one: the right one is in this many times as many articles. */
    private static final int SLIP_RATIO = 10;
    /** A surname alone that is a first name too takes a full name only when this many articles name one with it. */
    private static final int FIRST_NAME_AS_SURNAME_ARTICLES = 5;

    /**
     * One person node of one graph as the article read it.
     *
     * @param graph  the article graph (or reader comments graph) it is in
     * @param key    the key the article gave the person
     * @param record the GovTrack id of the record the article's context matched, or null
     * @param counts whether the graph counts as an article (reader comments do not)
     * @param names  the keys of the other full names the article gives the person ({@code bob-mueller} beside
     *               {@code robert-mueller}): evidence that two keys are one person
     */
    public record Reading(String graph, String key, String record, boolean counts, Set<String> names) implements Serializable {
        public Reading {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(key, "key");
            names = Set.copyOf(names);
        }

        public Reading(String graph, String key, String record, boolean counts) {
            this(graph, key, record, counts, Set.of());
        }

        public Identity identity() {
            return new Identity(key, record);
        }
    }

    /** A key and the record matched to it, or null: all readings with both alike end on one node. */
    public record Identity(String key, String record) implements Comparable<Identity>, Serializable {
        @Override
        public int compareTo(Identity o) {
            int c = key.compareTo(o.key);
            return c != 0 ? c : String.valueOf(record).compareTo(String.valueOf(o.record));
        }
    }

    /** A person node: its key, its rdfs:label, and the record it stands for, or null. */
    public record Node(String key, String label, Officeholder record) implements Serializable {
    }

    /**
     * One merge of a key into another node ({@code into} its key), or the match of a key to a record that leaves it on
     * its own node ({@code into} the record's Wikidata id, or {@code record:} and its GovTrack id).
     *
     * @param rule     record, title, repeat, words before the name, first name, record name, ambiguous name, surname
     * @param evidence why, in a sentence
     * @param articles how many articles have the readings that take this merge
     * @param example  the first of them (or of the graphs, when no article counts)
     * @param vetoed   whether a veto stopped it
     */
    public record Merge(String from, String into, String rule, String evidence, int articles, String example, boolean vetoed,
                        Officeholder record) {
    }

    /** Where each identity of the group ends, and the merges that took it there. */
    public record Result(Map<Identity, Node> nodes, List<Merge> merges) {
    }

    private final Officeholders officeholders;
    private final NameForms forms;
    private final PersonLabeler labeler;
    private final MergeVetoes vetoes;

    public PersonIdentity(Officeholders officeholders, NameForms forms, PersonLabeler labeler, MergeVetoes vetoes) {
        this.officeholders = Objects.requireNonNull(officeholders, "officeholders");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.labeler = Objects.requireNonNull(labeler, "labeler");
        this.vetoes = Objects.requireNonNull(vetoes, "vetoes");
    }

    /**
     * The keys of {@code keys} whose first name may be one with another key's of the same rest ("joe-biden",
     * "joseph-biden"): only their readings need {@link Reading#names}.
     */
    public Set<String> keysWithFirstNameVariants(Collection<String> keys) {
        Map<String, List<String>> byRest = new HashMap<>();
        for (String key : keys) {
            int dash = key.indexOf('-');
            if (dash > 0)
                byRest.computeIfAbsent(key.substring(dash), k -> new ArrayList<>()).add(key.substring(0, dash));
        }
        Set<String> out = new HashSet<>();
        byRest.forEach((rest, firsts) -> {
            for (String a : firsts)
                for (String b : firsts)
                    if (!a.equals(b) && forms.sameFirstName(a, b)) {
                        out.add(a + rest);
                        out.add(b + rest);
                    }
        });
        return out;
    }

    /**
     * The surname group of a key: its last word without a plural's or a possessive's "s" ("trump" for both
     * {@code donald-trump} and {@code donald-trumps}, "harri" for {@code kamala-harris} and {@code kamala-harrises}),
     * so that the plural rule sees the name beside its plural.
     */
    public static String group(String key) {
        return stem(key.substring(key.lastIndexOf('-') + 1));
    }

    /**
     * The surname groups of keys ({@link #group}), so that each rule sees the keys it may merge: a key that starts with
     * another key of the store, a full name, is in that name's group ({@code hillary-clinton-keeps} in Clinton's: see
     * {@link #nameBefore}); groups whose surnames are one slip apart ({@link NameForms#isSlip}) in keys with the same
     * first word are one ("chuck-schumer", "chuck-shumer"). Key -> the group it is resolved in; a pure function of the
     * keys. {@link KeyRegrouper} works out the same for the keys a change of the store's keys reaches.
     */
    public Map<String, String> groups(Collection<String> keys) {
        Set<String> all = new HashSet<>(keys);
        Map<String, Set<String>> firsts = firstsByLast(keys);
        Map<String, String> base = new HashMap<>();
        for (String key : keys)
            base.put(key, baseGroup(key, all::contains, w -> firsts.getOrDefault(w, Set.of())));
        return unite(base);
    }

    /**
     * The group a key is in before slips join groups: its own surname group, or that of the name it starts with
     * ({@link #nameBefore}). Depends on which of the key's leading and inner words are keys of the store ({@code known})
     * and on the first words of the keys of two words whose last word is one of its inner words ({@code firstsOf}).
     */
    String baseGroup(String key, Predicate<String> known, Function<String, Set<String>> firstsOf) {
        String name = nameBefore(key, known, firstsOf);
        return group(name != null ? name : key);
    }

    /**
     * Joins the base groups of keys (key -> its base group, {@link #baseGroup}) whose keys have one first word and last
     * words one slip apart, and those of the same base group: key -> the first, in order, of the base groups so joined.
     * Whether two keys are joined depends on the two alone, so the groups of a set of keys that holds every key joined
     * to one of it are the groups these keys have among all keys.
     */
    static Map<String, String> unite(Map<String, String> base) {
        Map<String, String> parent = new HashMap<>();
        // First word -> last word -> the base groups of the keys with both.
        Map<String, Map<String, Set<String>>> byFirst = new HashMap<>();
        base.forEach((key, g) -> {
            parent.putIfAbsent(g, g);
            int dash = key.indexOf('-');
            if (dash > 0)
                byFirst.computeIfAbsent(key.substring(0, dash), k -> new HashMap<>())
                        .computeIfAbsent(lastWord(key), k -> new HashSet<>()).add(g);
        });
        for (Map<String, Set<String>> surnames : byFirst.values()) {
            // Two words one slip apart share a word with one letter less (or one of them is it).
            Map<String, List<String>> byDeletion = new HashMap<>();
            for (String surname : surnames.keySet()) {
                if (surname.length() < NameForms.SLIP_LENGTH - 1)
                    continue;
                for (String d : deletions(surname))
                    byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(surname);
            }
            for (List<String> near : byDeletion.values())
                for (int i = 0; i < near.size(); i++)
                    for (int j = i + 1; j < near.size(); j++)
                        if (NameForms.isSlip(near.get(i), near.get(j)))
                            for (String a : surnames.get(near.get(i)))
                                for (String b : surnames.get(near.get(j)))
                                    union(parent, a, b);
        }
        Map<String, String> out = new HashMap<>();
        base.forEach((key, g) -> out.put(key, find(parent, g)));
        return out;
    }

    /** The word and every word one letter shorter. */
    private static Set<String> deletions(String word) {
        Set<String> out = new HashSet<>(List.of(word));
        for (int i = 0; i < word.length(); i++)
            out.add(word.substring(0, i) + word.substring(i + 1));
        return out;
    }

    static String lastWord(String key) {
        return key.substring(key.lastIndexOf('-') + 1);
    }

    /** The words whose {@link #group} is {@code group}: it, and it with a plural's or a possessive's ending. */
    static List<String> wordsOfGroup(String group) {
        List<String> out = new ArrayList<>();
        for (String ending : List.of("", "s", "es", "ses"))
            if (stem(group + ending).equals(group))
                out.add(group + ending);
        return out;
    }

    /**
     * The longest key that {@code key} starts with and {@code known} knows, a full name from a first name on whose last
     * word is another first name's surname too ({@link #isSurname}), when the words after it are no suffix and begin no
     * first name and no known name of two words or more, or begin with that name's first name or surname again
     * ("hillary-clinton-keeps", "joe-biden-hide-caption", "paul-ryan-paul-davis-ryan-retirees",
     * "hillary-clinton-clinton-total"; not
     * "donald-trump-kellyanne-conway"); else null.
     */
    String nameBefore(String key, Predicate<String> known, Function<String, Set<String>> firstsOf) {
        String[] words = key.split("-");
        if (words.length < 3 || !forms.isFirstName(words[0]))
            return null;
        for (int end = words.length - 1; end >= 2; end--) {
            String name = String.join("-", Arrays.copyOfRange(words, 0, end));
            String after = words[end];
            if (!known.test(name) || SUFFIXES.contains(after) || !isSurname(words[end - 1], words[0], firstsOf))
                continue;
            // The name's own first name or surname again begins no other name ("paul-ryan-paul-davis-ryan", or
            // "hillary-clinton-clinton-total" of a table, where the surname heads the next column).
            if (!after.equals(words[0]) && !after.equals(words[end - 1]) && (forms.isFirstName(after) || beginsName(words, end, known)))
                continue;
            return name;
        }
        return null;
    }

    /**
     * Whether some key has the word as the surname of a first name other than {@code first}: "clinton" of "bill-clinton"
     * beside "hillary-clinton", not "jong" of "kim-jong", whose "kim-jong-un" is a name of its own.
     */
    private boolean isSurname(String word, String first, Function<String, Set<String>> firstsOf) {
        for (String f : firstsOf.apply(word))
            if (!f.equals(first) && forms.isFirstName(f))
                return true;
        return false;
    }

    /** Last word -> the first words of the keys of two words with it. */
    private static Map<String, Set<String>> firstsByLast(Collection<String> keys) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String key : keys) {
            int dash = key.indexOf('-');
            if (dash > 0 && dash == key.lastIndexOf('-'))
                out.computeIfAbsent(key.substring(dash + 1), k -> new HashSet<>()).add(key.substring(0, dash));
        }
        return out;
    }

    /** Whether the words from {@code from} on begin a name of two words or more that {@code known} knows. */
    private static boolean beginsName(String[] words, int from, Predicate<String> known) {
        for (int end = from + 2; end <= words.length; end++)
            if (known.test(String.join("-", Arrays.copyOfRange(words, from, end))))
                return true;
        return false;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb))
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }

    private static String find(Map<String, String> parent, String g) {
        String r = g;
        while (!parent.get(r).equals(r))
            r = parent.get(r);
        return r;
    }

    private static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("es") && w.substring(0, w.length() - 2).matches(".*(s|x|z|ch|sh)"))
            w = w.substring(0, w.length() - 2);
        if (w.length() > 2 && w.endsWith("s"))
            w = w.substring(0, w.length() - 1);
        return w;
    }

    /** Resolves the readings of one surname group. */
    public Result resolve(Collection<Reading> readings) {
        return new Run(readings).result();
    }

    /** The record's node; its key gets the year of birth when a veto keeps some key off the record. */
    Node recordNode(Officeholder r) {
        String key = officeholders.nodeKey(r);
        if (vetoes.namesRecord(r.id(), r.wikidata()) && !key.matches(".*-\\d+$"))
            key = key + "-" + (r.birthYear() > 0 ? r.birthYear() : r.id());
        return new Node(key, r.name(), r);
    }

    /** The state of resolving one group. */
    private final class Run {
        /** Articles (or, failing those, graphs) of each identity; TreeMaps so that every walk is in one order. */
        private final Map<Identity, TreeSet<String>> articles = new TreeMap<>();
        private final Map<Identity, TreeSet<String>> graphs = new TreeMap<>();
        /** Where an identity's key goes before it finds its node: its name key, by the rules on names. */
        private final Map<String, String> nameKeys = new HashMap<>();
        /** The steps that took each key to its name key. */
        private final Map<String, List<Step>> paths = new HashMap<>();
        /** Articles of the readings by name key, decided or not. */
        private final Map<String, TreeSet<String>> byName = new TreeMap<>();
        private final Map<String, Node> nameNodes = new HashMap<>();
        private final Map<String, Step> nameNodeSteps = new HashMap<>();
        private final Map<String, Step> steps = new LinkedHashMap<>();

        /** The first words of the group's keys of two words, by last word; made when first needed. */
        private Map<String, Set<String>> firsts;

        /** Pairs of keys ("a b") that one article gives one person. */
        private final Set<String> named = new HashSet<>();

        Run(Collection<Reading> readings) {
            for (Reading r : readings) {
                for (String other : r.names())
                    named.add(r.key() + " " + other);
                graphs.computeIfAbsent(r.identity(), k -> new TreeSet<>()).add(r.graph());
                TreeSet<String> a = articles.computeIfAbsent(r.identity(), k -> new TreeSet<>());
                if (r.counts())
                    a.add(r.graph());
            }
        }

        Result result() {
            Map<Identity, Node> nodes = new TreeMap<>();
            Map<Identity, Officeholder> decided = new TreeMap<>();
            for (Identity x : articles.keySet()) {
                Officeholder r = x.record() == null ? null : officeholders.byId(x.record()).orElse(null);
                if (r == null)
                    continue;
                // A match that leaves the key on its own node, or that a veto of the record stopped, is written
                // "key -> Wikidata id", as a veto names it.
                Node node = recordNode(r);
                String id = r.wikidata().isEmpty() ? "record:" + r.id() : r.wikidata();
                boolean recordVetoed = vetoes.blocksRecord(x.key(), r.id(), r.wikidata());
                String to = recordVetoed || officeholders.nodeKey(r).equals(x.key()) ? id : node.key();
                boolean blocked = recordVetoed || vetoes.blocks(x.key(), node.key());
                step(x.key(), to, "record", "the context of these articles matches " + describe(r), blocked, r).add(x);
                if (!blocked)
                    decided.put(x, r);
            }
            for (Identity x : articles.keySet())
                byName.computeIfAbsent(nameKey(x.key()), k -> new TreeSet<>()).addAll(articles.get(x));
            // Full names first: a surname goes to the node that most articles naming it with a first name mean.
            for (Identity x : articles.keySet()) {
                if (decided.containsKey(x)) {
                    nodes.put(x, recordNode(decided.get(x)));
                } else if (!isSurname(nameKey(x.key()))) {
                    nodes.put(x, fullNameNode(nameKey(x.key()), decided));
                }
            }
            for (Identity x : articles.keySet())
                if (!nodes.containsKey(x))
                    nodes.put(x, surnameNode(nameKey(x.key()), nodes));
            // Every step an undecided identity took on its way, for the record of merges.
            for (Identity x : articles.keySet()) {
                if (decided.containsKey(x))
                    continue;
                for (Step s : paths.getOrDefault(x.key(), List.of()))
                    s.add(x);
                Step last = nameNodeSteps.get(nameKey(x.key()));
                if (last != null)
                    last.add(x);
            }
            List<Merge> merges = new ArrayList<>();
            for (Step s : steps.values())
                if (!s.articles.isEmpty() || !s.graphs.isEmpty())
                    merges.add(new Merge(s.from, s.into, s.rule, s.evidence, s.articles.size(),
                            s.articles.isEmpty() ? s.graphs.first() : s.articles.first(), s.vetoed, s.record));
            return new Result(nodes, merges);
        }

        /** The key after the rules on names: titles and repeats gone, words before a known name dropped, first names joined. */
        private String nameKey(String key) {
            String known = nameKeys.get(key);
            if (known != null)
                return known;
            List<Step> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String k = key;
            while (seen.add(k)) {
                String next = cleaned(k, path);
                if (next.equals(k))
                    next = singular(k, path);
                if (next.equals(k))
                    next = withoutWordsBefore(k, path);
                if (next.equals(k))
                    next = withoutWordsAfter(k, path);
                if (next.equals(k))
                    next = firstNameVariant(k, path);
                if (next.equals(k))
                    next = withoutMiddleNames(k, path);
                if (next.equals(k))
                    next = surnameSlip(k, path);
                if (next.equals(k))
                    break;
                k = next;
            }
            nameKeys.put(key, k);
            paths.put(key, path);
            return k;
        }

        private String cleaned(String key, List<Step> path) {
            List<String> words = Arrays.asList(key.split("-"));
            List<String> untitled = forms.withoutTitles(words, this::isNamedSurname);
            if (untitled.size() < words.size()) {
                String to = String.join("-", untitled);
                return take(path, step(key, to, "title", "'" + words.get(0) + "' is a title, not part of the name", vetoes.blocks(key, to), null), key);
            }
            List<String> once = forms.withoutRepeat(words);
            if (once.size() < words.size()) {
                String to = String.join("-", once);
                return take(path, step(key, to, "repeat", "the surname is written twice", vetoes.blocks(key, to), null), key);
            }
            return key;
        }

        /**
         * "donald-trumps": a full name with an "s" more ("the Donald Trumps of the world", or "Rand Pauls bizarre poverty
         * fantasy" without its apostrophe) is the name, when that is far more common and the plural is nobody's name in
         * the record.
         */
        private String singular(String key, List<Step> path) {
            String[] words = key.split("-");
            String last = words[words.length - 1];
            if (words.length < 2 || !last.endsWith("s") || !officeholders.withNameKey(key).isEmpty())
                return key;
            String rest = key.substring(0, key.length() - last.length());
            List<String> singulars = new ArrayList<>(List.of(rest + last.substring(0, last.length() - 1)));
            if (last.endsWith("es"))
                singulars.add(rest + last.substring(0, last.length() - 2));
            int own = rawArticles(key).size();
            for (String one : singulars) {
                int n = rawArticles(one).size();
                if (n < COMMON_NAME * own || n < COMMON_NAME_ARTICLES)
                    continue;
                return take(path, step(key, one, "plural", "'" + labeler.label(key) + "' is " + labeler.label(one)
                        + " with an s, a plural or a possessive without its apostrophe; " + labeler.label(one) + " is named in " + n
                        + " articles, " + labeler.label(key) + " in " + own, vetoes.blocks(key, one), null), key);
            }
            return key;
        }

        /**
         * "chuck-shumer": a full name whose surname is one slip from that of a name with the same first words, ten times
         * as common, is that name, unless the misspelt name is a record's (Rep. James Comer is not James Comey).
         */
        private String surnameSlip(String key, List<Step> path) {
            int dash = key.lastIndexOf('-');
            if (dash < 0 || !officeholders.withNameKey(key).isEmpty())
                return key;
            String before = key.substring(0, dash + 1);
            String surname = key.substring(dash + 1);
            int own = rawArticles(key).size();
            String best = null;
            int bestArticles = 0;
            for (Identity x : articles.keySet()) {
                String k = x.key();
                if (k.equals(key) || !k.startsWith(before) || k.indexOf('-', before.length()) >= 0 || !NameForms.isSlip(surname, k.substring(before.length())))
                    continue;
                int n = rawArticles(k).size();
                if (n > bestArticles || n == bestArticles && k.compareTo(best) < 0) {
                    best = k;
                    bestArticles = n;
                }
            }
            if (best == null || bestArticles < SLIP_RATIO * own || bestArticles < COMMON_NAME_ARTICLES)
                return key;
            return take(path, step(key, best, "misspelt surname", "'" + surname + "' looks like a misspelling of '"
                    + best.substring(before.length()) + "'; " + labeler.label(best) + " is named in " + bestArticles + " articles, "
                    + labeler.label(key) + " in " + own, vetoes.blocks(key, best), null), key);
        }

        /**
         * "hillary-clinton-keeps": words glued after a name ({@link #nameBefore}) that three times as many articles give
         * alone (and five or more) are no part of it, unless the longer name is a record's.
         */
        private String withoutWordsAfter(String key, List<Step> path) {
            if (!officeholders.withNameKey(key).isEmpty())
                return key;
            if (firsts == null)
                firsts = firstsByLast(articles.keySet().stream().map(Identity::key).toList());
            Map<String, Set<String>> byLast = firsts;
            String name = nameBefore(key, k -> !rawArticles(k).isEmpty(), w -> byLast.getOrDefault(w, Set.of()));
            if (name == null)
                return key;
            int own = rawArticles(key).size();
            int known = rawArticles(name).size();
            // A longer name read in several articles is a name of its own ("Tucker Carlson Tonight"), unless it writes
            // the name again.
            boolean again = key.startsWith(name + "-" + first(name) + "-");
            if (known < COMMON_NAME * own || known < COMMON_NAME_ARTICLES || own >= COMMON_NAME_ARTICLES && !again)
                return key;
            String after = key.substring(name.length() + 1).replace('-', ' ');
            return take(path, step(key, name, "words after the name", "'" + after + "' stands after " + labeler.label(name)
                    + ", who is named in " + known + " articles", vetoes.blocks(key, name), null), key);
        }

        /** "enter-marco-rubio": words before a name that more articles give alone are no part of it. */
        private String withoutWordsBefore(String key, List<Step> path) {
            String[] words = key.split("-");
            for (int start = 1; start + 2 <= words.length; start++) {
                String tail = String.join("-", Arrays.copyOfRange(words, start, words.length));
                // The words before are no name ("enter", "businessman"); the name after starts with a first name.
                if (!forms.hasWordsBefore(Arrays.asList(words), Arrays.asList(Arrays.copyOfRange(words, start, words.length))))
                    continue;
                TreeSet<String> known = rawArticles(tail);
                if (known.isEmpty() || known.size() < rawArticles(key).size())
                    continue;
                String before = String.join(" ", Arrays.copyOfRange(words, 0, start));
                return take(path, step(key, tail, "words before the name", "'" + before + "' stands before " + labeler.label(tail)
                        + ", who is named in " + known.size() + " articles", vetoes.blocks(key, tail), null), key);
            }
            return key;
        }

        /** "joseph-biden" and "joe-biden": the first name more articles use, if the other first names agree with it. */
        private String firstNameVariant(String key, List<Step> path) {
            String[] words = key.split("-");
            if (words.length < 2)
                return key;
            String rest = key.substring(words[0].length());
            List<String> variants = new ArrayList<>();
            for (Identity x : articles.keySet()) {
                String k = x.key();
                if (!k.equals(key) && k.endsWith(rest) && k.indexOf('-') == k.length() - rest.length()
                        && !variants.contains(k) && forms.sameFirstName(words[0], first(k)) && !differentSex(key, k))
                    variants.add(k);
            }
            if (variants.isEmpty())
                return key;
            int own = rawArticles(key).size();
            String best = null;
            for (String v : variants) {
                int n = rawArticles(v).size();
                if (best == null || n > rawArticles(best).size() || n == rawArticles(best).size() && v.compareTo(best) < 0)
                    best = v;
            }
            int bestArticles = rawArticles(best).size();
            if (bestArticles < own || bestArticles == own && best.compareTo(key) > 0)
                return key;
            for (String v : variants)
                if (!v.equals(best) && !forms.sameFirstName(first(v), first(best)))
                    return key;
            boolean misspelt = !forms.isNickname(words[0], first(best));
            boolean together = named.contains(key + " " + best) || named.contains(best + " " + key);
            if (misspelt && own > MISSPELLING * bestArticles && !together)
                return key;
            // Robert and Bert Johnson may be two people: an article that names one person both ways, or a name far
            // more common than the other, says they are one.
            if (!misspelt && !together && (bestArticles < COMMON_NAME * own || bestArticles < COMMON_NAME_ARTICLES))
                return key;
            String why = (misspelt ? "'" + words[0] + "' looks like a misspelling of '" + first(best) + "'"
                    : "'" + words[0] + "' and '" + first(best) + "' are one first name")
                    + (together ? " (an article gives one person both names)" : "");
            return take(path, step(key, best, "first name", why + "; " + labeler.label(best) + " is named in " + bestArticles
                    + " articles, " + labeler.label(key) + " in " + own, vetoes.blocks(key, best), null), key);
        }

        /**
         * "hillary-rodham-clinton": a name with middle names is the first and last name alone, when that is read at least
         * as often and is no name several records share (George Herbert Walker Bush is not the other George Bush).
         */
        private String withoutMiddleNames(String key, List<Step> path) {
            String[] words = key.split("-");
            if (words.length < 3 || !forms.isFirstName(words[0]))
                return key;
            String shorter = words[0] + "-" + words[words.length - 1];
            TreeSet<String> known = rawArticles(shorter);
            if (known.isEmpty() || known.size() < rawArticles(key).size() || officeholders.withNameKey(shorter).size() > 1)
                return key;
            String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
            return take(path, step(key, shorter, "middle name", "'" + middle + "' is a middle name; " + labeler.label(shorter)
                    + " is named in " + known.size() + " articles", vetoes.blocks(key, shorter), null), key);
        }

        /**
         * Whether two keys name people of different sexes: by their first names, or, for a first name given to both
         * sexes ("Chris"), by the record the key's readings matched ("Christie Smith" is not Rep. Chris Smith).
         */
        private boolean differentSex(String a, String b) {
            String x = sex(a);
            String y = sex(b);
            return x != null && y != null && !x.equals(y);
        }

        private String sex(String key) {
            String byName = forms.genderOfFirstName(first(key));
            if (byName != null)
                return byName;
            for (Identity x : articles.keySet()) {
                if (!x.key().equals(key) || x.record() == null)
                    continue;
                String s = officeholders.byId(x.record()).map(Officeholder::sex).orElse("");
                if (!s.isEmpty())
                    return s.equals("M") ? "male" : "female";
            }
            return null;
        }

        private String first(String key) {
            int dash = key.indexOf('-');
            return dash < 0 ? key : key.substring(0, dash);
        }

        /** Whether some key of the group gives this word as the surname of a first name ("kerry" of "john-kerry"). */
        private boolean isNamedSurname(String word) {
            for (Identity x : articles.keySet())
                if (x.key().endsWith("-" + word) && forms.isFirstName(first(x.key())) && !forms.isTitle(first(x.key())))
                    return true;
            return false;
        }

        /** The articles of the readings with exactly this key. */
        private TreeSet<String> rawArticles(String key) {
            TreeSet<String> out = new TreeSet<>();
            articles.forEach((x, a) -> {
                if (x.key().equals(key))
                    out.addAll(a);
            });
            return out;
        }

        /**
         * A surname alone: one word, or words that follow a first name in another key of the group and start with no
         * first name and are nobody's name in the record ("wasserman-schultz" of "debbie-wasserman-schultz"; not
         * "barack-obama" of "macguffinized-barack-obama").
         */
        private boolean isSurname(String key) {
            if (key.indexOf('-') < 0)
                return true;
            if (forms.isFirstName(first(key)) || !officeholders.withNameKey(key).isEmpty())
                return false;
            for (Identity x : articles.keySet()) {
                String k = x.key();
                if (k.endsWith("-" + key) && k.length() == first(k).length() + 1 + key.length() && forms.isFirstName(first(k)))
                    return true;
            }
            return false;
        }

        private Node fullNameNode(String name, Map<Identity, Officeholder> decided) {
            Node known = nameNodes.get(name);
            if (known != null)
                return known;
            Node node = new Node(name, labeler.label(name), null);
            List<Officeholder> records = officeholders.withNameKey(name);
            if (records.size() == 1) {
                Officeholder r = records.get(0);
                Node target = recordNode(r);
                int matched = 0;
                for (Map.Entry<Identity, Officeholder> e : decided.entrySet())
                    if (e.getValue() == r)
                        matched += articles.get(e.getKey()).size();
                boolean blocked = vetoes.blocks(name, target.key()) || vetoes.blocksRecord(name, r.id(), r.wikidata());
                if (matched > 0) {
                    Step s = step(name, target.key(), "record name", "the reference has one person of this name, "
                            + describe(r) + ", whom the context of " + matched + " articles identifies", blocked, r);
                    if (!blocked) {
                        node = target;
                        if (!target.key().equals(name))
                            nameNodeSteps.put(name, s);
                    } else {
                        nameNodeSteps.put(name, s);
                    }
                }
            } else if (records.size() > 1) {
                Map<Officeholder, Integer> chosen = new LinkedHashMap<>();
                int total = 0;
                for (Map.Entry<Identity, Officeholder> e : decided.entrySet()) {
                    if (records.contains(e.getValue()) && nameKey(e.getKey().key()).equals(name)) {
                        chosen.merge(e.getValue(), articles.get(e.getKey()).size(), Integer::sum);
                        total += articles.get(e.getKey()).size();
                    }
                }
                Officeholder best = null;
                for (Map.Entry<Officeholder, Integer> e : chosen.entrySet())
                    if (best == null || e.getValue() > chosen.get(best))
                        best = e.getKey();
                if (best != null && chosen.get(best) >= DOMINANCE * total) {
                    Node target = recordNode(best);
                    boolean blocked = vetoes.blocks(name, target.key()) || vetoes.blocksRecord(name, best.id(), best.wikidata());
                    Step s = step(name, target.key(), "ambiguous name", records.size() + " people of the reference have this name; of the "
                            + total + " articles whose context decides which, " + chosen.get(best) + " mean " + describe(best), blocked, best);
                    nameNodeSteps.put(name, s);
                    if (!blocked)
                        node = target;
                }
            }
            nameNodes.put(name, node);
            return node;
        }

        private Node surnameNode(String surname, Map<Identity, Node> nodes) {
            Node known = nameNodes.get(surname);
            if (known != null)
                return known;
            Map<String, Node> byKey = new TreeMap<>();
            Map<String, TreeSet<String>> named = new TreeMap<>();
            nodes.forEach((x, node) -> {
                String name = nameKey(x.key());
                // Only people count: a first name or a record ("Barack Obama", "Michelle Obama"), not "cool-obama".
                boolean person = node.record() != null || forms.isFirstName(first(name));
                if (person && !isSurname(name) && name.endsWith("-" + surname)) {
                    byKey.put(node.key(), node);
                    named.computeIfAbsent(node.key(), k -> new TreeSet<>()).addAll(articles.get(x));
                }
            });
            Node node = new Node(surname, labeler.label(surname), null);
            int total = named.values().stream().mapToInt(Set::size).sum();
            String best = null;
            for (Map.Entry<String, TreeSet<String>> e : named.entrySet())
                if (best == null || e.getValue().size() > named.get(best).size())
                    best = e.getKey();
            // A first name written alone ("William" of "Prince William", "Hillary") is rarely the surname of the one full
            // name a few articles end in it ("Royal Baby Prince William", "Edmund Hillary"): it needs more articles.
            boolean enough = !forms.isFirstName(surname) || total >= FIRST_NAME_AS_SURNAME_ARTICLES;
            if (best != null && total > 0 && enough && named.get(best).size() >= DOMINANCE * total) {
                Node target = byKey.get(best);
                boolean blocked = vetoes.blocks(surname, target.key());
                String who = named.size() == 1 ? target.label() + " is the only one named with this surname and a first name"
                        : String.format("of the %d articles that name %s %s with a first name, %d (%.0f%%) name %s", total,
                        "aeiou".indexOf(surname.charAt(0)) >= 0 ? "an" : "a", labeler.label(surname), named.get(best).size(),
                        100.0 * named.get(best).size() / total, target.label());
                nameNodeSteps.put(surname, step(surname, target.key(), "surname", who, blocked, target.record()));
                if (!blocked)
                    node = target;
            }
            nameNodes.put(surname, node);
            return node;
        }

        private Step step(String from, String into, String rule, String evidence, boolean vetoed, Officeholder record) {
            return steps.computeIfAbsent(from + " " + into + " " + rule, k -> new Step(from, into, rule, evidence, vetoed, record));
        }

        /** Follows a step unless it is vetoed. */
        private String take(List<Step> path, Step step, String from) {
            path.add(step);
            return step.vetoed ? from : step.into;
        }

        private final class Step {
            final String from;
            final String into;
            final String rule;
            final String evidence;
            final boolean vetoed;
            final Officeholder record;
            final TreeSet<String> articles = new TreeSet<>();
            final TreeSet<String> graphs = new TreeSet<>();

            Step(String from, String into, String rule, String evidence, boolean vetoed, Officeholder record) {
                this.from = from;
                this.into = into;
                this.rule = rule;
                this.evidence = evidence;
                this.vetoed = vetoed;
                this.record = record;
            }

            Step add(Identity x) {
                articles.addAll(Run.this.articles.get(x));
                graphs.addAll(Run.this.graphs.get(x));
                return this;
            }
        }
    }

    private static String describe(Officeholder r) {
        StringBuilder s = new StringBuilder(r.name()).append(" (");
        if (!r.wikidata().isEmpty())
            s.append("Wikidata ").append(r.wikidata()).append(", ");
        s.append("GovTrack ").append(r.id());
        if (r.birthYear() > 0)
            s.append(", born ").append(r.birthYear());
        return s.append(')').toString();
    }
}
