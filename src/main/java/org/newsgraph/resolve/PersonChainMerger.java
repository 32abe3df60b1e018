package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PersonChain;

/**
 * Within one article, after the mention linker: takes the titles off the names a person is written with ("Justice
 * Sonia Sotomayor", "Mr Trump"), and the verb off a name that only a question opens ("Will Trump"), and joins the chains that are one person by the {@link NameForms} rules: a surname
 * alone to the full name it ends (the one named most when several are), full names whose first names are one
 * ("Joe Biden", "Joseph Biden"), and a full name with words glued after it that begin no other name of the article
 * ("Hillary Clinton Keeps" of a headline in title case) to that name, and full names whose surnames are one slip apart
 * ("Rudy Guiliani", "Rudy Giuliani"), or whose surname alone is one slip from an office-holder's full name
 * ("John Bohner", "Boehner"; "Mr. Romeny", Mitt Romney, named more often); never people of different sexes. Chains are joined by giving each the names of all, so that the resolver keys them
 * alike; chain ids, and so the facts' references to them, stay as they were. Stateless and thread-safe.
 */
public final class PersonChainMerger {
    // Verbs that open a question, capitalised there and so taken for a first name ("Will Trump ...?", "Can Biden ...?").
    private static final Set<String> QUESTION_VERBS = Set.of("will", "would", "can", "could", "should", "did", "does", "do",
            "is", "was", "has", "have", "had", "must", "may", "might", "shall");

    private static final Set<String> QUESTION_WORDS = Set.of("what", "when", "where", "why", "how", "who", "which");

    private final NameForms forms;
    private final EntityResolver resolver;

