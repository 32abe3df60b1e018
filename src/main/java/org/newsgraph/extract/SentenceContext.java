package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PersonFinder;
import org.newsgraph.nlp.Quote;

/**
 * One sentence with its mentions, and the checks the extractors share: where the nearest person is,
 * whether a trigger word is negated, hypothetical, asked or inside someone's quote. Immutable; made
 * per sentence.
 */
final class SentenceContext {
    // Negation and refusal: "did not endorse", "refused to recuse", "declined to back".
    private static final Set<String> GERUND_LINKS = Set.of("by", "after", "before", "while", "when");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "without", "refused",
            "refuses", "refusing", "refuse", "declined", "declines", "declining", "decline", "nobody", "nothing", "won't", "cannot", "denied", "denies", "deny", "denying", "refusal", "hesitancy", "hesitant",
            "unable", "uncommitted", "undecided",
            "reluctant", "reluctance", "reluctantly", "withhold", "withheld", "withholding", "stopped", "stopping", "stops",
            // "He has been afraid to criticize Trump", "unwilling to endorse".
            "afraid", "unwilling", "loath", "loathe", "scared", "fearful",
            // "resisted an opportunity to take a dig at", "opted out of challenging", "shied away from".
            "resisted", "resists", "resisting", "avoided", "avoids", "avoiding", "deflected", "deflects", "deflecting", "opted",
            "shied", "shies", "shying", "refrained", "refrains", "refraining", "refrain",
            // "He missed obvious openings to attack Clinton", "forgoing a chance to endorse".
            "missed", "misses", "forgoing", "forwent", "forgone");
    // Modality, conditions, wishes and requests: what may, should or could happen has not happened.
    private static final Set<String> HYPOTHETICAL = Set.of("could", "would", "might", "may", "should", "if", "whether", "unless",
            "whoever", "possibility", "possible", "possibly", "consider", "considering", "considered", "expected", "rumored",
            "rumoured", "hope", "hopes", "hoping", "hoped", "wish", "wishes", "urge", "urged", "urging", "urges", "recommended",
            "recommend", "recommends", "asked", "asking", "demanded", "demand", "demands", "want", "wants", "wanted", "need",
            "needs", "must", "whatever", "suppose", "imagine", "potential", "potentially", "weighing", "mulling", "eyeing",
            // "was planning a run for the governor's office", "is exploring a bid": a run not yet begun.
            "planning", "exploring", "contemplating", "pondering", "mulls", "weighs",
            "threatened", "threatening", "pressure", "pressed", "expecting", "expects", "motion", "motions", "request", "requests",
            "requested", "requesting", "petition",
            // "the candidate best suited to beat Clinton", "best positioned to win": a judgement of chances.
            "suited", "positioned", "capable");
    private static final Set<String> CALLS = Set.of("call", "calls", "called", "calling", "push", "pushed", "pushing", "pressing",
            "clamor", "clamored", "appeal", "appealed", "appeals", "petitioned");
    private static final Set<String> LIKELY = Set.of("likely", "unlikely", "probable", "improbable");
    private static final Set<String> CLAUSE_BREAK = Set.of(";", ":", "--", "—");
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless", "whoever");
    private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "going", "could", "might");
    /** Quotation marks as tokens, straight, curly and the tokenizer's doubled ones. */
    static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");
    /** What makes the word before it a possessor: "Trump's", "Sessions'". */
    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    /**
     * Groups of people a name can head ("Trump supporters", "Obama aides"): what is said of them is not said of the
     * person. A closed list.
     */
    private static final Set<String> GROUP_HEADS = Set.of("supporters", "voters", "loyalists", "allies", "aides", "base",
            "appointees", "backers", "donors", "staffers", "fans", "family", "families");
    /**
     * Things a name can head ("the Obama administration's plan", "the Corker-Hoeven amendment"): backing the thing is
     * not backing the person, though a critic of the thing is the person's critic. A closed list.
     */
    private static final Set<String> THING_HEADS = Set.of("administration", "administrations", "amendment", "bill", "act",
            "plan", "plans", "proposal", "proposals", "foundation", "doctrine", "agenda", "policy", "policies", "era",
            "presidency", "tower", "hotel", "organization", "budget", "deal", "tariffs", "wall", "probe", "investigation",
            "inquiry", "report");
    /**
     * Words that put a clash or a backing in an election. "Faces", "challenged", "beat", "took on", "over" are as often
     * said of a debate moderator, a fired official, a war or a court case, and "backed", "supports" of a war's side, an
     * ally or a county clerk; such a statement needs one of these in its sentence or the one before it, or a race
     * named in the sentence.
     */
    private static final Set<String> ELECTORAL = Set.of("election", "elections", "elected", "race", "races", "primary",
            "primaries", "campaign", "campaigns", "campaigning", "vote", "votes", "voters", "voted", "poll", "polls", "polling",
            "ballot", "ballots", "nomination", "nominee", "caucus", "caucuses", "runoff", "electoral", "midterm", "midterms",
            "reelection", "re-election", "candidate", "candidates", "candidacy", "contest", "incumbent", "challenger",
            "gubernatorial", "seat", "district", "percent", "%", "points", "ticket", "run", "running", "ran", "runs",
            "matchup", "match-up", "head-to-head", "general", "convention", "delegate", "delegates", "landslide", "victory",
            "won", "win", "survey", "surveys", "vying", "vie", "bid", "front-runner", "frontrunner");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Set<String> TIME_SPANS = Set.of("week", "month", "year", "weekend", "night", "morning", "evening",
            "afternoon", "spring", "summer", "fall", "autumn", "winter");
    private static final Set<String> TIME_EDGES = Set.of("earlier", "later", "late", "early");
    // The case of a pronoun says its role: these are never the object of a verb or preposition.
    private static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "i", "we");
    // Pronouns that may stand for a person as a subject; any other pronoun there ("they", "it", "we") is no person.
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "i");
    // ...and these never its subject.
    private static final Set<String> OBJECTIVE = Set.of("him", "them", "me", "us", "himself", "herself", "themselves");

    final AnnotatedArticle article;
    final AnnotatedSentence s;
    final List<Mention> mentions;
    final List<Mention> persons = new ArrayList<>();
    // Descriptions of someone the linker could not name ("the Texas senator"): no fact can reach past them.
    private final List<Mention> unknownPersons = new ArrayList<>();

    SentenceContext(AnnotatedArticle article, AnnotatedSentence s) {
        this.article = article;
        this.s = s;
        this.mentions = article.mentionsIn(s.index());
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON && m.chain() >= 0)
                persons.add(m);
            else if (m.type() == EntityType.PERSON)
                unknownPersons.add(m);
    }

    int size() {
        return s.size();
    }

    String lower(int i) {
        return s.token(i).toLowerCase(Locale.ROOT);
    }

    List<Mention> of(EntityType type) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (m.type() == type)
                out.add(m);
        return out;
    }

    Optional<Mention> personAt(int i) {
        for (Mention m : persons)
            if (m.start() <= i && i < m.end())
                return Optional.of(m);
        return Optional.empty();
    }

    Optional<Mention> mentionAt(EntityType type, int i) {
        for (Mention m : mentions)
            if (m.type() == type && m.start() <= i && i < m.end())
                return Optional.of(m);
        return Optional.empty();
    }

    /** True when a mention of the type (linked or not) starts at token {@code i}. */
    boolean startsMention(EntityType type, int i) {
        for (Mention m : mentions)
            if (m.type() == type && m.start() == i)
                return true;
        return false;
    }

    static boolean possessive(Mention m) {
        return "true".equals(m.attribute("possessive"));
    }

    /**
     * "the Obama legacy", "former Obama official Tom Malinowski": a name right before a common noun, whatever the noun,
     * modifies it. Broader than {@link #attributive}, and only as good as the tagger ("Trump faces Clinton" comes back
     * with "faces" a noun): for the classifiers' pairs, whose features cannot tell; the rules use the closed list.
     */
    boolean modifiesNoun(Mention m) {
        return m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && !possessive(m) && m.end() < s.size()
                && s.tag(m.end()).equals("NOUN") && Character.isLowerCase(s.token(m.end()).charAt(0));
    }

    /** True when the sentence names a race or has an election word, or the sentence before has one. */
    boolean electoral() {
        if (!of(EntityType.RACE).isEmpty() || electoral(s))
            return true;
        return s.index() > 0 && electoral(article.sentences().get(s.index() - 1));
    }

    private static boolean electoral(AnnotatedSentence sentence) {
        for (int i = 0; i < sentence.size(); i++)
            if (ELECTORAL.contains(sentence.token(i).toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /** The token before the auxiliaries and adverbs that end right before {@code t} ("his wife is now running"), or -1. */
    int beforeAuxiliaries(int t) {
        int k = t - 1;
        while (k >= 0 && (s.tag(k).equals("AUX") || s.tag(k).equals("ADV")))
            k--;
        return k;
    }

    /** A calendar word: a weekday, a span ("week", "night", "summer"), "today" or "tonight". */
    boolean timeWord(int k) {
        return lowerIn(k, WEEKDAYS) || lowerIn(k, TIME_SPANS) || lowerIn(k, Set.of("today", "tonight"));
    }

    /** Whether any word of the sentence is one of {@code words} (lower case). */
    boolean mentions(Set<String> words) {
        for (int i = 0; i < s.size(); i++)
            if (words.contains(lower(i)))
                return true;
        return false;
    }

    Optional<Quote> quoteAt(int token) {
        return article.quoteAt(s.tokenStart(token));
    }

    boolean sameQuote(int a, int b) {
        return quoteAt(a).equals(quoteAt(b));
    }

    /**
     * True when the article gives the person a public standing: a title or office anywhere in their chain
     * ("State Sen. Russell Prescott"), or a name the reference table of office-holders lists. A voter quoted by name
     * ("Linda Imsland, of Hubbard, said she supports Cruz") has none.
     */
    boolean publicFigure(Mention m) {
        if (m.chain() < 0)
            return m.attribute("title") != null || m.attribute(PersonFinder.RECORD) != null;
        for (Mention other : article.mentions())
            if (other.type() == EntityType.PERSON && other.chain() == m.chain()
                    && (other.attribute("title") != null || other.attribute(PersonFinder.RECORD) != null))
                return true;
        return false;
    }

    /** True when the name heads a group of people ("Trump supporters", "the Obama-Biden base"): no person argument. */
    boolean headsGroup(Mention m) {
        return m.form() == Mention.Form.NAME && GROUP_HEADS.contains(headAfter(m));
    }

    /** True when the name heads a campaign ("The Obama campaign accused Romney"): an organisation acts, not the person. */
    boolean headsCampaign(Mention m) {
        return m.form() == Mention.Form.NAME && Set.of("campaign", "campaigns", "camp").contains(headAfter(m));
    }

    /** True when the name modifies a thing or a group after it ("the Obama administration", "the Corker-Hoeven amendment"). */
    boolean attributive(Mention m) {
        String head = headAfter(m);
        return m.form() == Mention.Form.NAME && (GROUP_HEADS.contains(head) || THING_HEADS.contains(head));
    }

    /** Bodies and undertakings a person heads, which act apart from them: "Obama's administration", "Mueller's probe". */
    private static final Set<String> INSTITUTIONS = Set.of("administration", "administrations", "investigation", "probe",
            "inquiry", "report", "foundation", "organization", "hotel", "tower");

    /**
     * True when the name owns a body or an undertaking ("President Barack Obama's administration", "Mueller's
     * investigation"): that is what is acted on, as with "the Obama administration". A person's own ideas are not
     * ("criticising President Donald Trump's agenda" criticises him).
     */
    boolean ownsInstitution(Mention m) {
        if (!possessive(m) || m.form() != Mention.Form.NAME)
            return false;
        int k = m.end();
        while (k < s.size() && (lowerIn(k, POSSESSIVE_MARKS) || s.tag(k).equals("ADJ")))
            k++;
        return k < s.size() && INSTITUTIONS.contains(lower(k));
    }

    /**
     * True when a lower-case word is hyphened to the name ("an Obama-era deal", "the Trump-backed bill", "a
     * Trump-friendly state senator"): the name names a thing or a kind, no one acted on.
     */
    boolean hyphenedToWord(Mention m) {
        return m.end() + 1 < s.size() && s.token(m.end()).equals("-") && Character.isLowerCase(s.token(m.end() + 1).charAt(0));
    }

    /** The lower-case word after a name and the capitalised words hyphened to it, or "" for a possessive or the end. */
    private String headAfter(Mention m) {
        int k = m.end();
        while (k + 1 < s.size() && s.token(k).equals("-") && Character.isUpperCase(s.token(k + 1).charAt(0)))
            k += 2;
        return k < s.size() && !possessive(m) ? lower(k) : "";
    }

    /** The nearest person mention that ends before {@code t} in the same clause and the same quote (or none). */
    Optional<Mention> personBefore(int t) {
        Mention best = null;
        for (Mention m : persons) {
            if (m.end() > t || !sameQuote(m.start(), t))
                continue;
            if (m.form() == Mention.Form.PRONOUN && OBJECTIVE.contains(m.text().toLowerCase(Locale.ROOT)))
                continue;
            if (crossesBreak(m.end(), t))
                continue;
            if (best == null || m.start() > best.start())
                best = m;
        }
        for (Mention u : unknownPersons)
            if (best != null && u.start() >= best.end() && u.end() <= t && sameQuote(u.start(), t))
                return Optional.empty();
        return Optional.ofNullable(best);
    }

    /**
     * The subject of the verb at {@code t} as the words right before it say: past auxiliaries and adverbs ("has also
     * publicly endorsed"), a person mention there is the subject; a relative pronoun ("the family, which had backed",
     * "Gates, who ... endorsed") makes the subject the noun before it, a person only if a person mention ends there;
     * any other noun or pronoun there is a subject that is no person ("officials are backing Trump", "they will
     * support"), so none. Anything else (a comma, a conjunction, a verb) says nothing: then the nearest person before.
     */
    Optional<Mention> subjectOf(int t) {
        int k = t - 1;
        boolean timed = false;
        for (int before = -2; before != k; ) {
            before = k;
            while (k >= 0 && (s.tag(k).equals("AUX") || s.tag(k).equals("ADV") || s.tag(k).equals("PART") && !lower(k).equals("to")
                    || lower(k).equals("not") || lower(k).equals("n't")))
                k--;
            int time = beforeTime(k);
            timed |= time != k;
            k = time;
        }
        // "Clinton (as the Donald described it) blamed Lincoln": the verb is said of the name before the parenthesis.
        if (k > 0 && s.token(k).equals(")")) {
            int open = k - 1;
            while (open >= 0 && !s.token(open).equals("(") && k - open <= 12)
                open--;
            if (open > 0 && s.token(open).equals("(")) {
                int end = open;
                Optional<Mention> before = personAt(open - 1).filter(m -> m.end() == end && !possessive(m));
                if (before.isPresent())
                    return before;
            }
        }
        if (k < 0)
            return personBefore(t);
        // "Pence publicly broke with Trump and endorsed Ryan": a second predicate shares the clause's subject, which the
        // name between the two verbs is not.
        if (lower(k).equals("and") || lower(k).equals("but"))
            return firstSubjectOfClause(k);
        Optional<Mention> person = personAt(k);
        if (person.isPresent())
            return possessive(person.get()) ? Optional.empty() : person;
        String w = lower(k);
        if (w.equals("who") || w.equals("which") || w.equals("that") && !s.tag(k).equals("SCONJ")) {
            int h = k - 1;
            if (h >= 0 && s.token(h).equals(","))
                h--;
            int head = h;
            return head >= 0 ? personAt(head).filter(m -> m.end() == head + 1 && !possessive(m)) : Optional.empty();
        }
        // "16% backing Ryan", "17 percent support Christie": a share of voters.
        if (s.tag(k).equals("NOUN") || s.tag(k).equals("PROPN") && mentionAt(EntityType.OFFICE, k).isEmpty()
                || s.tag(k).equals("PRON") && !PRONOUN_SUBJECTS.contains(w) || w.endsWith("%") || w.equals("percent"))
            return Optional.empty();
        if (w.equals(",")) {
            Optional<Mention> relativeHead = relativeHead(k);
            if (relativeHead.isPresent())
                return relativeHead;
            Optional<Mention> beforeAside = beforeAside(k);
            if (beforeAside.isPresent())
                return beforeAside;
            // "Warren, the candidate who has been a rival to Sanders, on Sunday criticized her fellow candidate": the
            // subject is before an aside the nearest name may be inside of.
            if (timed)
                return Optional.empty();
        }
        // "voters in Rep. Thomas Massie's district backed the president", "several Obama administration officials,
        // endorsed": a named possessor or modifier only qualifies the subject.
        return personBefore(t).filter(m -> !(possessive(m) && m.form() == Mention.Form.NAME) && !attributive(m));
    }

    /**
     * Where a time adverbial ending at {@code k} starts, less one; {@code k} where there is none. News puts the day
     * between subject and verb ("Sen. Ted Cruz on Tuesday endorsed Rubio", "Trump last week criticized the guidelines",
     * "Comey earlier this week criticized her"); the time is not the subject. A closed list of calendar words.
     */
    private int beforeTime(int k) {
        if (k < 0)
            return k;
        String w = lower(k);
        if (WEEKDAYS.contains(w))
            return k > 0 && lower(k - 1).equals("on") ? k - 2 : k - 1;
        if (w.equals("yesterday") || w.equals("today") || w.equals("tonight"))
            return k - 1;
        if (TIME_SPANS.contains(w) && k > 0 && (lower(k - 1).equals("last") || lower(k - 1).equals("this"))) {
            int start = k - 1;
            if (start > 0 && TIME_EDGES.contains(lower(start - 1)))
                start--;
            return start - 1;
        }
        // "earlier in the week"
        if (TIME_SPANS.contains(w) && k > 2 && lower(k - 1).equals("the") && lower(k - 2).equals("in")
                && TIME_EDGES.contains(lower(k - 3)))
            return k - 4;
        return k;
    }

    /**
     * "Earnest, presumably impatient with Trump, also rebuked him", "Katsas, Trump's former counsel, has recused
     * himself": the comma at {@code comma} closes an aside (no verb in it, no "who") opened by a comma right after a
     * name, and the verb after it is that name's, not of one inside the aside.
     */
    private Optional<Mention> beforeAside(int comma) {
        for (int k = comma - 1; k > 0; k--) {
            if (CLAUSE_BREAK.contains(s.token(k)) || s.tag(k).equals("VERB") && !lower(k).endsWith("ed") || s.tag(k).equals("AUX"))
                return Optional.empty();
            if (lower(k).equals(",")) {
                int head = k - 1;
                return personAt(head).filter(m -> m.end() == head + 1 && !possessive(m) && m.form() == Mention.Form.NAME);
            }
        }
        return Optional.empty();
    }

    /**
     * "Rep. Barbara Lee, who was at the dinner where Sanders plotted his run, endorsed Kamala Harris": the comma at
     * {@code comma} closes a relative clause, and the verb after it is said of the name the clause hangs on, not of a
     * name inside the clause.
     */
    private Optional<Mention> relativeHead(int comma) {
        for (int k = comma - 1; k > 1; k--) {
            if (lower(k).equals(",") || CLAUSE_BREAK.contains(s.token(k)))
                return Optional.empty();
            if ((lower(k).equals("who") || lower(k).equals("whose")) && s.token(k - 1).equals(",")) {
                int head = k - 2;
                return personAt(head).filter(m -> m.end() == head + 1 && !possessive(m) && m.form() != Mention.Form.PRONOUN);
            }
            // "Sen. John McCain, the Arizona Republican who lost the 2008 election to Mr. Obama, criticized": the clause
            // hangs on a description in apposition, which stands for the name.
            if (lower(k).equals("who")) {
                int end = k;
                Optional<Mention> described = personAt(k - 1).filter(m -> m.end() == end && m.form() == Mention.Form.TITLE);
                return described.isPresent() ? described : asideHead(k - 1);
            }
        }
        return Optional.empty();
    }

    /**
     * "Lewandowski, a former campaign aide to Trump who is close to the White House, took aim": the name before the
     * comma that opens the aside holding the relative clause at {@code k}, not the name the clause hangs on inside it.
     */
    private Optional<Mention> asideHead(int k) {
        for (int j = k; j > 0 && k - j <= 12; j--) {
            if (CLAUSE_BREAK.contains(s.token(j)))
                return Optional.empty();
            if (s.token(j).equals(",")) {
                int head = j - 1;
                return personAt(head).filter(m -> m.end() == head + 1 && !possessive(m) && m.form() == Mention.Form.NAME);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject that opens the clause {@code k} is in: its first person, when no other noun comes first ("after a
     * stage light broke loose and knocked her down" has none). The clause starts after the last subordinating word,
     * relative pronoun, semicolon or conjunction after a comma.
     */
    private Optional<Mention> firstSubjectOfClause(int k) {
        int from = k;
        while (from > 0 && !(s.tag(from - 1).equals("SCONJ") || lowerIn(from - 1, Set.of(";", "who", "which", "that"))
                || s.tag(from - 1).equals("CCONJ") && from > 1 && s.token(from - 2).equals(",")))
            from--;
        // "Williamson, who dropped out of the race and endorsed Sanders": a relative clause's subject is its antecedent.
        if (lowerIn(from - 1, Set.of("who"))) {
            int head = s.token(from - 2 >= 0 ? from - 2 : 0).equals(",") ? from - 3 : from - 2;
            return head >= 0 ? personAt(head).filter(m -> m.end() == head + 1 && !possessive(m)) : Optional.empty();
        }
        for (int j = from; j < k; j++) {
            Optional<Mention> person = personAt(j);
            // "House Republican allies of President Donald Trump shouted and attacked Rosenstein": a name after a
            // preposition completes the subject's head; it is not the subject.
            if (person.isPresent()) {
                int before = mentionAt(EntityType.OFFICE, j - 1).map(o -> o.start() - 1).orElse(j - 1);
                return possessive(person.get()) || before >= from && s.tag(before).equals("ADP") ? Optional.empty() : person;
            }
            if (s.tag(j).equals("NOUN") || s.tag(j).equals("PRON"))
                return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * True for a participle after a comma or a gerund after "by", "after", "while" and the like: its subject is the
     * clause's ("Mr. Trump responded to Mr. Trudeau by calling him weak" is Trump's, not the nearer Trudeau's), see
     * {@link #clauseSubjectBefore}.
     */
    boolean clauseGerund(int t) {
        return lower(t).endsWith("ing") && t > 0 && (s.token(t - 1).equals(",") || lowerIn(t - 1, GERUND_LINKS));
    }

    /**
     * The first subject-like person of the clause before {@code t}: not after a preposition, not a possessor. None when
     * every person before is one of those ("a county that voted for Barack Obama before backing Trump").
     */
    Optional<Mention> clauseSubjectBefore(int t) {
        int objectEnd = -1;
        for (Mention m : persons) {
            if (m.end() > t || !sameQuote(m.start(), t) || crossesBreak(m.end(), t) || possessive(m))
                continue;
            int k = m.start() - 1;
            boolean object = k >= 0 && (s.tag(k).equals("ADP") || s.tag(k).equals("VERB") || s.tag(k).equals("SCONJ"))
                    || objectEnd >= 0 && coordinatedWith(objectEnd, m.start());
            if (!object)
                return Optional.of(m);
            objectEnd = m.end();
        }
        return Optional.empty();
    }

    /**
     * Whether only "and", commas, titles and role words stand between an object and the name at {@code start}: "aimed
     * criticism at Clinton and GOP contenders Ted Cruz and Marco Rubio, while supporting Trump" lists three objects.
     */
    private boolean coordinatedWith(int from, int start) {
        boolean and = false;
        for (int k = from; k < start; k++) {
            and |= lowerIn(k, Set.of("and", "or"));
            if (!(lowerIn(k, Set.of("and", "or", ",")) || mentionAt(EntityType.OFFICE, k).isPresent()
                    || mentionAt(EntityType.PARTY, k).isPresent() || Character.isLowerCase(s.token(k).charAt(0)) && s.tag(k).equals("NOUN")))
                return false;
        }
        return and;
    }

    /**
     * The first person mention that starts after {@code t}, within {@code window} tokens and the same clause. A
     * possessive pronoun is a determiner, not a person acted on ("ripped into his former boss", "accusing his
     * predecessor, Barack Obama"), a reflexive pronoun is the actor again, and "he", "she" or "they" can only be the
     * subject of a clause further on ("denounced the corruption she argues..."): all are passed over.
     */
    Optional<Mention> personAfter(int t, int window) {
        for (Mention m : persons) {
            if (m.start() <= t || m.start() - t > window || !sameQuote(m.start(), t))
                continue;
            if (m.form() == Mention.Form.PRONOUN && (possessive(m) || "true".equals(m.attribute("reflexive"))
                    || NOMINATIVE.contains(m.text().toLowerCase(Locale.ROOT))))
                continue;
            if (crossesBreak(t, m.start()))
                return Optional.empty();
            for (Mention u : unknownPersons)
                if (u.start() > t && u.end() <= m.start())
                    return Optional.empty();
            // "an attack on Trump supporters": the group is the object, not the person.
            if (headsGroup(m))
                return Optional.empty();
            return Optional.of(m);
        }
        return Optional.empty();
    }

    private boolean crossesBreak(int from, int to) {
        for (int k = from; k < to; k++)
            if (CLAUSE_BREAK.contains(s.token(k)))
                return true;
        return false;
    }

    /** The sentence is a question (outside quotes): what it asks is no fact. */
    boolean question() {
        for (int i = s.size() - 1; i >= 0; i--) {
            String t = s.token(i);
            if (t.equals("\"") || t.equals("'") || t.equals(")"))
                continue;
            return t.equals("?");
        }
        return false;
    }

    /** True when token {@code k} is the place of the title after it: "Ohio" in "Ohio Gov. John Kasich". */
    boolean placeBeforeTitle(int k) {
        return s.tag(k).equals("PROPN") && personAt(k).isEmpty() && k + 1 < s.size() && mentionAt(EntityType.OFFICE, k + 1).isPresent();
    }

    /** Names coordinated after {@code m}: "X, Y and Z", "X (and Y, Z and all others)". */
    List<Mention> coordinatedAfter(Mention m) {
        List<Mention> out = new ArrayList<>();
        int k = m.end();
        while (k < s.size()) {
            String t = lower(k);
            if (t.equals(",") || t.equals("and") || t.equals("(") || t.equals("or") || t.equals("&")
                    || mentionAt(EntityType.PARTY, k).isPresent()
                    || mentionAt(EntityType.OFFICE, k).isPresent() || t.equals(")") && k + 1 < s.size() && lower(k + 1).equals(",")) {
                k++;
                continue;
            }
            // "and Ohio Gov. John Kasich": a place word before a title.
            if (placeBeforeTitle(k)) {
                k++;
                continue;
            }
            Optional<Mention> next = personAt(k);
            if (next.isEmpty() || next.get().form() != Mention.Form.NAME || k == m.end())
                break;
            out.add(next.get());
            k = next.get().end();
        }
        return out;
    }

    /** A negation within the clause before the trigger, or right after its auxiliary. */
    boolean negated(int t) {
        for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
            String w = lower(k);
            if (w.equals(",") && k < t - 1 || CLAUSE_BREAK.contains(w))
                break;
            if (NEGATION.contains(w))
                return true;
            // "has yet to endorse": not yet done.
            if (w.equals("yet") && k + 1 < s.size() && lower(k + 1).equals("to"))
                return true;
        }
        return false;
    }

    /** A modal, condition, wish or request governs the trigger. */
    boolean hypothetical(int t) {
        for (int k = t - 1; k >= Math.max(0, t - 7); k--) {
            String w = lower(k);
            if (CLAUSE_BREAK.contains(w) || w.equals(".") || w.equals("\""))
                break;
            // "in May" is the month, not the modal.
            if (HYPOTHETICAL.contains(w) && !(w.equals("may") && k > 0 && s.token(k).equals("May")))
                return true;
            // "the only candidate who can defeat Hillary Clinton", "he can successfully attack Trump": an ability, not a
            // deed; further back "can" belongs to another verb ("Lee, who can be blunt, criticized Ross").
            if (w.equals("can") && k >= t - 3)
                return true;
            // "It seems increasingly likely that Jeb Bush will run", "is likely to win": a guess, not the deed ("the
            // likely nominee" is one).
            if (LIKELY.contains(w) && lowerIn(k + 1, Set.of("that", "to")))
                return true;
            // "calls for X to recuse", "called on him to step aside": a demand, not the deed.
            if ((w.equals("for") || w.equals("on")) && lowerIn(k - 1, CALLS))
                return true;
        }
        // "If X wins the runoff, ..." puts everything in the conditional clause, up to its comma.
        for (int k = t - 1; k >= 0; k--) {
            String w = lower(k);
            if (w.equals(","))
                break;
            if (CONDITIONS.contains(w))
                return true;
        }
        // "he's going to campaign for Joe Biden if that's who it is": a deed to come on a condition after it.
        boolean future = false;
        for (int k = t - 1; k >= Math.max(0, t - 6) && !future; k--)
            future = lowerIn(k, FUTURE);
        for (int k = t + 1; future && k < Math.min(size(), t + 10); k++) {
            String w = lower(k);
            if (w.equals(",") || w.equals(".") || CLAUSE_BREAK.contains(w))
                break;
            if (w.equals("if"))
                return true;
        }
        return false;
    }

    /**
     * "If he wins the primary, Romney will likely face Jenny Wilson": a sentence that opens on a condition makes its
     * main clause hang on it (though whoever it says runs does run).
     */
    boolean conditionFirst(int t) {
        int first = 0;
        while (first < size() && QUOTE_MARKS.contains(s.token(first)))
            first++;
        return first < t && lowerIn(first, Set.of("if", "unless"));
    }

    /** Any reason not to take the trigger at {@code t} as a fact. */
    boolean blocked(int t) {
        return question() || negated(t) || hypothetical(t);
    }

    /** Nouns of a person's role that may stand in apposition to their name ("his old rival, Mitt Romney"). */
    static final Set<String> PERSON_NOUNS = Set.of("candidate", "nominee", "challenger", "opponent", "rival",
            "incumbent", "colleague", "friend", "ally", "successor", "predecessor", "son", "daughter", "wife", "husband",
            "brother", "sister", "father", "mother", "lawmaker", "congressman", "congresswoman", "senator", "governor",
            "mayor", "leader", "frontrunner", "front-runner", "newcomer", "businessman", "businesswoman", "veteran");

    /**
     * True when what a verb at {@code from - 1} acts on is a thing named before the person {@code m}: "endorsed a
     * proposal by Sen. Joe Lieberman", "support Egypt's uprising against President Mubarak", "trashing the First
     * Amendment in Schenck", "disparaged lax gun laws, Donald Trump tweeted". A noun and then a preposition or a comma
     * end the thing; a role noun in apposition ("his old rival, Mitt Romney") or before the name ("Senate candidate
     * Roy Moore"), words of offices and parties, and examples ("targets, like Lisa Page") do not.
     */
    boolean thingFirst(int from, Mention m) {
        boolean noun = false;
        boolean thing = false;
        String lastNoun = null;
        for (int k = from; k < m.start(); k++) {
            // "claims made by WikiLeaks founder Julian Assange": the name is an agent of the thing.
            if (lowerIn(k, Set.of("by")))
                return true;
            // "accusing Republicans of targeting Holder": a party's people named as a group are what is acted on.
            if (lowerIn(k, PARTY_PEOPLE)) {
                noun = true;
                lastNoun = lower(k);
                continue;
            }
            boolean inMention = mentionAt(EntityType.OFFICE, k).isPresent() || mentionAt(EntityType.PARTY, k).isPresent();
            // "backing Medicare for All and Biden": a proper noun that names no one, no office and no party is a thing.
            boolean thingName = s.tag(k).equals("PROPN") && personAt(k).isEmpty() && mentionAt(EntityType.RACE, k).isEmpty()
                    && mentionAt(EntityType.INVESTIGATION, k).isEmpty();
            if (s.tag(k).equals("NOUN") && !inMention) {
                noun = true;
                lastNoun = lower(k);
            } else if (thingName && !inMention) {
                thing = true;
            } else if ((noun || thing) && (s.tag(k).equals("ADP") || lower(k).equals("that")) && !inMention && !examples(k)) {
                // "hammering the key idea that Obama will be": what follows the noun is its content.
                return true;
            } else if (noun && s.token(k).equals(",") && !personNoun(lastNoun) && !examples(k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PARTY_PEOPLE = Set.of("republicans", "democrats", "dems", "gopers", "conservatives",
            "liberals", "progressives");

    /** A role noun, singular or plural ("two Democratic state senators, Glenn Anderson and Bert Johnson"). */
    private static boolean personNoun(String noun) {
        return PERSON_NOUNS.contains(noun) || noun.endsWith("s") && PERSON_NOUNS.contains(noun.substring(0, noun.length() - 1));
    }

    /** "his favorite targets, like Lisa Page", "candidates such as Roy Moore": what follows names the noun's examples. */
    private boolean examples(int k) {
        return lowerIn(k, Set.of("like", "including")) || lowerIn(k, Set.of("as")) && lowerIn(k - 1, Set.of("such"));
    }

    /** Where a list's next item starts after the item ending at {@code k} (past ", and", "," or "and"), or -1 at its end. */
    int nextInList(int k) {
        if (lowerIn(k, Set.of(",")) && lowerIn(k + 1, Set.of("and")))
            return k + 2;
        return lowerIn(k, Set.of(",", "and")) ? k + 1 : -1;
    }

    boolean lowerIn(int i, Set<String> words) {
        return i >= 0 && i < s.size() && words.contains(lower(i));
    }
}
