package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * memberOf from party cues next to a name: a party-state code after it ("Doug Jones (D-Ala.)",
 * "Marco Rubio, R-Fla."), a party word before it ("Democratic Sen. Doug Jones", "Republican candidate
 * Larry Meyers", "Democrat Doug Jones") or in an apposition ("Jerrold Nadler, a Democrat",
 * "Ms. Murkowski, Alaska Republican", "John Stennis, an old-time Southern Democrat"), and for a candidate in a
 * party's primary. Thread-safe.
 */
public final class PartyExtractor implements Extractor {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

    private final CandidacyExtractor candidacy = new CandidacyExtractor();

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        List<Mention> parties = c.of(EntityType.PARTY);
        for (Mention party : parties) {
            listed(c, party, out);
            asA(c, party, out);
            roleApposition(c, party, out);
        }
        for (Mention person : c.persons) {
            if (person.form() == Mention.Form.PRONOUN || person.form() == Mention.Form.TITLE) {
                copula(c, person, parties, out);
                // "the Texas Republican" standing for a named person: that person is a Republican.
                for (Mention party : parties)
                    if (person.form() == Mention.Form.TITLE && person.start() <= party.start() && party.end() <= person.end()
                            && party.value().equals(person.attribute("describedParty")))
                        out.add(new Fact(person, Relation.MEMBER_OF, party, sentence.index(), 0.85));
                continue;
            }
            copula(c, person, parties, out);
            for (Mention party : parties) {
                double confidence = cue(c, person, party);
                if (confidence > 0)
                    out.add(new Fact(person, Relation.MEMBER_OF, party, sentence.index(), confidence));
            }
        }
        primaryCandidates(c, out);
        return out;
    }

    /**
     * "Trump backed Sen. Luther Strange in Alabama's Republican primary", "X won the Democratic nomination": only a
     * party's members run for its nomination, so a candidate in a party's primary belongs to that party.
     */
    private void primaryCandidates(SentenceContext c, List<Fact> out) {
        Set<Integer> done = new HashSet<>();
        List<Fact> candidacies = candidacy.extract(c.article, c.s);
        for (Fact f : candidacies) {
            Mention race = f.object();
            String stage = race.attribute("stage");
            if (f.relation() != Relation.CANDIDATE_IN || race.attribute("party") == null || stage == null
                    || !(stage.contains("primary") || stage.equals("runoff") || stage.equals("caucus")) || !done.add(f.subject().chain()))
                continue;
            // "win the Republican nomination and defeat Hillary Clinton": the one beaten after the race is named is
            // the general election's opponent, not a rival in the primary.
            if (opposedAfter(candidacies, f.subject(), race))
                continue;
            // "take on Democratic Sen. Doug Jones" beside "the GOP nomination": a party written at the name wins.
            boolean otherParty = false;
            // So does one just before it: "his Democratic opponent, Ms. McCaskill".
            for (Mention p : c.of(EntityType.PARTY))
                if (!p.value().equals(race.attribute("party")) && (cue(c, f.subject(), p) > 0
                        || p.end() <= f.subject().start() && f.subject().start() - p.end() <= 4))
                    otherParty = true;
            for (int k = race.start(); k < race.end() && !otherParty; k++) {
                Optional<Mention> party = c.mentionAt(EntityType.PARTY, k);
                if (party.isPresent() && party.get().value().equals(race.attribute("party"))) {
                    out.add(new Fact(f.subject(), Relation.MEMBER_OF, party.get(), c.s.index(), 0.7));
                    break;
                }
            }
        }
    }

    private static boolean opposedAfter(List<Fact> facts, Mention person, Mention race) {
        for (Fact f : facts)
            if (f.relation() == Relation.RUNS_AGAINST && f.object().equals(person) && race.end() <= person.start())
                return true;
        return false;
    }

    private static final Set<String> PARTY_GROUPS = Set.of("elders", "leaders", "leadership", "establishment", "officials",
            "members", "activists", "voters", "base", "bosses", "insiders", "faithful", "regulars");

    /**
     * "a Republican-turned-independent", "the Democratic party elders": a party word that is part of another word, or
     * of a group's name, says no one's membership.
     */
    private static boolean partOfAnotherWord(SentenceContext c, Mention party) {
        return c.hyphenedToWord(party) || c.lowerIn(party.end(), Set.of("party")) && c.lowerIn(party.end() + 1, PARTY_GROUPS);
    }

    // Not "were": "if he were a Republican" supposes.
    private static final Set<String> COPULA = Set.of("is", "was", "'s", "remains", "became", "becomes", "are", "remain",
            "remained");
    private static final Set<String> INCLUDE = Set.of("include", "includes", "included", "including", "like", "such");
    /** What a party's members are called in "one of the GOP's most influential leaders"; not its "critics". */
    private static final Set<String> MEMBER_NOUNS = Set.of("leader", "leaders", "member", "members", "figure", "figures",
            "lawmaker", "lawmakers", "politician", "politicians", "candidate", "candidates", "nominee", "nominees",
            "hopeful", "hopefuls", "star", "stars", "senator", "senators", "standard-bearer", "standard-bearers");

    /**
     * "he's currently the only declared GOP candidate", "Murkowski is a Republican", "Trump and Palin remain two of
     * the GOP's most influential leaders".
     */
    private static void copula(SentenceContext c, Mention person, List<Mention> parties, List<Fact> out) {
        // "My siblings who chose to film ads against me are all liberal Democrats": a pronoun after a preposition is its
        // object, no subject.
        if (person.form() == Mention.Form.PRONOUN && person.start() > 0 && c.s.tag(person.start() - 1).equals("ADP"))
            return;
        int v = coordinationEnd(c, person);
        if (v >= c.size() || !COPULA.contains(c.lower(v)) || c.negated(v) || c.question())
            return;
        // "Emmer's Democratic counterpart": the tagger tells a possessive 's from "is".
        if (c.s.tag(v).equals("PART"))
            return;
        for (Mention party : parties) {
            if (party.start() <= v || party.start() - v > 6 || "code".equals(party.attribute("form")))
                continue;
            // "Barack Obama's Republican challenger Mitt Romney": an 's with the party word right after it owns the
            // noun; "Obama's a Democrat" has its determiner.
            if (SentenceContext.POSSESSIVE_MARKS.contains(c.lower(v)) && party.start() == v + 1)
                return;
            boolean clean = true;
            for (int k = v + 1; k < party.start(); k++)
                if (!(c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("ADV") || c.s.tag(k).equals("NUM")
                        || c.s.tag(k).equals("VERB") && c.lower(k).endsWith("ed") || partitive(c, k)))
                    clean = false;
            // The party word heads the predicate ("a Republican") or modifies a role ("the GOP nominee"); a party's
            // possessive needs a member's role ("the GOP's leaders", not "the GOP's fiercest critic").
            int after = party.end();
            boolean possessive = after < c.size() && (c.lower(after).equals("'s") || c.lower(after).equals("'"));
            boolean role = possessive ? memberNounAfter(c, after + 1) : after >= c.size() || !c.s.tag(after).equals("PROPN");
            if (clean && role) {
                if (!partOfAnotherWord(c, party))
                    out.add(new Fact(person, Relation.MEMBER_OF, party, c.s.index(), 0.7));
                return;
            }
        }
    }

    /**
     * The end of the subject a name is part of: "Donald Trump and Sarah Palin remain" ends after "Palin". Commas
     * join names only in a list that "and" closes: "Cheri Bustos, Emmer's counterpart" is an apposition.
     */
    private static int coordinationEnd(SentenceContext c, Mention person) {
        int end = person.end();
        int listEnd = end;
        while (end + 1 < c.size() && (c.lower(end).equals("and") || c.lower(end).equals(","))) {
            boolean and = c.lower(end).equals("and");
            Optional<Mention> next = c.personAt(end + 1);
            if (next.isEmpty() || next.get().form() != Mention.Form.NAME)
                break;
            end = next.get().end();
            if (and)
                listEnd = end;
        }
        return listEnd;
    }

    /** "of" in "one of", "two of": the predicate names a group the subject is part of. */
    private static boolean partitive(SentenceContext c, int k) {
        return c.lower(k).equals("of") && k > 0 && (c.s.tag(k - 1).equals("NUM") || c.lower(k - 1).equals("one"));
    }

    private static boolean memberNounAfter(SentenceContext c, int from) {
        for (int k = from; k < Math.min(c.size(), from + 4); k++) {
            if (MEMBER_NOUNS.contains(c.lower(k)))
                return true;
            if (!(c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("ADV")))
                return false;
        }
        return false;
    }

    /** "As a tea party Republican, McDaniel is ...": the party noun of an "as" phrase before the subject. */
    private static void asA(SentenceContext c, Mention party, List<Fact> out) {
        int k = party.start() - 1;
        while (k >= 0 && (c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NOUN") && Character.isLowerCase(c.s.token(k).charAt(0))))
            k--;
        if (k < 1 || !c.lowerIn(k, DETERMINERS) || !c.lowerIn(k - 1, Set.of("as")))
            return;
        if (party.end() + 1 < c.size() && c.s.token(party.end()).equals(",")) {
            Optional<Mention> p = c.personAt(party.end() + 1);
            if (p.isPresent())
                out.add(new Fact(p.get(), Relation.MEMBER_OF, party, c.s.index(), 0.7));
        }
    }

    /** Who a party's role noun names: "her Democratic opponent, Jim Graves"; not "the Democratic side" or "nomination". */
    private static final Set<String> ROLE_NOUNS = Set.of("opponent", "opponents", "challenger", "challengers", "rival",
            "rivals", "counterpart", "counterparts", "colleague", "colleagues", "incumbent", "incumbents", "contender",
            "contenders", "predecessor", "successor", "strategist", "strategists", "operative", "operatives", "congressman",
            "congresswoman", "lawmaker", "lawmakers", "leader", "leaders", "candidate", "candidates", "nominee", "nominees",
            "senator", "senators", "governor", "governors", "mayor", "chairman", "chairwoman", "representative",
            "representatives", "legislator", "legislators", "donor", "donors", "consultant", "consultants", "pollster");

    /** Words of a party's role before a name that the tagger may take for anything: "GOP vice presidential pick". */
    private static final Set<String> ROLE_WORDS = Set.of("vice", "pick", "picks", "hopeful", "hopefuls", "front-runner",
            "frontrunner", "front-runners", "standard-bearer");

    /**
     * A party's role noun set off by a comma before the name it describes: "her Democratic opponent, Jim Graves",
     * "Georgia's last Democratic senator, Zell Miller", "two Democratic state senators, Glenn Anderson and Bert
     * Johnson" (a plural role takes the list that follows).
     */
    private static void roleApposition(SentenceContext c, Mention party, List<Fact> out) {
        if ("code".equals(party.attribute("form")) || c.lower(party.start()).endsWith("s"))
            return;
        int k = party.end();
        String role = null;
        while (k < c.size() && k - party.end() < 4 && Character.isLowerCase(c.s.token(k).charAt(0))
                && (c.s.tag(k).equals("NOUN") || c.s.tag(k).equals("ADJ") || c.mentionAt(EntityType.OFFICE, k).isPresent())) {
            role = c.lower(k);
            k++;
        }
        if (role == null || !ROLE_NOUNS.contains(role) || k >= c.size() || !c.s.token(k).equals(","))
            return;
        // "Unlike his Democratic rivals, Mr. Biden ...": a phrase fronted before the subject is no apposition.
        if (c.s.tag(0).equals("ADP") || c.s.tag(0).equals("SCONJ")) {
            boolean fronted = true;
            for (int j = 0; j < party.start(); j++)
                if (c.s.token(j).equals(","))
                    fronted = false;
            if (fronted)
                return;
        }
        boolean plural = role.endsWith("s");
        k++;
        while (k < c.size()) {
            // Titles and home states before the name: "Florida Sen. Marco Rubio".
            int from = k;
            while (k < c.size() && k - from < 4 && c.personAt(k).isEmpty() && (c.mentionAt(EntityType.OFFICE, k).isPresent()
                    || c.s.tag(k).equals("PROPN") && Character.isUpperCase(c.s.token(k).charAt(0)) || c.s.token(k).equals(".")))
                k++;
            Optional<Mention> p = c.personAt(k);
            if (p.isEmpty() || p.get().form() != Mention.Form.NAME || p.get().start() != k)
                return;
            out.add(new Fact(p.get(), Relation.MEMBER_OF, party, c.s.index(), 0.8));
            if (!plural)
                return;
            k = p.get().end();
            // "Susan Collins of Maine, Rand Paul of Kentucky and Dean Heller": a home state, then the list goes on.
            if (c.lowerIn(k, Set.of("of")) && k + 1 < c.size() && c.s.tag(k + 1).equals("PROPN")) {
                k += 2;
                // "of North Carolina"
                while (k < c.size() && c.s.tag(k).equals("PROPN") && c.personAt(k).isEmpty())
                    k++;
            }
            k = c.nextInList(k);
            if (k < 0)
                return;
        }
    }

    /** Plural nouns of people with no "s" to show it. */
    private static final Set<String> PLURAL_PEOPLE = Set.of("men", "women", "people", "voters", "donors", "activists");

    /** People a party's word before them makes its members: "Republican senators", "GOP lawmakers". */
    private static final Set<String> GROUPS = Set.of("lawmakers", "senators", "representatives", "congressmen",
            "congresswomen", "members", "leaders", "governors", "officials", "candidates", "hopefuls", "contenders",
            "incumbents", "colleagues", "moderates", "conservatives", "liberals", "freshmen", "heavyweights", "figures",
            "legislators", "politicians", "nominees", "challengers", "mayors", "presidents", "lawmaker", "rivals");

    /** "Other Republicans who could enter the race include X, Y and Z": members listed after the party noun. */
    private static void listed(SentenceContext c, Mention party, List<Fact> out) {
        String word = c.lower(party.start());
        if ("code".equals(party.attribute("form")))
            return;
        int end = party.end();
        // "Republican lawmakers, including Speaker Boehner", "GOP senators like Cruz": the party's word before a group.
        if (!word.endsWith("s")) {
            if (!c.lowerIn(end, GROUPS))
                return;
            end++;
        }
        // "Some top Republicans had already begun to say that he should recuse himself, including X": the list may
        // come late in the clause, but nobody else may be named before it.
        int k = end;
        int limit = Math.min(c.size(), k + 20);
        // "Republicans don't like President Obama": "like" as a verb lists no one.
        while (k < limit && !(INCLUDE.contains(c.lower(k)) && !(c.lower(k).equals("like") && c.s.tag(k).equals("VERB")))
                && c.personAt(k).filter(m -> m.form() == Mention.Form.NAME).isEmpty() && !c.lowerIn(k, Set.of(";", ":", ".")))
            k++;
        // Far from the party noun only ", including" lists members: "like" there compares ("companies like Curliss'").
        if (k >= limit || !INCLUDE.contains(c.lower(k))
                || k - end > 10 && !(c.lower(k).equals("including") && c.s.token(k - 1).equals(",")))
            return;
        k++;
        if (k < c.size() && c.lower(k).equals("as"))
            k++;
        while (k < c.size()) {
            Optional<Mention> p = c.personAt(k);
            if (p.isPresent()) {
                if (p.get().form() == Mention.Form.NAME)
                    out.add(new Fact(p.get(), Relation.MEMBER_OF, party, c.s.index(), 0.7));
                k = p.get().end();
                continue;
            }
            String t = c.lower(k);
            // "including conservative radio host Hugh Hewitt": role words in lower case stand before a name.
            boolean roleWord = c.s.tag(k).equals("NOUN") && Character.isLowerCase(c.s.token(k).charAt(0));
            // "including House Oversight Committee Chairman Jason Chaffetz": the words of a body before its title.
            boolean bodyWord = Character.isUpperCase(c.s.token(k).charAt(0)) && Character.isLetter(c.s.token(k).charAt(0));
            if (t.equals(",") || t.equals("and") || t.equals("former") || c.mentionAt(EntityType.OFFICE, k).isPresent()
                    || c.s.tag(k).equals("ADJ") || roleWord || bodyWord || t.equals("state") || c.mentionAt(EntityType.PARTY, k).isPresent()) {
                k++;
                continue;
            }
            break;
        }
    }

    private static double cue(SentenceContext c, Mention person, Mention party) {
        // "the GOP megadonor Mercer family", "Republican Trump voters": the party word is the group's.
        if (partOfAnotherWord(c, party) || c.attributive(person))
            return 0;
        boolean code = "code".equals(party.attribute("form"));
        if (code) {
            // "Jones (D-Ala.)", "Rubio, R-Fla.", "Warren (D)": the code follows the name within a bracket or comma.
            int gap = party.start() - person.end();
            if (gap >= 0 && gap <= 2) {
                for (int k = person.end(); k < party.start(); k++)
                    if (!c.s.token(k).equals("(") && !c.s.token(k).equals(","))
                        return 0;
                return 0.95;
            }
            return 0;
        }
        if (party.end() <= person.start()) {
            // A party word before the name with only title, state and role words between: "Democratic Sen.", "Republican candidate".
            if (person.start() - party.end() > 6)
                return 0;
            // "Republicans press Obama to back a bill": the members act on the name; only right before it or its title
            // ("Democrats Gwen Moore and Ron Kind", "Wisconsin Democrats Rep. Tammy Baldwin") does the plural name them.
            if (c.lower(party.end() - 1).endsWith("s"))
                for (int k = party.end(); k < person.start(); k++)
                    if (c.mentionAt(EntityType.OFFICE, k).isEmpty())
                        return 0;
            for (int k = party.end(); k < person.start(); k++) {
                String t = c.s.token(k);
                boolean titleWord = c.mentionAt(EntityType.OFFICE, k).isPresent();
                // The tagger takes "nominee" for a conjunction and "vice" for an adverb: a role word counts whatever its tag.
                boolean role = Character.isLowerCase(t.charAt(0)) && (c.s.tag(k).equals("NOUN") || c.s.tag(k).equals("ADJ")
                        || ROLE_NOUNS.contains(c.lower(k)) || ROLE_WORDS.contains(c.lower(k)));
                boolean state = Character.isUpperCase(t.charAt(0)) && c.s.tag(k).equals("PROPN") && !titleWord
                        && c.mentionAt(EntityType.PARTY, k).isEmpty();
                if (t.equals(",") || t.equals("'s") || c.personAt(k).isPresent() || !(titleWord || role || state))
                    return 0;
                // "only Republican men question Christine Blasey Ford": a group the party word describes, then its verb.
                if (role && !titleWord && PLURAL_PEOPLE.contains(c.lower(k)) && k + 1 < person.start()
                        && c.mentionAt(EntityType.OFFICE, k + 1).isEmpty())
                    return 0;
            }
            if (party.start() > 0 && (c.s.token(party.start() - 1).equals("'s") || c.lower(party.start() - 1).equals("the")
                    && c.s.token(party.end()).equals(",")))
                return 0;
            return 0.8;
        }
        // "Nadler, a Democrat", "Murkowski, Alaska Republican", "Collins, the top Republican on the committee".
        int i = person.end();
        if (i >= c.size() || !c.s.token(i).equals(",") || party.start() - i > 7)
            return 0;
        // "a letter to Nadler, House Republicans appear ready", "Robert Mueller, the Democratic party could": the party
        // itself or its members, the subject of what follows, describe no one person.
        String word = c.lower(party.end() - 1);
        boolean partyActs = c.lowerIn(party.end(), Set.of("party")) && party.end() + 1 < c.size()
                && (c.s.tag(party.end() + 1).equals("AUX") || c.s.tag(party.end() + 1).equals("VERB"));
        if (word.equals("republicans") || word.equals("democrats") || partyActs)
            return 0;
        for (int k = i + 1; k < party.start(); k++) {
            String t = c.lower(k);
            boolean hyphenated = c.s.token(k).equals("-") || k > 0 && c.s.token(k - 1).equals("-") || k + 1 < c.size() && c.s.token(k + 1).equals("-");
            boolean ok = DETERMINERS.contains(t) || c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NUM") || t.contains("-") || hyphenated
                    || Character.isUpperCase(c.s.token(k).charAt(0)) && c.s.tag(k).equals("PROPN") || t.equals("former");
            if (!ok)
                return 0;
        }
        return 0.75;
    }
}