    public PersonChainMerger(NameForms forms, EntityResolver resolver) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public AnnotatedArticle merge(AnnotatedArticle article) {
        Set<String> inside = new HashSet<>();
        for (Mention m : article.mentions())
            if (m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && !opensSentence(article, m))
                inside.add(m.value());
        // Surnames the article gives with a first name: "Secretary Kerry" is John Kerry's title and surname.
        Set<String> surnames = new HashSet<>();
        for (PersonChain c : article.chains())
            for (String name : c.names()) {
                String[] words = name.strip().split("\\s+");
                if (words.length >= 2)
                    surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
        List<PersonChain> chains = new ArrayList<>();
        for (PersonChain c : article.chains())
            chains.add(new PersonChain(c.id(), cleaned(c.names(), inside, surnames), cleaned(c.aliases(), inside, surnames), c.gender()));
        Map<Integer, List<String>> keys = new LinkedHashMap<>();
        for (PersonChain c : chains)
            keys.put(c.id(), Arrays.asList(resolver.person(c).key().split("-")));
        Map<Integer, Integer> mentions = new HashMap<>();
        Map<Integer, String> genders = new HashMap<>();
        for (PersonChain c : chains) {
            mentions.put(c.id(), c.names().size());
            List<String> key = keys.get(c.id());
            String gender = c.gender() != null ? c.gender() : key.size() >= 2 ? forms.genderOfFirstName(key.get(0)) : null;
            if (gender != null)
                genders.put(c.id(), gender);
        }
        Groups groups = new Groups();
        for (PersonChain c : chains) {
            List<String> key = keys.get(c.id());
            Integer best = null;
            for (PersonChain other : chains) {
                List<String> k = keys.get(other.id());
                if (other.id() == c.id() || k.size() < 2 || !k.get(k.size() - 1).equals(key.get(key.size() - 1)))
                    continue;
                // "Mrs. Cochran" is not Thad Cochran.
                String g = genders.get(c.id());
                if (g != null && genders.containsKey(other.id()) && !g.equals(genders.get(other.id())))
                    continue;
                if (key.size() == 1) {
                    // A surname alone goes to the person named most who has it.
                    if (best == null || mentions.get(other.id()) > mentions.get(best))
                        best = other.id();
                } else if (k.size() == key.size() && k.subList(1, k.size()).equals(key.subList(1, key.size()))
                        && forms.sameFirstName(key.get(0), k.get(0)) || forms.hasWordsBefore(key, k)) {
                    groups.join(c.id(), other.id());
                }
            }
            // "Rudy Guiliani" beside "Rudy Giuliani": the first words the same, the surnames one slip apart.
            for (PersonChain other : chains) {
                List<String> k = keys.get(other.id());
                if (other.id() != c.id() && k.size() == key.size() && key.size() >= 2
                        && k.subList(0, k.size() - 1).equals(key.subList(0, key.size() - 1))
                        && NameForms.isSlip(k.get(k.size() - 1), key.get(key.size() - 1)))
                    groups.join(c.id(), other.id());
            }
            if (key.size() == 1 && best == null)
                best = misspeltFullName(c.id(), keys, genders, mentions);
            if (best != null)
                groups.join(c.id(), best);
            Integer named = nameBefore(c.id(), keys, genders);
            if (named != null)
                groups.join(c.id(), named);
        }
        return joined(article, chains, groups.sets());
    }

    /**
     * For a surname alone that no full name of the article ends in: the full name whose surname is one slip from it
     * ({@link NameForms#isSlip}), when its first name with this surname is a federal office-holder's name as the
     * reference table gives it ("Boehner" beside "House Speaker John A. Bohner"), or when the full name is one and the
     * surname alone a misspelling of its surname ({@link #misspeltSurname}: "Mr. Romeny" beside Mitt Romney), or a
     * surname the reference table has written alone more often ("Mr. Tump" beside "Trump"); the one named most, never
     * one of the other sex; else null. "Carson" beside "Tucker Carlson", "Reagan" beside "Donald
     * Regan" join nobody.
     */
    private Integer misspeltFullName(int id, Map<Integer, List<String>> keys, Map<Integer, String> genders,
                                     Map<Integer, Integer> mentions) {
        String surname = keys.get(id).get(0);
        String g = genders.get(id);
        Integer best = null;
        for (Map.Entry<Integer, List<String>> e : keys.entrySet()) {
            List<String> k = e.getValue();
            String other = k.get(k.size() - 1);
            boolean misspelt = misspeltSurname(surname, other) && mentions.get(id) < mentions.get(e.getKey());
            if (e.getKey() == id || !NameForms.isSlip(other, surname)
                    // "Mr. Tump" beside "Trump" written alone more often: a surname the reference table has.
                    || k.size() < 2 && !(forms.isRecordSurname(other) && misspelt)
                    || k.size() >= 2 && !forms.isRecordName(k.get(0) + " " + surname)
                       && !(forms.isRecordName(k.get(0) + " " + other) && misspelt)
                    || g != null && genders.containsKey(e.getKey()) && !g.equals(genders.get(e.getKey())))
                continue;
            if (best == null || mentions.get(e.getKey()) > mentions.get(best))
                best = e.getKey();
        }
        return best;
    }

    /**
     * Whether a surname alone may be a misspelling of an office-holder's surname one slip from it ("Romeny" for
     * "Romney", "McConnnell", "Cumming" for "Cummings"): it is no first name ("Collin" beside Susan Collins), nobody's
     * surname in the reference table ("Harrison", "Kelly" are names of their own), and not the surname with an "s"
     * more, a plural or a possessive ("the Bidens").
     */
    private boolean misspeltSurname(String alone, String surname) {
        return !forms.isFirstName(alone) && !forms.isRecordSurname(alone) && !alone.equals(surname + "s");
    }

    /**
     * The chain whose full name this chain's key starts with, when the words after it begin no other person's name of
     * the article: "Hillary Clinton Keeps" (a headline in title case), "Paul Ryan Paul Davis Ryan" (the name written
     * again); not "Donald Trump Kellyanne Conway" when the article names Kellyanne Conway. The
     * longest such name, never one of the other sex; null if none.
     */
    private Integer nameBefore(int id, Map<Integer, List<String>> keys, Map<Integer, String> genders) {
        List<String> key = keys.get(id);
        Integer best = null;
        for (Map.Entry<Integer, List<String>> e : keys.entrySet()) {
            List<String> k = e.getValue();
            if (e.getKey() == id || !forms.hasWordsAfter(key, k) || best != null && keys.get(best).size() >= k.size())
                continue;
            String g = genders.get(id);
            if (g != null && genders.containsKey(e.getKey()) && !g.equals(genders.get(e.getKey())))
                continue;
            String after = key.get(k.size());
            // "Donald Trump Jr." is his son.
            if (after.equals("jr") || after.equals("sr"))
                continue;
            // The name written again ("Paul Ryan Paul Davis Ryan" of a hover card) is no other name.
            boolean another = false;
            if (after.equals(k.get(0))) {
                best = e.getKey();
                continue;
            }
            for (Map.Entry<Integer, List<String>> o : keys.entrySet())
                if (!o.getKey().equals(e.getKey()) && o.getKey() != id && o.getValue().size() >= 2 && o.getValue().get(0).equals(after))
                    another = true;
            if (!another)
                best = e.getKey();
        }
        return best;
    }

    /**
     * The names without titles in front and without a repeated last word, and without the verb that opens a question
     * ("Will Trump endorse Moore?") when the name is never written but at the start of a sentence.
     */
    private List<String> cleaned(List<String> names, Set<String> inside, Set<String> surnames) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            List<String> words = Arrays.asList(name.strip().split("\\s+"));
            if (words.size() >= 2 && QUESTION_VERBS.contains(words.get(0).toLowerCase(Locale.ROOT)) && !inside.contains(name))
                words = words.subList(1, words.size());
            out.add(String.join(" ", forms.withoutRepeat(forms.withoutTitles(words, w -> surnames.contains(w.toLowerCase(Locale.ROOT))))));
        }
        return out;
    }

    /**
     * Whether the mention opens the sentence or a question in it: the first word, the first after an opening quote,
     * bracket or colon ("Tim Stanley: Will Trump's good night ..."), or after a question word ("What Will Trump Do?").
     */
    private static boolean opensSentence(AnnotatedArticle article, Mention m) {
        if (m.start() == 0)
            return true;
        String before = article.sentences().get(m.sentence()).token(m.start() - 1);
        return before.equals("\"") || before.equals("“") || before.equals("‘") || before.equals("'") || before.equals("(")
                || before.equals(":") || QUESTION_WORDS.contains(before.toLowerCase(Locale.ROOT));
    }

    /**
     * The article with the chains of each group given the names and aliases of all its chains, in chain order, so
     * that they resolve to one person; {@code chains} replace the article's.
     */
    static AnnotatedArticle joined(AnnotatedArticle article, List<PersonChain> chains, Collection<Set<Integer>> groups) {
        Map<Integer, PersonChain> byId = new LinkedHashMap<>();
        chains.forEach(c -> byId.put(c.id(), c));
        for (Set<Integer> group : groups) {
            if (group.size() < 2)
                continue;
            List<String> names = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            group.stream().sorted().forEach(id -> {
                names.addAll(byId.get(id).names());
                aliases.addAll(byId.get(id).aliases());
            });
            for (int id : group) {
                PersonChain c = byId.get(id);
                byId.put(id, new PersonChain(id, names, aliases, c.gender()));
            }
        }
        return new AnnotatedArticle(article.article(), article.sentences(), article.mentions(), new ArrayList<>(byId.values()),
                article.quotes());
    }

    /** Chain ids joined into groups (union-find); a group's members are one person. */
    static final class Groups {
        private final Map<Integer, Integer> parent = new HashMap<>();

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb)
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }

        private int root(int a) {
            int r = a;
            while (parent.containsKey(r))
                r = parent.get(r);
            return r;
        }

        Collection<Set<Integer>> sets() {
            Map<Integer, Set<Integer>> out = new LinkedHashMap<>();
            for (int id : parent.keySet()) {
                out.computeIfAbsent(root(id), k -> new java.util.TreeSet<>(List.of(k))).add(id);
            }
            return out.values();
        }
    }
}
