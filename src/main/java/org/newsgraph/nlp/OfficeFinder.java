package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Finds office titles ("Attorney General", "Sen.", "the former Alabama senator") with the dictionary of
 * titles, and records status ("former"), acting, an office only aimed at ("the next president": aspired) and the
 * jurisdiction written before the title (a state, or a country: "Russian President").
 * The mention's value is the office key. Thread-safe.
 */
public final class OfficeFinder implements MentionFinder {
    // Lower-case forms too vague to be an office without a capital ("the speaker at the rally").
    private static final Set<String> CAPITALISED_ONLY = Set.of("speaker", "representative", "ag", "judge", "editor",
            "chairman", "chairwoman", "ambassador", "director");
    /** Heads of companies, boards and groups as much as of states: "president of the company", "United's president". */
    public static final Set<String> HEADS_OF_ANYTHING = Set.of("president", "vice president", "chairman", "chairwoman",
            "chair", "editor", "speaker", "director");
    // "the next president", "a future governor": an office someone may hold, not one anyone holds.
    private static final Set<String> ASPIRED = Set.of("next", "future", "would-be", "potential", "possible", "prospective",
            "likely", "presumptive");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-", "onetime", "one-time", "erstwhile");
    private static final Set<String> OTHER_REPRESENTATIVES = Set.of("trade", "special", "high", "permanent", "sales",
            "customer", "union", "student", "legal", "personal", "foreign");
    private static final Set<String> DEPUTIES = Set.of("deputy", "assistant", "associate", "principal");

    private final Gazetteers gazetteers;

    public OfficeFinder(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        for (Span span : gazetteers.findOffices(s.tokens())) {
            int start = span.getStart();
            int end = span.getEnd();
            String surface = s.cover(start, end);
            String form = surface.toLowerCase(Locale.ROOT);
            if (form.equals("ag") && !surface.equals("AG"))
                continue;
            // A country before the title or after "of" makes it that country's office: "Russian President", "President of Egypt".
            String country = countryBefore(gazetteers, s, start);
            if (country == null && end + 1 < s.size() && s.token(end).equalsIgnoreCase("of"))
                country = countryAt(s, end + 1);
            Optional<Gazetteers.Office> office = gazetteers.office(form);
            String committee = office.isPresent() && office.get().key().equals(COMMITTEE_CHAIR) ? committee(s, start, end) : null;
            // "the chairman of the House Ways and Means Committee" is an office whatever its case.
            if (CAPITALISED_ONLY.contains(form) && !Character.isUpperCase(surface.charAt(0)) && committee == null)
                continue;
            // "president of the company", "chairman of the board": the head of something else.
            if (end + 1 < s.size() && s.token(end).equalsIgnoreCase("of") && HEADS_OF_ANYTHING.contains(form) && country == null
                    && committee == null && gazetteers.state(s.token(end + 1)).isEmpty()
                    && !s.cover(end + 1, Math.min(s.size(), end + 3)).equalsIgnoreCase("the United"))
                continue;
            if (office.isEmpty())
                continue;
            // "Justice Anthony Kennedy", "Justice Scalia": alone the word is a title only before a name, not in "the
            // Justice Department", "Justice Minister", "obstruction of justice" or "the Bureau of Justice Statistics".
            if (form.equals("justice") && (!titleBeforeName(s, end) || start > 1 && s.token(start - 1).equalsIgnoreCase("of")
                    && Character.isUpperCase(s.token(start - 2).charAt(0))))
                continue;
            String key = office.get().key();
            // "a former deputy White House counsel", "Deputy Secretary of State", "counsel to the Office of the Director
            // of National Intelligence": another post, under or in the office's. An associate justice is a justice.
            int before = start - 1;
            while (before >= 0 && FORMER.contains(s.token(before).toLowerCase(Locale.ROOT)))
                before--;
            if (before >= 0 && DEPUTIES.contains(s.token(before).toLowerCase(Locale.ROOT))
                    && !(key.equals("justice") && s.token(before).equalsIgnoreCase("associate"))
                    || before >= 2 && s.token(before).equalsIgnoreCase("the") && s.token(before - 1).equalsIgnoreCase("of")
                    && s.token(before - 2).equalsIgnoreCase("Office"))
                continue;
            // "Assembly Speaker Carl Heastie", "Federation Council Speaker Valentina Matviyenko", "Georgia House Speaker":
            // another chamber's speaker.
            if (key.equals("house-speaker") && otherChambers(s, start, form))
                continue;
            // "U.S. Trade Representative Michael Froman", "a sales representative": another post of the same word.
            if (form.equals("representative") && start > 0 && OTHER_REPRESENTATIVES.contains(s.token(start - 1).toLowerCase(Locale.ROOT)))
                continue;
            Map<String, String> attributes = new HashMap<>();
            if (committee != null)
                attributes.put(COMMITTEE, committee);
            attributes.put("surface", surface);
            String jurisdiction = jurisdictionBefore(s, start);
            if (jurisdiction == null && end + 1 < s.size() && s.token(end).equalsIgnoreCase("of"))
                jurisdiction = gazetteers.state(s.token(end + 1)).map(Gazetteers.State::name).orElse(null);
            boolean federal = form.startsWith("u.s.") || (start > 0 && s.token(start - 1).equals("U.S."));
            if (jurisdiction != null) {
                attributes.put("jurisdiction", jurisdiction);
                if (key.equals("us-attorney-general") && !federal)
                    key = "state-attorney-general";
            }
            if (country != null)
                attributes.put("country", country);
            if (statusFormer(s, start))
                attributes.put("status", "former");
            if (precededBy(s, start, ASPIRED))
                attributes.put("aspired", "true");
            if (precededBy(s, start, Set.of("acting")))
                attributes.put("acting", "true");
            out.add(new Mention(EntityType.OFFICE, Mention.Form.NAME, s.index(), start, end, surface, key, attributes, 0.9));
        }
        chambers(s, out);
        return out;
    }

