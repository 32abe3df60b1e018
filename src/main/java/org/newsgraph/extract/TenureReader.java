package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Reads when an office was held from the words that describe the holding: "from 2008 to 2010",
 * "since 2013", "until 2019", "was elected in 2010", "took office in January", "who left office in 2019",
 * "has served for a decade", "served two terms". Only a year the tenure words govern counts: reading stops
 * at the first word that is neither a tenure word nor part of a date, so a year that belongs to something
 * else in the sentence ("served in the Army for 20 years", "said in 2012") sets nothing. Stateless.
 */
final class TenureReader {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    // Term lengths fixed by the U.S. Constitution (Art. I sec. 2 and 3, Art. II sec. 1); other offices' vary by state.
    private static final Map<String, Integer> TERM_YEARS = Map.of("us-president", 4, "us-vice-president", 4,
            "us-senator", 6, "us-representative", 2);
    // "in YEAR" after these is when the holding began.
    private static final Set<String> START_VERBS = Set.of("elected", "appointed", "named", "confirmed", "sworn", "became",
            "becoming", "become", "took", "tapped", "nominated");
    // "in YEAR" after these is when it ended ("left" only with "office", "post"...: "left for Iowa in 2019" is not).
    private static final Set<String> END_VERBS = Set.of("resigned", "retired", "stepped", "left");
    // A re-election is neither start nor end: "was reelected in 2016" must not date the holding.
    private static final Set<String> OTHER_VERBS = Set.of("reelected", "re-elected", "won", "ran", "lost", "defeated");
    private static final Set<String> TENURE_WORDS = Set.of("who", "has", "have", "had", "was", "were", "is", "been", "being",
            "served", "serves", "serving", "serve", "held", "holds", "holding", "hold", "as", "the", "a", "an", "his", "her",
            "their", "its", "seat", "office", "post", "position", "job", "role", "in", "first", "then", "also", "previously",
            "down", "over", "term", "terms", "later", "again", "to", "congress", "senate", "house");
    private static final Set<String> TO = Set.of("to", "until", "through", "till", "-", "–");
    private static final Set<String> UNTIL = Set.of("until", "through", "till");
    private static final Set<String> CHAMBERS = Set.of("office", "congress", "senate", "house", "power");
    private static final Set<String> AFTER_END = Set.of(",", ".", ";", "in", "and", "last", "earlier", "this");
    private static final Set<String> DATE_CUES = Set.of("from", "since", "until", "through", "till", "in", "for");

    /** The dates read, and whether the words say the holding ended ("left office", "resigned"). */
    record Tenure(String start, String end, Integer years, boolean ended, boolean perfect) {
        static final Tenure NONE = new Tenure(null, null, null, false, false);

        boolean isEmpty() {
            return start == null && end == null && years == null && !ended;
        }
    }

    private TenureReader() {}

