package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * What a rule says of one name it says of every name coordinated with it: "Donald Trump and Bernie Sanders scored
 * victories in the New Hampshire primary", "criticizing Bill and Hillary Clinton", "Sens. Ted Cruz, Marco Rubio and
 * Rand Paul endorsed him". The rules find the name nearest their cue; the list it stands in is read here, once, for
 * every relation between people and races. Thread-safe, as the rule it wraps.
 */
final class CoordinatedNames implements Extractor {
    private static final Set<String> BETWEEN_NAMES = Set.of(",", "and", "&");
    // A clause, not a name, follows: "beat Cruz and Sanders won Vermont" coordinates two clauses.
    private static final Set<String> CLAUSE_TAGS = Set.of("VERB", "AUX");
    private static final Set<String> GOVERNING_TAGS = Set.of("VERB", "AUX", "ADP");

    private final Extractor rule;

    CoordinatedNames(Extractor rule) {
        this.rule = rule;
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        List<Fact> facts = rule.extract(article, sentence);
        if (facts.isEmpty())
            return facts;
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>(facts);
        for (Fact f : facts) {
            List<Mention> objects = f.object().type() == EntityType.PERSON ? conjuncts(c, f.object()) : List.of(f.object());
            List<Mention> subjects = conjuncts(c, f.subject());
            // A party or a race before the names is the whole list's when a plural says so: "Republican Sens. Kelly
            // Ayotte and Dean Heller", "Democrats Gwen Moore and Ron Kind", "presidential candidates X and Y"; not in
            // "President Obama and Republican Governor Rick Scott", "Republican running mate Paul Ryan and Vice President
            // Biden", "presidential candidate Jon Huntsman and Meg Whitman".
            // One inside the list is its neighbour's alone ("between Handel and Democrat Jon Ossoff"), and one after
            // it the last name's unless a verb stands between ("Schumer and Sen. Dick Durbin, D-Ill.", but "X and Y
            // are Democrats").
            if (f.object().type() != EntityType.PERSON && (f.object().end() <= subjects.get(0).start()
                    ? !pluralBefore(c, f.object(), subjects.get(0)) : !verbBetween(c, subjects.get(subjects.size() - 1).end(), f.object().start())))
                subjects = List.of(f.subject());
            for (Mention subject : subjects)
                for (Mention object : objects) {
                    if (subject == f.subject() && object == f.object() || object.type() == EntityType.PERSON
                            && (subject.chain() == object.chain() || objects.contains(subject)))
                        continue;
                    // "Democrat Gwen Moore and Republican Sean Duffy": a name with its own party word is that party's.
                    if (object.type() == EntityType.PARTY && subject != f.subject() && ownParty(c, subject))
                        continue;
                    out.add(new Fact(subject, f.relation(), object, f.sentence(), f.confidence(), f.qualifiers()));
                }
        }
        return out;
    }

