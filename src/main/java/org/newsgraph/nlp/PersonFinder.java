package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Finds person names from capitalised token runs and their context: an office title or courtesy title
 * before the name, a first name from the gazetteer, a role noun before it, a verb of saying or ", who"
 * after it. Also emits pronouns and office descriptions ("the attorney general") as person references
 * for the linker. A name without such evidence is a weak mention that the linker keeps only when it
 * matches a person named elsewhere in the article. Thread-safe.
 */
public final class PersonFinder implements MentionFinder {
    static final String STRENGTH = "strength";
    static final String STRONG = "strong";
    static final String WEAK = "weak";
    /** Attribute of a name the reference table of federal office-holders lists. */
    public static final String RECORD = "record";

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\\-]*\\p{Ll}[\\p{L}'\\-]*|\\p{Lu}\\.|\\p{Lu}\\p{Ll}*\\.?");
    private static final Pattern PARTY_CODE = Pattern.compile("[DRIL]-\\p{Lu}.*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern ALL_CAPS = Pattern.compile("[\\p{Lu}\\d.'\\-]+");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "del", "della", "di", "da", "la", "le", "bin", "al", "st.");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "tweeted", "tweets", "wrote", "writes", "added",
            "told", "tells", "insisted", "argued", "asked", "replied", "responded", "stated", "posted", "explained",
            "noted", "declared", "announced", "warned", "claimed", "recalled", "continued", "testified", "railed");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "this", "that");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself", "mine");
    // The closed class of English pronouns: a PRON tag on any other word is a tagging slip.
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
            "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what", "that",
            "this", "these", "those", "there", "here", "whoever", "whatever", "whichever", "anyone", "anybody", "anything", "everyone",
            "everybody", "everything", "someone", "somebody", "something", "none", "nobody", "nothing", "one", "each", "both",
            "either", "neither", "all", "some", "any", "many", "few", "several", "much", "such", "other", "others", "another");
    private static final Set<String> FORMER = Set.of("former", "ex-", "ex", "then-", "onetime", "one-time");
    // "the first senator to endorse", "the only governor": a description of a class, not of one person; "the future
    // president", "a would-be governor": of one who does not hold the office.
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "last", "only", "other", "another", "next",
            "fellow", "same", "new", "few", "many", "top", "lone", "sole", "youngest", "oldest", "future", "would-be",
            "potential", "possible", "prospective", "likely", "eventual");
    // Capitalised at the start of a sentence or a quote, never the start of a name.
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> LEADING_WORDS = Set.of("but", "and", "or", "the", "a", "an", "in", "on", "at", "for", "if",
            "when", "while", "after", "before", "as", "so", "then", "now", "yet", "also", "even", "since", "although", "though",
            "however", "meanwhile", "still", "earlier", "later", "last", "this", "that", "these", "those", "his", "her", "their",
            "our", "my", "its", "your", "why", "how", "what", "who", "where", "with", "from", "by", "to", "of", "under", "during",
            "despite", "like", "unlike", "because", "until", "unless", "whether", "both", "either", "neither", "not", "no",
            "senior", "junior", "top", "sources", "critics", "supporters", "gee", "look", "come", "dear", "okay", "ok", "yes",
            "well", "oh", "thanks", "thank", "please", "meet", "watch", "read", "more", "many", "some", "several", "other",
            "another", "every", "each", "all", "most", "few", "fellow", "newly", "democratic", "republican");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
            "does", "did", "can", "could", "would", "should", "must", "might", "shall");
    // The words a web page puts around its photos and videos, copied into the text with the caption they frame
    // ("Vice President Joe Biden Hide Caption 4 of 38", "Image copyright Reuters Image caption Migrants at ..."):
    // the first word of each pair, and the second words it takes.
    private static final Map<String, Set<String>> CAPTION_WORDS = Map.of("hide", Set.of("caption"), "show", Set.of("caption"),
            "image", Set.of("caption", "copyright"), "media", Set.of("caption"));

    private final Gazetteers gazetteers;

    public PersonFinder(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<Mention> find(AnnotatedSentence s) {
        int n = s.size();
        Span[] offices = gazetteers.findOffices(s.tokens());
        String[] officeAt = new String[n];
        int[] officeStartAt = new int[n];
        boolean[] officeEndsBefore = new boolean[n + 1];
        String[] officeEndingBefore = new String[n + 1];
        for (Span span : offices) {
            String form = s.cover(span.getStart(), span.getEnd()).toLowerCase(Locale.ROOT);
            String key = gazetteers.office(form).map(Gazetteers.Office::key).orElse(null);
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                officeAt[i] = key;
                officeStartAt[i] = span.getStart();
            }
            officeEndsBefore[span.getEnd()] = true;
            officeEndingBefore[span.getEnd()] = key;
        }
        // "by Senators Tom Cotton (R–AK) and Josh Hawley": the capitalised plural of a one-word title before a given name
        // or an office-holder's surname is that title, as "Sens." is ("Senators" had made "Senators Tom Cotton" a weak
        // name of its own).
        for (int k = 0; k + 1 < n; k++) {
            String next = s.token(k + 1);
            String key = officeAt[k] == null && isNameToken(s, k + 1)
                    && (gazetteers.isFirstName(next) || gazetteers.isRecordSurname(next.toLowerCase(Locale.ROOT))) ? pluralTitle(s.token(k)) : null;
            if (key != null) {
                officeAt[k] = key;
                officeStartAt[k] = k;
                officeEndsBefore[k + 1] = true;
                officeEndingBefore[k + 1] = key;
            }
        }
        boolean titleCase = s.isHeadline() && isTitleCase(s);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (isCaptionWords(s, i)) {
                i += 2;
                continue;
            }
            if (!isNameToken(s, i)) {
                i++;
                continue;
            }
            int j = i;
            // A quote, a book's title or a subhead in body text may be in title case too: a capitalised word of grammar
            // inside the run says so ("I Will Never Vote For Donald Trump", "How Richard Nixon Rose From Defeat").
            boolean runTitleCase = titleCase || hasCapitalisedGrammarWord(s, i, officeAt);
            while (j < n && !isCaptionWords(s, j)) {
                // Title case capitalises "At", "The" and "For" too: in a headline they end a name.
                if (runTitleCase && j > i && (LEADING_WORDS.contains(s.token(j).toLowerCase(Locale.ROOT)) || isFunctionWord(s, j)))
                    break;
                // "Paul Manafort Former campaign chairman" of a table: "Former" starts a title, never ends a name.
                if (j > i && FORMER.contains(s.token(j).toLowerCase(Locale.ROOT)))
                    break;
                if (isNameToken(s, j))
                    j++;
                else if (joinedByHyphen(s, j) && !hyphenBetweenNames(s, i, j))
                    j += 2;
                else if (isNickname(s, j) || isInsertion(s, j))
                    j += 3;
                else if (j > i && PARTICLES.contains(s.token(j).toLowerCase(Locale.ROOT)) && j + 1 < n && isNameToken(s, j + 1)
                        && !gazetteers.isNonPersonWord(s.token(j + 1)))
                    j++;
                else if (j > i && SUFFIXES.contains(s.token(j)))
                    j++;
                else
                    break;
            }
            int from = i;
            while (from < j && (LEADING_WORDS.contains(s.token(from).toLowerCase(Locale.ROOT)) || isFunctionWord(s, from)
                    && officeAt[from] == null && !gazetteers.isFirstName(s.token(from))
                    || from + 1 < j && isModifierWord(s.token(from)) && officeAt[from] == null
                    || !runTitleCase && isCommonWordBeforeName(s, from, j, officeAt)
                    || isVerbBeforeName(s, from, j, officeAt)
                    // "I Will Phone Bank For Hillary": in title case an auxiliary before a verb is none of a name.
                    || runTitleCase && from + 1 < j && s.tag(from).equals("AUX") && !s.tag(from + 1).equals("PROPN")))
                from++;
            // "endorsed Marie Newman Tuesday": the day the news gives is no part of the name.
            int to = j;
            while (to - 1 > from && WEEKDAYS.contains(s.token(to - 1).toLowerCase(Locale.ROOT)))
                to--;
            int second = from < to ? secondNameAt(s, from, to, officeAt) : -1;
            List<Integer> names = second > 0 ? List.of(from, second, to) : from < to ? namesRunTogether(s, from, to, officeAt) : List.of();
            for (int k = 0; k + 1 < names.size(); k++)
                addRun(s, names.get(k), names.get(k + 1), officeAt, officeStartAt, officeEndsBefore, officeEndingBefore,
                        runTitleCase, out);
            i = j;
        }
        addReferences(s, offices, out);
        addPartyDescriptions(s, out);
        addNomineeDescriptions(s, out);
        return out;
    }

    private void addRun(AnnotatedSentence s, int runStart, int runEnd, String[] officeAt, int[] officeStartAt,
                        boolean[] officeEndsBefore, String[] officeEndingBefore, boolean titleCase, List<Mention> out) {
        // The name starts after the last title inside the run ("Trump Organization CFO Allen Weisselberg").
        int nameStart = runStart;
        String title = officeEndsBefore[runStart] ? officeEndingBefore[runStart] : null;
        int titleStart = title != null ? officeStartBefore(officeAt, officeStartAt, runStart) : -1;
        boolean honorific = runStart > 0 && gazetteers.isHonorific(s.token(runStart - 1));
        String party = null;
        String titleJurisdiction = null;
        for (int k = runStart; k < runEnd; k++) {
            if (officeAt[k] != null) {
                int end = k;
                while (end < runEnd && officeAt[end] != null && officeStartAt[end] == officeStartAt[k])
                    end++;
                title = officeAt[k];
                titleStart = officeStartAt[k];
                honorific = false;
                nameStart = end;
                k = end - 1;
                // "President Elect Trump": the office is yet to come and "Elect" no name, as in "President-elect Trump".
                if (end < runEnd && s.token(end).equalsIgnoreCase("elect")) {
                    title = null;
                    nameStart = end + 1;
                    k = end;
                }
            } else if (isElectTitle(s.token(k))) {
                // "President-Elect Trump" in one token.
                title = null;
                honorific = false;
                nameStart = k + 1;
            } else if (gazetteers.isHonorific(s.token(k))) {
                honorific = true;
                title = null;
                nameStart = k + 1;
            }
        }
        for (int k = runStart; k < nameStart; k++) {
            if (gazetteers.party(s.token(k)).isPresent())
                party = gazetteers.party(s.token(k)).get().key();
            if (gazetteers.state(s.token(k)).isPresent())
                titleJurisdiction = gazetteers.state(s.token(k)).get().name();
        }
        int nameEnd = runEnd;
        if (nameStart >= nameEnd)
            return;
        boolean titled = title != null || honorific;
        if (titleCase) {
            // Title-case headlines capitalise verbs too: keep first names and initials and one more word (with the
            // rest of a hyphened surname), or an office-holder's name as the reference table gives it.
            int end;
            if (nameStart + 2 <= nameEnd && gazetteers.isRecordName(s.token(nameStart) + " " + s.token(nameStart + 1))) {
                // "How Richard Nixon Rose From Defeat": an office-holder's name is the name, whatever first names follow.
                end = nameStart + 2;
            } else {
                int k = nameStart;
                while (k < nameEnd && (gazetteers.isFirstName(s.token(k)) || k > nameStart && INITIAL.matcher(s.token(k)).matches()))
                    k++;
                // A surname that is a first name too ("John Kerry Attacked", "Michael Flynn Investigation"): a word after
                // the first names that the tagger takes for a common word is no part of the name.
                end = k - nameStart >= 2 && k < nameEnd && !s.tag(k).equals("PROPN") ? k : k + 1;
                // "Kerry Urges China ...", "Reid Calls It Fair", "Clinton Enjoys Bounce": an office-holder's surname that
                // is a first name too, alone before a verb of the headline (a word in -s, or one the tagger takes for a
                // verb) that is no first name and no office-holder's surname ("Warren Buffett", "Kerry Collins" stay).
                if (k == nameStart + 1 && end == k + 1 && end <= nameEnd && isHeadlineVerb(s, k)
                        && gazetteers.isRecordSurname(s.token(nameStart).toLowerCase(Locale.ROOT)))
                    end = k;
            }
            while (end + 1 < nameEnd && joinedByHyphen(s, end))
                end += 2;
            while (end < nameEnd && SUFFIXES.contains(s.token(end)))
                end++;
            nameEnd = Math.min(nameEnd, end);
        }
        List<Integer> core = new ArrayList<>();
        for (int k = nameStart; k < nameEnd; k++) {
            String t = s.token(k);
            if (t.equals("(") || t.equals(")") || t.equals("[") || t.equals("]") || (k > nameStart && s.token(k - 1).equals("("))
                    || SUFFIXES.contains(t) || t.equals("-"))
                continue;
            core.add(k);
        }
        if (core.isEmpty())
            return;
        for (int k : core) {
            if (gazetteers.isNonPersonWord(s.token(k)) || ALL_CAPS.matcher(s.token(k)).matches() && s.token(k).length() > 2)
                return;
        }
        String first = s.token(core.get(0));
        int words = core.size();
        // A federal office-holder's name as the reference table gives it: a name and a public figure, whatever the text says.
        boolean recordName = words >= 2 && gazetteers.isRecordName(first + " " + s.token(core.get(words - 1)));
        boolean strong;
        if (titleCase) {
            // Title case hides which words are names: only a first name or an office-holder's name makes one certain.
            strong = words >= 2 && gazetteers.isFirstName(first) || recordName;
        } else if (titled) {
            strong = true;
        } else if (words >= 2) {
            strong = gazetteers.isFirstName(first) || saidAfter(s, nameEnd) || roleBefore(s, nameStart) || whoAfter(s, nameEnd)
                    || recordName;
        } else {
            strong = false;
        }
        if (!titled && words == 1 && isFunctionWord(s, core.get(0)))
            return;
        Map<String, String> attributes = new HashMap<>();
        attributes.put(STRENGTH, strong ? STRONG : WEAK);
        if (title != null) {
            attributes.put("title", title);
            attributes.put("titleSurface", s.cover(titleStart, officeEndOf(officeAt, officeStartAt, titleStart, s.size())));
            if (OfficeFinder.precededBy(s, titleStart, FORMER))
                attributes.put("titleStatus", "former");
            if (titleJurisdiction != null)
                attributes.put("titleJurisdiction", titleJurisdiction);
        }
        if (honorific) {
            attributes.put("honorific", "true");
            attributes.put("honorificWord", s.token(nameStart - 1).toLowerCase(Locale.ROOT));
        }
        if (party != null)
            attributes.put("party", party);
        if (recordName)
            attributes.put(RECORD, "true");
        if (nameEnd < s.size() && (s.token(nameEnd).equals("'s") || s.token(nameEnd).equals("'")))
            attributes.put("possessive", "true");
        nomineeBefore(s, nameStart, attributes);
        String value = s.cover(nameStart, nameEnd).replace("[", "").replace("]", "").replaceAll("\\s+", " ").strip();
        out.add(new Mention(EntityType.PERSON, Mention.Form.NAME, s.index(), nameStart, nameEnd, value, value,
                attributes, strong ? 0.9 : 0.5));
    }

    /**
     * Where a run of capitalised words is two full names back to back, one of them a federal office-holder's as the
     * reference table gives it, the other a first name and a surname ("Is Joe Biden Hillary Clinton?", "calling Marco
     * Rubio Mark Zuckerberg's personal senator"): the token the second name starts at, else -1.
     */
    private int secondNameAt(AnnotatedSentence s, int from, int to, String[] officeAt) {
        for (int k = from + 2; k + 2 <= to; k++) {
            boolean plain = true;
            for (int w = k - 2; w < k + 2; w++)
                plain &= isNameToken(s, w) && officeAt[w] == null && !gazetteers.isHonorific(s.token(w));
            if (!plain)
                continue;
            boolean recordBefore = gazetteers.isRecordName(s.token(k - 2) + " " + s.token(k - 1));
            boolean recordAfter = gazetteers.isRecordName(s.token(k) + " " + s.token(k + 1));
            // The other name is a first name and one more word, neither a word of grammar: "Richard Nixon Rose From
            // Defeat" of a book's title is no two names, nor "Mike Pence Will Be the ..." or "Will Sen Mark Udall ...?".
            if (recordBefore && (recordAfter || k + 2 == to && looksLikeName(s, k))
                    || recordAfter && looksLikeName(s, k - 2))
                return k;
        }
        return -1;
    }

    /**
     * Where a run of capitalised words is full names run together, as a table or a list that lost its commas gives
     * them ("Michael T. Flynn George Papadopoulos Paul Manafort Rick Gates"): each a first name or more, initials, and
     * a surname that is no first name, no word of grammar among them. The tokens each name starts at and the run's
     * end, or the whole run as one name when it is not so made ("Hillary Rodham Clinton", "Debbie Wasserman Schultz").
     */
    private List<Integer> namesRunTogether(AnnotatedSentence s, int from, int to, String[] officeAt) {
        List<Integer> starts = new ArrayList<>();
        int k = from;
        while (k < to) {
            int start = k;
            if (k + 1 < to && plainNameWord(s, k, officeAt) && plainNameWord(s, k + 1, officeAt)
                    && gazetteers.isRecordName(s.token(k) + " " + s.token(k + 1))) {
                k += 2;
            } else {
                if (!plainNameWord(s, k, officeAt) || !gazetteers.isFirstName(s.token(k)))
                    return List.of(from, to);
                k++;
                // First names, then initials; the word after an initial is the surname ("Michael T. Flynn", a first name too).
                while (k < to && plainNameWord(s, k, officeAt) && gazetteers.isFirstName(s.token(k)) && !INITIAL.matcher(s.token(k - 1)).matches())
                    k++;
                while (k < to && plainNameWord(s, k, officeAt) && INITIAL.matcher(s.token(k)).matches())
                    k++;
                if (k >= to || !plainNameWord(s, k, officeAt) || LEADING_WORDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                    return List.of(from, to);
                k++;
            }
            while (k < to && (SUFFIXES.contains(s.token(k)) || joinedByHyphen(s, k) && k + 1 < to))
                k += s.token(k).equals("-") ? 2 : 1;
            starts.add(start);
        }
        if (starts.size() < 2)
            return List.of(from, to);
        starts.add(to);
        // A surname written twice is the name written again ("Paul Ryan Paul Davis Ryan" of a hover card), not a table.
        Set<String> surnames = new HashSet<>();
        for (int g = 1; g < starts.size(); g++) {
            int last = starts.get(g) - 1;
            while (last > starts.get(g - 1) && SUFFIXES.contains(s.token(last)))
                last--;
            surnames.add(s.token(last).toLowerCase(Locale.ROOT));
        }
        int seen = 0;
        for (int w = from; w < to; w++)
            if (surnames.contains(s.token(w).toLowerCase(Locale.ROOT)))
                seen++;
        return seen > surnames.size() ? List.of(from, to) : starts;
    }

    /** A capitalised word of a name, outside any title, no office's word ("Secretary") and tagged as no word of grammar. */
    private boolean plainNameWord(AnnotatedSentence s, int k, String[] officeAt) {
        return isNameToken(s, k) && officeAt[k] == null && !gazetteers.isHonorific(s.token(k)) && !isFunctionWord(s, k)
                && !gazetteers.isNonPersonWord(s.token(k)) && !gazetteers.isOfficeHead(s.token(k));
    }

    /**
     * Whether the stretch of capitalised words around {@code i} holds, after its first word, a word the tagger takes for a
     * word of grammar (an English preposition, conjunction or auxiliary, so tagged) that is no first name, no initial
     * and no part of an office's title: words that only title case capitalises ("For", "To", "Be"; not "Van", "A." or
     * "Monitor" that the tagger took for a conjunction, nor "The" that begins a paper's name: "As The Christian Science
     * Monitor reported").
     */
    private boolean hasCapitalisedGrammarWord(AnnotatedSentence s, int i, String[] officeAt) {
        int start = i;
        while (start > 0 && isNameToken(s, start - 1))
            start--;
        for (int k = start + 1; k < s.size() && isNameToken(s, k); k++) {
            String tag = s.tag(k);
            String lower = s.token(k).toLowerCase(Locale.ROOT);
            if ((tag.equals("ADP") || tag.equals("CCONJ") || tag.equals("SCONJ") || tag.equals("AUX") || tag.equals("PART"))
                    && (LEADING_WORDS.contains(lower) || AUXILIARIES.contains(lower))
                    && officeAt[k] == null && !gazetteers.isFirstName(lower) && !INITIAL.matcher(s.token(k)).matches())
                return true;
        }
        return false;
    }

    /**
     * Whether the hyphen at {@code j} joins two people's names rather than a hyphened surname ("a Vladimir Putin-Donald
     * Trump meeting"): an office-holder's name as the reference table gives it on one side, a first name and one more
     * word on the other.
     */
    private boolean hyphenBetweenNames(AnnotatedSentence s, int runStart, int j) {
        if (j - 2 < runStart || j + 2 >= s.size() || !isNameToken(s, j + 2))
            return false;
        String before = s.token(j - 2) + " " + s.token(j - 1);
        String after = s.token(j + 1) + " " + s.token(j + 2);
        return gazetteers.isRecordName(before) && gazetteers.isFirstName(s.token(j + 1))
                || gazetteers.isRecordName(after) && gazetteers.isFirstName(s.token(j - 2));
    }

    /** A first name and one more word at {@code k}, neither tagged as a word of grammar ("Will/AUX Be/AUX"). */
    private boolean looksLikeName(AnnotatedSentence s, int k) {
        return gazetteers.isFirstName(s.token(k)) && !isFunctionWord(s, k) && !isFunctionWord(s, k + 1);
    }

    private static int officeStartBefore(String[] officeAt, int[] officeStartAt, int runStart) {
        return runStart > 0 && officeAt[runStart - 1] != null ? officeStartAt[runStart - 1] : runStart;
    }

    private static int officeEndOf(String[] officeAt, int[] officeStartAt, int start, int n) {
        int end = start;
        while (end < n && officeAt[end] != null && officeStartAt[end] == start)
            end++;
        return Math.max(end, start + 1);
    }

    /** What a party's member is called in a description: "the Texas Republican", "the Vermont Democrat". */
    private static final Set<String> MEMBER_WORDS = Set.of("republican", "democrat");

    /**
     * "the Texas Republican", "the former Indiana Democrat": a party member of a state, who stands for a person named
     * elsewhere. Not "the Texas Republican Party" or "the Texas Republican primary", where the word modifies a noun.
     */
    private void addPartyDescriptions(AnnotatedSentence s, List<Mention> out) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!s.token(i).equalsIgnoreCase("the"))
                continue;
            int k = i + 1;
            boolean former = FORMER.contains(s.token(k).toLowerCase(Locale.ROOT));
            if (former)
                k++;
            Optional<Gazetteers.State> state = Optional.empty();
            int start = k;
            if (k + 1 < s.size() && Character.isUpperCase(s.token(k).charAt(0))) {
                state = gazetteers.state(s.token(k) + " " + s.token(k + 1));
                if (state.isPresent())
                    k += 2;
            }
            if (state.isEmpty() && k < s.size() && Character.isUpperCase(s.token(k).charAt(0))) {
                state = gazetteers.state(s.token(k));
                if (state.isPresent())
                    k++;
            }
            if (state.isEmpty() || k >= s.size() || !MEMBER_WORDS.contains(s.token(k).toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(s.token(k).charAt(0)))
                continue;
            int end = k + 1;
            if (end < s.size() && (s.tag(end).equals("NOUN") || s.tag(end).equals("PROPN") || Character.isUpperCase(s.token(end).charAt(0))))
                continue;
            Optional<Gazetteers.Party> party = gazetteers.party(s.token(k));
            if (party.isEmpty())
                continue;
            Map<String, String> attributes = new HashMap<>();
            attributes.put("titleJurisdiction", state.get().name());
            attributes.put("describedParty", party.get().key());
            if (former)
                attributes.put("titleStatus", "former");
            out.add(description(s, i, start, end, PARTY_MEMBER, attributes));
        }
    }

    /** A party's choice for a contest, as news calls it: "the GOP nominee", "the Democratic standard-bearer". */
    private static final Set<String> NOMINEE_WORDS = Set.of("nominee", "candidate", "standard-bearer");
    /** What may stand between the party and the noun: "the Republican presidential nominee". */
    private static final Set<String> CONTEST_KINDS = Set.of("presidential", "senate", "gubernatorial", "house", "congressional");
    private static final Set<String> NOMINEE_QUALIFIERS = Set.of("presumptive", "likely", "eventual", "party's", "putative");
    private static final Set<String> PREDICATING = Set.of("become", "became", "becomes", "becoming", "be", "been", "is", "was",
            "were", "are", "'s", "as", "remains", "remained", "named", "choose", "chose", "pick", "picked", "support", "back");

    /** A name's attribute: the party whose nominee the words right before it call the person ("GOP nominee Mitt Romney"). */
    public static final String NOMINEE_OF = "nomineeOf";
    /** A nominee's or a nominee description's attribute: the kind of contest its words give ("presidential"). */
    public static final String CONTEST_KIND = "contestKind";
    /** The value of a party nominee's description ("the Republican nominee"). */
    public static final String PARTY_NOMINEE = "party-nominee";

    /**
     * "GOP nominee Mitt Romney", "Democratic presidential candidate Hillary Clinton": the party whose nominee the words
     * before the name call the person, and the kind of contest where they give one, as the name's attributes.
     */
    private void nomineeBefore(AnnotatedSentence s, int nameStart, Map<String, String> attributes) {
        int k = nameStart - 1;
        if (k < 1 || !NOMINEE_WORDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
            return;
        k--;
        String kind = null;
        if (k >= 1 && CONTEST_KINDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
            kind = s.token(k--).toLowerCase(Locale.ROOT);
        Optional<Gazetteers.Party> party = gazetteers.party(s.token(k));
        if (party.isEmpty())
            return;
        attributes.put(NOMINEE_OF, party.get().key());
        if (kind != null)
            attributes.put(CONTEST_KIND, kind);
    }

    /**
     * "the Republican nominee", "the presumptive GOP presidential nominee's decision": a party's nominee, who stands for
     * the one person the article names as such. Not "the Republican nominee Mitt Romney" (a title before a name) nor a
     * plural.
     */
    private void addNomineeDescriptions(AnnotatedSentence s, List<Mention> out) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!s.token(i).equalsIgnoreCase("the"))
                continue;
            int k = i + 1;
            if (NOMINEE_QUALIFIERS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                k++;
            if (k >= s.size())
                continue;
            Optional<Gazetteers.Party> party = gazetteers.party(s.token(k));
            if (party.isEmpty() || !Character.isUpperCase(s.token(k).charAt(0)))
                continue;
            int start = k;
            k++;
            String kind = null;
            if (k < s.size() && CONTEST_KINDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                kind = s.token(k++).toLowerCase(Locale.ROOT);
            if (k >= s.size() || !NOMINEE_WORDS.contains(s.token(k).toLowerCase(Locale.ROOT)))
                continue;
            int end = k + 1;
            // "went on to become the Democratic nominee", "if he was the GOP nominee": said of someone, standing for no one.
            if (i > 0 && PREDICATING.contains(s.token(i - 1).toLowerCase(Locale.ROOT)))
                continue;
            // "the GOP nominee Mitt Romney", "the Democratic candidate for governor": a title, or another contest's.
            if (end < s.size() && (Character.isUpperCase(s.token(end).charAt(0)) || s.token(end).equalsIgnoreCase("for")))
                continue;
            Map<String, String> attributes = new HashMap<>();
            attributes.put("describedParty", party.get().key());
            if (kind != null)
                attributes.put(CONTEST_KIND, kind);
            out.add(description(s, i, start, end, PARTY_NOMINEE, attributes));
        }
    }

    /**
     * A description that opens with "the" at {@code the} and covers {@code start..end}: possessive when "'s" follows, and
     * in apposition to the name before its comma ("Cruz, the Texas Republican,": the comma a name before it would end at).
     */
    private static Mention description(AnnotatedSentence s, int the, int start, int end, String value, Map<String, String> attributes) {
        if (end < s.size() && (s.token(end).equals("'s") || s.token(end).equals("'")))
            attributes.put("possessive", "true");
        if (apposition(s, the - 1, end))
            attributes.put(APPOSITION_AFTER, String.valueOf(the - 1));
        return new Mention(EntityType.PERSON, Mention.Form.TITLE, s.index(), start, end, s.cover(start, end), value, attributes, 0.7);
    }

    // What may follow a description in apposition: "Gingrich, the former House speaker, agreed", "Cruz, the Texas
    // Republican who ...". A verb makes it a clause's subject: "Taking a lesson from Obama, the Democratic senator wants".
    private static final Set<String> APPOSITION_ENDS = Set.of(",", "who", "whose", ".", ";", ":", ")", "—", "–", "-", "--", "and");

    /** True when a comma at {@code comma} follows a name ("Still, the president" does not) and the phrase ends at {@code end}. */
    private static boolean apposition(AnnotatedSentence s, int comma, int end) {
        return comma > 0 && s.token(comma).equals(",") && s.tag(comma - 1).equals("PROPN")
                && (end >= s.size() || APPOSITION_ENDS.contains(s.token(end).toLowerCase(Locale.ROOT)));
    }

    /** A description's attribute: the index of the comma after the name it stands in apposition to. */
    public static final String APPOSITION_AFTER = "appositionAfter";

    /** The value of a party member's description ("the Texas Republican"): a person of no office. */
    public static final String PARTY_MEMBER = "party-member";

    /**
     * "her bid for the Senate", "her 2016 campaign": "her" before what it owns is possessive, whichever tag the tagger
     * gave it (it often says PRON); "endorsed her in May", "made her famous" keep it an object.
     */
    private static boolean possessiveHer(AnnotatedSentence s, int i) {
        if (s.tag(i).equals("DET"))
            return true;
        int next = i + 1;
        if (next >= s.size())
            return false;
        // "won her House re-election race": the tagger may take a chamber for anything; a contest's word is owned.
        if (CONTEST_WORDS.contains(s.token(next).toLowerCase(Locale.ROOT)))
            return true;
        // "to endorse her last week": a time after the pronoun is when, not what she owns.
        int noun = s.tag(next).equals("ADJ") ? next + 1 : next;
        if (noun >= s.size() || TIMES.contains(s.token(noun).toLowerCase(Locale.ROOT)))
            return false;
        String tag = s.tag(noun);
        return tag.equals("NOUN") || tag.equals("NUM") || noun > next && tag.equals("ADJ");
    }

    private static final Set<String> CONTEST_WORDS = Set.of("house", "senate", "congressional", "presidential",
            "gubernatorial", "mayoral", "re-election", "reelection", "primary", "campaign", "bid", "candidacy", "race");

    private static final Set<String> TIMES = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "night", "morning", "evening", "afternoon", "weekend", "spring", "summer", "fall", "autumn", "winter", "time", "times");

    /** Pronouns and office descriptions that may stand for a person named elsewhere. */
    private void addReferences(AnnotatedSentence s, Span[] offices, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i).toLowerCase(Locale.ROOT);
            String gender = MALE.contains(t) ? "male" : FEMALE.contains(t) ? "female" : FIRST_PERSON.contains(t) ? "first" : null;
            if (gender == null || !(s.tag(i).equals("PRON") || s.tag(i).equals("DET") || t.equals("i")))
                continue;
            if (t.equals("i") && !s.token(i).equals("I"))
                continue;
            Map<String, String> attributes = new HashMap<>();
            attributes.put("person", gender);
            if (t.equals("his") || t.equals("her") && possessiveHer(s, i) || t.equals("my"))
                attributes.put("possessive", "true");
            if (t.endsWith("self"))
                attributes.put("reflexive", "true");
            out.add(new Mention(EntityType.PERSON, Mention.Form.PRONOUN, s.index(), i, i + 1, s.token(i), t, attributes, 0.7));
        }
        for (Span span : offices) {
            int start = span.getStart();
            int end = span.getEnd();
            // "criticized the president Thursday": a day after the title is no name it stands before.
            if (end < s.size() && isNameToken(s, end) && !WEEKDAYS.contains(s.token(end).toLowerCase(Locale.ROOT)))
                continue;
            if (end < s.size() && s.token(end).equalsIgnoreCase("of") && !s.cover(start, end).toLowerCase(Locale.ROOT).contains(" of "))
                continue;
            String surface = s.cover(start, end);
            String key = gazetteers.office(surface.toLowerCase(Locale.ROOT)).map(Gazetteers.Office::key).orElse(null);
            // "the Alabama Senate seat" is a seat, not a way of naming its holder.
            if (key == null || surface.toLowerCase(Locale.ROOT).endsWith("seat"))
                continue;
            boolean determined = surface.equals("POTUS");
            // "the French President", "Russia's president": another country's office, which no title of the article's
            // Americans stands for.
            boolean foreign = OfficeFinder.countryBefore(gazetteers, s, start) != null;
            String place = null;
            int appositionAfter = -1;
            int k = start - 1;
            int guard = 0;
            while (k >= 0 && guard < 4 && !determined) {
                // "the South Carolina senator": a two-word state.
                Optional<Gazetteers.State> twoWords = k > 0 && Character.isUpperCase(s.token(k - 1).charAt(0))
                        ? gazetteers.state(s.token(k - 1) + " " + s.token(k)) : Optional.empty();
                if (twoWords.isPresent()) {
                    place = twoWords.get().name();
                    k -= 2;
                    guard++;
                    continue;
                }
                if (gazetteers.state(s.token(k)).isPresent() && Character.isUpperCase(s.token(k).charAt(0)))
                    place = gazetteers.state(s.token(k)).get().name();
                String w = s.token(k).toLowerCase(Locale.ROOT);
                if (DETERMINERS.contains(w) || w.equals("'s")) {
                    determined = true;
                    // "Newt Gingrich, the former House speaker,": the comma a name before it would end at.
                    if (w.equals("the") && apposition(s, k - 1, end))
                        appositionAfter = k - 1;
                    break;
                }
                if (ORDINALS.contains(w))
                    break;
                if (!(s.tag(k).equals("ADJ") || FORMER.contains(w) || gazetteers.state(s.token(k)).isPresent()
                        || w.equals("u.s.") || gazetteers.party(w).isPresent() || s.tag(k).equals("PROPN") && w.equals("doj")))
                    break;
                k--;
                guard++;
            }
            if (!determined || foreign)
                continue;
            Map<String, String> attributes = new HashMap<>();
            attributes.put("title", key);
            attributes.put("titleSurface", surface);
            if (OfficeFinder.precededBy(s, start, FORMER))
                attributes.put("titleStatus", "former");
            if (place != null)
                attributes.put("titleJurisdiction", place);
            if (end < s.size() && (s.token(end).equals("'s") || s.token(end).equals("'")))
                attributes.put("possessive", "true");
            // "Smith, the governor's chief of staff" is the governor's aide, no apposition of the governor.
            else if (appositionAfter >= 0)
                attributes.put(APPOSITION_AFTER, String.valueOf(appositionAfter));
            out.add(new Mention(EntityType.PERSON, Mention.Form.TITLE, s.index(), start, end, surface, key, attributes, 0.7));
        }
    }

    /**
     * A capitalised word before a first name and a surname that the tagger takes for a common noun or a verb and that is no
     * first name, title or part of an office-holder's name: a table's heading or a headline's verb ("Charges Paul
     * Manafort", "Charged Michael T. Flynn"). A title before it is then no title of the name.
     */
    private boolean isCommonWordBeforeName(AnnotatedSentence s, int k, int runEnd, String[] officeAt) {
        return k + 2 < runEnd && (s.tag(k).equals("NOUN") || s.tag(k).equals("VERB")) && officeAt[k] == null && !gazetteers.isFirstName(s.token(k))
                && !gazetteers.isHonorific(s.token(k)) && gazetteers.isFirstName(s.token(k + 1)) && isNameToken(s, k + 2)
                && !gazetteers.isRecordName(s.token(k) + " " + s.token(k + 1))
                // "Barack Hussein Obama": the word and the run's last one are an office-holder's name, the middle name between.
                && !gazetteers.isRecordName(s.token(k) + " " + s.token(runEnd - 1));
    }

    /**
     * "Said Obama: ...", a chant "Don't Vote Trump", a headline's "Removing Trump", "Defiant Obama says": a verb of
     * saying, a verb in -ing or a verb after an auxiliary, or an adjective or adverb that is no given name, that starts
     * a sentence, a quote or a verb phrase, before a given name or an office-holder's surname, is no part of the name,
     * though capitalised. A verb of saying even when it is a given
     * name too ("Said"); no other given name, for the tagger takes names at the start of a sentence for verbs now and
     * then ("Hope Hicks", "Rush Limbaugh"), nor a word after which no name follows ("Trump Tells" of a headline).
     */
    private boolean isVerbBeforeName(AnnotatedSentence s, int k, int runEnd, String[] officeAt) {
        boolean modifier = s.tag(k).equals("ADJ") || s.tag(k).equals("ADV");
        if (k + 1 >= runEnd || !s.tag(k).equals("VERB") && !modifier || officeAt[k] != null)
            return false;
        boolean afterAuxiliary = k > 0 && s.tag(k - 1).startsWith("AUX");
        if (k > 0 && !afterAuxiliary && !isOpeningQuote(s.token(k - 1)))
            return false;
        String word = s.token(k).toLowerCase(Locale.ROOT);
        // "Defiant Obama says", "Egalitarian Obama told": an adjective or adverb that starts a sentence, no given name.
        boolean verb = modifier ? !afterAuxiliary && !gazetteers.isFirstName(word) && !isModifierWord(s.token(k))
                : SAYING.contains(word) || !gazetteers.isFirstName(word) && (word.endsWith("ing") || afterAuxiliary);
        String next = s.token(k + 1);
        // After an adjective only an office-holder's surname alone ("New Jersey", "Emantic Bradford" stay whole).
        return verb && (!modifier && gazetteers.isFirstName(next) || gazetteers.isRecordSurname(next.toLowerCase(Locale.ROOT))
                        && (!modifier || runEnd == k + 2))
                && !gazetteers.isRecordName(s.token(k) + " " + s.token(runEnd - 1));
    }

    private boolean isHeadlineVerb(AnnotatedSentence s, int k) {
        String word = s.token(k);
        String lower = word.toLowerCase(Locale.ROOT);
        return (s.tag(k).equals("VERB") || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss"))
                && !gazetteers.isFirstName(word) && !gazetteers.isRecordSurname(lower) && !gazetteers.isRecordName(s.token(k - 1) + " " + word);
    }

    private static boolean isOpeningQuote(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("‘") || token.equals("'") || token.equals("(");
    }

    /** The office of a capitalised plural of a one-word title ("Senators", "Representatives", "Governors"), if any. */
    private String pluralTitle(String token) {
        if (token.length() < 5 || !token.endsWith("s") || token.endsWith("ss") || !Character.isUpperCase(token.charAt(0)))
            return null;
        String singular = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        return gazetteers.isFirstName(singular) ? null : gazetteers.office(singular).map(Gazetteers.Office::key).orElse(null);
    }

    /** An office title with "-elect" in one token ("President-Elect"): the office is yet to come, and the word no name. */
    private boolean isElectTitle(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.endsWith("-elect") && gazetteers.office(lower.substring(0, lower.length() - "-elect".length())).isPresent();
    }

    /** A party, state or nationality word that may stand before a name ("Democrat Doug Jones", "Alaska Republican"). */
    private boolean isModifierWord(String token) {
        return gazetteers.party(token).isPresent() || gazetteers.state(token).isPresent();
    }

    static boolean isCapitalisedWord(String token) {
        return CAPITALISED.matcher(token).matches();
    }

    private boolean isNameToken(AnnotatedSentence s, int i) {
        String t = s.token(i);
        return isCapitalisedWord(t) && !t.equals("I") && !PARTY_CODE.matcher(t).matches();
    }

    /**
     * "Hyde-Smith" that the tokenizer split into "Hyde", "-", "Smith": a hyphen with no space on either side between
     * two capitalised words inside a name.
     */
    private boolean joinedByHyphen(AnnotatedSentence s, int j) {
        return j > 0 && j + 1 < s.size() && s.token(j).equals("-") && isNameToken(s, j - 1) && isNameToken(s, j + 1)
                && s.tokenEnd(j - 1) == s.tokenStart(j) && s.tokenEnd(j) == s.tokenStart(j + 1);
    }

    private boolean isNickname(AnnotatedSentence s, int j) {
        return j + 2 < s.size() && s.token(j).equals("(") && isCapitalisedWord(s.token(j + 1)) && s.token(j + 2).equals(")")
                && gazetteers.isFirstName(s.token(j + 1));
    }

    /**
     * An editor's insertion inside a quote: "Governor [Rick] Scott"; not a party code in brackets after the name
     * ("Sen. Ted Cruz [R-Texas] spoke"), which is no part of it.
     */
    private boolean isInsertion(AnnotatedSentence s, int j) {
        return j > 0 && j + 2 < s.size() && s.token(j).equals("[") && isNameToken(s, j + 1) && s.token(j + 2).equals("]")
                && isCapitalisedWord(s.token(j - 1));
    }

    /** Whether the page's words around a photo or video start at token {@code i} ("Hide Caption", "Image copyright"). */
    private static boolean isCaptionWords(AnnotatedSentence s, int i) {
        Set<String> second = i + 1 < s.size() ? CAPTION_WORDS.get(s.token(i).toLowerCase(Locale.ROOT)) : null;
        return second != null && second.contains(s.token(i + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isFunctionWord(AnnotatedSentence s, int i) {
        String tag = s.tag(i);
        // The tagger now and then takes a capitalised surname for a pronoun ("the only one Trump/PRON received").
        if (tag.equals("PRON") && !PRONOUNS.contains(s.token(i).toLowerCase(Locale.ROOT)))
            return false;
        return tag.equals("DET") || tag.equals("ADP") || tag.equals("CCONJ") || tag.equals("SCONJ") || tag.equals("PRON")
                || tag.equals("AUX") || tag.equals("PART") || tag.equals("ADV") || tag.equals("INTJ") || tag.equals("NUM");
    }

    private static boolean saidAfter(AnnotatedSentence s, int end) {
        return end < s.size() && SAYING.contains(s.token(end).toLowerCase(Locale.ROOT));
    }

    private static boolean whoAfter(AnnotatedSentence s, int end) {
        return end + 1 < s.size() && s.token(end).equals(",") && s.token(end + 1).equalsIgnoreCase("who");
    }

    /** A lower-case noun right before the name ("coach", "spokesman"), or after a comma ("daughter, Aissa Wayne"). */
    private static boolean roleBefore(AnnotatedSentence s, int start) {
        int i = start - 1;
        if (i >= 0 && s.token(i).equals(","))
            i--;
        if (i < 0)
            return false;
        String t = s.token(i);
        // A lower-case word tagged a proper noun ("Georgia's last Democratic senator, Zell Miller") is a noun too.
        return Character.isLowerCase(t.charAt(0)) && (s.tag(i).equals("NOUN") || s.tag(i).equals("PROPN"));
    }

    private static boolean isTitleCase(AnnotatedSentence s) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            if (!Character.isLetter(t.charAt(0)) || t.length() < 3)
                continue;
            words++;
            if (Character.isUpperCase(t.charAt(0)))
                capitalised++;
        }
        return words >= 4 && capitalised >= 0.7 * words;
    }
}