    /**
     * Reads tokens from {@code from} on. {@code verb} is the holding verb already read before them, if any
     * ("became" in "became attorney general in 2017"), and {@code perfect} whether it was in the present
     * perfect ("has served"); {@code office} is the held office's mention, whose tokens are skipped.
     * {@code anchored} says the office or a holding verb comes before {@code from}: until one does, dates
     * are about something else ("Sen. Cole, who since 2015 has pushed for lower taxes").
     */
    static Tenure read(SentenceContext c, int from, String verb, boolean perfect, boolean anchored, Mention office,
                       LocalDate published) {
        String start = null;
        String end = null;
        Integer years = null;
        boolean ended = false;
        // "who served until 2019": a holding told in the past tense is over, once its dates are given.
        boolean past = false;
        String lastVerb = verb;
        boolean officeRead = from == office.end();
        int k = from;
        while (k < c.size()) {
            String w = c.lower(k);
            Optional<Mention> m = c.mentionAt(EntityType.OFFICE, k);
            if (m.isPresent() && m.get().equals(office)) {
                k = office.end();
                anchored = true;
                officeRead = true;
                continue;
            }
            // Another office: the words from here on are about it ("elected governor in 2010"), and so may the
            // dates before it be when the held office has not been named ("who served from 2008 to 2010 as mayor").
            if (m.isPresent() && !officeRead)
                return Tenure.NONE;
            if (m.isPresent() || c.personAt(k).isPresent())
                break;
            if (!anchored && DATE_CUES.contains(w))
                break;
            // "governor of Florida from 1999 to 2007": the office's place is part of the office.
            if (w.equals("of") && officeRead && k + 1 < c.size() && c.s.tag(k + 1).equals("PROPN")) {
                k++;
                while (k < c.size() && c.s.tag(k).equals("PROPN") && c.personAt(k).isEmpty()
                        && c.mentionAt(EntityType.OFFICE, k).isEmpty())
                    k++;
                continue;
            }
            if (w.equals("from")) {
                DateAt d1 = date(c, k + 1, published);
                if (d1 == null)
                    break;
                start = d1.value;
                k = d1.next;
                if (k < c.size() && TO.contains(c.lower(k))) {
                    DateAt d2 = date(c, k + 1, published);
                    if (d2 != null) {
                        end = d2.value;
                        k = d2.next;
                    }
                }
                continue;
            }
            if (w.equals("since") || UNTIL.contains(w)) {
                DateAt d = date(c, k + 1, published);
                if (d == null)
                    break;
                if (w.equals("since"))
                    start = d.value;
                else
                    end = d.value;
                k = d.next;
                continue;
            }
            // "in office", "in Congress", "in the Senate": where the holding is, not when.
            if (w.equals("in") && (c.lowerIn(k + 1, CHAMBERS) || c.lowerIn(k + 1, Set.of("the")) && c.lowerIn(k + 2, CHAMBERS))) {
                k += c.lowerIn(k + 1, CHAMBERS) ? 2 : 3;
                anchored |= lastVerb != null;
                continue;
            }
            if (w.equals("in")) {
                DateAt d = date(c, k + 1, published);
                if (d == null)
                    break;
                if (lastVerb != null && START_VERBS.contains(lastVerb))
                    start = d.value;
                else if (lastVerb != null && END_VERBS.contains(lastVerb))
                    end = d.value;
                k = d.next;
                continue;
            }
            if (w.equals("for")) {
                DurationAt d = duration(c, k + 1, office);
                if (d == null)
                    break;
                years = d.years;
                k = d.next;
                continue;
            }
            if (number(w) != null && k + 1 < c.size() && c.lower(k + 1).startsWith("term")) {
                // "two terms": years only where the office's term is fixed; elsewhere the words are passed over.
                DurationAt terms = terms(c, k, office);
                if (terms != null && lastVerb != null && !OTHER_VERBS.contains(lastVerb))
                    years = terms.years;
                k += 2;
                continue;
            }
            if (START_VERBS.contains(w) || OTHER_VERBS.contains(w)) {
                lastVerb = w;
                anchored = true;
                k++;
                continue;
            }
            if (END_VERBS.contains(w)) {
                // "left office", "left the post", "stepped down", "resigned": the holding is over, unless the words go
                // on to something else ("resigned from the committee", "left for Iowa").
                int next = k + 1;
                if (w.equals("left"))
                    next = c.lowerIn(k + 1, Set.of("office")) ? k + 2
                            : c.lowerIn(k + 1, Set.of("the", "his", "her")) && c.lowerIn(k + 2, Set.of("office", "post", "seat", "job")) ? k + 3 : -1;
                else if (w.equals("stepped"))
                    next = c.lowerIn(k + 1, Set.of("down")) ? k + 2 : -1;
                if (next < 0 || next < c.size() && !AFTER_END.contains(c.lower(next)))
                    break;
                lastVerb = w;
                anchored = true;
                ended = true;
                k = next;
                continue;
            }
            if (w.equals("has") || w.equals("have"))
                perfect = true;
            if (TENURE_WORDS.contains(w)) {
                if (Set.of("served", "serves", "serving", "serve", "held", "holds", "holding", "hold", "been").contains(w)) {
                    lastVerb = w;
                    anchored = true;
                }
                if ((w.equals("served") || w.equals("held")) && !perfect)
                    past = true;
                k++;
                continue;
            }
            break;
        }
        if (start == null && end == null && years == null && !ended)
            return Tenure.NONE;
        return new Tenure(start, end, years, ended || past, perfect);
    }

