package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * endorses from verbs of endorsing ("endorsed", "is backing", "threw his support behind", "in support
 * of", "campaigned for", "stumping for"), their passive ("was backed by"), a surrogate's apposition ("X, a Y
 * campaign surrogate"), and nouns ("his endorsement of X", "won the endorsement of
 * X", "an endorsement from X", "receive X's support"). A possessive before "opponent" or "rival" is not
 * the one endorsed: the opponent is. Negated, hypothetical and asked endorsements are skipped. Thread-safe.
 */
public final class EndorsementExtractor implements Extractor {
    private static final Set<String> BACK_PARTICLES = Set.of("at", "on", "out", "in", "down", "to", "from", "off", "up", "away",
            "against", "into", "over");
    private static final Set<String> OPPONENT_NOUNS = Set.of("opponent", "opponents", "rival", "rivals", "challenger",
            "challengers", "foe", "adversary");
    private static final Set<String> CANDIDACY_NOUNS = Set.of("bid", "campaign", "candidacy", "run", "reelection", "re-election",
            "presidential", "senate", "white");
    /** Verbs of receiving that things do as often as people ("the amendment drew the support of Sen. Portman"). */
    private static final Set<String> DRAWING = Set.of("drew", "draws", "drawing", "attracted", "attracts", "attracting",
            "garnered", "garners", "gained", "gains", "enjoyed", "enjoys", "enjoying", "boasted", "boasts", "amassed");
    private static final Set<String> RECEIVING = Stream.concat(DRAWING.stream(), Stream.of("won", "win", "wins", "winning",
            "received", "receive", "receives", "receiving", "got", "get", "gets", "landed", "land", "picked", "secured", "secure",
            "earned", "earn", "snagged", "has", "had", "touted", "touts", "touting")).collect(Collectors.toUnmodifiableSet());

    // "campaigned for X", "stumping for X": working for someone's election is backing them.
    private static final Set<String> CAMPAIGNING = Set.of("campaign", "campaigns", "campaigned", "campaigning", "stump", "stumps",
            "stumped", "stumping");
    // What may stand between a surrogate and the noun phrase that describes them: "X, a ...", "X was a ...", "X served as a ...".
    private static final Set<String> APPOSITION_LINKS = Set.of(",", "is", "was", "has", "had", "been", "became", "becomes",
            "served", "serves", "serving", "as", "who", "remains", "remained");

    private static final Set<String> SUPPORTER_NOUNS = Set.of("supporter", "backer", "loyalist", "supporters", "backers", "loyalists");

    private static final Set<String> GIVING = Set.of("gave", "give", "gives", "giving", "given", "offered", "offers", "lent",
            "lend", "lends");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "this", "that", "these", "those", "them", "one", "both");


    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        for (int t = 0; t < c.size(); t++) {
            String w = c.lower(t);
            if (w.startsWith("endors") && !w.startsWith("endorsement") && !w.startsWith("endorser")) {
                verb(c, t, out, 0.9);
            } else if (w.equals("backing") && c.lowerIn(t - 1, Set.of("the", "a", "his", "her", "their", "its"))) {
                // "with the backing of former Gov. Kathleen Sebelius": the noun, whose giver follows "of".
                noun(c, t, out);
            } else if ((w.equals("backing") || w.equals("backed") || w.equals("backs") || w.equals("back"))
                    && !c.lowerIn(t + 1, BACK_PARTICLES) && !c.lowerIn(t - 1, Set.of("fired", "shot", "hit", "hits", "fires",
                    "shoots", "pushed", "pushes", "came", "comes", "go", "went", "get", "got", "firing"))) {
                if (!(w.equals("back") && !c.lowerIn(t - 1, Set.of("to", "will", "would", "did", "n't", "not"))))
                    verb(c, t, out, 0.8);
            } else if ((w.equals("support") || w.equals("supports") || w.equals("supported") || w.equals("supporting"))
                    && c.s.tag(t).equals("VERB")) {
                publicBacking(c, t, out, 0.7);
            } else if (w.equals("behind") && t > 1 && (c.lower(t - 1).equals("support") || c.lower(t - 1).equals("weight"))) {
                // "threw some of their support behind Sanders": a group's support names no one person as its giver.
                if (!c.lowerIn(t - 2, Set.of("their", "its", "our")))
                    verb(c, t, out, 0.85);
            } else if (w.equals("support") && c.lowerIn(t - 1, Set.of("in")) && c.lowerIn(t + 1, Set.of("of"))
                    && !c.lowerIn(t + 2, Set.of("or", "and"))) {
                // Not "his every move in support of or against Trump": either way is no backing. Nor "a rally in support
                // of Bundy", "spent nearly $2 million in support of Tillis": a thing in support names no backer.
                if (!(t > 1 && (c.s.tag(t - 2).equals("NOUN") || c.s.tag(t - 2).equals("NUM"))))
                    verb(c, t + 1, out, 0.75);
            } else if (w.equals("behalf") && c.lowerIn(t - 1, Set.of("on")) && c.lowerIn(t + 1, Set.of("of"))
                    && c.lowerIn(t - 2, Set.of("campaign", "campaigned", "campaigning", "campaigns", "stumping", "stumped", "rallying"))) {
                verb(c, t + 1, out, 0.7);
            } else if (CAMPAIGNING.contains(w) && c.lowerIn(t + 1, Set.of("for")) && c.s.tag(t).equals("VERB")) {
                campaignedFor(c, t, t + 1, out);
            } else if (CAMPAIGNING.contains(w) && c.lowerIn(t + 1, Set.of("in", "across")) && c.s.tag(t).equals("VERB")) {
                // "Pence will campaign in New Hampshire for Gov. Walt Havenstein": a place between the verb and "for".
                int k = t + 2;
                while (k < c.size() && k - t <= 6 && (Character.isUpperCase(c.s.token(k).charAt(0)) && c.personAt(k).isEmpty()
                        || c.lowerIn(k, Set.of("the", ",")) || c.s.tag(k).equals("NUM")))
                    k++;
                if (k > t + 2 && c.lowerIn(k, Set.of("for")))
                    campaignedFor(c, t, k, out);
            } else if (RAISING.contains(w) && c.lowerIn(t + 1, Set.of("money", "funds", "cash")) && c.lowerIn(t + 2, Set.of("for"))) {
                // "helping to raise money for incumbent Rick Scott": money raised for a candidate backs them.
                campaignedFor(c, t, t + 2, out);
            } else if ((w.equals("fundraiser") || w.equals("fund-raiser")) && c.lowerIn(t + 1, Set.of("for"))) {
                // "Mayor Reed hosted a campaign fundraiser for Mr. Truong".
                int k = t - 1;
                while (k >= 0 && t - k <= 3 && !c.lowerIn(k, HOSTING))
                    k--;
                if (k >= 0 && c.lowerIn(k, HOSTING))
                    campaignedFor(c, k, t + 1, out);
            } else if (w.equals("surrogate") || w.equals("surrogates") || w.equals("endorser")) {
                surrogate(c, t, out);
            } else if (SUPPORTER_NOUNS.contains(w)) {
                // "Steve Schale, a Murphy supporter", "Rubio supporter Norman Braman": as often a voter as a politician,
                // so only one the article gives a title or office, or the record lists.
                List<Fact> found = new ArrayList<>();
                surrogate(c, t, found);
                keepPublic(c, found, out);
            } else if (w.equals("support") && !declared(c, t)) {
                // "Despite his strong support for Trump, Green said he would vote for a Democrat": a voter's, as the verb
                // is, unless declared ("announced her support for Rubio").
                List<Fact> found = new ArrayList<>();
                noun(c, t, found);
                keepPublic(c, found, out);
            } else if (w.startsWith("endorsement") || w.equals("support") || w.equals("backing")) {
                noun(c, t, out);
            }
        }
        return out;
    }

    /** Verbs that seek support, which is then given, not a voter's: "sought the support of Cole". */
    private static final Set<String> SEEKING = Set.of("have", "sought", "seeks", "seeking");
    /** Verbs of giving support beyond declaring it: "voiced her support", "expressed his support". */
    private static final Set<String> VOICING = Set.of("announce", "declaring", "pledging", "offering", "throw", "give", "giving",
            "voiced", "voices", "voicing", "expressed", "expresses", "expressing", "tweeted", "tweets");

    /** Whether a verb of declaring, receiving or seeking stands before the noun, its possessor and adjectives. */
    private static boolean declared(SentenceContext c, int t) {
        int k = t - 1;
        while (k >= 0 && t - k <= 5 && (c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADV")
                || c.s.tag(k).equals("PRON") || c.s.tag(k).equals("PROPN") || c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS)))
            k--;
        return c.lowerIn(k, DECLARING) || c.lowerIn(k, VOICING) || c.lowerIn(k, RECEIVING) || c.lowerIn(k, SEEKING);
    }

    private static final Set<String> RAISING = Set.of("raise", "raised", "raises", "raising");
    private static final Set<String> HOSTING = Set.of("hosted", "hosts", "hosting", "host", "held", "holds", "holding",
            "headlined", "headlines", "headlining", "headline", "threw", "throws", "throwing");

    /**
     * "X campaigned for Y", "stumping for Sen. Y", "raised money for Y", "hosted a fundraiser for Y": the one backed is
     * named right after the "for" at {@code forWord}, perhaps behind a title or party word; "campaigning for votes" or
     * "for Y's seat" names no one backed. The backer is the subject of the verb at {@code t}.
     */
    private static void campaignedFor(SentenceContext c, int t, int forWord, List<Fact> out) {
        if (c.blocked(t))
            return;
        Optional<Mention> backed = c.personAfter(forWord, 4);
        if (backed.isEmpty() || SentenceContext.possessive(backed.get()) || backed.get().form() == Mention.Form.PRONOUN)
            return;
        for (int k = forWord + 1; k < backed.get().start(); k++)
            if (!(c.mentionAt(EntityType.OFFICE, k).isPresent() || c.mentionAt(EntityType.PARTY, k).isPresent()
                    || c.s.tag(k).equals("PROPN") || c.lower(k).equals("former") || c.lower(k).equals("fellow")))
                return;
        boolean participle = c.lower(t).endsWith("ing") && t > 0 && (c.s.token(t - 1).equals(",") || c.s.tag(t - 1).equals("SCONJ"));
        Optional<Mention> backer = participle ? c.clauseSubjectBefore(t) : c.personBefore(t);
        if (backer.isPresent() && backer.get().chain() != backed.get().chain())
            out.add(new Fact(backer.get(), Relation.ENDORSES, backed.get(), c.s.index(), 0.75));
    }

    /**
     * "X, a top Y campaign surrogate", "X served as a surrogate for Y", "X, Y's surrogate": a surrogate speaks for the
     * candidate they back. The surrogate is the name the noun phrase is in apposition to or predicated of.
     */
    private static void surrogate(SentenceContext c, int t, List<Fact> out) {
        if (c.blocked(t))
            return;
        Optional<Mention> backed = Optional.empty();
        if (c.lowerIn(t + 1, Set.of("for")) || SUPPORTER_NOUNS.contains(c.lower(t)) && c.lowerIn(t + 1, Set.of("of"))) {
            backed = c.personAfter(t + 1, 4).filter(m -> !SentenceContext.possessive(m) && m.form() != Mention.Form.PRONOUN);
        }
        // Walk back over the noun phrase's modifiers, picking up the candidate named among them ("a top Trump campaign").
        int k = t - 1;
        while (k >= 0 && (c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NOUN") || c.s.tag(k).equals("PROPN") || c.lower(k).equals("'s")
                || c.lower(k).equals("'") || c.personAt(k).isPresent())) {
            Optional<Mention> p = c.personAt(k);
            if (p.isPresent()) {
                if (backed.isEmpty() && p.get().form() == Mention.Form.NAME)
                    backed = p;
                k = p.get().start() - 1;
            } else {
                k--;
            }
        }
        // "Rubio supporter Norman Braman", "Trump surrogate Kellyanne Conway": the name the noun is a title of.
        int n = t + 1;
        while (n < c.size() && c.mentionAt(EntityType.OFFICE, n).isPresent())
            n++;
        int nameStart = n;
        Optional<Mention> titled = c.personAt(n).filter(m -> m.start() == nameStart && m.form() == Mention.Form.NAME);
        if (titled.isPresent() && backed.isPresent() && backed.get().end() == t && titled.get().chain() != backed.get().chain()) {
            out.add(new Fact(titled.get(), Relation.ENDORSES, backed.get(), c.s.index(), 0.75));
            return;
        }
        if (k >= 0 && c.s.tag(k).equals("DET"))
            k--;
        // "Sessions was one of the first supporters of Trump": one of many is one.
        boolean oneOf = k >= 1 && c.lowerIn(k, Set.of("of")) && c.lowerIn(k - 1, Set.of("one"));
        if (oneOf)
            k -= 2;
        else if (SUPPORTER_NOUNS.contains(c.lower(t)) && c.lower(t).endsWith("s"))
            return;
        int phraseStart = k + 1;
        while (k >= 0 && APPOSITION_LINKS.contains(c.lower(k)))
            k--;
        if (backed.isEmpty() || k < 0 || k == phraseStart - 1)
            return;
        int last = k;
        Optional<Mention> surrogate = c.personAt(last).filter(m -> m.end() == last + 1 && !SentenceContext.possessive(m));
        if (surrogate.isPresent() && surrogate.get().chain() != backed.get().chain())
            out.add(new Fact(surrogate.get(), Relation.ENDORSES, backed.get(), c.s.index(), 0.75));
    }

    /**
     * "supports", "began supporting": said of a voter as often as of a politician ("Linda Imsland, of Hubbard, said
     * she supports Cruz"), and a voter's preference is no endorsement. Kept only for a supporter the article gives a
     * title or office, or the record lists; "endorsed" and "backed" need no such standing. On 1,000 bench articles
     * this took out 6 voters' preferences and one fundraiser's support.
     */
    private static void publicBacking(SentenceContext c, int t, List<Fact> out, double confidence) {
        List<Fact> found = new ArrayList<>();
        verb(c, t, found, confidence);
        keepPublic(c, found, out);
    }

    /** The backings found whose backer has public standing: a title or an office in the article, or the record. */
    private static void keepPublic(SentenceContext c, List<Fact> found, List<Fact> out) {
        for (Fact f : found)
            if (c.publicFigure(f.subject()))
                out.add(f);
    }

    /** Bodies that back candidates in their own name: "a super PAC backing Mr. Obama", "an ad supporting Cruz". */
    private static final Set<String> BACKING_BODIES = Set.of("pac", "pacs", "committee", "group", "groups", "organization",
            "organizations", "ad", "ads");

    /** Words that take an endorsement back: "revoked his endorsement of Trump", "rescinding her support". */
    private static final Set<String> TAKING_BACK = Set.of("revoked", "revokes", "revoking", "rescinded", "rescinds", "rescinding",
            "withdrew", "withdraws", "withdrawing", "withdrawn", "retracted", "retracts", "retracting", "pulled", "pulls", "pulling");
    /** "dropped his support for Trump" takes it back; "dropped out of the race and endorsed Biden" does not. */
    private static final Set<String> DROPPING = Set.of("dropped", "drops", "dropping");
    /** Leanings and plans before "to back": "inclined to back Lynch", "plans to back Trump" are not yet backing. */
    private static final Set<String> LEANING = Set.of("inclined", "leaning", "plans", "planned", "planning", "intends", "intend",
            "intending", "poised", "prepared", "ready");

    /**
     * True when the endorsement at {@code t} is taken back or only leaned towards (about 80 such phrases in 10,000
     * political articles): "who dramatically revoked his endorsement of Trump", "he was inclined to back Lynch".
     */
    private static boolean notGiven(SentenceContext c, int t) {
        // "have endorsed Mrs. Clinton, but none has backed Mr. Trump": nobody is its subject.
        // The tagger takes "has" there for a verb.
        int s = c.beforeAuxiliaries(t);
        if (c.lowerIn(s, Set.of("has", "have", "had")))
            s = c.beforeAuxiliaries(s);
        if (c.lowerIn(s, Set.of("none", "nobody", "neither")))
            return true;
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            if (c.lowerIn(k, TAKING_BACK) || c.lowerIn(k, DROPPING) && c.lowerIn(k + 1, POSSESSIVE_PRONOUNS))
                return true;
            if (c.lowerIn(k, LEANING) && c.lowerIn(k + 1, Set.of("to")))
                return true;
        }
        return false;
    }

    /**
     * "Putin has backed President Bashar al-Assad", "He brazenly supported Kim Davis, the Kentucky county clerk", "a
     * staunch ally, backing Presidents Reagan and George H.W. Bush": backing or support with no election in its sentence
     * or the one before is a war's side, a cause's or an ally's. An endorsement is one wherever it is said.
     */
    private static boolean outsideElections(SentenceContext c, int t) {
        for (int k = Math.max(0, t - 1); k <= t; k++)
            if (c.lower(k).startsWith("endors"))
                return false;
        // "announced her support for Rubio", "threw his support behind Cruz": a backing declared is an endorsement.
        for (int k = Math.max(0, t - 3); k < t; k++)
            if (c.lowerIn(k, DECLARING))
                return false;
        return !c.electoral();
    }

    private static final Set<String> DECLARING = Set.of("announced", "announces", "announcing", "declared", "declares",
            "pledged", "pledges", "threw", "throws", "throwing", "lent", "lends", "lending", "offered", "offers", "gave", "gives");

    /** Subject before the verb, object after it; "was backed by X" swaps them. */
    private static void verb(SentenceContext c, int t, List<Fact> out, double confidence) {
        if (c.blocked(t) || notGiven(c, t) || outsideElections(c, t))
            return;
        boolean passive = t > 0 && c.lowerIn(t - 1, Set.of("was", "is", "were", "been", "being", "be", "are"))
                && c.lowerIn(t + 1, Set.of("by"));
        // "he passed over Kasich to support Cruz": an infinitive's subject is the clause's subject, not the nearest name.
        // "Trump did McConnell a solid by endorsing Luther Strange": a gerund after "by" has the clause's subject too.
        boolean participle = c.clauseGerund(t);
        // "Priorities USA Action, a “super PAC” backing Mr. Obama": a participle right after a noun that names no one
        // has that noun for subject.
        int noun = t - 1;
        if (noun > 0 && c.lowerIn(noun, SentenceContext.QUOTE_MARKS))
            noun--;
        if (c.lower(t).endsWith("ing") && c.lowerIn(noun, BACKING_BODIES))
            return;
        Optional<Mention> before = c.lowerIn(t - 1, Set.of("to")) || participle ? c.clauseSubjectBefore(t)
                : c.s.tag(t).equals("VERB") ? c.subjectOf(t) : c.personBefore(t);
        // "Kavanaugh's former law clerks wrote in support of his nomination": the verb before "in support of" has the
        // subject, here no person.
        if (c.lowerIn(t, Set.of("of")) && c.lowerIn(t - 2, Set.of("in")) && t > 2 && c.s.tag(t - 3).equals("VERB"))
            before = c.subjectOf(t - 3);
        Optional<Mention> after = object(c, t);
        if (t > 0 && c.s.token(t - 1).equals("-")) {
            hyphenated(c, t, out, confidence);
            return;
        }
        if (passive) {
            after = c.personAfter(t + 1, 8);
            if (before.isPresent() && after.isPresent())
                out.add(new Fact(after.get(), Relation.ENDORSES, before.get(), c.s.index(), confidence));
            return;
        }
        if (c.lowerIn(t + 1, Set.of("by"))) {
            // "Ron DeSantis, endorsed by Trump": a participle with its agent describes the name right before it; "a
            // bill, endorsed by Trump", "introduced by Sen. Tom Cotton and endorsed by Trump" name no one endorsed.
            int k = t - 1;
            if (k >= 0 && c.s.token(k).equals(","))
                k--;
            final int end = k + 1;
            Optional<Mention> endorsed = k >= 0 ? c.personAt(k).filter(m -> m.end() == end) : Optional.empty();
            Optional<Mention> endorser = c.personAfter(t + 1, 8);
            if (endorsed.isPresent() && endorser.isPresent())
                out.add(new Fact(endorser.get(), Relation.ENDORSES, endorsed.get(), c.s.index(), confidence));
            return;
        }
        if (before.isPresent() && after.isPresent())
            out.add(new Fact(before.get(), Relation.ENDORSES, after.get(), c.s.index(), confidence));
    }

    /**
     * "Trump-endorsed Ron DeSantis" (the name after), "Gillum, a Bernie Sanders-backed Tallahassee mayor"
     * (the name the apposition describes); "Trump-backing delegate X" turns it round.
     */
    private static void hyphenated(SentenceContext c, int t, List<Fact> out, double confidence) {
        Optional<Mention> backer = c.personAt(t - 2);
        if (backer.isEmpty())
            return;
        Optional<Mention> backed = Optional.empty();
        for (int k = backer.get().start() - 1; k >= Math.max(0, backer.get().start() - 4); k--) {
            if (c.s.token(k).equals(",")) {
                backed = c.personAt(k - 1);
                break;
            }
        }
        if (backed.isEmpty()) {
            Optional<Mention> next = c.personAfter(t, 3);
            // "the Ryan-backed, Sen. Marco Rubio-championed bill": a name that is itself a hyphened modifier is no one backed.
            if (next.isPresent() && !(next.get().end() < c.size() && c.s.token(next.get().end()).equals("-")))
                backed = next;
        }
        if (backed.isEmpty() || backed.get().chain() == backer.get().chain())
            return;
        // "Trump-backing Texas delegate Toni Anne Dashiell": the active participle's bearer does the backing.
        if (c.lower(t).endsWith("ing"))
            out.add(new Fact(backed.get(), Relation.ENDORSES, backer.get(), c.s.index(), confidence * 0.9));
        else
            out.add(new Fact(backer.get(), Relation.ENDORSES, backed.get(), c.s.index(), confidence * 0.9));
    }

    /**
     * The endorsed: the first person after the verb, or the opponent named after "X's opponent". A noun and then a
     * preposition before the person make the noun the thing backed ("endorsed a proposal by Sen. Joe Lieberman",
     * "support Egypt's uprising against President Mubarak"); a role noun right before a name is no obstacle
     * ("endorsed Senate candidate Roy Moore"), nor a second verb ("endorsed and fundraised for Tim Canova"). A name
     * that modifies a thing after it ("the Corker-Hoeven amendment") is no one endorsed.
     */
    private static Optional<Mention> object(SentenceContext c, int t) {
        Optional<Mention> owner = candidacyOwner(c, t);
        if (owner.isPresent())
            return owner;
        Optional<Mention> first = c.personAfter(t, 8);
        if (first.isEmpty())
            return first;
        Mention m = first.get();
        // "endorsed the Corker-Hoeven amendment", "support the Obama administration's plan": a thing, not the person.
        if (c.attributive(m))
            return Optional.empty();
        // "pressure to support it, as has Sen. Cory Gardner": a pronoun that is nobody named is the thing backed.
        if (c.lowerIn(t + 1, THING_PRONOUNS) && c.personAt(t + 1).isEmpty())
            return Optional.empty();
        // "to have backed what the Libyan president said": a clause is backed. "Price also backs, as does Trump, a plan":
        // a name in an aside right after the verb is another backer.
        if (c.lowerIn(t + 1, Set.of("what", "whatever", ",")))
            return Optional.empty();
        // "Galli endorsed impeachment and called for Trump to be removed": the second verb's object, once the first has
        // its own ("has endorsed and fundraised for Tim Canova" shares it).
        for (int k = t + 2; k + 1 < m.start(); k++)
            if (c.lowerIn(k, Set.of("and", "but", "or")) && c.s.tag(k + 1).equals("VERB"))
                return Optional.empty();
        if (c.thingFirst(t + 1, m))
            return Optional.empty();
        // "I support the president on border security": backing on an issue, not of the person.
        if (c.lowerIn(m.end(), Set.of("on"))) {
            int k = m.end() + 1;
            while (k < c.size() && (c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADJ")))
                k++;
            if (k < c.size() && c.s.tag(k).equals("NOUN") && Character.isLowerCase(c.s.token(k).charAt(0))
                    && !c.lowerIn(k, Set.of("ballot", "ticket", "day", "night", "morning", "evening", "afternoon", "campaign", "trail")))
                return Optional.empty();
        }
        if (SentenceContext.possessive(m)) {
            int next = nounAfterPossessive(c, m);
            if (c.lowerIn(next, OPPONENT_NOUNS)) {
                // "in support of Sessions' opponent in the Senate race, former coach Tommy Tuberville"
                for (Mention other : c.persons)
                    if (other.start() > next && other.start() - next <= 14 && !SentenceContext.possessive(other))
                        return Optional.of(other);
                return Optional.empty();
            }
            if (!candidacyAfter(c, m))
                return Optional.empty();
        }
        return first;
    }

    /**
     * "endorsed her candidacy for the fall", "backed his White House bid": a possessive pronoun right after the verb on a
     * candidacy names the one backed (a pronoun is otherwise no object: "backed his plan").
     */
    private static Optional<Mention> candidacyOwner(SentenceContext c, int t) {
        int k = t + 1;
        while (k < c.size() && c.s.tag(k).equals("ADV"))
            k++;
        final int at = k;
        return c.personAt(at).filter(m -> m.start() == at && m.form() == Mention.Form.PRONOUN && SentenceContext.possessive(m)
                && candidacyAfter(c, m));
    }

    /** The first token after a possessive and its adjectives: "Obama's [actions]", "Sessions' former [opponent]", "her [bid]". */
    private static int nounAfterPossessive(SentenceContext c, Mention m) {
        // A name's mark follows it ("Obama 's"); a pronoun is its own ("his", "her").
        int next = m.end();
        while (next < c.size() && (c.s.tag(next).equals("ADJ") || c.lowerIn(next, SentenceContext.POSSESSIVE_MARKS)))
            next++;
        return next;
    }

    /** "backing Trump's campaign", "support for Romney's bid": a possessive on a candidacy still names the one backed. */
    private static boolean candidacyAfter(SentenceContext c, Mention m) {
        return c.lowerIn(nounAfterPossessive(c, m), CANDIDACY_NOUNS);
    }

    /**
     * "support for the Iraq War would make him ...", "support for the work of Secretary Rex Tillerson": a verb, or a noun
     * and then a preposition, before the person make the noun the thing supported; role words before a name do not
     * ("his endorsement of former Auburn University football coach Tommy Tuberville").
     */
    private static boolean thingBefore(SentenceContext c, int from, int to) {
        boolean noun = false;
        for (int k = from; k < to; k++) {
            boolean inMention = c.mentionAt(EntityType.OFFICE, k).isPresent() || c.mentionAt(EntityType.PARTY, k).isPresent();
            String tag = c.s.tag(k);
            // "endorsements from many Democratic insiders, including Becerra": a list of the givers goes on.
            if (c.lowerIn(k, Set.of("including")))
                continue;
            if ((tag.equals("VERB") || tag.equals("AUX")) && !inMention)
                return true;
            if (tag.equals("NOUN") && !inMention)
                noun = true;
            else if (noun && tag.equals("ADP") && !inMention)
                return true;
        }
        return false;
    }

    /** True when a share of voters or a subordinating word stands between {@code from} and {@code to}. */
    private static boolean clauseBetween(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++)
            if (c.s.tag(k).equals("SCONJ") || c.lowerIn(k, Set.of("%", "percent")) || c.s.token(k).endsWith("%"))
                return true;
        return false;
    }

    private static void noun(SentenceContext c, int t, List<Fact> out) {
        if (c.blocked(t) || notGiven(c, t) || outsideElections(c, t))
            return;
        // "his endorsement of X", "Palin's endorsement of Trump", "his "full and total endorsement" for Kemp"
        int after = t + 1;
        while (after < c.size() && SentenceContext.QUOTE_MARKS.contains(c.s.token(after)))
            after++;
        if (c.lowerIn(after, Set.of("of", "for")) && !c.lowerIn(t - 1, Set.of("the", "an", "a"))) {
            Optional<Mention> endorser = endorserBefore(c, t);
            int from = after + 1;
            // "Lynch's support for Obama's actions": what a possessive names is the thing supported.
            Optional<Mention> endorsed = c.personAfter(after, 8).filter(m -> !c.attributive(m) && !thingBefore(c, from, m.start())
                    && !(SentenceContext.possessive(m) && !candidacyAfter(c, m)));
            if (endorser.isPresent() && endorsed.isPresent())
                out.add(new Fact(endorser.get(), Relation.ENDORSES, endorsed.get(), c.s.index(), 0.85));
            return;
        }
        // "X won the endorsement of Y", "X picked up an endorsement from Y", "to receive Y's support"
        int k = t - 1;
        while (k >= 0 && (c.lowerIn(k, Set.of("the", "an", "a", "his", "her", "their", "'s", "up")) || c.s.tag(k).equals("ADJ")
                || SentenceContext.QUOTE_MARKS.contains(c.s.token(k)) || c.personAt(k).isPresent()))
            k--;
        if (k >= 0 && c.lowerIn(k, GIVING) && !c.blocked(k)) {
            // "Sanders gave Biden his endorsement": the giver backs the one given to, named between verb and noun.
            int verb = k;
            Optional<Mention> receiver = c.persons.stream().filter(m -> m.start() > verb && m.end() <= t && m.form() == Mention.Form.NAME
                    && !SentenceContext.possessive(m)).findFirst();
            Optional<Mention> giver = c.personBefore(verb);
            if (receiver.isPresent() && giver.isPresent() && giver.get().chain() != receiver.get().chain())
                out.add(new Fact(giver.get(), Relation.ENDORSES, receiver.get(), c.s.index(), 0.8));
            return;
        }
        if (k < 0 || !c.lowerIn(k, RECEIVING) || c.blocked(k))
            return;
        final int receivingVerb = k;
        // "A more controversial amendment from Sen. Ron Wyden ... still drew the support of Sen. Rob Portman": its subject.
        Optional<Mention> receiver = c.lowerIn(k, DRAWING)
                ? c.subjectOf(receivingVerb).filter(m -> !prepositionObject(c, m)) : c.personBefore(receivingVerb);
        // "received support from 97% of Republicans, while Biden was the top choice of Democrats": the giver follows
        // "of" or "from" behind titles and role words, not behind a share of voters or in another clause.
        Optional<Mention> giver = c.lowerIn(t + 1, Set.of("of", "from"))
                // "the support of Trump's family": the possessor's people give it, not the possessor.
                ? c.personAfter(t + 1, 10).filter(g -> !thingBefore(c, t + 2, g.start()) && !clauseBetween(c, t + 2, g.start())
                        && !SentenceContext.possessive(g))
                : endorserBefore(c, t).filter(g -> g.start() > receivingVerb);
        if (receiver.isPresent() && giver.isPresent())
            out.add(new Fact(giver.get(), Relation.ENDORSES, receiver.get(), c.s.index(), 0.8));
    }

    /** "an amendment from Sen. Ron Wyden": a name behind a preposition (and its titles) heads no clause. */
    private static boolean prepositionObject(SentenceContext c, Mention m) {
        int j = m.start() - 1;
        while (j >= 0 && c.mentionAt(EntityType.OFFICE, j).isPresent())
            j--;
        return j >= 0 && c.s.tag(j).equals("ADP");
    }

    /**
     * The possessor right before the noun: "Palin's endorsement", "his endorsement", "his "full and total
     * endorsement"" (quoted words and the adjectives of the noun stand between).
     */
    private static Optional<Mention> endorserBefore(SentenceContext c, int t) {
        int k = t - 1;
        while (k >= 0 && (SentenceContext.QUOTE_MARKS.contains(c.s.token(k)) || c.s.tag(k).equals("ADJ")
                || c.lower(k).equals("and") && k > 0 && c.s.tag(k - 1).equals("ADJ")))
            k--;
        // "he believes support for Romney is growing": a pronoun must be a possessor ("his"; "her" is left unmarked
        // by the linker, being an object as often), not a subject.
        for (Mention m : c.persons) {
            if (m.end() <= t && (t - m.end() <= 2 || m.end() >= k) && (SentenceContext.possessive(m)
                    || m.form() == Mention.Form.PRONOUN && POSSESSIVE_PRONOUNS.contains(c.lower(m.start()))))
                return Optional.of(m);
        }
        return Optional.empty();
    }
}
