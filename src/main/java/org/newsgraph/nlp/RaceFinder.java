package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds electoral contests: a head noun (race, primary, runoff, election, campaign, bid, nomination,
 * contest, caucus) with the year, state, office, party and stage written around it ("the 2012 Senate
 * race in Missouri", "Alabama's GOP primary for U.S. Senate", "bid for the U.S. Senate"), and the
 * office after a candidacy word ("running for president", "nominee for governor"). Attributes: year,
 * jurisdiction, office, stage, party (each only when written). Thread-safe.
 */
public final class RaceFinder implements MentionFinder {
    private static final Set<String> HEADS = Set.of("race", "races", "primary", "primaries", "runoff", "run-off", "election",
            "elections", "campaign", "bid", "nomination", "contest", "caucus", "caucuses", "reelection", "re-election", "candidacy");
    private static final Set<String> CANDIDACY = Set.of("running", "run", "runs", "ran", "nominee", "candidate", "seeking", "seek",
            "bid", "campaign", "campaigning", "candidacy");
    private static final Set<String> CANDIDATE_HEADS = Set.of("candidate", "candidates", "nominee", "nominees", "hopeful",
            "hopefuls", "contender", "contenders", "front-runner", "frontrunner");
    private static final Set<String> FRAME_OPENERS = Set.of("back", "and", "but", "then", "also", "even");
    private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20\\d\\d)");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Set<String> COMPOUND_NOUNS = Set.of("event", "events", "stop", "stops", "staff", "surrogate", "speech",
            "official", "officials", "manager", "chairman", "finance", "trail", "ad", "ads", "season", "cycle", "night", "day",
            "handicapper", "results", "law", "promise", "promises", "rally", "rallies", "headquarters", "website");

    private final Gazetteers gazetteers;

    public RaceFinder(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        int n = s.size();
        roundUpLabel(s).ifPresent(out::add);
        for (int h = 0; h < n; h++) {
            String head = s.token(h).toLowerCase(Locale.ROOT);
            boolean isHead = HEADS.contains(head) && !(h + 1 < n && COMPOUND_NOUNS.contains(s.token(h + 1).toLowerCase(Locale.ROOT)));
            // "the House Freedom Caucus", "Election Day": a capital mid-sentence makes the word part of a name.
            if (isHead && h > 0 && Character.isUpperCase(s.token(h).charAt(0)) && !s.isHeadline())
                isHead = false;
            boolean candidateHead = CANDIDATE_HEADS.contains(head) && h > 0;
            if (head.equals("primary") && h + 1 < n && (s.tag(h + 1).equals("NOUN") && !s.token(h + 1).equalsIgnoreCase("runoff")
                    && !s.token(h + 1).equalsIgnoreCase("race") || s.token(h + 1).equalsIgnoreCase("challenger")))
                isHead = false;
            if ((isHead || candidateHead) && (appointment(s, h) || internal(s, h)) || isHead && cause(s, h))
                continue;
            if (isHead || candidateHead) {
                Map<String, String> a = new HashMap<>();
                int start = h;
                for (int k = h - 1; k >= Math.max(0, h - 7); k--) {
                    String t = s.token(k);
                    if (t.equals("'s") || t.equals("'") || t.equals("-") || t.equals("U.S.") || t.equalsIgnoreCase("state")
                            || modifier(s, k, a)) {
                        start = k;
                        continue;
                    }
                    String tag = s.tag(k);
                    if (tag.equals("ADJ") || tag.equals("NUM") || (tag.equals("NOUN") && !HEADS.contains(t.toLowerCase(Locale.ROOT)))) {
                        start = k;
                        continue;
                    }
                    break;
                }
                stage(head, a);
                int end = h + 1;
                if (candidateHead && hedged(s, start, h))
                    continue;
                if (candidateHead) {
                    // "presidential candidates Ted Cruz...", "the GOP nominee for governor": a race only with its office.
                    end = rightContext(s, end, a);
                    a.remove("jurisdictionState");
                    // "the Republican nominee in the 2012 Senate race": the race itself comes next and says it all.
                    if (end < n && HEADS.contains(s.token(end).toLowerCase(Locale.ROOT)))
                        continue;
                    // "Texas Attorney General Greg Abbott, his state's Republican nominee for governor".
                    if (!a.containsKey("jurisdiction")) {
                        String hint = sentenceState(s, start, end);
                        if (hint != null)
                            a.put("sentenceState", hint);
                    }
                    out.add(new Mention(EntityType.RACE, Mention.Form.NAME, s.index(), start, end, s.cover(start, end), "candidate",
                            a, 0.75));
                    h = end - 1;
                    continue;
                }
                if (head.endsWith("s") && !head.equals("caucus") || head.equals("primaries"))
                    a.put("plural", "true");
                end = rightContext(s, end, a);
                if (head.equals("nomination") && !a.containsKey("stage"))
                    a.put("stage", "primary");
                if (a.containsKey("jurisdictionState") && a.get("office") == null)
                    a.remove("jurisdictionState");
                finish(a);
                if (!a.containsKey("year") && !"true".equals(a.get("plural"))) {
                    String framed = framingYear(s);
                    if (framed != null && start > 3)
                        a.put("year", framed);
                }
                if (!a.containsKey("jurisdiction")) {
                    String hint = sentenceState(s, start, end);
                    if (hint != null)
                        a.put("sentenceState", hint);
                }
                out.add(new Mention(EntityType.RACE, Mention.Form.NAME, s.index(), start, end, s.cover(start, end), head, a, 0.8));
                h = end - 1;
                continue;
            }
            if (CANDIDACY.contains(head) && h + 1 < n && (s.token(h + 1).equalsIgnoreCase("for") || s.token(h + 1).equalsIgnoreCase("to"))) {
                Map<String, String> a = new HashMap<>();
                int end = rightContext(s, h + 1, a);
                if (a.containsKey("office") && end > h + 1) {
                    finish(a);
                    out.add(new Mention(EntityType.RACE, Mention.Form.NAME, s.index(), h + 1, end, s.cover(h + 1, end), "for", a, 0.7));
                    h = end - 1;
                }
            }
        }
        return out;
    }

    /** A round-up's line label ("Senate:", "NE-02:"): the line's contest, no mention of what the article is about. */
    public static final String ROUND_UP_LABEL = "roundUpLabel";
    /** A round-up's line label: "NE-02", "AL-Sen", "FL-Gov" (a state's postal code, then the seat). */
    private static final Pattern SEAT_CODE = Pattern.compile("([A-Z]{2})-(Sen|Gov|AL|\\d{1,2})");

    /**
     * "Senate: Democrat Dan Ahlers faces Republican Sen. Mike Rounds", "NE-02: Democrat Kara Eastman will take on Rep.
     * Don Bacon": a round-up labels each line with its contest, which the line's pair runs in (145 such labels in
     * 10,000 bench articles).
     */
    private Optional<Mention> roundUpLabel(AnnotatedSentence s) {
        if (s.size() < 3 || !s.token(1).equals(":"))
            return Optional.empty();
        String label = s.token(0);
        Map<String, String> a = new HashMap<>();
        String office = switch (label.toLowerCase(Locale.ROOT)) {
            case "senate" -> "U.S. Senate";
            case "house" -> "U.S. House";
            case "governor", "gubernatorial" -> "Governor";
            default -> null;
        };
        if (office == null) {
            Matcher m = SEAT_CODE.matcher(label);
            Optional<Gazetteers.State> state = m.matches() ? gazetteers.stateByCode(m.group(1)) : Optional.empty();
            if (state.isEmpty())
                return Optional.empty();
            a.put("jurisdiction", state.get().name());
            office = m.group(2).equals("Sen") ? "U.S. Senate" : m.group(2).equals("Gov") ? "Governor" : "U.S. House";
        }
        a.put("office", office);
        a.put(ROUND_UP_LABEL, "true");
        return Optional.of(new Mention(EntityType.RACE, Mention.Form.NAME, s.index(), 0, 1, label, "race", a, 0.8));
    }

    /** Words that make a candidate one who may run, not one who runs ("likely" nominees are running). */
    private static final Set<String> HEDGES = Set.of("potential", "possible", "prospective", "would-be", "hypothetical", "future");

    /**
     * "Potential 2016 presidential candidates Jim Webb...", "a potential moderate Democratic candidate in 2020": one
     * who might run is in no race yet (about 280 such phrases in 10,000 political articles).
     */
    private static boolean hedged(AnnotatedSentence s, int start, int h) {
        for (int k = Math.max(0, start - 1); k < h; k++)
            if (HEDGES.contains(s.token(k).toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /** Words before "nominee" or "nomination" that make it an appointment, not a party's choice for an election. */
    private static final Set<String> APPOINTING = Set.of("court", "high-court", "judicial", "cabinet", "bench", "appeals",
            "ambassadorial", "fed");
    /** Words of a party's choosing besides the parties' own names: "the party's nominee", "the Green nominee". */
    private static final Set<String> PARTY_NOUNS = Set.of("party", "party's", "green");
    private static final Set<String> FOR_OR_TO = Set.of("for", "to");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    /** What a campaign or a bid for office aims at: "a bid to become governor", "his campaign to unseat Sen. Heller". */
    private static final Set<String> ELECTORAL_AIMS = Set.of("become", "be", "win", "unseat", "replace", "succeed",
            "defeat", "oust", "represent", "retake", "flip", "run", "challenge", "topple", "beat", "capture", "reclaim",
            "regain", "return", "serve", "lead", "keep", "hold", "retain", "take", "deny", "stop", "block");

    /**
     * "his successful campaign to persuade the U.N. General Assembly", "a campaign to discredit Mueller", "a bid to
     * reduce costs": a campaign or bid whose infinitive aims at anything but an office or a rival is a cause's, no race.
     * (About 500 "campaign to" or "bid to" in 10,000 political articles, most of them a cause's.)
     */
    private static boolean cause(AnnotatedSentence s, int h) {
        String head = s.token(h).toLowerCase(Locale.ROOT);
        if (!head.startsWith("campaign") && !head.equals("bid") && !head.equals("bids") || h + 2 >= s.size())
            return false;
        // "his 2016 campaign to put conservatives on the Court", "her Senate campaign to": a dated or an office's campaign is a run.
        for (int k = Math.max(0, h - 3); k < h; k++)
            if (YEAR.matcher(s.token(k)).matches() || RUN_WORDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                return false;
        return s.token(h + 1).equalsIgnoreCase("to") && s.tag(h + 2).equals("VERB")
                && !ELECTORAL_AIMS.contains(s.token(h + 2).toLowerCase(Locale.ROOT));
    }

    /** Posts a party or a chamber fills by its own vote. */
    private static final Set<String> INTERNAL_POSTS = Set.of("leadership", "speaker", "speakership", "chair", "chairman",
            "chairwoman", "chairmanship", "leader", "whip");

    /**
     * "the race for chair of her state Democratic Party", "withdrew from the speaker's race", "a leadership contest": a
     * party's or a chamber's vote on its own officers, no election of this graph's.
     */
    private static boolean internal(AnnotatedSentence s, int h) {
        int before = h - 1;
        if (before >= 0 && POSSESSIVE_MARKS.contains(s.token(before)))
            before--;
        if (before >= 0 && INTERNAL_POSTS.contains(s.token(before).toLowerCase(Locale.ROOT)))
            return true;
        int k = h + 1;
        if (k < s.size() && (s.token(k).equalsIgnoreCase("for") || s.token(k).equalsIgnoreCase("to")))
            k++;
        else
            return false;
        while (k < s.size() && Set.of("the", "be", "become", "party", "house", "senate", "dnc", "rnc", "caucus", "majority",
                "minority", "conference").contains(s.token(k).toLowerCase(Locale.ROOT)))
            k++;
        return k < s.size() && INTERNAL_POSTS.contains(s.token(k).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> RUN_WORDS = Set.of("presidential", "senate", "house", "gubernatorial", "mayoral",
            "congressional", "reelection", "re-election", "primary", "election", "electoral");

    private static final Set<String> COUNTS_AND_ORDERS = Set.of("two", "three", "four", "both", "latest", "new", "first",
            "second", "third", "last", "next", "previous", "former", "many", "several", "own");
    /** What stands between "nominee for" and the post: "nominee to be the ambassador", "nomination to serve as". */
    private static final Set<String> POST_LEAD_INS = Set.of("be", "lead", "head", "serve", "as", "the", "become");
    /** Posts filled by appointment: "his nominee for attorney general", "the nomination to be ambassador". */
    private static final Set<String> APPOINTED_POSTS = Set.of("attorney", "secretary", "ambassador", "supreme", "court",
            "justice", "judge", "director", "chief", "administrator", "chairman", "chair", "commissioner", "solicitor",
            "surgeon", "deputy", "undersecretary", "assistant");

    /**
     * "Supreme Court nominee Brett Kavanaugh", "judicial nominations", "his nominee for attorney general": a nominee
     * of a president's choosing, not of a party's; no race. (About 400 such phrases in 10,000 political articles.)
     */
    private boolean appointment(AnnotatedSentence s, int h) {
        String head = s.token(h).toLowerCase(Locale.ROOT);
        if (!head.startsWith("nominee") && !head.startsWith("nomination"))
            return false;
        if (h > 0 && APPOINTING.contains(s.token(h - 1).toLowerCase(Locale.ROOT)))
            return true;
        // "the Republican nominee for attorney general": states elect theirs.
        for (int j = Math.max(0, h - 3); j < h; j++)
            if (gazetteers.party(s.token(j)).isPresent() || PARTY_NOUNS.contains(s.token(j).toLowerCase(Locale.ROOT)))
                return false;
        // "Kavanaugh's nomination", "Obama's nominee", "his nomination": a possessor and no party is most often a
        // president's pick (three in four of 165 named possessors in 10,000 political articles, nine in ten of 107 "his"
        // or "her"); a party's contest says so ("the Republican nomination", "his presidential nomination").
        // "Trump's two nominees", "Obama's latest nominee": a count or an order between says nothing of a party.
        int p = h - 1;
        while (p > 0 && h - p <= 2 && (s.tag(p).equals("NUM") || COUNTS_AND_ORDERS.contains(s.token(p).toLowerCase(Locale.ROOT))))
            p--;
        if (p >= 0 && (POSSESSIVE_MARKS.contains(s.token(p)) || Set.of("his", "her").contains(s.token(p).toLowerCase(Locale.ROOT))))
            return true;
        int k = h + 1;
        if (k < s.size() && FOR_OR_TO.contains(s.token(k).toLowerCase(Locale.ROOT))) {
            k++;
            while (k < s.size() && POST_LEAD_INS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                k++;
            return k < s.size() && APPOINTED_POSTS.contains(s.token(k).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * "In 2012, Dunn challenged Ross in the Republican primary": a year that opens the sentence frames all of it,
     * so a race the sentence names without a year is of that year.
     */
    private static String framingYear(AnnotatedSentence s) {
        int k = 0;
        if (k < s.size() && FRAME_OPENERS.contains(s.token(k).toLowerCase(Locale.ROOT)))
            k++;
        if (k + 2 < s.size() && s.token(k).equalsIgnoreCase("in") && YEAR.matcher(s.token(k + 1)).matches() && s.token(k + 2).equals(","))
            return s.token(k + 1);
        return null;
    }

    private static void finish(Map<String, String> a) {
        a.remove("jurisdictionState");
    }

    /**
     * The state the sentence names nearest the race, outside it, as a hint for a race that names none: "Senate
     * candidate Todd Akin of Missouri" in a sentence that named Virginia before; "In Georgia, 2018 gubernatorial
     * candidate Stacey Abrams". Between two as near, the one before.
     */
    private String sentenceState(AnnotatedSentence s, int start, int end) {
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            if (i >= start && i < end)
                continue;
            String t = s.token(i);
            if (t.length() > 2 && Character.isUpperCase(t.charAt(0)) && !t.equals("Washington")) {
                // "New Jersey Gov. Chris Christie ... the state's gubernatorial race": two-word names first, unless a
                // longer name goes on ("the New York Times", "New York City").
                // A title after the state is none ("West Virginia Attorney General Patrick Morrisey").
                boolean title = i + 2 < s.size() && (gazetteers.office(s.token(i + 2)).isPresent()
                        || i + 3 < s.size() && gazetteers.office(s.token(i + 2) + " " + s.token(i + 3)).isPresent());
                boolean longerName = i + 2 < s.size() && Character.isUpperCase(s.token(i + 2).charAt(0))
                        && s.tag(i + 2).equals("PROPN") && !title;
                Optional<Gazetteers.State> state = i + 1 < s.size() && (i + 1 < start || i + 1 >= end) && !longerName
                        ? gazetteers.state(t + " " + s.token(i + 1)) : Optional.empty();
                int last = state.isPresent() ? i + 1 : i;
                if (state.isEmpty() && t.length() > 3)
                    state = gazetteers.state(t);
                // "Senate candidate Todd Akin of Missouri": the state of the name the race is said of.
                int at = i >= end + 2 && s.token(i - 1).equals("of") && s.tag(i - 2).equals("PROPN") ? i - 2 : i;
                int d = i < start ? start - last : at - end + 1;
                if (state.isPresent() && d < distance) {
                    nearest = state.get().name();
                    distance = d;
                }
            }
        }
        return nearest;
    }

    private static void stage(String head, Map<String, String> a) {
        switch (head) {
            case "primary", "primaries", "nomination" -> a.merge("stage", "primary", RaceFinder::moreSpecific);
            case "runoff", "run-off" -> a.merge("stage", "runoff", RaceFinder::moreSpecific);
            case "caucus", "caucuses" -> a.merge("stage", "caucus", RaceFinder::moreSpecific);
            default -> { }
        }
    }

    private static String moreSpecific(String a, String b) {
        if (a.equals(b))
            return a;
        if (Set.of(a, b).equals(Set.of("primary", "runoff")))
            return "primary runoff";
        return a.length() >= b.length() ? a : b;
    }

    /** Reads one modifier token into the attributes; false when the token is none of ours. */
    private boolean modifier(AnnotatedSentence s, int k, Map<String, String> a) {
        String t = s.token(k);
        String lower = t.toLowerCase(Locale.ROOT);
        if (YEAR.matcher(t).matches()) {
            a.putIfAbsent("year", t);
            return true;
        }
        Optional<Gazetteers.State> state = gazetteers.state(t);
        if (state.isEmpty() && k > 0)
            state = gazetteers.state(s.token(k - 1) + " " + t);
        if (state.isPresent() && Character.isUpperCase(t.charAt(0)) && !t.equals("Washington")) {
            a.putIfAbsent("jurisdiction", state.get().name());
            return true;
        }
        Optional<Gazetteers.Party> party = gazetteers.party(t);
        if (party.isPresent() && (Character.isUpperCase(t.charAt(0)))) {
            a.putIfAbsent("party", party.get().key());
            return true;
        }
        String office = officeWord(s, k);
        if (office != null) {
            a.putIfAbsent("office", office);
            return true;
        }
        switch (lower) {
            case "primary", "runoff", "run-off", "general", "special", "recall", "caucus" -> {
                a.merge("stage", lower.equals("run-off") ? "runoff" : lower, RaceFinder::moreSpecific);
                return true;
            }
            case "midterm", "open" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The office a contest is for, from a word next to it ("Senate", "presidential", "gubernatorial"). */
    private static String officeWord(AnnotatedSentence s, int k) {
        String t = s.token(k);
        String lower = t.toLowerCase(Locale.ROOT);
        // "now-presidential", "vice-presidential": the office word is the last part.
        if (lower.contains("-") && !lower.startsWith("re-") && !lower.equals("run-off"))
            lower = lower.substring(lower.lastIndexOf('-') + 1);
        boolean stateLevel = k > 0 && s.token(k - 1).equalsIgnoreCase("state");
        switch (lower) {
            case "senate":
                return stateLevel ? "State Senate" : "U.S. Senate";
            case "senatorial":
                return "U.S. Senate";
            case "house":
                if (k > 0 && s.token(k - 1).equalsIgnoreCase("White"))
                    return "President";
                return stateLevel ? "State House" : "U.S. House";
            case "congressional":
                return "U.S. House";
            case "presidential":
            case "president":
                return "President";
            case "gubernatorial":
            case "governor":
            case "governor's":
                return "Governor";
            case "mayoral":
                return "Mayor";
            default:
                return null;
        }
    }

    /** "for (the) (U.S.) Senate", "for president", "in Missouri", "in 2012", "for the Alabama Senate seat". */
    private int rightContext(AnnotatedSentence s, int from, Map<String, String> a) {
        int n = s.size();
        int end = from;
        int k = from;
        while (k < n && k < from + 8) {
            String t = s.token(k);
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("for") || lower.equals("in") || lower.equals("the") || lower.equals("u.s.") || lower.equals("to")
                    || lower.equals("of") || lower.equals("seat") || lower.equals("'s") || lower.equals("succeed")
                    || lower.equals("replace") || lower.equals("become") || lower.equals("nomination") || lower.equals("state")
                    // "a runoff for her Senate seat"
                    || lower.equals("her") || lower.equals("his") || lower.equals("their")) {
                if (lower.equals("seat") || lower.equals("nomination"))
                    end = k + 1;
                if (lower.equals("nomination"))
                    a.merge("stage", "primary", RaceFinder::moreSpecific);
                k++;
                continue;
            }
            if (YEAR.matcher(t).matches()) {
                a.putIfAbsent("year", t);
                end = k + 1;
                k++;
                continue;
            }
            // "the primary for New York's 14th District": a state of two words.
            Optional<Gazetteers.State> pair = k + 1 < n && Character.isUpperCase(t.charAt(0))
                    ? gazetteers.state(t + " " + s.token(k + 1)) : Optional.empty();
            if (pair.isPresent()) {
                a.putIfAbsent("jurisdiction", pair.get().name());
                end = k + 2;
                k += 2;
                continue;
            }
            Optional<Gazetteers.State> state = gazetteers.state(t);
            if (state.isPresent() && Character.isUpperCase(t.charAt(0)) && !t.equals("Washington")) {
                a.putIfAbsent("jurisdiction", state.get().name());
                end = k + 1;
                k++;
                continue;
            }
            // "14th District", "3rd Congressional District": a House seat.
            if (ORDINAL.matcher(lower).matches() && k + 1 < n && (s.token(k + 1).equalsIgnoreCase("district")
                    || s.token(k + 1).equalsIgnoreCase("congressional") && k + 2 < n && s.token(k + 2).equalsIgnoreCase("district"))) {
                a.putIfAbsent("office", "U.S. House");
                k += s.token(k + 1).equalsIgnoreCase("district") ? 2 : 3;
                end = k;
                continue;
            }
            Optional<Gazetteers.Party> party = gazetteers.party(t);
            if (party.isPresent() && Character.isUpperCase(t.charAt(0))) {
                a.putIfAbsent("party", party.get().key());
                end = k + 1;
                k++;
                continue;
            }
            String office = officeWord(s, k);
            Optional<Gazetteers.Office> title = gazetteers.office(t);
            // "candidates Sens. Ted Cruz": a title before a name belongs to the name.
            if (title.isPresent() && k + 1 < n && PersonFinder.isCapitalisedWord(s.token(k + 1)) && office == null)
                break;
            if (office == null && title.isPresent())
                office = officeOfTitle(title.get().key());
            if (office == null && k + 1 < n && gazetteers.office(t + " " + s.token(k + 1)).isPresent())
                office = officeOfTitle(gazetteers.office(t + " " + s.token(k + 1)).get().key());
            if (office != null) {
                a.putIfAbsent("office", office);
                end = k + 1;
                k++;
                continue;
            }
            if (lower.equals("white") && k + 1 < n && s.token(k + 1).equalsIgnoreCase("house")) {
                a.putIfAbsent("office", "President");
                end = k + 2;
                k += 2;
                continue;
            }
            break;
        }
        return end;
    }

    /** The office a race fills for a holder of this title ("us-senator" gives "U.S. Senate"), or null. */
    public static String officeOfTitle(String key) {
        return switch (key) {
            case "us-senator" -> "U.S. Senate";
            case "us-representative" -> "U.S. House";
            case "us-president" -> "President";
            case "governor" -> "Governor";
            case "mayor" -> "Mayor";
            case "state-senator" -> "State Senate";
            case "lieutenant-governor" -> "Lieutenant Governor";
            case "state-attorney-general" -> "Attorney General";
            default -> null;
        };
    }
}
