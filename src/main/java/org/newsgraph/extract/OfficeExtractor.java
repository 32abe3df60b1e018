package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.OfficeFinder;

/**
 * holdsOffice from a title before a name ("Attorney General Jeff Sessions", "former special counsel
 * Robert Mueller"), an apposition after it ("Mr. Romney, a former Massachusetts governor"), or a verb of
 * holding ("who held the Alabama Senate seat", "before becoming attorney general"). officeStatus is
 * "former" when the title says so ("former", "ex-") or the holding verb is in the past ("held", not "has
 * held"); the words about the tenure may add dates, and an end date before the article's date makes the
 * holding former too. Thread-safe.
 */
public final class OfficeExtractor implements Extractor {
    private static final Set<String> HOLDING_PAST = Set.of("held", "served", "was", "became", "had");
    private static final Set<String> HOLDING = Set.of("held", "holds", "hold", "served", "serves", "serving", "became", "becoming",
            "become", "is", "was", "named", "elected", "appointed", "confirmed", "sworn");
    private static final Set<String> NOT_A_HOLDER = Set.of("nominee", "candidate", "pick", "choice", "nominated", "nomination",
            "contender", "hopeful", "challenger", "aspirant", "running", "wants", "bid");

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        // "the next president", "a future governor", "a would-be senator": nobody holds that yet.
        List<Mention> offices = c.of(EntityType.OFFICE).stream().filter(o -> !"true".equals(o.attribute("aspired"))).toList();
        for (Mention person : c.persons) {
            if (person.form() == Mention.Form.NAME && person.attribute("title") != null
                    && !PLURAL_TITLES.contains(String.valueOf(person.attribute("titleSurface")).toLowerCase(java.util.Locale.ROOT))) {
                titleOffice(offices, person).map(office -> seatState(c, person, office)).ifPresent(office -> {
                    if (!nomineeBefore(c, office.start()))
                        out.add(dated(c, afterName(c, person), null, false, false,
                                fact(person, office, former(office) || "former".equals(person.attribute("titleStatus")), 0.9, sentence)));
                });
            }
            if (person.form() == Mention.Form.TITLE) {
                // "the former Alabama senator" standing for a named person: that person held the office.
                titleOffice(offices, person).ifPresent(office ->
                        out.add(dated(c, afterName(c, person), null, false, false, fact(person, office, former(office), 0.7, sentence))));
            }
            if (person.form() == Mention.Form.NAME)
                apposition(c, person, offices, out);
        }
        holdingVerb(c, offices, out);
        pluralTitles(c, offices, out);
        for (Mention o : offices)
            namedAfter(c, o, out);
        return out;
    }

    private static final Set<String> PLURAL_TITLES = Set.of("sens.", "reps.", "senators", "representatives", "govs.",
            "governors", "congressmen", "congresswomen");

    /** "Sens. Ted Cruz, R-Texas, Rand Paul, R-Ky., and even Rubio": a plural title holds for every name in its list. */
    private static void pluralTitles(SentenceContext c, List<Mention> offices, List<Fact> out) {
        for (Mention o : offices) {
            if (!PLURAL_TITLES.contains(o.text().toLowerCase(java.util.Locale.ROOT)))
                continue;
            int k = o.end();
            while (k < c.size()) {
                Optional<Mention> p = c.personAt(k);
                if (p.isPresent()) {
                    if (p.get().form() == Mention.Form.NAME)
                        out.add(fact(p.get(), o, former(o), 0.8, c.s));
                    k = p.get().end();
                    continue;
                }
                String t = c.lower(k);
                if (t.equals(",") || t.equals("and") || t.equals("even") || t.equals("(") || t.equals(")")
                        || c.mentionAt(EntityType.PARTY, k).isPresent()) {
                    k++;
                    continue;
                }
                break;
            }
        }
    }

    /**
     * "Sen. Rand Paul (R-Ky.)", "Rep. Jim Cooper, D-Tenn.": the party code after the name says whose seat the title
     * is; the office mention gets that state unless the text gave it one already.
     */
    private static Mention seatState(SentenceContext c, Mention person, Mention office) {
        if (office.attribute("jurisdiction") != null)
            return office;
        for (Mention party : c.of(EntityType.PARTY)) {
            if (!"code".equals(party.attribute("form")) || party.attribute("state") == null)
                continue;
            int gap = party.start() - person.end();
            boolean adjacent = gap >= 0 && gap <= 2;
            for (int k = person.end(); adjacent && k < party.start(); k++)
                adjacent = c.s.token(k).equals("(") || c.s.token(k).equals(",");
            if (adjacent) {
                Map<String, String> a = new HashMap<>(office.attributes());
                a.put("jurisdiction", party.attribute("state"));
                return office.withAttributes(a);
            }
        }
        return office;
    }

    private static boolean nomineeBefore(SentenceContext c, int start) {
        return start > 1 && c.lowerIn(start - 1, Set.of("for")) && c.lowerIn(start - 2, NOT_A_HOLDER);
    }

    private static Optional<Mention> titleOffice(List<Mention> offices, Mention person) {
        Mention best = null;
        for (Mention o : offices) {
            if (person.form() == Mention.Form.TITLE) {
                if (o.overlaps(person))
                    return Optional.of(o);
                continue;
            }
            if (o.end() <= person.start() && person.start() - o.end() <= 4 && o.value().equals(person.attribute("title")))
                best = o;
        }
        return Optional.ofNullable(best);
    }

    private static boolean former(Mention office) {
        return "former".equals(office.attribute("status"));
    }

    private static Fact fact(Mention person, Mention office, boolean former, double confidence, AnnotatedSentence s) {
        Map<String, String> q = new HashMap<>();
        q.put("officeStatus", former ? "former" : "current");
        return new Fact(person, org.newsgraph.extract.Relation.HOLDS_OFFICE, office, s.index(), confidence, q);
    }

    /**
     * The fact with the dates the words from {@code from} on give for the holding, and its status set by
     * them and the article's date (see {@link TenureReader}).
     */
    private static Fact dated(SentenceContext c, int from, String verb, boolean perfect, boolean anchored, Fact f) {
        LocalDate published = c.article.article().published();
        TenureReader.Tenure t = TenureReader.read(c, from, verb, perfect, anchored, f.object(), published);
        if (t.isEmpty())
            return f;
        return new Fact(f.subject(), f.relation(), f.object(), f.sentence(), f.confidence(),
                TenureReader.qualifiers(f.qualifiers(), t, published));
    }

    /** Where the words about a named holder's tenure start: right after the name, or inside ", who ...". */
    private static int afterName(SentenceContext c, Mention person) {
        int k = person.end();
        if (k + 1 < c.size() && c.s.token(k).equals(",") && c.lower(k + 1).equals("who"))
            return k + 1;
        return k;
    }

    /** "has served", "have long held": the holding still goes on. */
    private static boolean perfect(SentenceContext c, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 2); k--) {
            if (c.lower(k).equals("has") || c.lower(k).equals("have"))
                return true;
            if (!c.s.tag(k).equals("ADV"))
                return false;
        }
        return false;
    }

    /** "PERSON, [a|the] [former] [modifiers] OFFICE" up to the next comma, with no verb in between. */
    private static void apposition(SentenceContext c, Mention person, List<Mention> offices, List<Fact> out) {
        int i = person.end();
        if (i < c.size() && (c.s.token(i).equals("'s") || c.s.token(i).equals("'")))
            return;
        if (i >= c.size() || !c.s.token(i).equals(","))
            return;
        for (Mention o : offices) {
            if (o.start() <= i || o.start() - i > 9)
                continue;
            boolean clean = true;
            boolean former = former(o);
            for (int k = i + 1; k < o.start(); k++) {
                String w = c.lower(k);
                String tag = c.s.tag(k);
                // "a former presidential nominee and Massachusetts governor": each conjunct is checked on its own.
                if (w.equals("and")) {
                    clean = true;
                    continue;
                }
                boolean hyphenatedName = c.personAt(k).isPresent() && c.personAt(k).get().end() < c.size()
                        && c.s.token(c.personAt(k).get().end()).equals("-");
                if (w.equals(",") || w.equals("who") || tag.equals("VERB") && !w.endsWith("ed") && !w.contains("-") || tag.equals("AUX")
                        || NOT_A_HOLDER.contains(w) || c.personAt(k).isPresent() && !hyphenatedName)
                    clean = false;
                if (w.equals("former") || w.equals("ex"))
                    former = true;
            }
            if (o.end() < c.size() && NOT_A_HOLDER.contains(c.lower(o.end())))
                clean = false;
            // "Mike Lawlor, the Connecticut governor's criminal justice adviser": the office is the possessor's employer.
            if (c.lowerIn(o.end(), SentenceContext.POSSESSIVE_MARKS))
                clean = false;
            if (clauseAfter(c, o))
                clean = false;
            // "X, fellow Reps. Jeff Miller and ...": a title of the next name, not of X.
            if (c.personAt(o.end()).isPresent() || o.end() < c.size() && c.startsMention(EntityType.PERSON, o.end()))
                clean = false;
            if (clean) {
                // "X, the governor until 2019": the apposition says X is the governor, so dates after it are the holding's.
                out.add(dated(c, o.end(), null, false, true, fact(person, o, former, 0.8, c.s)));
                return;
            }
        }
    }

    /**
     * "measure of Mr. Trump, the president of Russia has given him a nod": an office phrase with its own verb after it
     * (past a place it is "of") is the next clause's subject, no apposition.
     */
    private static boolean clauseAfter(SentenceContext c, Mention o) {
        int k = o.end();
        if (c.lowerIn(k, Set.of("of")))
            for (k++; k < c.size() && c.s.tag(k).equals("PROPN"); k++)
                ;
        // "the senator running for re-election", "the governor elected in 2014" still describe the name.
        return k < c.size() && (c.s.tag(k).equals("AUX") || c.s.tag(k).equals("VERB") && !c.lower(k).endsWith("ing")
                && !c.lowerIn(k, Set.of("elected", "reelected", "re-elected", "appointed", "named", "nominated", "confirmed", "sworn")));
    }

    private static final Set<String> POSSESSIVES = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "'s", "'");
    private static final Set<String> UNDER = Set.of("deputy", "assistant", "associate", "vice", "acting");
    private static final Set<String> PLURAL_OFFICE_WORDS = Set.of("senators", "governors", "representatives", "congressmen",
            "congresswomen", "mayors", "lawmakers");

    /**
     * "Michigan's attorney general, Bill Schuette,", "the governor, John Bel Edwards,", "two Democratic state senators,
     * Glenn Anderson and Bert Johnson,": an office phrase set off before the name (or names) it describes. The phrase
     * opens with a determiner or a possessive; one that names a nominee or a candidate names no holder, and the head of
     * something other than a state or a country ("United's president, Scott Kirby") holds no public office.
     */
    private static void namedAfter(SentenceContext c, Mention o, List<Fact> out) {
        int k = o.end();
        if (k + 1 >= c.size() || !c.s.token(k).equals(",") || NOT_A_HOLDER.contains(c.lower(k - 1)))
            return;
        int open = o.start() - 1;
        boolean former = former(o);
        while (open >= 0 && !POSSESSIVES.contains(c.lower(open)) && !c.s.tag(open).equals("NUM")) {
            String w = c.lower(open);
            String tag = c.s.tag(open);
            // "his deputy campaign manager, Stephanie Cutter": a deputy's office is not the one named.
            if (NOT_A_HOLDER.contains(w) || UNDER.contains(w) || !(tag.equals("ADJ") || tag.equals("NUM") || tag.equals("PROPN") || tag.equals("NOUN")
                    && Character.isLowerCase(c.s.token(open).charAt(0))) || c.personAt(open).isPresent())
                return;
            former |= w.equals("former") || w.equals("then");
            open--;
        }
        if (open < 0)
            return;
        String head = c.lower(o.end() - 1);
        if ((c.lower(open).equals("'s") || c.lower(open).equals("'")) && OfficeFinder.HEADS_OF_ANYTHING.contains(head)
                && o.attribute("country") == null && o.attribute("jurisdiction") == null)
            return;
        // "Unlike the governor, Tom Reed said ...": a phrase fronted before the subject is no apposition.
        if (open <= 1 && open >= 0 && (c.s.tag(0).equals("ADP") || c.s.tag(0).equals("SCONJ")))
            return;
        boolean plural = PLURAL_OFFICE_WORDS.contains(c.lower(o.end() - 1));
        k++;
        while (k < c.size()) {
            Optional<Mention> p = c.personAt(k);
            if (p.isEmpty() || p.get().form() != Mention.Form.NAME || p.get().start() != k)
                return;
            int after = p.get().end();
            boolean closed = after >= c.size() || c.lowerIn(after, Set.of(",", ".", "(", ";", "and"));
            if (!closed)
                return;
            out.add(fact(p.get(), o, former, 0.75, c.s));
            if (!plural)
                return;
            k = c.nextInList(after);
            if (k < 0)
                return;
        }
    }

    /** "X, who held the Alabama Senate seat", "X became attorney general", "before becoming attorney general". */
    private static void holdingVerb(SentenceContext c, List<Mention> offices, List<Fact> out) {
        for (int v = 0; v < c.size(); v++) {
            String w = c.lower(v);
            if (!HOLDING.contains(w))
                continue;
            if (c.blocked(v))
                continue;
            // "to become president", "will become", "wants to become": an aim, not a holding; "before becoming" and
            // "became" tell of one.
            if ((w.equals("become") || w.equals("becoming")) && !c.lowerIn(v - 1, Set.of("before", "after", "since")))
                continue;
            for (Mention o : offices) {
                if (o.start() <= v || o.start() - v > 5 || c.startsMention(EntityType.PERSON, o.end()))
                    continue;

                boolean clean = true;
                for (int k = v + 1; k < o.start(); k++) {
                    String t = c.lower(k);
                    if (c.s.tag(k).equals("VERB") || NOT_A_HOLDER.contains(t) || c.personAt(k).isPresent() || t.equals(",")
                            || t.equals("nominee") || t.equals("for"))
                        clean = false;
                }
                if (!clean || o.end() < c.size() && NOT_A_HOLDER.contains(c.lower(o.end())))
                    continue;
                // "is"/"was" only with an article-less or determiner title: "was attorney general", "is the senator".
                if ((w.equals("is") || w.equals("was")) && o.start() - v > 3)
                    continue;
                Optional<Mention> holder = c.personBefore(v);
                if (holder.isEmpty())
                    continue;
                Mention h = holder.get();
                if (v - h.end() > 6)
                    continue;
                boolean perfect = perfect(c, v);
                Fact f = w.equals("becoming") || w.equals("become") ? fact(h, o, false, 0.7, c.s)
                        : fact(h, o, HOLDING_PAST.contains(w) && !perfect || former(o), 0.7, c.s);
                out.add(dated(c, v + 1, w, perfect, true, f));
                break;
            }
        }
    }
}