    /**
     * The names in the list {@code m} stands in, {@code m} among them: a run of names joined by commas and one final
     * "and" ("X and Y", "X, Y and Z"), titles and party words allowed before each. A run of commas alone is an
     * apposition ("his opponent, Y"), and a possessive or a pronoun stands in no list.
     */
    private static List<Mention> conjuncts(SentenceContext c, Mention m) {
        // A quote's speaker may be named in another sentence: only this sentence's names stand in its lists.
        if (m.form() != Mention.Form.NAME || SentenceContext.possessive(m) || !c.persons.contains(m))
            return List.of(m);
        List<Mention> run = new ArrayList<>(List.of(m));
        boolean joined = false;
        for (Mention prev = m; ; ) {
            int k = prev.start() - 1;
            while (k >= 0 && modifier(c, k))
                k--;
            int sep = k;
            while (k >= 0 && c.lowerIn(k, BETWEEN_NAMES))
                k--;
            if (sep == k || k < 0)
                break;
            Mention before = c.personAt(k).orElse(null);
            if (before == null || before.end() != k + 1 || before.form() != Mention.Form.NAME || SentenceContext.possessive(before))
                break;
            joined |= and(c, k + 1, sep + 1);
            run.add(0, before);
            prev = before;
        }
        for (Mention next = m; ; ) {
            int k = next.end();
            int from = k;
            while (k < c.size() && c.lowerIn(k, BETWEEN_NAMES))
                k++;
            int sep = k;
            while (k < c.size() && modifier(c, k))
                k++;
            if (sep == from || k >= c.size())
                break;
            Mention after = c.personAt(k).orElse(null);
            if (after == null || after.start() != k || after.form() != Mention.Form.NAME || SentenceContext.possessive(after))
                break;
            joined |= and(c, from, sep);
            run.add(after);
            next = after;
        }
        if (run.size() < 2 || !joined || !lastJoinedByAnd(c, run))
            return List.of(m);
        // "beat Cruz and Sanders won Vermont": a list governed on its left and followed by a verb is two clauses.
        int before = run.get(0).start() - 1;
        while (before >= 0 && modifier(c, before))
            before--;
        int after = run.get(run.size() - 1).end();
        if (before >= 0 && GOVERNING_TAGS.contains(c.s.tag(before)) && after < c.size() && CLAUSE_TAGS.contains(c.s.tag(after)))
            return List.of(m);
        return run;
    }

    /** A title or party word in front of a name: "Sens.", "Democrat", "former Ohio Gov.". */
    private static boolean modifier(SentenceContext c, int k) {
        return c.mentionAt(EntityType.OFFICE, k).isPresent() || c.mentionAt(EntityType.PARTY, k).isPresent() || c.lowerIn(k, Set.of("former"))
                || c.placeBeforeTitle(k);
    }

    /** Only modifiers and role words between the word and the list's first name, one of them (or the word) plural. */
    private static boolean pluralBefore(SentenceContext c, Mention word, Mention first) {
        boolean plural = c.lower(word.end() - 1).endsWith("s");
        int k = first.start() - 1;
        while (k >= word.end() && (modifier(c, k) || first.start() - k <= 3 && Set.of("NOUN", "ADJ", "PROPN").contains(c.s.tag(k)))) {
            plural |= (c.lower(k).endsWith("s") || c.lower(k).endsWith("s.")) && !c.s.tag(k).equals("ADJ") && c.personAt(k).isEmpty();
            k--;
        }
        return plural && k < word.end();
    }

    /**
     * A verb between the list and what follows makes it the list's predicate; a relative clause on the last name is that
     * name's alone ("Trump and McCain, who was the 2008 Republican presidential nominee").
     */
    private static boolean verbBetween(SentenceContext c, int from, int to) {
        if (from + 1 < to && c.s.token(from).equals(",") && c.lowerIn(from + 1, Set.of("who", "whose")))
            return false;
        for (int k = from; k < to; k++)
            if (CLAUSE_TAGS.contains(c.s.tag(k)))
                return true;
        return false;
    }

    private static boolean ownParty(SentenceContext c, Mention name) {
        for (int k = name.start() - 1; k >= 0 && modifier(c, k); k--)
            if (c.mentionAt(EntityType.PARTY, k).isPresent())
                return true;
        return false;
    }

    private static boolean and(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++)
            if (!c.lower(k).equals(","))
                return true;
        return false;
    }

    /** Only the last two names are joined by "and": "X, Y and Z", not "X and Y, Z" (an apposition on Y). */
    private static boolean lastJoinedByAnd(SentenceContext c, List<Mention> run) {
        for (int i = 1; i < run.size(); i++) {
            int from = run.get(i - 1).end();
            int to = run.get(i).start();
            while (to > from && modifier(c, to - 1))
                to--;
            if (and(c, from, to) != (i == run.size() - 1))
                return false;
        }
        return true;
    }
}
