package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Quote;

/**
 * criticizes from verbs of attack ("taunts", "slammed", "fired back at", "unloaded on", "griped about",
 * "lashed out at"), their nouns ("his attacks on X", "criticism from X"), a warning not to trust someone,
 * a speaker's insult of a person inside their own quote ("X's a coward", "X is unfit"), of the one the quote is
 * said of or to ("X said of Y: 'a fraud'", {@code "You lied," X told Y}), "X called Y a liar", "X called out Y" and
 * "X called for Y's resignation". Thread-safe.
 */
public final class CriticismExtractor implements Extractor {
    private static final Set<String> STEMS = Set.of("criticiz", "criticis", "attack", "taunt", "slam", "blast", "rebuk",
            "lambast", "assail", "berat", "mock", "derid", "ridicul", "denounc", "condemn", "insult", "goad", "excoriat",
            "disparag", "belittl", "chastis", "scold", "skewer", "savag", "trash", "bash", "denigrat", "accus", "blam", "chid",
            "castigat", "demoniz", "demonis", "vilif", "lampoon", "admonish", "reprimand", "upbraid", "pillor", "heckl",
            "decri", "decry");
    private static final Set<String> EXACT = Set.of("rips", "ripped", "ripping", "hammered", "hammers", "jabbed", "prod", "prodded",
            "prods", "smeared", "dubbed", "dubbing", "knocked", "knocks", "hammering", "hammer", "faulted", "faulting");
    // Verb + particle: "fired back at", "unloaded on", "griped about", "lashed out at", "railed against".
    private static final Set<String> PARTICLE_VERBS = Set.of("fire", "fired", "fires", "firing", "shot", "shoots", "shoot",
            "hit", "hits", "hitting", "snapped", "snaps", "lashed", "lashes", "lashing", "unloaded", "unloads", "unloading",
            "griped", "gripes", "griping", "railed", "rails", "railing", "vented", "vents", "venting",
            "swiped", "swipes", "lobbed", "went", "goes", "took", "takes", "sniped", "snipes");
    private static final Set<String> PARTICLES = Set.of("at", "on", "about", "against", "after", "with", "aim");
    private static final Set<String> JUDGEMENTS = Set.of("disgusting", "shameful", "outrageous", "appalling", "sad",
            "pathetic", "unacceptable", "dangerous", "disgraceful");
    private static final Set<String> INSULTS = Set.of("coward", "liar", "fraud", "disgrace", "disaster", "loser", "unfit",
            "incompetent", "crooked", "corrupt", "phony", "joke", "failure", "hypocrite", "extremist", "dishonest", "weak",
            "pathetic", "stamp", "clown", "puppet", "lightweight", "embarrassment", "traitor", "liability");

    // "called him a liar", "branded her a fraud": a verb of naming before the person the insult is pinned on.
    private static final Set<String> NAMING = Set.of("called", "calls", "calling", "call", "labeled", "labelled", "labels",
            "labeling", "labelling", "branded", "brands", "branding", "dubbed", "dubs", "dubbing", "deemed", "declared",
            "described", "describes", "describing", "cast", "casts", "casting", "portrayed", "portrays", "portraying",
            "painted", "paints", "painting", "depicted", "depicts", "depicting");
    /**
     * Words that only a verb of naming pins on someone as blame ("called Comey a 'weak and untruthful slime ball'",
     * "called McCain's opposition 'terrible'", "described him as 'unhinged'"); alone, in a quote, they blame no one
     * named. A closed list.
     */
    private static final Set<String> NAMED_AS = Set.of("idiot", "moron", "thug", "bully", "lunatic", "racist", "bigot",
            "terrible", "horrible", "ridiculous", "absurd", "irresponsible", "reckless", "unhinged", "nasty", "crazy",
            "unreasonable", "murderer", "criminal", "demagogue", "sleazy", "despicable", "deplorable", "shameless",
            "cowardly", "failing", "untruthful", "disastrous", "awful", "lousy", "stupid", "dumb", "nuts", "treasonous",
            "disloyal", "un-american", "fake", "sick", "slime", "lowlife", "dope", "dummy", "hack", "fool");
    // What a speaker says "you" did to the one they address: "you lied", "you misled the committee".
    private static final Set<String> ACCUSING = Set.of("lied", "lie", "misled", "mislead", "betrayed", "cheated", "deceived",
            "failed", "ignored", "abandoned", "disgraced", "embarrassed", "shamed");
    private static final Set<String> BEING = Set.of("are", "'re", "were", "remain", "have", "'ve");
    // Nouns of a verbal blow aimed "at" someone: "took a swipe at X", "his latest jab at X".
    private static final Set<String> JABS = Set.of("jab", "jabs", "swipe", "swipes", "dig", "digs", "potshot", "potshots",
            "broadside", "broadsides");

