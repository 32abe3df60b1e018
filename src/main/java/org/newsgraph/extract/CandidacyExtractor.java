package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * runsAgainst and candidateIn. runsAgainst from contest verbs between two people ("running against",
 * "faces", "challenged", "beat", "leads X by", "trailing X", "X's opponent, Y", "X over Y",
 * "X and Y will face each other"); candidateIn from a person tied to a race ("his Senate campaign",
 * "Sessions' bid for the U.S. Senate", "running for president", "the GOP nominee for governor",
 * "candidate in the Florida Senate contest"), and for both sides of a runsAgainst when the sentence
 * names the race. Hypotheticals ("whoever wins will face", "could enter the race") are skipped. Thread-safe.
 */
public final class CandidacyExtractor implements Extractor {
    private static final Set<String> CONTEST_VERBS = Set.of("face", "faces", "faced", "facing", "challenged", "challenging",
            "challenges", "beat", "beats", "beating", "defeat", "defeated", "defeats", "defeating", "trailing", "trails",
            "trailed", "lead", "leads", "led", "leading", "ousted", "unseated", "unseat", "oust", "ousts", "unseats",
            "beaten");
    private static final Set<String> OPPONENT_NOUNS = Set.of("opponent", "rival", "challenger", "foe");
    private static final Set<String> CANDIDACY = Set.of("running", "run", "runs", "ran", "candidate", "candidates", "nominee",
            "entered", "enters", "joined", "won", "win", "wins", "lost", "loses", "lose", "launched", "launches", "campaigning",
            "campaigned", "campaign", "seeking", "sought", "seeks", "contender", "competing", "competed", "vying", "bid",
            "primary", "challenger", "incumbent", "victory", "ballot", "runner", "frontrunner", "front-runner", "winner",
            "runner-up", "loser");
    private static final Set<String> POSSESSED_RACE_HEADS = Set.of("bid", "campaign", "candidacy", "reelection", "re-election",
            "nomination", "for", "election");
    private static final Set<String> ROLE_NOUNS = Set.of("challenger", "rival", "opponent", "incumbent", "frontrunner", "nominee");
    private static final Set<String> BACKING = Set.of("backed", "endorsed", "supported", "backing", "endorsing", "supporting");

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        List<Mention> races = c.of(EntityType.RACE);
        for (int t = 0; t < c.size(); t++) {
            String w = c.lower(t);
            if (w.equals("against") && t > 0 && c.lowerIn(t - 1, Set.of("running", "run", "runs", "ran", "campaigning", "race", "racing")))
                pair(c, t, c.personBefore(t - 1), rivalAfter(c, t), 0.9, races, out);
            else if ((w.equals("against") || w.equals("with") && c.lowerIn(t - 1, Set.of("debate", "debates"))) && t > 0
                    && c.lowerIn(t - 1, OWNED_CONTESTS))
                pair(c, t, contestOwner(c, t - 1), rivalAfter(c, t).filter(m -> !SentenceContext.possessive(m)), 0.8, races, out);
            else if (w.equals("between") && c.lowerIn(t - 1, Set.of("race", "contest", "primary", "runoff", "election")))
                between(c, t, races, out);
            // "a Dec. 6 runoff against GOP Rep. Bill Cassidy", "a rematch with Rep. Xochitl Torres Small": a contest and its rival.
            else if ((w.equals("against") || w.equals("with")) && c.lowerIn(t - 1, MATCHES))
                pair(c, t, c.personBefore(t - 1), c.personAfter(t, 6), 0.8, races, out);
            else if ((w.equals("challenge") || w.equals("challenges")) && c.lowerIn(t + 1, Set.of("from")))
                challengeFrom(c, t, races, out);
            else if (LEADS.contains(w) && c.s.tag(t).equals("NOUN"))
                leadOver(c, t, races, out);
            else if (CONTEST_VERBS.contains(w))
                contestVerb(c, t, races, out);
            else if ((w.equals("take") || w.equals("took") || w.equals("taking") || w.equals("takes")) && c.lowerIn(t + 1, Set.of("on")))
                pair(c, t, c.personBefore(t), c.personAfter(t + 1, 5), 0.7, races, out);
            else if (OPPONENT_NOUNS.contains(w))
                opponent(c, t, races, out);
            else if (w.equals("over") && t > 0)
                over(c, t, races, out);
            else if (w.equals("each") && c.lowerIn(t + 1, Set.of("other")) && t > 1)
                eachOther(c, t, races, out);
            else if ((w.equals("win") || w.equals("victory")) && c.lowerIn(t + 1, Set.of("over")))
                pair(c, t, c.personBefore(t), c.personAfter(t + 1, 6), 0.8, races, out);
            else if (w.equals("heat") && c.lowerIn(t + 1, Set.of("with")))
                pair(c, t, c.personBefore(t), c.personAfter(t + 1, 6), 0.8, races, out);
            else if (w.equals("lost") || w.equals("lose") || w.equals("loses") || w.equals("losing"))
                lostTo(c, t, races, out);
            else if ((w.equals("to") || w.equals("versus")) && share(c, t - 1))
                shares(c, t, races, out);
            else if (w.equals("ahead") && c.lowerIn(t + 1, Set.of("of"))) {
                int of = t + 1;
                pair(c, t, c.personBefore(t), c.personAfter(of, 5).filter(m -> onlyTitleBetween(c, of + 1, m.start())), 0.6, races, out);
            }
        }
        for (Mention race : races)
            candidate(c, race, out);
        rivalsForANomination(c, out);
        return out;
    }

    /** Nouns of a margin in a count or a poll: "a 14-point lead over Sanders", "an edge over Trump". */
    private static final Set<String> LEADS = Set.of("lead", "advantage", "edge");
    /** Verbs whose subject has the margin: "Obama had a 54%-42% advantage over Romney", "Biden extends lead over Warren". */
    private static final Set<String> HOLDING = Set.of("had", "has", "have", "held", "holds", "hold", "holding", "maintains",
            "maintained", "keeps", "kept", "extends", "extended", "built", "opened", "widened", "expanded", "enjoys",
            "enjoyed", "took", "takes", "grabbed", "carried", "carries");

    /**
     * "A Fox News poll shows Clinton with a 14-point lead over Sanders", "Trump's 11-point lead over Cruz", "Obama had an
     * advantage of 6 points over Romney": who has the margin over whom (111 such phrases in 10,000 bench articles).
     */
    private static void leadOver(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        int over = t + 1;
        if (c.lowerIn(over, Set.of("of")))
            while (over < c.size() && over - t <= 6 && !c.lowerIn(over, Set.of("over")))
                over++;
        if (!c.lowerIn(over, Set.of("over")))
            return;
        int after = over;
        Optional<Mention> rival = c.personAfter(over, 6).filter(m -> !SentenceContext.possessive(m)
                && onlyTitleBetween(c, after + 1, m.start()));
        // Back past the margin's words: "a slim 4-point", "its biggest institutional", "a 54%-42%".
        int k = t - 1;
        while (k >= 0 && (c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NUM")
                || c.s.token(k).matches(".*\\d.*") || c.lowerIn(k, Set.of("-", "%", "point", "points", "percentage"))
                || c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS)))
            k--;
        int end = k + 1;
        Optional<Mention> owner = c.personAt(k).filter(m -> m.end() == end);
        if (owner.isEmpty() && c.lowerIn(k, Set.of("with")))
            owner = c.personAt(k - 1).filter(m -> m.end() == end - 1 && !SentenceContext.possessive(m));
        else if (owner.isEmpty() && c.lowerIn(k, HOLDING))
            owner = c.subjectOf(k);
        pair(c, t, owner, rival, 0.75, races, out);
    }

    // Not "contest" ("rigged the contest against Sanders"), "matchup" (often a hypothetical one) or "showdown".
    private static final Set<String> MATCHES = Set.of("runoff", "rematch");
    private static final Set<String> MEETING = Set.of("facing", "faces", "face", "faced", "fended", "fend", "fends", "fending",
            "survived", "survive", "survives", "surviving", "withstood", "withstand", "overcame", "overcome", "beat", "beats",
            "turned", "turn", "turns");

    /**
     * "Sen. Mark Udall, facing a stiff challenge from Rep. Cory Gardner", "Rangel faces a strong primary challenge from
     * Adriano Espaillat": who meets a challenge from someone runs against them.
     */
    private static void challengeFrom(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        int v = t - 1;
        while (v >= 0 && t - v <= 5 && !c.lowerIn(v, MEETING))
            v--;
        if (v < 0 || t - v > 5)
            return;
        Optional<Mention> facer = c.clauseGerund(v) ? c.clauseSubjectBefore(v) : c.subjectOf(v);
        pair(c, t, facer, c.personAfter(t + 1, 6).filter(m -> !c.hyphenedToWord(m)), 0.8, races, out);
    }

    /**
     * The rival named after "against": "running against Sen. Claire McCaskill", not the name after a thing ("Robert Reich
     * is campaigning against it, as is Joseph Stiglitz", "campaigning against the trade deal Obama signed").
     */
    private static Optional<Mention> rivalAfter(SentenceContext c, int t) {
        if (c.lowerIn(t + 1, Set.of("it", "this", "that", "them", "these", "those")))
            return Optional.empty();
        return c.personAfter(t, 6).filter(m -> !c.thingFirst(t + 1, m));
    }


    private static final Set<String> NOMINATING_STAGES = Set.of("primary", "caucus", "primary runoff");

    /**
     * "Republican presidential candidates Ted Cruz, Rand Paul and Marco Rubio", "Kemp and Cagle are vying for the GOP
     * nomination": people the sentence puts in one party's contest for a nomination run against each other (in a
     * general election two names in one race may be running mates, so only a nomination counts).
     */
    private static void rivalsForANomination(SentenceContext c, List<Fact> out) {
        List<Fact> candidacies = new ArrayList<>();
        for (Fact f : out)
            if (f.relation() == Relation.CANDIDATE_IN && f.subject().form() == Mention.Form.NAME)
                candidacies.add(f);
        for (int i = 0; i < candidacies.size(); i++) {
            for (int j = i + 1; j < candidacies.size(); j++) {
                Fact a = candidacies.get(i);
                Fact b = candidacies.get(j);
                Mention race = a.object();
                if (race != b.object() || a.subject().chain() == b.subject().chain() || !nomination(race)
                        || opposed(out, a.subject(), b.subject()))
                    continue;
                out.add(new Fact(a.subject(), Relation.RUNS_AGAINST, b.subject(), c.s.index(), 0.65));
            }
        }
    }

    private static boolean opposed(List<Fact> facts, Mention a, Mention b) {
        for (Fact f : facts)
            if (f.relation() == Relation.RUNS_AGAINST && (f.subject().chain() == a.chain() && f.object().chain() == b.chain()
                    || f.subject().chain() == b.chain() && f.object().chain() == a.chain()))
                return true;
        return false;
    }

    /**
     * A party's contest for one nomination: the presidential one, or one state's for a statewide office ("GOP Senate
     * candidates Heller, Brown and McMahon" ran in three states; House candidates in as many districts).
     */
    private static boolean nomination(Mention race) {
        boolean partys = race.attribute("party") != null || race.value().equals("nomination")
                || race.attribute("stage") != null && NOMINATING_STAGES.contains(race.attribute("stage"));
        String office = race.attribute("office");
        return partys && ("President".equals(office) || office != null && !office.equals("U.S. House") && race.attribute("jurisdiction") != null);
    }

    /** True when a vote share ends at {@code end}: "50.6%", "56 percent", "48 percent of the vote". */
    private static boolean share(SentenceContext c, int end) {
        int k = end;
        if (c.lowerIn(k, Set.of("vote", "votes")) && c.lowerIn(k - 1, Set.of("the")) && c.lowerIn(k - 2, Set.of("of")))
            k -= 3;
        if (c.lowerIn(k, Set.of(",")))
            k--;
        return c.lowerIn(k, Set.of("%", "percent")) && k > 0 && number(c, k - 1) || k >= 0 && c.s.token(k).endsWith("%");
    }

    /** A figure, whatever the tagger made of it ("49.4" after a bracket is often X). */
    private static boolean number(SentenceContext c, int k) {
        return k >= 0 && k < c.size() && (c.s.tag(k).equals("NUM") || c.s.token(k).matches("\\d+(\\.\\d+)?%?"));
    }

    /**
     * "Warnock won with 50.6% of the vote to incumbent Kelly Loeffler's 49.4%", "Cruz led with 48 percent to Trump's 35
     * percent": two shares set against each other are a contest between their holders.
     */
    private static void shares(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        Optional<Mention> other = c.personAfter(t, 4).filter(SentenceContext::possessive);
        if (other.isEmpty())
            return;
        int after = other.get().end() + 1;
        // A party letter in brackets may follow the name: "Loeffler's (R) 49.4%".
        if (c.lowerIn(after, Set.of("(")) && c.lowerIn(after + 2, Set.of(")")))
            after += 3;
        if (!number(c, after))
            return;
        int first = t - 1;
        while (first > 0 && !number(c, first))
            first--;
        pair(c, t, c.personBefore(first), other, 0.75, races, out);
    }

    /** True when only titles, party words and determiners stand between {@code from} and {@code to}. */
    private static boolean onlyTitleBetween(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++)
            if (!(c.s.tag(k).equals("DET") || c.mentionAt(EntityType.OFFICE, k).isPresent() || c.mentionAt(EntityType.PARTY, k).isPresent()
                    || c.lowerIn(k, Set.of("former")) || c.placeBeforeTitle(k)))
                return false;
        return true;
    }

    /** Contests a person owns or wages, named before "against": "her campaign against Trump", "his debate with Romney". */
    private static final Set<String> OWNED_CONTESTS = Set.of("campaign", "bid", "candidacy", "debate", "debates");
    // Not "launched": "Norquist launched a campaign against Gov. Bob McDonnell's plan" is a cause's.
    private static final Set<String> WAGING = Set.of("ran", "run", "runs", "running", "waged", "wages", "waging", "quipped",
            "said", "during", "in");

    /**
     * Who owns the contest at {@code noun}: the possessor right before it ("her campaign", "Trump's second presidential
     * debate"), or the subject of a verb of waging it ("Trump ran a sharply negative campaign against Jeb Bush", "Obama
     * quipped in one debate with Romney"). Anyone else's campaign against a person may be a cause's ("a character
     * assassination campaign against Rear Admiral Ronny Jackson"): none.
     */
    private static Optional<Mention> contestOwner(SentenceContext c, int noun) {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 4 && (c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NUM") || c.s.tag(k).equals("DET")
                || c.lowerIn(k, Set.of("re-election", "reelection", "presidential", "primary", "senate", "house", "general"))))
            k--;
        if (k < 0)
            return Optional.empty();
        // "during last week's debate against Mr. Obama": a time's possessive says when, not whose.
        if (k > 0 && c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS) && c.timeWord(k - 1)) {
            k -= 2;
            if (k >= 0 && c.lowerIn(k, Set.of("last", "this", "next", "the")))
                k--;
            if (k < 0)
                return Optional.empty();
        }
        int before = k;
        if (c.lowerIn(before, SentenceContext.POSSESSIVE_MARKS))
            return c.personAt(before - 1).filter(m -> m.end() == before);
        // "Davids, who raised $782,000 for her campaign against Rep. Kevin Yoder": a pronoun owner only with its name in the
        // sentence ("one of Hillary Clinton's fiercest loyalists during her campaign against Trump" was read as another's).
        Optional<Mention> owner = c.personAt(before).filter(m -> m.end() == before + 1 && SentenceContext.possessive(m)
                && (m.form() != Mention.Form.PRONOUN || namedBefore(c, m)));
        if (owner.isPresent() || !c.lowerIn(before, WAGING))
            return owner;
        int verb = before;
        return c.subjectOf(verb).filter(m -> verb - m.end() <= 3);
    }

    private static boolean namedBefore(SentenceContext c, Mention pronoun) {
        for (Mention m : c.persons)
            if (m.end() <= pronoun.start() && m.chain() == pronoun.chain() && m.form() == Mention.Form.NAME)
                return true;
        return false;
    }

    /** "a close race between state Rep. Charles Booker and Amy McGrath": the two named run against each other. */
    private static void between(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        Optional<Mention> first = c.personAfter(t, 4).filter(m -> m.form() == Mention.Form.NAME);
        if (first.isEmpty())
            return;
        List<Mention> rest = c.coordinatedAfter(first.get());
        if (rest.size() == 1)
            pair(c, t, first, Optional.of(rest.get(0)), 0.8, races, out);
    }

    /** "He lost the reliably Republican seat to Democrat Doug Jones", "Ossoff lost to Handel in a special election". */
    private static void lostTo(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        // "polling showing both Trump and Cruz losing to Hillary Clinton": a poll's pairing, not a contest held.
        if (!c.lower(t).equals("lost") && c.mentions(POLLS))
            return;
        for (int k = t + 1; k < Math.min(c.size(), t + 7); k++) {
            if (c.s.token(k).equals(",") || c.personAt(k).isPresent())
                return;
            if (c.lower(k).equals("to")) {
                // "Coakley blew a 30-point lead in the race to succeed Ted Kennedy, losing to Scott Brown": the clause's subject.
                Optional<Mention> loser = c.clauseGerund(t) ? c.clauseSubjectBefore(t) : c.personBefore(t);
                pair(c, t, loser, c.personAfter(k, 3).filter(m -> m.form() != Mention.Form.PRONOUN), 0.75, races, out);
                return;
            }
        }
    }

    private static final Set<String> POLLS = Set.of("poll", "polls", "polling", "head-to-head", "matchup", "match-up", "survey");

    private static void contestVerb(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        // "charges and challenges about things Trump said", "the challenges": a noun, not a contest; a gerund
        // ("in defeating a dozen rivals") stays a verb whatever its tag.
        if (c.s.tag(t).equals("NOUN") && !c.lower(t).endsWith("ing") && t > 0 && (c.s.tag(t - 1).equals("DET") || c.s.tag(t - 1).equals("ADJ")
                || c.s.tag(t - 1).equals("CCONJ") || c.s.tag(t - 1).equals("ADP")))
            return;
        // "a replacement for ousted Attorney General Jeff Sessions", "the defeated senator": a participle used as an
        // adjective describes its noun; nobody before it did the ousting.
        if (c.lower(t).endsWith("ed") && t > 0 && (c.s.tag(t - 1).equals("DET") || c.s.tag(t - 1).equals("ADP")))
            return;
        // "Joseph Crowley, then the caucus chairman, whom Ocasio-Cortez beat in the primary": the relative's antecedent.
        Optional<Mention> relativeSubject = c.personBefore(t).filter(m -> t - m.end() <= 2 && c.lowerIn(m.start() - 1, Set.of("whom")));
        if (relativeSubject.isPresent() && !c.s.tag(t).equals("NOUN")) {
            pair(c, t, relativeSubject, c.personBefore(relativeSubject.get().start() - 1).filter(m -> !SentenceContext.possessive(m)
                    && m.form() == Mention.Form.NAME), 0.75, races, out);
            return;
        }
        // "He then faced more questions about Holder": a thing faced, not a rival ("was beaten soundly by Clark" is none).
        boolean passive = c.lowerIn(t + 1, Set.of("by")) || c.lowerIn(t + 2, Set.of("by")) && c.s.tag(t + 1).equals("ADV");
        Optional<Mention> object = c.personAfter(t, 6).filter(m -> !c.hyphenedToWord(m) && (passive || !c.thingFirst(t + 1, m)));
        // "defeating a half a dozen rivals, including former Rep. Gwen Graham"
        for (int k = t + 1; k < Math.min(c.size(), t + 8) && object.isEmpty(); k++)
            if (c.lower(k).equals("including"))
                object = c.personAfter(k, 4);
        String w = c.lower(t);
        // "faced a string of accusations that he ...": a pronoun further on is no opponent.
        if (object.isEmpty() || SentenceContext.possessive(object.get()) || object.get().form() == Mention.Form.PRONOUN)
            return;
        // "the Democratic lawmaker challenging Sen. Dean Heller": the participle's subject is that noun, not a name further back.
        if (w.endsWith("ing") && t > 0 && c.personAt(t - 1).isEmpty() && (c.s.tag(t - 1).equals("NOUN") || c.s.tag(t - 1).equals("ADJ")))
            return;
        if (w.startsWith("lead") || w.equals("led")) {
            // "McDaniel leads Sen. Thad Cochran by 2,000 votes", "Ossoff (D) led Perdue (R) 50.2% to 49.8%": only with a
            // margin or a poll, not "leads the committee".
            int after = object.get().end();
            while (after < c.size() && (c.s.token(after).equals("(") || c.s.token(after).equals(")")
                    || c.mentionAt(EntityType.PARTY, after).isPresent()))
                after++;
            if (!c.lowerIn(after, Set.of("by", "in")) && !(after < c.size() && c.s.tag(after).equals("NUM")))
                return;
        }
        // "pulled off an upset in defeating a dozen rivals": a gerund adjunct's subject is the clause's subject.
        // "Matt Varilek, former director to Sen. Tim Johnson, defeated Jeff Barth": the verb after an aside is the name's
        // before it.
        Optional<Mention> subject = w.endsWith("ing") && c.lowerIn(t - 1, Set.of("in", "by", "after", "while"))
                ? c.clauseSubjectBefore(t) : t > 0 && c.s.token(t - 1).equals(",") ? c.subjectOf(t).or(() -> c.personBefore(t)) : c.personBefore(t);
        // "Bush won what many consider Ronald Reagan's third term, defeating Michael Dukakis": a possessor is no contender.
        // ("Trump's defeat of Clinton", a noun, has its possessor for subject.)
        boolean verb = !c.s.tag(t).equals("NOUN");
        pair(c, t, subject.filter(m -> !verb || !(SentenceContext.possessive(m) && m.form() == Mention.Form.NAME)), object, 0.8, races, out);
    }

    private static void pair(SentenceContext c, int t, Optional<Mention> a, Optional<Mention> b, double confidence,
                             List<Mention> races, List<Fact> out) {
        // "leading the president by two points in a hypothetical matchup": a contest supposed, not held.
        if (a.isEmpty() || b.isEmpty() || a.get().chain() == b.get().chain() || c.blocked(t) || intended(c, t)
                || c.attributive(a.get()) || c.attributive(b.get()) || c.mentions(Set.of("hypothetical", "hypothetically")))
            return;
        // "Kelly's opponent this time is Ron Barber": a person's opponent or challenger is one in an election.
        if (!c.electoral() && !c.lowerIn(t, Set.of("opponent", "challenger")))
            return;
        boolean conditional = c.conditionFirst(t);
        if (!conditional)
            out.add(new Fact(a.get(), Relation.RUNS_AGAINST, b.get(), c.s.index(), confidence));
        // "I beat Gov. Scott Walker (and Jeb, Rand, Marco and all others)": every coordinated name.
        List<Mention> opponents = new ArrayList<>(List.of(b.get()));
        for (Mention more : c.coordinatedAfter(b.get())) {
            if (more.chain() != a.get().chain()) {
                if (!conditional)
                    out.add(new Fact(a.get(), Relation.RUNS_AGAINST, more, c.s.index(), confidence * 0.9));
                opponents.add(more);
            }
        }
        List<Mention> named = new ArrayList<>();
        Mention nearest = null;
        for (Mention race : races) {
            // "Manchin will run against Republican senatorial candidate John Raese": that noun is the named one's.
            if (race.attribute("office") == null && race.value().equals("for") || race.value().equals("candidate"))
                continue;
            named.add(race);
            if (nearest == null || distance(c, race, t) < distance(c, nearest, t))
                nearest = race;
        }
        // Of two contests the sentence names, the one nearest the contest's word: "the governor's race in Florida, where
        // Gov. Rick Scott's top challenger is Charlie Crist, and the Senate race in Iowa" puts them in Florida's only.
        for (Mention race : named) {
            if (!sameContest(race, nearest) && race != nearest)
                continue;
            out.add(new Fact(a.get(), Relation.CANDIDATE_IN, race, c.s.index(), confidence * 0.9));
            for (Mention opponent : opponents)
                out.add(new Fact(opponent, Relation.CANDIDATE_IN, race, c.s.index(), confidence * 0.9));
        }
    }

    /**
     * How far the race is from the contest's word, a clause away counting as far: "Scott is ahead of Nelson in the Senate
     * race, and DeSantis is ahead of Gillum in the race for Florida governor" puts the second pair in the governor's race.
     */
    private static int distance(SentenceContext c, Mention race, int t) {
        int from = race.end() <= t ? race.end() : t;
        int to = race.end() <= t ? t : race.start();
        for (int k = from; k + 1 < to; k++)
            if (c.s.token(k).equals(";") || c.s.token(k).equals(",") && c.lowerIn(k + 1, Set.of("and", "but", "while")))
                return 100 + to - from;
        return to - from;
    }

    /** True when nothing the two race mentions say of office and place tells them apart. */
    private static boolean sameContest(Mention a, Mention b) {
        for (String k : List.of("office", "jurisdiction"))
            if (a.attribute(k) != null && b.attribute(k) != null && !a.attribute(k).equals(b.attribute(k)))
                return false;
        return true;
    }

    private static final Set<String> AIM_NOUNS = Set.of("goal", "goals", "interest", "focus", "aim", "hope", "hopes",
            "priority", "mission", "task", "business", "effort", "efforts", "plan", "plans");

    /** Verbs of aim that make an infinitive contest a real one: "vowed to unseat X", "is trying to beat X". */
    private static final Set<String> AIMING = Set.of("seeking", "seek", "seeks", "vowed", "vows", "aims", "aiming", "trying");

    /**
     * "has the chops to take on Clinton", "promoted her opponent to take on Rep. Andy Barr": a contest verb in the
     * infinitive is a plan or a judgement of chances, unless a candidacy governs it ("is running to unseat X",
     * "launched a bid to challenge X").
     */
    private static boolean intended(SentenceContext c, int t) {
        // "the overarching goal of defeating Trump", "their shared interest in defeating Mrs. Clinton", "focus on defeating
        // Trump": an aim named by a noun, not a contest run.
        if (c.lower(t).endsWith("ing") && c.lowerIn(t - 1, Set.of("of", "in", "at", "on"))
                && (c.lowerIn(t - 2, AIM_NOUNS) || c.lowerIn(t - 3, AIM_NOUNS)))
            return true;
        // "we have to beat Donald Trump", "make sure we defeat Donald Trump": a party's or a group's aim, no one's contest.
        for (int k = t - 1; k >= Math.max(0, t - 4) && c.personAt(k).isEmpty(); k--)
            if (c.lowerIn(k, Set.of("we")))
                return true;
        if (!c.lowerIn(t - 1, Set.of("to")))
            return false;
        for (int k = t - 2; k >= Math.max(0, t - 5); k--)
            if (c.lowerIn(k, CANDIDACY) || c.lowerIn(k, AIMING))
                return false;
        return true;
    }

    /** "X's opponent, Y", "his 2017 opponent, Roy Moore", "Sessions' opponent in the Senate race, ... Tommy Tuberville". */
    private static void opponent(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        Optional<Mention> owner = Optional.empty();
        boolean partyBetween = false;
        for (Mention m : c.persons) {
            if (m.end() <= t && t - m.end() <= 3 && (SentenceContext.possessive(m) || m.form() == Mention.Form.PRONOUN
                    && "true".equals(m.attribute("possessive")))) {
                boolean clean = true;
                boolean party = false;
                // "his likely opponent": a contest supposed, not held. "her Republican opponent", "his leading GOP
                // presidential rival": the other's party between.
                for (int k = m.end(); k < t; k++) {
                    party |= c.mentionAt(EntityType.PARTY, k).isPresent();
                    if (!(c.lower(k).equals("'s") || c.lower(k).equals("'") || c.s.tag(k).equals("NUM") || c.s.tag(k).equals("ADJ")
                            || c.mentionAt(EntityType.PARTY, k).isPresent()) || c.lowerIn(k, SUPPOSED))
                        clean = false;
                }
                if (clean) {
                    owner = Optional.of(m);
                    partyBetween = party;
                }
            }
        }
        if (owner.isEmpty())
            return;
        Optional<Mention> other = Optional.empty();
        for (Mention m : c.persons) {
            // "former Giffords aide Ron Barber": a name modifying a noun is not the one named.
            if (m.start() > t && m.start() - t <= 14 && !SentenceContext.possessive(m) && m.form() == Mention.Form.NAME
                    && !c.modifiesNoun(m)) {
                // "X's opponent, Y", "Kelly's opponent this time is Ron Barber"; in a sentence with no election word
                // only the apposition or the copula right after the noun ("Ralph's opponent doesn't think ...," Obama said).
                boolean electoral = c.electoral();
                boolean linked = false;
                if (partyBetween) {
                    // "her Republican opponent Brian Kemp", "his Democratic opponent, Rep. Joe Donnelly": only the name right
                    // after the noun or its comma (not "his Democrat opponent in the 2016 election, with a quote attributed
                    // to Washington Post columnist Marc Thiessen").
                    int from = c.s.token(t + 1).equals(",") ? t + 2 : t + 1;
                    linked = onlyTitleBetween(c, from, m.start()) || from == t + 2 && describesOnly(c, from, m.start());
                } else {
                    for (int k = t + 1; k < m.start(); k++)
                        if (c.s.token(k).equals(",") && (electoral || k == t + 1) || c.lowerIn(k, Set.of("is", "was", "will", "would")) && k - t <= 4)
                            linked = true;
                }
                if (linked)
                    other = Optional.of(m);
                break;
            }
        }
        pair(c, t, owner, other, 0.85, races, out);
    }

    /** A short description before a name, no clause: "San Diego businessman John Cox", "Ms. McCaskill". */
    private static boolean describesOnly(SentenceContext c, int from, int to) {
        if (to - from > 4)
            return false;
        for (int k = from; k < to; k++)
            if (c.s.token(k).equals(",") || c.s.tag(k).equals("VERB") || c.s.tag(k).equals("AUX") || c.s.tag(k).equals("ADP")
                    || c.s.tag(k).equals("PRON"))
                return false;
        return true;
    }

    /** Words that make an opponent one supposed: "his likely opponent", "her potential rival". */
    private static final Set<String> SUPPOSED = Set.of("likely", "expected", "potential", "possible", "prospective",
            "would-be", "hypothetical", "future");

    /** "backing Cruz over Donald Trump", "Clinton over challenger Bernie Sanders": a preference between two people. */
    private static void over(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        Optional<Mention> left = c.personAt(t - 1).filter(m -> m.form() == Mention.Form.NAME);
        Optional<Mention> right = c.personAfter(t, 5).filter(m -> m.form() == Mention.Form.NAME && !SentenceContext.possessive(m));
        if (left.isEmpty() || right.isEmpty())
            return;
        // "Clinton over challenger Bernie Sanders": the tagger may take the role noun for a verb.
        for (int k = t + 1; k < right.get().start(); k++)
            if (c.s.token(k).equals(",") || c.s.tag(k).equals("VERB") && !c.lowerIn(k, ROLE_NOUNS))
                return;
        pair(c, t, left, right, 0.6, races, out);
    }


    /** "DeSantis and Gillum will face each other". */
    private static void eachOther(SentenceContext c, int t, List<Mention> races, List<Fact> out) {
        if (!c.lowerIn(t - 1, CONTEST_VERBS) && !c.lowerIn(t - 1, Set.of("against")))
            return;
        List<Mention> subjects = new ArrayList<>();
        for (Mention m : c.persons)
            if (m.end() <= t && m.form() == Mention.Form.NAME)
                subjects.add(m);
        if (subjects.size() == 2)
            pair(c, t - 1, Optional.of(subjects.get(0)), Optional.of(subjects.get(1)), 0.85, races, out);
    }

    /** Whether a comma comes right before the name, past its honorific and titles: "candidates, Mr. Trump trailed". */
    private static boolean afterComma(SentenceContext c, Mention name) {
        int j = name.start() - 1;
        if ("true".equals(name.attribute("honorific")))
            j--;
        while (j >= 0 && c.mentionAt(EntityType.OFFICE, j).isPresent())
            j--;
        return j >= 0 && c.s.token(j).equals(",");
    }

    /**
     * "presidential candidates Sens. Ted Cruz, R-Texas, Rand Paul": the names listed after the noun;
     * "Ron DeSantis, the GOP nominee for governor": the name the noun is in apposition to.
     */
    private static void candidateNoun(SentenceContext c, Mention race, List<Fact> out) {
        int k = race.end();
        boolean found = false;
        // "Alabama GOP Senate candidate Roy Moore, Sen. Cory Gardner argued": a singular noun names one candidate.
        boolean plural = c.lower(race.end() - 1).endsWith("s");
        while (k < c.size()) {
            Optional<Mention> p = c.personAt(k);
            // "a popular stop for White House hopefuls, Bush was asked": a name with its verb opens the next clause (after
            // a singular noun it is the one described: "to become a viable White House candidate, Pete Buttigieg ends").
            if (p.isPresent() && plural && k > race.end() && afterComma(c, p.get()) && p.get().end() < c.size()
                    && (c.s.tag(p.get().end()).equals("AUX") || c.s.tag(p.get().end()).equals("VERB")))
                break;
            if (p.isPresent()) {
                if (p.get().form() == Mention.Form.NAME) {
                    out.add(new Fact(p.get(), Relation.CANDIDATE_IN, race, c.s.index(), 0.8));
                    found = true;
                    if (!plural)
                        break;
                }
                k = p.get().end();
                continue;
            }
            String t = c.lower(k);
            // "candidates, Sens. Bernie Sanders (I-Vt.) and Elizabeth Warren": a bracketed code between names.
            if (t.equals("(") && found) {
                int close = k + 1;
                while (close < c.size() && close - k <= 5 && !c.s.token(close).equals(")"))
                    close++;
                if (close < c.size() && c.s.token(close).equals(")")) {
                    k = close + 1;
                    continue;
                }
            }
            if (t.equals(",") || t.equals("and") || t.equals("even") || c.mentionAt(EntityType.OFFICE, k).isPresent()
                    || c.mentionAt(EntityType.PARTY, k).isPresent() || c.s.tag(k).equals("PROPN") && !found) {
                k++;
                continue;
            }
            break;
        }
        if (found)
            return;
        // "Ron DeSantis, the GOP nominee", "Rep. Patrick Murphy, D-Fla., as their nominee": the name before the apposition.
        int before = race.start() - 1;
        while (before >= 0 && race.start() - before <= 7 && (c.s.tag(before).equals("DET") || c.s.tag(before).equals("ADJ")
                || c.s.tag(before).equals("NUM")
                || c.mentionAt(EntityType.PARTY, before).isPresent() || c.lowerIn(before, Set.of("former", "as", "their", "his", "her", ","))))
            before--;
        Optional<Mention> p = before >= 0 && before < race.start() - 1 ? c.personAt(before) : Optional.empty();
        // "where Black is one of four leading presidential contenders", "Warren is among the Senate candidates".
        boolean office = race.attribute("office") != null;
        if (p.isEmpty() && office && before > 1 && c.lowerIn(before, Set.of("of")) && c.lowerIn(before - 1, Set.of("one")))
            before -= 2;
        else if (p.isEmpty() && office && before > 0 && c.lowerIn(before, Set.of("among")))
            before--;
        if (p.isPresent() && !c.blocked(race.start()) && c.s.token(p.get().end()).equals(","))
            out.add(new Fact(p.get(), Relation.CANDIDATE_IN, race, c.s.index(), 0.75));
        // "Sessions is a nominee Senate Republicans ...": a bare nominee may be a president's; "the Republican nominee" runs.
        else if (p.isEmpty() && before >= 0 && c.lowerIn(before, BECOMING) && !c.blocked(before)
                && !c.lower(race.start()).startsWith("nominee"))
            c.subjectOf(before).filter(m -> m.form() == Mention.Form.NAME || m.form() == Mention.Form.PRONOUN)
                    .ifPresent(m -> out.add(new Fact(m, Relation.CANDIDATE_IN, race, c.s.index(), 0.75)));
    }

    /** "Warren became the first Democratic presidential candidate to", "Clinton is the Democratic nominee". */
    private static final Set<String> BECOMING = Set.of("is", "was", "became", "becomes", "remains", "remained", "been", "'s", "’s");

    /**
     * "Walker, a two-term Republican who became the first governor to win a recall election": the candidacy word sits
     * in a relative clause on the name's apposition, so the name is its subject however far back it is.
     */
    private static boolean relativeClause(SentenceContext c, Mention owner, int k) {
        if (owner.end() >= c.size() || !c.s.token(owner.end()).equals(","))
            return false;
        for (int w = owner.end() + 1; w < k; w++)
            if (c.lower(w).equals("who"))
                return k - w <= 12;
        return false;
    }

    /** Who works for a campaign: "a spokesman for Mrs. Clinton's presidential campaign", "Trump's campaign manager". */
    private static final Set<String> STAFF = Set.of("manager", "managers", "spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "chair", "chairman", "chairwoman", "co-chair", "co-chairman", "cochair", "adviser", "advisers",
            "advisor", "advisors", "strategist", "strategists", "consultant", "consultants", "aide", "aides", "staffer",
            "staffers", "staff", "director", "official", "officials", "operative", "operatives", "pollster", "worker",
            "workers", "volunteer", "volunteers", "secretary", "treasurer", "counsel", "lawyer", "lawyers", "chief",
            "veteran", "veterans", "alum", "alumni", "associate", "associates", "donor", "donors", "surrogate", "surrogates",
            "team", "employee", "employees", "insider", "insiders", "contacts", "figures", "members", "member");

    /**
     * A campaign named as someone's employer ("Brad Parscale, Trump's 2020 reelection campaign manager", "Begala was a
     * consultant for Bill Clinton's presidential campaign") says nothing of who runs: read as a candidacy it made the
     * staff, or the one it names, candidates five times in one audit where the sentence meant only the job.
     */
    private static boolean employer(SentenceContext c, Mention race) {
        if (!race.value().equals("campaign"))
            return false;
        if (race.end() < c.size() && STAFF.contains(c.lower(race.end())))
            return true;
        // "the president's 2012 campaign press secretary", "his campaign communications director".
        if (race.end() + 1 < c.size() && STAFF.contains(c.lower(race.end() + 1)) && c.s.tag(race.end()).equals("NOUN"))
            return true;
        int k = race.start() - 1;
        while (k >= 0 && (Set.of("DET", "ADJ", "NUM", "PROPN").contains(c.s.tag(k)) || c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS)
                || c.personAt(k).isPresent()))
            k--;
        return k >= 1 && c.lowerIn(k, Set.of("for", "of", "on", "to", "with", "in")) && STAFF.contains(c.lower(k - 1));
    }

    /**
     * "his father ran for president", "while his wife is running": the kinsman before the verb at {@code k} is its
     * subject, not the possessive.
     */
    private static boolean kinsmanRuns(SentenceContext c, int k) {
        return c.lowerIn(c.beforeAuxiliaries(k), KIN);
    }

    private static final Set<String> KIN = Set.of("father", "mother", "son", "daughter", "wife", "husband", "brother",
            "sister", "dad", "mom", "uncle", "aunt", "grandfather", "grandmother", "cousin", "boss", "friend", "father-in-law");

    /** The possessive mark just before the race or inside its words, or -1. */
    private static int possessiveMarker(SentenceContext c, Mention race) {
        for (int k = Math.max(0, race.start() - 1); k < race.end(); k++)
            if (c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS))
                return k;
        return -1;
    }

    /** "Perry, who cast her first-ever ballot in the presidential election": a ballot cast is a vote, not a candidacy. */
    private static boolean voted(SentenceContext c, int k) {
        if (!c.lowerIn(k, Set.of("ballot")))
            return false;
        for (int j = k - 1; j >= Math.max(0, k - 4); j--)
            if (c.lowerIn(j, Set.of("cast", "casts", "casting", "mailed", "absentee", "filled")))
                return true;
        return false;
    }

    /** True when token {@code k} is a person's name: a person mention, or a name of one of the article's people. */
    private static boolean namesPerson(SentenceContext c, int k) {
        if (c.personAt(k).isPresent())
            return true;
        String word = c.s.token(k);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)))
            return false;
        for (Mention m : c.article.mentions())
            if (m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && List.of(m.text().split(" ")).contains(word))
                return true;
        return false;
    }

    /** A person tied to a race mention by a possessive or a candidacy word. */
    private static void candidate(SentenceContext c, Mention race, List<Fact> out) {
        int start = race.start();
        if (c.blocked(start))
            return;
        if (race.value().equals("candidate")) {
            candidateNoun(c, race, out);
            return;
        }
        // "Trump backed Sen. Luther Strange in Alabama's Republican primary": the backed one runs in it.
        if (start > 1 && c.lowerIn(start - 1, Set.of("in"))) {
            Optional<Mention> backed = c.personAt(start - 2);
            if (backed.isPresent()) {
                for (int k = backed.get().start() - 1; k >= Math.max(0, backed.get().start() - 4); k--)
                    if (c.lowerIn(k, BACKING)) {
                        out.add(new Fact(backed.get(), Relation.CANDIDATE_IN, race, c.s.index(), 0.75));
                        return;
                    }
            }
        }
        if (employer(c, race))
            return;
        // "Corey Lewandowski, who ran Trump's primary campaign", "his brother Julian's presidential campaign": a campaign
        // a person possesses is theirs, whoever ran it (the tagger may have missed the possessor as a name).
        // "Pelosi's caucus", "his caucus": a party's members in a chamber, no contest.
        if (race.value().equals("caucus") && (possessiveMarker(c, race) >= 0 || c.lowerIn(start - 1, Set.of("his", "her", "their"))))
            return;
        int marker = possessiveMarker(c, race);
        // "his father's presidential campaign": the campaign is the one the kin word names, not the possessive's.
        if (marker > 0 && c.lowerIn(marker - 1, KIN))
            return;
        if (marker > 0 && namesPerson(c, marker - 1)) {
            // "the governor's race", "the mayor's race": the idiom names the office's contest, not its holder's run ("the
            // governor's re-election campaign" is, and so is "the congressman's race").
            c.personAt(marker - 1).filter(m -> m.end() == marker
                            && !(m.form() == Mention.Form.TITLE && c.lowerIn(m.end() - 1, Set.of("governor", "mayor"))
                            && c.lowerIn(race.end() - 1, Set.of("race", "contest", "election", "primary")) && !reelection(c, race)))
                    .ifPresent(m -> out.add(new Fact(m, Relation.CANDIDATE_IN, race, c.s.index(), 0.8)));
            return;
        }
        Optional<Mention> owner = Optional.empty();
        if (POSSESSED_RACE_HEADS.contains(race.value()) || race.value().equals("for")) {
            for (Mention m : c.persons) {
                if (m.end() <= start && start - m.end() <= 1 && (SentenceContext.possessive(m)
                        || m.form() == Mention.Form.PRONOUN && "true".equals(m.attribute("possessive"))))
                    owner = Optional.of(m);
            }
        }
        if (owner.isEmpty()) {
            // A candidacy word shortly before the race: "running for", "the GOP nominee in the 2012 Senate race".
            for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
                if (c.lowerIn(k, CANDIDACY)) {
                    // "coordination with Trump campaign associates in the 2016 presidential election": staff, not a run.
                    if (c.blocked(k) || voted(c, k) || c.lowerIn(k, Set.of("campaign")) && c.lowerIn(k + 1, STAFF))
                        return;
                    owner = c.personBefore(k);
                    if (owner.isPresent() && k - owner.get().end() > 10 && !relativeClause(c, owner.get(), k))
                        owner = Optional.empty();
                    if (kinsmanRuns(c, k))
                        owner = Optional.empty();
                    break;
                }
                if (c.s.token(k).equals(",") || c.personAt(k).isPresent())
                    break;
            }
        }
        if (owner.isEmpty() && race.value().equals("for")) {
            int k = start - 1;
            if (k >= 0 && c.lowerIn(k, CANDIDACY) && !kinsmanRuns(c, k))
                owner = c.personBefore(k);
        }
        // "locked in a contentious primary runoff": the contest is the runoff, not the primary its words begin with.
        boolean inner = c.of(EntityType.RACE).stream().anyMatch(r -> r != race && r.start() <= race.start() && race.end() < r.end());
        if (owner.isEmpty() && !inner) {
            // "locked in a contentious primary runoff, with both vying for the GOP nomination for governor": a contest
            // of no office is the one the sentence names with its office.
            Mention contest = race.attribute("office") != null ? race : c.of(EntityType.RACE).stream()
                    .filter(r -> r.start() > race.end() && r.attribute("office") != null).findFirst().orElse(race);
            resultIn(c, race).or(() -> frontedRace(c, race))
                    .filter(o -> out.stream().noneMatch(f -> f.object() == contest && f.subject().chain() == o.chain()))
                    .ifPresent(o -> out.add(new Fact(o, Relation.CANDIDATE_IN, contest, c.s.index(), 0.8)));
            return;
        }
        owner.ifPresent(o -> out.add(new Fact(o, Relation.CANDIDATE_IN, race, c.s.index(), 0.8)));
    }

    /** What the subject of a clause does in a contest named before it: "In the Democratic race, Sanders was campaigning". */
    private static final Set<String> CONTENDING = Set.of("campaigning", "campaigned", "running", "ran", "competing",
            "competed", "leads", "led", "leading", "trails", "trailed", "trailing", "won", "wins", "faces", "faced", "facing",
            "vying", "advanced", "finished", "surged");

    /**
     * "In the increasingly contentious Democratic race, Vermont Sen. Bernie Sanders and Clinton were campaigning around
     * the state": a contest set before the clause is the one its subject contends in.
     */
    private static Optional<Mention> frontedRace(SentenceContext c, Mention race) {
        int in = race.start() - 1;
        while (in > 0 && (c.s.tag(in).equals("DET") || c.s.tag(in).equals("ADV") || c.s.tag(in).equals("ADJ")))
            in--;
        if (in != 0 || !c.lowerIn(0, Set.of("in")) || !c.lowerIn(race.end(), Set.of(",")) || race.attribute("office") == null
                && race.attribute("party") == null)
            return Optional.empty();
        Optional<Mention> subject = c.personAfter(race.end(), 4).filter(m -> m.form() == Mention.Form.NAME);
        if (subject.isEmpty())
            return Optional.empty();
        int k = subject.get().end();
        for (Mention more : c.coordinatedAfter(subject.get()))
            k = more.end();
        while (k < c.size() && (c.s.tag(k).equals("AUX") || c.s.tag(k).equals("ADV")))
            k++;
        return c.lowerIn(k, CONTENDING) && !c.blocked(k) ? subject : Optional.empty();
    }

    /** "the president's re-election race": a holder's run for the office again. */
    private static boolean reelection(SentenceContext c, Mention race) {
        for (int k = race.start(); k < race.end(); k++)
            if (c.lowerIn(k, Set.of("re-election", "reelection", "re", "reelect", "re-elect")))
                return true;
        return false;
    }

    /** Words of a contest's outcome or standing, verbs and nouns: "defeated two opponents", "a sixth-place finish". */
    private static final Set<String> RESULTS = Set.of("won", "wins", "winning", "defeated", "defeats", "defeating", "beat",
            "beats", "beating", "finished", "finishes", "finishing", "placed", "places", "trailed", "trails", "trailing",
            "competed", "competes", "competing", "lost", "loses", "losing", "victory", "victories", "win", "finish", "loss");
    private static final Set<String> STANDING = Set.of("locked", "engaged", "embroiled", "is", "are", "was", "were");
    /**
     * What may stand between "in" and a contest's name beside calendar words: "in Tuesday's New Hampshire primary", "in
     * last month's".
     */
    private static final Set<String> RACE_DETERMINERS = Set.of("the", "a", "an", "this", "last", "next", "that", "his", "her",
            "their", "its", "'s", "’s", "state", "state's", "district");

    /**
     * "Mike Gallagher handily defeated two opponents in the Republican primary", "Trump and Sanders scored decisive
     * victories in Tuesday's New Hampshire primary", "Clinton's loss in the 2016 election": who wins, loses or finishes
     * in a contest runs in it. The outcome word is at most four words before "in", with no clause break between.
     */
    private static Optional<Mention> resultIn(SentenceContext c, Mention race) {
        int in = race.start() - 1;
        while (in >= 0 && race.start() - in <= 4 && (c.lowerIn(in, RACE_DETERMINERS) || c.timeWord(in)))
            in--;
        if (in < 1 || !c.lowerIn(in, Set.of("in")))
            return Optional.empty();
        // "Ossoff and Handel are locked in a tight contest for the House seat": who stands in it. Only in a contest whose
        // words give its office: of 9 such in bench articles, the bare ones ("is in a tough race") were put in the
        // article's main contest, 6 wrongly.
        if (c.lowerIn(in - 1, STANDING)) {
            if (c.blocked(in - 1) || race.attribute("office") == null)
                return Optional.empty();
            int verb = in - 1;
            return c.subjectOf(verb).filter(m -> verb - m.end() <= 2 && m.form() != Mention.Form.PRONOUN);
        }
        for (int k = in - 1; k >= Math.max(0, in - 4); k--) {
            if (c.s.token(k).equals(",") || c.mentionAt(EntityType.PERSON, k).isPresent())
                return Optional.empty();
            if (!c.lowerIn(k, RESULTS))
                continue;
            if (c.blocked(k) || c.lowerIn(k - 1, KIN))
                return Optional.empty();
            boolean noun = c.s.tag(k).equals("NOUN") || c.lowerIn(k, Set.of("victory", "victories", "loss", "finish"));
            int word = k;
            Optional<Mention> who = noun ? c.personBefore(k) : c.subjectOf(k);
            return who.filter(m -> word - m.end() <= 6);
        }
        return Optional.empty();
    }
}