    /** A speaker's title after another chamber's name or a state's: "Assembly Speaker", "State House Speaker". */
    private boolean otherChambers(AnnotatedSentence s, int start, String form) {
        if (start == 0)
            return false;
        String before = s.token(start - 1);
        if (form.startsWith("house"))
            return before.equalsIgnoreCase("state") || jurisdictionBefore(s, start) != null;
        // "House of Representatives Speaker Nancy Pelosi" is the House's; "As Speaker Pelosi" opens a sentence.
        return Character.isUpperCase(before.charAt(0)) && s.tag(start - 1).equals("PROPN") && !before.equals("House")
                && !before.equals("Representatives") && !before.equals("U.S.") && !FORMER.contains(before.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SEATED = Set.of("elected", "re-elected", "reelected", "served", "serving", "serves", "serve");

    /**
     * "was elected to the Senate in 2014", "served in the House for 20 years", "elected to the state Senate": a seat
     * in a chamber is the office of its members (about 70 such phrases in 10,000 political articles). Not "the
     * Senate race", "the House floor" or a committee ("the Senate Intelligence Committee").
     */
    private void chambers(AnnotatedSentence s, List<Mention> out) {
        for (int k = 3; k < s.size(); k++) {
            String chamber = s.token(k);
            if (!CHAMBERS.contains(chamber))
                continue;
            // "the Senate", or a state's chamber: "the state Senate", "the Georgia House".
            boolean state = s.token(k - 1).equalsIgnoreCase("state") || gazetteers.state(s.token(k - 1)).isPresent();
            int the = state ? k - 2 : k - 1;
            if (the < 2 || !s.token(the).equalsIgnoreCase("the"))
                continue;
            String preposition = s.token(the - 1).toLowerCase(Locale.ROOT);
            // "served together in the Senate"
            int verb = s.token(the - 2).equalsIgnoreCase("together") ? the - 3 : the - 2;
            if (!(preposition.equals("to") || preposition.equals("in")) || verb < 0 || !SEATED.contains(s.token(verb).toLowerCase(Locale.ROOT)))
                continue;
            if (k + 1 < s.size() && (Character.isUpperCase(s.token(k + 1).charAt(0)) || s.tag(k + 1).equals("NOUN")))
                continue;
            String key = chamber.equals("Senate") ? state ? "state-senator" : "us-senator"
                    : state ? "state-representative" : "us-representative";
            Map<String, String> attributes = new HashMap<>();
            attributes.put("surface", chamber);
            out.add(new Mention(EntityType.OFFICE, Mention.Form.NAME, s.index(), k, k + 1, chamber, key, attributes, 0.8));
        }
    }

    private static final String COMMITTEE_CHAIR = "committee-chair";
    /** Attribute of a committee chair's title: the committee of Congress it names ("Senate Judiciary Committee"). */
    public static final String COMMITTEE = "committee";
    private static final Set<String> CHAMBERS = Set.of("Senate", "House");
    private static final Set<String> BODY_NOUNS = Set.of("Committee", "Subcommittee", "Caucus", "Conference");
    private static final Set<String> NAME_JOINERS = Set.of("and", "on", "of", "&");

    /**
     * The committee of Congress a chair's title names, before it ("Senate Judiciary Chairman", "House Oversight
     * Committee Chairman") or after it ("chairman of the House Ways and Means Committee"), as "Senate Judiciary
     * Committee"; null when the title names none ("Chairman Grassley", "chairman of the board").
     */
    static String committee(AnnotatedSentence s, int start, int end) {
        if (start > 0 && s.token(start - 1).equalsIgnoreCase("vice"))
            return null;
        // Backwards from the title: the body's words, back to the chamber that opens them.
        int from = start;
        while (from > 0 && (capitalised(s.token(from - 1)) || NAME_JOINERS.contains(s.token(from - 1))) && !CHAMBERS.contains(s.token(from)))
            from--;
        if (from < start - 1 && CHAMBERS.contains(s.token(from))) {
            String words = s.cover(from, start);
            String title = s.cover(start, end);
            for (String noun : BODY_NOUNS)
                if (title.startsWith(noun))
                    words += " " + noun;
            return body(words);
        }
        // Forwards: "chairman of the House Ways and Means Committee".
        if (end + 3 < s.size() && s.token(end).equalsIgnoreCase("of") && s.token(end + 1).equalsIgnoreCase("the")
                && CHAMBERS.contains(s.token(end + 2))) {
            int k = end + 3;
            while (k < s.size() && k - end < 10 && (capitalised(s.token(k)) || NAME_JOINERS.contains(s.token(k)))) {
                if (BODY_NOUNS.contains(s.token(k)))
                    return body(s.cover(end + 2, k + 1));
                k++;
            }
        }
        return null;
    }

    private boolean titleBeforeName(AnnotatedSentence s, int end) {
        if (end >= s.size() || end == 0 || !capitalised(s.token(end - 1)) || !capitalised(s.token(end)))
            return false;
        // "Climate Justice Day", "the Royal Courts of Justice": a word of a name before it makes it part of that name.
        int before = end - 2;
        if (before > 0 && capitalised(s.token(before)) && !s.token(before - 1).matches("[\"“‘'(]"))
            return false;
        String next = s.token(end);
        // A given name ("Justice Anthony Kennedy") or a lone surname ("Justice Scalia said"); not a second title word
        // before a name ("Justice Minister Saleem", "Justice Correspondent Joe Johns").
        boolean loneSurname = s.tag(end).equals("PROPN") && (end + 1 >= s.size() || !capitalised(s.token(end + 1)));
        return (gazetteers.isFirstName(next) || loneSurname) && !gazetteers.isNonPersonWord(next)
                && gazetteers.office(next.toLowerCase(Locale.ROOT)).isEmpty() && gazetteers.party(next).isEmpty();
    }

    private static boolean capitalised(String t) {
        return Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(0));
    }

    /**
     * "Senate Judiciary" and "Senate Judiciary Committee" alike as "Senate Judiciary Committee"; a name that holds its
     * noun keeps it ("House Democratic Caucus", "House Committee on Foreign Affairs").
     */
    private static String body(String words) {
        for (String word : words.split(" "))
            if (BODY_NOUNS.contains(word))
                return words;
        return words + " Committee";
    }

    /** A state named right before the title ("Alabama senator", "Texas Sen.", "Alabama's senator"). */
    private String jurisdictionBefore(AnnotatedSentence s, int start) {
        int i = start - 1;
        if (i >= 0 && (s.token(i).equals("'s") || s.token(i).equals("'")))
            i--;
        for (int len = 2; len >= 1; len--) {
            int from = i - len + 1;
            if (from < 0)
                continue;
            Optional<Gazetteers.State> state = gazetteers.state(s.cover(from, i + 1).replaceAll("\\s+", " "));
            if (state.isPresent())
                return state.get().name();
        }
        return null;
    }

    /** A country named right before the title, past adjectives ("Russian", "South Korean", "Israel's"), or null. */
    static String countryBefore(Gazetteers gazetteers, AnnotatedSentence s, int start) {
        int i = start - 1;
        if (i >= 0 && (s.token(i).equals("'s") || s.token(i).equals("'")))
            i--;
        for (; i >= 0; i--) {
            if (i >= 1) {
                Optional<String> two = gazetteers.country(s.token(i - 1) + " " + s.token(i));
                if (two.isPresent())
                    return two.get();
            }
            Optional<String> one = gazetteers.country(s.token(i));
            if (one.isPresent())
                return one.get();
            if (!(s.tag(i).equals("ADJ") || s.token(i).equalsIgnoreCase("then-")) || FORMER.contains(s.token(i).toLowerCase(Locale.ROOT)))
                return null;
        }
        return null;
    }

    /** The country named at {@code i}, in one or two words ("Egypt", "South Korea"), or null. */
    private String countryAt(AnnotatedSentence s, int i) {
        if (i + 1 < s.size()) {
            Optional<String> two = gazetteers.country(s.token(i) + " " + s.token(i + 1));
            if (two.isPresent())
                return two.get();
        }
        return gazetteers.country(s.token(i)).orElse(null);
    }

    private static boolean statusFormer(AnnotatedSentence s, int start) {
        return precededBy(s, start, FORMER);
    }

    /** True when one of {@code words} is among the four tokens before {@code start}, inside the noun phrase. */
    static boolean precededBy(AnnotatedSentence s, int start, Set<String> words) {
        for (int i = start - 1; i >= Math.max(0, start - 4); i--) {
            String t = s.token(i).toLowerCase(Locale.ROOT);
            if (words.contains(t) || (t.endsWith("-") && words.contains(t)))
                return true;
            if (t.startsWith("ex-") && words.contains("ex-"))
                return true;
            String tag = s.tag(i);
            if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT") && !t.equals("-") || tag.equals("ADP") || tag.equals("CCONJ"))
                return false;
        }
        return false;
    }
}