    // What a speaker charges someone with doing: "Hillary Clinton lied many times", "Trump has smashed apart".
    private static final Set<String> WRONGDOING = Set.of("lied", "lies", "lying", "betrayed", "betrays", "smashed", "destroyed",
            "destroys", "ruined", "ruins", "wrecked", "botched", "disgraced", "misled", "misleads", "cheated", "deceived");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "claimed", "claims", "argued", "argues", "charged",
            "charges", "insisted", "insists", "wrote", "writes", "tweeted", "tweets", "alleged", "alleges", "accused");

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        for (int t = 0; t < c.size(); t++) {
            String w = c.lower(t);
            if (VERDICTS.contains(w)) {
                judgedDeed(c, t, out);
                // "called Romney's remarks 'inappropriate'", {@code "It is unconscionable that Trump would ...," X said}: a
                // verdict the other lists do not route is pinned as they pin an insult.
                if (!JUDGEMENTS.contains(w) && !NAMED_AS.contains(w) && !INSULTS.contains(w) && !calledInsult(c, t, out))
                    insultAhead(c, t, out);
            }
            if (CALLING.contains(w) && c.lowerIn(t + 1, Set.of("for")))
                callForRemoval(c, t, out);
            // "Roger Lau called out Buttigieg adviser Michael Halle": not "called out to" a crowd, not "out of" a place.
            if (CALLING.contains(w) && c.lowerIn(t + 1, Set.of("out")) && !c.lowerIn(t + 2, Set.of("to", "of", "for")))
                verb(c, t, t + 1, out, 0.75);
            if (c.lowerIn(t - 1, Set.of("to")) && leaving(c, t))
                toleave(c, t - 1, out);
            // "Pence was as un-goad-able as Trump": a stem inside a hyphened word is no verb.
            boolean compound = c.lowerIn(t - 1, Set.of("-")) || c.lowerIn(t + 1, Set.of("-"));
            if ((isStem(w) || EXACT.contains(w)) && !compound) {
                // "his accuser, Christine Blasey Ford", "accusatory questioning": who accuses, and how, is no verb.
                // "the one with which he knocked out Foreman": a blow, no words.
                if (AGENT_OR_QUALITY.contains(w) || physical(c, t) || w.startsWith("blam") && blameElsewhere(c, t)
                        || w.startsWith("knock") && c.lowerIn(t + 1, Set.of("out", "down", "over", "unconscious")))
                    continue;
                if (isNoun(c, t))
                    noun(c, t, out);
                else
                    verb(c, t, t, out, 0.85);
            } else if (PARTICLE_VERBS.contains(w) && !(w.startsWith("fir") && c.lowerIn(t - 1, OPENING))) {
                int k = t + 1;
                if (c.lowerIn(k, Set.of("back", "out", "frustration", "his", "her")))
                    k++;
                if (k < c.size() && c.lower(k).endsWith("ly"))
                    k++;
                if (c.lowerIn(k, Set.of("frustration")))
                    k++;
                // "was shot at least six times": a count, no aim.
                if (c.lowerIn(k, Set.of("at")) && c.lowerIn(k + 1, Set.of("least", "most")))
                    continue;
                if (c.lowerIn(k, PARTICLES) && !(w.startsWith("took") || w.startsWith("take")) || c.lowerIn(k, Set.of("aim"))
                        && c.lowerIn(k + 1, Set.of("at"))) {
                    if ((w.startsWith("went") || w.startsWith("goes")) && !c.lowerIn(k, Set.of("after")))
                        continue;
                    verb(c, t, k, out, 0.8);
                }
            } else if (w.equals("trust") && (c.lowerIn(t - 1, Set.of("not", "n't")) || c.lowerIn(t - 2, Set.of("not")))) {
                // "do not trust Jeff Sessions", telling voters "not to trust" him: a warning against the person.
                Optional<Mention> target = c.personAfter(t, 4);
                Optional<Mention> critic = distruster(c, t);
                if (target.isPresent() && critic.isPresent())
                    out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), sentence.index(), 0.75));
            } else if (INSULTS.contains(w)) {
                if (!calledInsult(c, t, out) && !reportedInsult(c, t, out))
                    insult(c, t, out);
            } else if (w.equals("you") && c.quoteAt(t).isPresent() && c.lowerIn(t + 1, ACCUSING)) {
                addressed(c, t, out);
            } else if (WRONGDOING.contains(w)) {
                wrongdoing(c, t, out);
            } else if (JUDGEMENTS.contains(w)) {
                if (!calledInsult(c, t, out))
                    insultAhead(c, t, out);
            } else if (NAMED_AS.contains(w)) {
                if (!calledInsult(c, t, out))
                    reportedInsult(c, t, out);
            } else if (JABS.contains(w) && c.lowerIn(t + 1, Set.of("at")) && c.s.tag(t).equals("NOUN")) {
                noun(c, t, out);
            }
        }
        return out;
    }

    /** Words that condemn what they are said of (not "false" or "wrong": a dispute of fact is no attack). */
    private static final Set<String> VERDICTS = Set.of("outrageous", "disgusting", "shameful", "appalling", "unacceptable",
            "disgraceful", "pathetic", "reckless", "irresponsible", "ridiculous", "absurd", "despicable", "deplorable",
            "offensive", "racist", "inappropriate", "insane", "unhinged", "inexcusable", "indefensible", "unconscionable",
            "repugnant", "abhorrent", "hateful", "vile", "sickening", "un-american", "unpresidential", "disgrace",
            "embarrassment", "disturbing", "troubling");
    /** What a person does or says, which a verdict on it condemns them for. */
    private static final Set<String> DEEDS = Set.of("comments", "comment", "remarks", "remark", "statement", "statements",
            "words", "behavior", "behaviour", "actions", "action", "conduct", "tweet", "tweets", "rhetoric", "response",
            "attacks", "attack", "language", "treatment", "decision", "handling", "performance", "silence", "refusal",
            "message", "messages", "speech", "ad", "ads", "campaign");
    private static final Set<String> COPULAS = Set.of("is", "was", "were", "are", "been", "be", "'s");

    /**
     * "Toomey tweeted that Trump's comments were 'outrageous and unacceptable'", "Obama said Akin's remarks were
     * offensive", {@code "The President's behavior was shameful," Murkowski said}: a verdict on what a person said or
     * did, reported of someone or in their quote, is their criticism of that person.
     */
    private static void judgedDeed(SentenceContext c, int t, List<Fact> out) {
        int k = t - 1;
        while (k >= 0 && (c.lowerIn(k, SentenceContext.QUOTE_MARKS) || c.s.tag(k).equals("ADV") || c.lowerIn(k, Set.of("a", "an", "and", ","))
                || c.s.tag(k).equals("ADJ") && !c.lowerIn(k, VERDICTS)))
            k--;
        if (!c.lowerIn(k, COPULAS) || c.negated(k + 1))
            return;
        int noun = k - 1;
        while (noun >= 0 && c.s.tag(noun).equals("AUX"))
            noun--;
        if (!c.lowerIn(noun, DEEDS))
            return;
        int owner = noun - 1;
        while (owner >= 0 && c.s.tag(owner).equals("ADJ"))
            owner--;
        if (c.lowerIn(owner, SentenceContext.POSSESSIVE_MARKS))
            owner--;
        int ownerEnd = owner + 1;
        Optional<Mention> doer = owner >= 0 ? c.personAt(owner).filter(m -> m.end() == ownerEnd || SentenceContext.possessive(m)) : Optional.empty();
        if (doer.isEmpty())
            return;
        Mention critic = null;
        Optional<Quote> quote = c.quoteAt(t);
        // In the quote with the doer, the speaker judges; a quoted verdict after "that" is the sayer's words.
        if (quote.isPresent() && c.sameQuote(doer.get().start(), t)) {
            critic = speakerMention(c, quote.get());
        } else {
            critic = reportedBy(c, doer.get()).orElse(null);
        }
        if (critic != null && critic.chain() != doer.get().chain())
            out.add(new Fact(critic, Relation.CRITICIZES, doer.get(), c.s.index(), 0.75));
    }

    /**
     * "absolved Holder of blame", "steered clear of blame for Mr. Trump", "blamed Mr. Flynn's downfall on the news media":
     * blame as a noun, laid "on" someone, or with no one named before its "for", blames no one named after the verb.
     */
    private static boolean blameElsewhere(SentenceContext c, int t) {
        if (isNoun(c, t) || c.lower(t).equals("blame") && c.lowerIn(t - 1, Set.of("of", "the", "no", "any", "some", "much", "more")))
            return true;
        // "blaming Hillary Clinton on stage": the one named right after is blamed.
        int next = t + 1;
        while (next < c.size() && c.s.tag(next).equals("ADV"))
            next++;
        if (c.personAfter(t, 4).filter(m -> !SentenceContext.possessive(m)).isPresent() && next < c.size() && c.s.tag(next).equals("PROPN"))
            return false;
        // "McConnell, whom he blames for impeding Trump's agenda": a name after "for" is not the one blamed.
        boolean named = false;
        for (int k = t + 1; k < Math.min(c.size(), t + 13); k++) {
            named |= c.personAt(k).isPresent();
            if (c.lowerIn(k, Set.of("for")))
                return !named;
            if (c.lowerIn(k, Set.of("on")))
                return true;
        }
        return false;
    }

    /** Quitting, as one is told to: "resign", "step aside", "step down", "drop out", "apologize". */
    private static boolean leaving(SentenceContext c, int t) {
        return c.lowerIn(t, Set.of("resign", "quit", "apologize", "apologise"))
                || c.lowerIn(t, Set.of("step")) && c.lowerIn(t + 1, Set.of("aside", "down"))
                || c.lowerIn(t, Set.of("drop")) && c.lowerIn(t + 1, Set.of("out"));
    }

    private static final Set<String> DEMANDING = Set.of("urged", "urges", "urging", "urge", "demanded", "demands",
            "demanding", "demand", "pressed", "presses", "pressing", "press", "pushed", "pushing", "told", "tells", "telling");
    private static final Set<String> CALLING = Set.of("called", "calls", "calling", "call");

    /**
     * "Graham, who called on Rice to resign", "calling on the candidate to step aside", "urged Rubio to drop out", "it's
     * time for Roy Moore to step aside": who tells someone to quit condemns them (88 such phrases in 10,000 bench
     * articles). {@code to} is the infinitive's "to".
     */
    private static void toleave(SentenceContext c, int to, List<Fact> out) {
        Optional<Mention> told = c.personBefore(to).filter(m -> m.end() == to && !SentenceContext.possessive(m));
        if (told.isEmpty())
            return;
        int k = told.get().start() - 1;
        // "time for former Alabama Chief Justice Roy Moore to": past the title and its words.
        while (k > 0 && (c.mentionAt(EntityType.OFFICE, k).isPresent() || c.mentionAt(EntityType.PARTY, k).isPresent()
                || c.lowerIn(k, Set.of("former", "the", "fellow")) || c.s.tag(k).equals("PROPN")))
            k--;
        int verb;
        if (c.lowerIn(k, Set.of("on", "for")) && c.lowerIn(k - 1, CALLING))
            verb = k - 1;
        else if (c.lowerIn(k, DEMANDING))
            verb = k;
        else if (c.lowerIn(k, Set.of("for")) && c.lowerIn(k - 1, Set.of("time")))
            verb = k - 1;
        else
            return;
        // "joined calls for Moore to step down if the allegations were proven true": a condition, no verdict yet.
        if (c.blocked(verb) || c.question() || conditionAfter(c, to))
            return;
        // "described Republican calls for Holder to resign as overkill": others' calls, unless one joins them.
        if (c.lowerIn(verb, CALLING) && c.s.tag(verb).equals("NOUN") && !c.lowerIn(verb - 1, Set.of("joined", "joins", "join", "joining", "echoed", "echoing")))
            return;
        Optional<Mention> critic = c.clauseGerund(verb) ? c.clauseSubjectBefore(verb)
                : c.lowerIn(verb, Set.of("time")) ? sayerOf(c, verb) : c.subjectOf(verb);
        if (critic.isPresent() && critic.get().chain() != told.get().chain())
            out.add(new Fact(critic.get(), Relation.CRITICIZES, told.get(), c.s.index(), 0.75));
    }

    /** What one calls for to be rid of someone: "called for Holder's resignation", "calls for Trump to be impeached". */
    private static final Set<String> REMOVALS = Set.of("impeachment", "resignation", "removal", "ouster", "firing",
            "dismissal", "expulsion", "recall", "censure", "indictment", "prosecution", "arrest");
    private static final Set<String> REMOVED = Set.of("impeached", "removed", "fired", "ousted", "expelled", "censured",
            "indicted", "prosecuted", "arrested", "jailed", "recalled");

    /**
     * "Sens. Mark Udall and Rand Paul called for Brennan's resignation", "the first candidate to call for Mr Trump to be
     * impeached", "calling for the impeachment of Barr": who calls for someone's removal condemns them (29 such phrases
     * in 10,000 bench articles). {@code call} is the verb before "for"; "the calls for Scalise's resignation" name no caller.
     */
    private static void callForRemoval(SentenceContext c, int call, List<Fact> out) {
        if (c.s.tag(call).equals("NOUN") || c.blocked(call) || c.question())
            return;
        int k = call + 2;
        if (c.lowerIn(k, Set.of("the")))
            k++;
        Optional<Mention> removed = Optional.empty();
        if (c.lowerIn(k, REMOVALS) && c.lowerIn(k + 1, Set.of("of"))) {
            int from = k + 2;
            removed = c.personAt(from).or(() -> c.personAfter(from, 3)).filter(m -> !SentenceContext.possessive(m));
        } else {
            Optional<Mention> p = c.personAfter(call + 1, 4);
            if (p.isPresent() && SentenceContext.possessive(p.get()) && c.lowerIn(afterPossessive(c, p.get()), REMOVALS)
                    || p.isPresent() && c.lowerIn(p.get().end(), Set.of("to")) && c.lowerIn(p.get().end() + 1, Set.of("be"))
                    && c.lowerIn(p.get().end() + 2, REMOVED))
                removed = p;
        }
        if (removed.isEmpty() || conditionAfter(c, removed.get().end()))
            return;
        Optional<Mention> critic = c.clauseGerund(call) ? c.clauseSubjectBefore(call) : c.subjectOf(call);
        // "the first Democratic presidential candidate to call for": the infinitive's subject is the one before "became".
        if (critic.isEmpty() && c.lowerIn(call - 1, Set.of("to")))
            critic = c.clauseSubjectBefore(call - 1);
        if (critic.isPresent() && critic.get().chain() != removed.get().chain())
            out.add(new Fact(critic.get(), Relation.CRITICIZES, removed.get(), c.s.index(), 0.75));
    }

    /** The token after a possessive name and its mark. */
    private static int afterPossessive(SentenceContext c, Mention m) {
        int k = m.end();
        if (c.lowerIn(k, SentenceContext.POSSESSIVE_MARKS))
            k++;
        return k;
    }

    /** An "if" or "unless" within the few words after the infinitive: "to step down if the allegations are true". */
    private static boolean conditionAfter(SentenceContext c, int to) {
        for (int k = to + 1; k < Math.min(c.size(), to + 6); k++)
            if (c.lowerIn(k, Set.of("if", "unless")))
                return true;
        return false;
    }

    /** "Mitt Romney said Friday that it's time for X": the one who says so, before the clause. */
    private static Optional<Mention> sayerOf(SentenceContext c, int t) {
        for (int k = t - 1; k >= 0 && t - k <= 8; k--)
            if (c.lowerIn(k, SAYING))
                return c.subjectOf(k);
        return speakerOf(c, t);
    }

    /** Who does it and what it is like: "accuser", "attackers", "accusatory". */
    private static final Set<String> AGENT_OR_QUALITY = Set.of("accuser", "accusers", "attacker", "attackers", "basher",
            "bashers", "mocker", "mockers", "taunter", "taunters", "insulter", "insulters", "heckler", "hecklers", "accusatory", "condemnatory",
            "denunciatory", "derisory");
    /** What is a person's own: "attack the motives of Chairman Trey Gowdy" attacks Gowdy. */
    private static final Set<String> PERSONAL = Set.of("motives", "motive", "character", "integrity", "credibility",
            "honesty", "judgment", "judgement", "competence", "fitness", "temperament", "conduct", "behavior", "behaviour",
            "patriotism", "intelligence", "sanity");

    /** Words of bodily harm that make an attack near them a physical one ("the Sept. 11 attack in Libya that killed"). */
    private static final Set<String> HARM = Set.of("killed", "kill", "killing", "wounded", "injured", "gunman", "gunmen",
            "terror", "terrorist", "terrorists", "bombing", "bomb", "bombs", "chemical", "missile", "missiles", "airstrike",
            "airstrikes", "stabbed", "stabbing", "shooting", "shooter", "assaulted", "sexually", "raped", "outpost",
            "consulate", "embassy", "deadly", "heart", "drone", "cyber", "physically", "violently");
    private static final Set<String> OPENING = Set.of("open", "opens", "opened", "opening");
    private static final Set<String> RECEIVING = Set.of("faced", "faces", "facing", "face", "drew", "draws", "drawing", "draw",
            "received", "receives", "receiving", "endured", "endures", "enduring", "weathered", "weathers", "weathering",
            "sustained", "sustaining", "suffered", "suffering", "withstood", "absorbed", "absorbing", "earned", "earns",
            "earning", "earn");

    /** The noun (past its adjectives and determiner) is what a verb or preposition of answering or citing takes. */
    private static boolean answered(SentenceContext c, int t) {
        int d = beforeAdjectives(c, t);
        if (c.lowerIn(d, Set.of("the", "a", "an", "such", "this", "that", "those", "these")))
            d--;
        return c.lowerIn(d, ANSWERING) || c.lowerIn(d, Set.of("on", "to", "against", "off", "at")) && c.lowerIn(d - 1, ANSWERING_PARTICLED);
    }

    /** "the press criticisms", "media attacks": a word of a group right before the noun says whose they are. */
    private static boolean groupMade(SentenceContext c, int t) {
        return c.lowerIn(t - 1, Set.of("press", "media", "news", "newspaper", "editorial", "network", "opposition", "party"));
    }

    private static final Set<String> ANSWERING = Set.of("cited", "cites", "citing", "dismissed", "dismisses", "dismissing",
            "rejected", "rejects", "rejecting", "deflected", "deflects", "deflecting", "ignored", "ignores", "despite", "amid",
            "denied", "denies", "denying", "weathered", "survived");
    private static final Set<String> ANSWERING_PARTICLED = Set.of("back", "respond", "responded", "responds", "responding",
            "response", "reply", "replied", "replying", "shrugged", "brushed", "fended", "fend", "fending");

    /**
     * "the motives of", "the integrity of" right before the person: what is attacked is theirs; "insulting comments
     * about Joe Scarborough": words aimed at the person.
     */
    private static boolean personal(SentenceContext c, int from, Mention m) {
        int k = from;
        while (k < m.start() && (c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADJ")))
            k++;
        return c.lowerIn(k, PERSONAL) && c.lowerIn(k + 1, Set.of("of"))
                || c.lowerIn(k, WORDS) && c.lowerIn(k + 1, Set.of("about", "on", "against", "at", "toward", "towards"));
    }

    private static final Set<String> WORDS = Set.of("comments", "comment", "remarks", "remark", "statements", "words",
            "tweets", "tweet", "jokes", "joke", "insults", "attacks", "barbs", "jibes", "criticism");

    /** An attack with words of bodily harm within four tokens of it: a shooting, a bombing, an assault, not words. */
    private static boolean physical(SentenceContext c, int t) {
        if (!c.lower(t).startsWith("attack"))
            return false;
        for (int k = Math.max(0, t - 4); k <= Math.min(c.size() - 1, t + 4); k++)
            if (c.lowerIn(k, HARM))
                return true;
        return false;
    }

    /**
     * Who warns against trusting: the one told not to ("urged voters not to trust him": the clause's subject), the
     * speaker of "Don't trust him" or "I don't trust him", or the person before "does not trust"; "a poll showed voters
     * don't trust Clinton" names no one who warns.
     */
    private static Optional<Mention> distruster(SentenceContext c, int t) {
        int k = t - 1;
        while (k >= 0 && (c.lowerIn(k, Set.of("not", "n't")) || c.s.tag(k).equals("AUX") || c.s.tag(k).equals("ADV")))
            k--;
        if (k < 0 || c.lowerIn(k, SentenceContext.QUOTE_MARKS) || c.lowerIn(k, Set.of("i", "we")) && c.quoteAt(k).isPresent())
            return speakerOf(c, t);
        if (c.lowerIn(k, Set.of("to")))
            return speakerOrSubject(c, t);
        int end = k + 1;
        return c.personAt(k).filter(m -> m.end() == end);
    }

    private static boolean isStem(String w) {
        for (String stem : STEMS)
            if (w.startsWith(stem))
                return true;
        return false;
    }

    /** The token before the adjectives that stand right before {@code t} ("the network's relentless bashing"). */
    private static int beforeAdjectives(SentenceContext c, int t) {
        int d = t - 1;
        while (d >= 0 && c.s.tag(d).equals("ADJ"))
            d--;
        return d;
    }

    /** "a series of withering attacks", "a barrage of criticism": "of" before the word and its modifiers. */
    private static boolean ofBefore(SentenceContext c, int t) {
        int d = t - 1;
        while (d >= 0 && (c.s.tag(d).equals("ADJ") || c.lower(d).endsWith("ing")))
            d--;
        return c.lowerIn(d, Set.of("of"));
    }

    private static boolean isNoun(SentenceContext c, int t) {
        String w = c.lower(t);
        // "Wray faced attacks from allies of the president", "drew rebukes from both parties": what one meets is a noun.
        if (w.endsWith("s") && c.lowerIn(beforeAdjectives(c, t), RECEIVING))
            return true;
        // "fending off attacks from Mr. Trump", "earned a sharp rebuke from Espy": no active verb takes "from" after it.
        if (!w.endsWith("ed") && !w.endsWith("ing") && c.lowerIn(t + 1, Set.of("from")))
            return true;
        // "drew a swift rebuke from Rep. Adam Schiff": a determiner and adjectives before the word make it a noun.
        int d = beforeAdjectives(c, t);
        boolean determined = d < t - 1 && c.lowerIn(d, Set.of("a", "an", "the", "his", "her", "their"))
                || ofBefore(c, t) && (w.startsWith("attack") || w.startsWith("criticism"));
        if (determined && (w.startsWith("rebuke") || w.startsWith("attack") || w.startsWith("criticism") || w.startsWith("denunciation")))
            return true;
        // "the network's relentless bashing of President Donald Trump": a gerund with a possessor and "of" is a noun.
        if (w.endsWith("ing") && c.lowerIn(t + 1, Set.of("of")) && (determined || c.lowerIn(d, SentenceContext.POSSESSIVE_MARKS)))
            return true;
        return w.endsWith("ism") || w.endsWith("isms") || w.endsWith("ion") || w.endsWith("ions") || w.equals("attack") && c.lowerIn(t - 1, Set.of("his", "her", "the", "an"))
                || w.equals("attacks") && c.lowerIn(t + 1, Set.of("on", "against")) || w.startsWith("rebuke") && c.lowerIn(t - 1, Set.of("a", "the", "his", "her"))
                || w.equals("insults");
    }

    private static void verb(SentenceContext c, int t, int particle, List<Fact> out, double confidence) {
        // "a super PAC launched attack ads against Heller", "have sustained more attack ads": a noun's modifier says
        // nothing of who attacked (92 such compounds in 10,000 political articles).
        if (c.blocked(t) || c.s.tag(t).equals("NOUN") && t + 1 < c.size() && c.s.tag(t + 1).equals("NOUN") && c.personAt(t + 1).isEmpty())
            return;
        // "defending an accused Russian spy, Maria Butina": a participle after a determiner describes its noun. "Rand,
        // please attack Ted": a request, no attack.
        if (c.lower(t).endsWith("ed") && t > 0 && c.s.tag(t - 1).equals("DET") || c.lowerIn(t - 1, Set.of("please")))
            return;
        // "he was criticized for his remarks by Rep. Nancy Pelosi", "has been attacked repeatedly by Gov. Ann Lee": the
        // one after "by" is the critic; a passive without one names no critic at all.
        boolean passiveVerb = !c.lower(t).endsWith("ing")
                && (c.lowerIn(t - 1, PASSIVE_AUX) || c.lowerIn(t - 2, PASSIVE_AUX) && c.s.tag(t - 1).equals("ADV"));
        int by = -1;
        for (int k = particle + 1; k < Math.min(c.size(), particle + 9) && by < 0; k++) {
            if (c.lowerIn(k, Set.of("by")))
                by = k;
            else if (c.s.tag(k).equals("VERB") || c.personAt(k).filter(m -> m.form() == Mention.Form.NAME).isPresent()
                    || c.s.token(k).equals(","))
                break;
        }
        if (passiveVerb && by < 0)
            return;
        boolean passive = passiveVerb || c.lowerIn(t + 1, Set.of("by"));
        // "a Republican ad attacking Joe Biden": a participle after a noun that names no one has that noun for subject
        // (not a time or a speech of the subject's: "spent the day attacking Biden", "in a speech attacking Trump").
        if (c.lower(t).endsWith("ing") && t > 0 && c.personAt(t - 1).isEmpty() && !c.lowerIn(t - 1, SPELLS_AND_SPEECHES)
                && (c.s.tag(t - 1).equals("NOUN") || c.s.tag(t - 1).equals("PROPN") && c.s.isHeadline()))
            return;
        // "..., dubbing Rep. Jacky Rosen 'Wacky Jacky'": a participle after a comma has the clause's subject.
        boolean participle = c.clauseGerund(t);
        Optional<Mention> subject = participle ? c.clauseSubjectBefore(t) : c.s.tag(t).equals("VERB") ? c.subjectOf(t) : c.personBefore(t);
        // "The Obama campaign, though, accused the Romney campaign": the campaign's words, not the candidate's (readers
        // judged two of two such wrong).
        subject = subject.filter(m -> !c.headsCampaign(m));
        Optional<Mention> object = passiveVerb ? c.personAfter(by, 6) : c.personAfter(particle, 8);
        // "attacked an Obama-era deal", "slammed the Trump-backed bill": a name hyphened to a word names a thing.
        // "blasted the Obama administration", "slammed the Trump administration's policy": readers judge an attack on the
        // thing a name heads no attack on the person (three of three such in an audit).
        object = object.filter(m -> !c.hyphenedToWord(m) && !c.attributive(m) && !c.ownsInstitution(m));
        // "trashing the First Amendment in Schenck", "disparaged lax gun laws, Donald Trump tweeted": a thing was attacked.
        if (!passiveVerb)
            object = object.filter(m -> !c.thingFirst(particle + 1, m) || personal(c, particle + 1, m));
        // "slammed the Democratic lawmaker challenging Sen. Dean Heller": a verb between makes the name someone else's object.
        if (object.isPresent()) {
            int end = object.get().start();
            for (int k = particle + 1; k < end; k++)
                if (c.s.tag(k).equals("VERB") && !c.lower(k).endsWith("ed"))
                    object = Optional.empty();
        }
        if (passive) {
            if (subject.isPresent() && object.isPresent())
                out.add(new Fact(object.get(), Relation.CRITICIZES, subject.get(), c.s.index(), confidence));
            return;
        }
        if (subject.isPresent() && object.isPresent())
            out.add(new Fact(subject.get(), Relation.CRITICIZES, object.get(), c.s.index(), confidence));
    }

    private static final Set<String> SPELLS_AND_SPEECHES = Set.of("day", "days", "week", "weeks", "weekend", "time", "hours",
            "minutes", "morning", "afternoon", "evening", "night", "months", "years", "moment", "speech", "speeches",
            "remarks", "rally", "interview", "statement", "statements", "tweet", "tweets", "post", "posts", "op-ed",
            "letter", "video", "message", "address", "appearance", "testimony");

    private static final Set<String> PASSIVE_AUX = Set.of("was", "is", "were", "been", "being", "be", "are", "get", "got",
            "gets", "getting");

    /** "his attacks on X", "a swipe at X", "criticism of X from Y", "dogged by criticism from the president". */
    private static void noun(SentenceContext c, int t, List<Fact> out) {
        if (c.blocked(t))
            return;
        if (c.lowerIn(t + 1, Set.of("on", "of", "against")) || JABS.contains(c.lower(t)) && c.lowerIn(t + 1, Set.of("at"))) {
            Optional<Mention> target = c.personAfter(t + 1, 6).filter(m -> !c.attributive(m) && !c.ownsInstitution(m));
            // "attacks on the health care law by Ryan": the name after "by" made the attacks; a thing was attacked.
            if (target.isPresent() && c.lowerIn(target.get().start() - 1, Set.of("by")))
                return;
            Optional<Mention> critic = Optional.empty();
            for (Mention m : c.persons)
                if (m.end() <= t && t - m.end() <= 3 && (SentenceContext.possessive(m) || "true".equals(m.attribute("possessive"))))
                    critic = Optional.of(m);
            // "the network's relentless bashing of Trump": a possessor who is no person made the attacks.
            int d = beforeAdjectives(c, t);
            boolean thingPossessor = critic.isEmpty() && c.lowerIn(d, SentenceContext.POSSESSIVE_MARKS) && c.personAt(d - 1).isEmpty();
            // "Trump cited the press criticisms of Thomas Jefferson", "Haley pushed back on criticism of Trump": a
            // criticism the sentence cites or answers, or one a group word before it makes ("press", "media"), is not
            // the one named before it.
            if (critic.isEmpty() && !thingPossessor && !answered(c, t) && !groupMade(c, t))
                critic = c.personBefore(t).filter(m -> t - m.end() <= 6);
            if (target.isPresent() && critic.isPresent())
                out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), c.s.index(), 0.75));
        } else if (c.lowerIn(t + 1, Set.of("from", "by"))) {
            // "attacks from conservative allies of the president": the allies attacked, not the one they are allies of.
            Optional<Mention> critic = c.personAfter(t + 1, 4).filter(m -> !c.thingFirst(t + 2, m));
            Optional<Mention> target = c.personBefore(t);
            // "Curiel, who has been the target of a series of withering attacks from Trump", "the target of repeated
            // verbal attacks by Trump": the target's subject.
            boolean targeted = false;
            for (int k = t - 1; k >= Math.max(1, t - 6) && !targeted; k--)
                targeted = c.lowerIn(k, Set.of("of")) && c.lowerIn(k - 1, Set.of("target", "targets"));
            // "Wray faced attacks from Cole", "drew rebukes from Cole": who meets them is the one attacked.
            int d = t - 1;
            // Past its modifiers, "withering" however the tagger takes it.
            while (d >= 0 && (c.s.tag(d).equals("ADJ") || c.s.tag(d).equals("DET") || c.lower(d).endsWith("ing") && !c.lowerIn(d, RECEIVING)
                    || c.lower(d).endsWith("ed") && c.lowerIn(d - 1, RECEIVING)))
                d--;
            boolean met = c.lowerIn(d, RECEIVING);
            if (met)
                target = c.subjectOf(d);
            // "Sessions, who is fending off attacks from Mr. Trump", "Rubio stumbled amid withering attacks from
            // Christie", "she has come under attacks from Hawley": who fends them off, or whom they surround, is the one
            // attacked.
            if (!met && c.lowerIn(d, Set.of("off")) && c.lowerIn(d - 1, Set.of("fending", "fend", "fended", "fends"))) {
                met = true;
                target = c.subjectOf(d - 1);
            } else if (!met && (c.lowerIn(d, Set.of("amid")) || c.lowerIn(d, Set.of("under"))
                    && c.lowerIn(d - 1, Set.of("come", "comes", "came", "coming")))) {
                met = true;
                target = c.clauseSubjectBefore(d);
            }
            if (target.isPresent() && critic.isPresent() && (c.lowerIn(t - 1, Set.of("by")) || c.lowerIn(t - 2, Set.of("by")) || targeted || met))
                out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), c.s.index(), 0.7));
        }
    }

    /**
     * "Hillary Clinton lied many times to the FBI," Trump said; Trump said Clinton had lied: the one who says so charges
     * the person whose deed it is (the name right before the verb, past auxiliaries and adverbs). In a quote the speaker
     * charges; outside one, the subject of a verb of saying before the name.
     */
    private static void wrongdoing(SentenceContext c, int t, List<Fact> out) {
        if (c.blocked(t))
            return;
        int k = c.beforeAuxiliaries(t);
        Optional<Mention> doer = k >= 0 ? c.personAt(k).filter(m -> m.form() == Mention.Form.NAME && !SentenceContext.possessive(m))
                : Optional.empty();
        if (doer.isEmpty())
            return;
        Optional<Quote> quote = c.quoteAt(t);
        Mention accuser = null;
        if (quote.isPresent()) {
            if (quote.get().speakerChain() >= 0 && c.sameQuote(doer.get().start(), t))
                accuser = speakerMention(c, quote.get());
        } else {
            accuser = reportedBy(c, doer.get()).orElse(null);
        }
        if (accuser != null && accuser.chain() != doer.get().chain())
            out.add(new Fact(accuser, Relation.CRITICIZES, doer.get(), c.s.index(), 0.65));
    }

    /**
     * "Klobuchar said President Trump is a pathological liar", "Trump said that Rosselló is a 'terrible' governor": an
     * insult reported of a name by a verb of saying is the sayer's criticism of that person. Returns whether it was.
     */
    private static boolean reportedInsult(SentenceContext c, int t, List<Fact> out) {
        int k = t - 1;
        while (k >= 0 && (c.lowerIn(k, SentenceContext.QUOTE_MARKS) || c.s.tag(k).equals("ADV") || c.s.tag(k).equals("DET")
                || c.s.tag(k).equals("ADJ") || c.lowerIn(k, Set.of(",", "-")) || c.lower(k).endsWith("ing") && c.lowerIn(k - 1, Set.of("-"))))
            k--;
        if (!c.lowerIn(k, COPULAS) || c.negated(k + 1) || c.hypothetical(k))
            return false;
        int copula = k;
        Optional<Mention> judged = c.personBefore(copula).filter(m -> copula - m.end() <= 1 && !SentenceContext.possessive(m)
                && m.form() != Mention.Form.PRONOUN);
        if (judged.isEmpty())
            return false;
        if (c.quoteAt(judged.get().start()).isPresent())
            return false;
        Optional<Mention> sayer = reportedBy(c, judged.get());
        if (sayer.isEmpty() || sayer.get().chain() == judged.get().chain())
            return false;
        out.add(new Fact(sayer.get(), Relation.CRITICIZES, judged.get(), c.s.index(), 0.7));
        return true;
    }

    /**
     * "Obama said (that) Akin's remarks were ...", "Trump said that Rosselló is ...": the subject of the verb of saying
     * right before the clause the name opens, or none.
     */
    private static Optional<Mention> reportedBy(SentenceContext c, Mention opening) {
        int v = opening.start() - 1;
        if (c.lowerIn(v, Set.of("that")))
            v--;
        return c.lowerIn(v, SAYING) ? c.subjectOf(v) : Optional.empty();
    }

    /** Inside a quote, "It's disgusting that X ...": the speaker's judgement of X. */
    private static void insultAhead(SentenceContext c, int t, List<Fact> out) {
        Optional<Quote> quote = c.quoteAt(t);
        if (quote.isEmpty() || quote.get().speakerChain() < 0 || !c.lowerIn(t + 1, Set.of("that")) || c.negated(t))
            return;
        Optional<Mention> person = c.personAfter(t + 1, 2);
        Mention speaker = speakerMention(c, quote.get());
        if (person.isPresent() && speaker != null && person.get().chain() != quote.get().speakerChain())
            out.add(new Fact(speaker, Relation.CRITICIZES, person.get(), c.s.index(), 0.65));
    }

    /**
     * "X called Y a liar", "branding Y a fraud": the one who names criticises the one named. Returns whether the insult
     * was pinned on a person this way (then it is no quoted insult of the speaker's).
     */
    private static boolean calledInsult(SentenceContext c, int t, List<Fact> out) {
        int k = t - 1;
        while (k >= 0 && (c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("DET") || c.s.tag(k).equals("ADV") || c.lowerIn(k, SentenceContext.QUOTE_MARKS)
                || c.lowerIn(k, Set.of("as"))))
            k--;
        Optional<Mention> named = k >= 0 ? c.personAt(k) : Optional.empty();
        if (named.isPresent() && SentenceContext.possessive(named.get()))
            return false;
        if (named.isEmpty()) {
            // "called Mueller's prosecutors 'sick puppies'", "He called McCabe's actions 'a total disaster'": what the
            // person did or said is blamed, and with it the person.
            int j = k;
            while (j >= 0 && j > k - 2 && c.s.tag(j).equals("NOUN"))
                j--;
            if (j == k || j < 0)
                return false;
            if (c.lowerIn(j, SentenceContext.POSSESSIVE_MARKS))
                j--;
            named = j >= 0 ? c.personAt(j).filter(m -> SentenceContext.possessive(m) && m.form() != Mention.Form.PRONOUN) : Optional.empty();
        }
        if (named.isEmpty() || !c.lowerIn(named.get().start() - 1, NAMING))
            return false;
        int verb = named.get().start() - 1;
        if (c.blocked(verb))
            return true;
        boolean participle = c.clauseGerund(verb);
        Optional<Mention> namer = participle ? c.clauseSubjectBefore(verb) : c.personBefore(verb);
        if (namer.isEmpty() && c.quoteAt(verb).isPresent() && c.personBefore(verb).isEmpty())
            namer = speakerOf(c, verb);
        if (namer.isPresent() && namer.get().chain() != named.get().chain())
            out.add(new Fact(namer.get(), Relation.CRITICIZES, named.get(), c.s.index(), 0.75));
        return true;
    }

    /**
     * {@code "You lied to this committee," X told Y}: in a quote said to someone named in the sentence, "you" is that
     * person, and an accusation or insult of "you" is the speaker's criticism of them.
     */
    private static void addressed(SentenceContext c, int t, List<Fact> out) {
        Optional<Quote> quote = c.quoteAt(t);
        if (quote.isEmpty() || quote.get().speakerChain() < 0 || c.negated(t + 1) || c.question() || c.hypothetical(t)
                || askedInQuote(c, t))
            return;
        Optional<Mention> addressee = addressee(c, quote.get());
        Mention speaker = speakerMention(c, quote.get());
        if (addressee.isPresent() && speaker != null && addressee.get().chain() != speaker.chain())
            out.add(new Fact(speaker, Relation.CRITICIZES, addressee.get(), c.s.index(), 0.65));
    }

    /** "Did you lie?": the quoted words from {@code t} on end in a question mark. */
    private static boolean askedInQuote(SentenceContext c, int t) {
        for (int k = t; k < c.size() && c.sameQuote(k, t); k++)
            if (c.s.token(k).equals("?"))
                return true;
        return false;
    }

    /** Outside the quote, in the same sentence: "X told Y", "X said to Y", "X, addressing Y". */
    private static Optional<Mention> addressee(SentenceContext c, Quote quote) {
        for (int k = 0; k + 1 < c.size(); k++) {
            if (c.quoteAt(k).equals(Optional.of(quote)))
                continue;
            boolean told = c.lowerIn(k, Set.of("told", "tells", "telling", "addressing", "addressed"))
                    || c.lowerIn(k, Set.of("to")) && c.lowerIn(k - 1, Set.of("said", "says", "saying", "wrote", "writes", "shouted"));
            if (!told)
                continue;
            Optional<Mention> person = c.personAfter(k, 3);
            if (person.isPresent() && person.get().chain() != quote.speakerChain() && c.quoteAt(person.get().start()).isEmpty())
                return person;
        }
        return Optional.empty();
    }

    /** "X said of Y: '...'", "X said about Y, '...'": the one the speaker's quote is about, named outside it. */
    private static Optional<Mention> spokenOf(SentenceContext c, Quote quote) {
        for (int k = 1; k + 1 < c.size(); k++) {
            if (!c.lowerIn(k, Set.of("of", "about")) || !c.lowerIn(k - 1, Set.of("said", "says", "saying", "wrote", "writes", "added"))
                    || c.quoteAt(k).isPresent())
                continue;
            Optional<Mention> person = c.personAfter(k, 3);
            if (person.isPresent() && person.get().chain() != quote.speakerChain() && c.quoteAt(person.get().start()).isEmpty())
                return person;
        }
        return Optional.empty();
    }

    /**
     * Inside a quote, "X's a coward", "X is unfit", "X has been a rubber stamp": the speaker criticises X. With no one
     * named before the insult, "you are a liar" said to Y, or a quote said of Y, criticises Y.
     */
    private static void insult(SentenceContext c, int t, List<Fact> out) {
        Optional<Quote> quote = c.quoteAt(t);
        if (quote.isEmpty() || quote.get().speakerChain() < 0)
            return;
        for (int k = t - 1; k >= Math.max(0, t - 7); k--) {
            if (c.lower(k).equals("you") && c.sameQuote(k, t) && c.lowerIn(k + 1, BEING) && !c.negated(t) && !c.question() && !c.hypothetical(t)
                    && !askedInQuote(c, t)) {
                Optional<Mention> addressee = addressee(c, quote.get());
                Mention speaker = speakerMention(c, quote.get());
                if (addressee.isPresent() && speaker != null)
                    out.add(new Fact(speaker, Relation.CRITICIZES, addressee.get(), c.s.index(), 0.65));
                return;
            }
            Optional<Mention> person = c.personAt(k);
            if (person.isPresent()) {
                String next = c.lower(person.get().end());
                if (Set.of("'s", "is", "was", "has", "'", "remains").contains(next) && person.get().chain() != quote.get().speakerChain()
                        && !c.negated(t)) {
                    Mention speaker = speakerMention(c, quote.get());
                    if (speaker != null)
                        out.add(new Fact(speaker, Relation.CRITICIZES, person.get(), c.s.index(), 0.7));
                    return;
                }
                // "said of Brown: 'What a fraud'": a name outside the quote that is not its subject may be whom it is said of.
                if (c.sameQuote(k, t))
                    return;
                break;
            }
        }
        if (c.negated(t) || c.question() || c.hypothetical(t) || askedInQuote(c, t))
            return;
        Optional<Mention> about = spokenOf(c, quote.get());
        Mention speaker = speakerMention(c, quote.get());
        if (about.isPresent() && speaker != null)
            out.add(new Fact(speaker, Relation.CRITICIZES, about.get(), c.s.index(), 0.6));
    }

    private static Optional<Mention> speakerOf(SentenceContext c, int t) {
        return c.quoteAt(t).flatMap(q -> Optional.ofNullable(speakerMention(c, q)));
    }

    /** The subject before the trigger, or the speaker of the quote the trigger sits in. */
    private static Optional<Mention> speakerOrSubject(SentenceContext c, int t) {
        Optional<Mention> subject = c.personBefore(t);
        if (subject.isPresent())
            return subject;
        return speakerOf(c, t);
    }

    /** A mention of the quote's speaker to hang a fact on: one in this sentence if any, else any of the chain. */
    private static Mention speakerMention(SentenceContext c, Quote q) {
        if (q.speakerChain() < 0)
            return null;
        for (Mention m : c.persons)
            if (m.chain() == q.speakerChain())
                return m;
        for (Mention m : c.article.mentions())
            if (m.type() == EntityType.PERSON && m.chain() == q.speakerChain())
                return m;
        return null;
    }
}