    /**
     * The qualifiers of a holding with these dates: a duration fills in the missing end (or start; with the
     * article's date, the start of a holding that "has" lasted that long); an end before the article's date,
     * or words saying it ended, make it former; otherwise the status the cues gave stands.
     */
    static Map<String, String> qualifiers(Map<String, String> cued, Tenure t, LocalDate published) {
        Map<String, String> q = new HashMap<>(cued);
        if (t.isEmpty())
            return q;
        String start = t.start();
        String end = t.end();
        boolean former = "former".equals(cued.get("officeStatus")) || t.ended();
        if (t.years() != null) {
            if (start != null && end == null && !t.perfect() && former)
                end = Integer.toString(year(start) + t.years());
            else if (end != null && start == null)
                start = Integer.toString(year(end) - t.years());
            else if (start == null && t.perfect() && published != null && !former)
                start = Integer.toString(published.getYear() - t.years());
        }
        if (end != null && published != null && before(end, published))
            former = true;
        if (start != null)
            q.put("startDate", start);
        if (end != null)
            q.put("endDate", end);
        q.put("officeStatus", former ? "former" : "current");
        return q;
    }

    private static int year(String isoDate) {
        return Integer.parseInt(isoDate.substring(0, 4));
    }

    /** Whether an ISO year or year-month ends before the given day. */
    private static boolean before(String isoDate, LocalDate day) {
        if (isoDate.length() == 4)
            return Integer.parseInt(isoDate) < day.getYear();
        return YearMonth.parse(isoDate.substring(0, 7)).isBefore(YearMonth.from(day));
    }

    private record DateAt(String value, int next) {}

    private record DurationAt(int years, int next) {}

    /**
     * "2010", "January 2017" or a bare month, which is the last such month up to the article's date
     * ("took office in January" in a March 2017 article is January 2017); null when there is none.
     */
    private static DateAt date(SentenceContext c, int k, LocalDate published) {
        if (k >= c.size())
            return null;
        String w = c.lower(k);
        if (YEAR.matcher(w).matches())
            return new DateAt(w, k + 1);
        int month = MONTHS.indexOf(w) + 1;
        if (month == 0 || w.equals("may") && !c.s.token(k).equals("May"))
            return null;
        if (k + 1 < c.size() && YEAR.matcher(c.s.token(k + 1)).matches())
            return new DateAt(String.format("%s-%02d", c.s.token(k + 1), month), k + 2);
        if (published == null)
            return null;
        int year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return new DateAt(String.format("%04d-%02d", year, month), k + 1);
    }

    /** "20 years", "a decade", "two decades", "two terms" (of an office whose term is fixed); null otherwise. */
    private static DurationAt duration(SentenceContext c, int k, Mention office) {
        if (k + 1 >= c.size())
            return null;
        Integer n = number(c.lower(k));
        if (n == null)
            return null;
        String unit = c.lower(k + 1);
        if (unit.equals("years") || unit.equals("year"))
            return new DurationAt(n, k + 2);
        if (unit.equals("decade") || unit.equals("decades"))
            return new DurationAt(10 * n, k + 2);
        return terms(c, k, office);
    }

    private static DurationAt terms(SentenceContext c, int k, Mention office) {
        if (k + 1 >= c.size() || office == null)
            return null;
        Integer n = number(c.lower(k));
        String unit = c.lower(k + 1);
        Integer length = office.value() == null ? null : TERM_YEARS.get(office.value());
        if (n == null || length == null || !(unit.equals("terms") || unit.equals("term") && n == 1))
            return null;
        return new DurationAt(n * length, k + 2);
    }

    private static Integer number(String w) {
        if (w.matches("\\d{1,2}"))
            return Integer.parseInt(w);
        return NUMBERS.get(w);
    }
}
