package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * When U.S. elections happen, to keep races the calendar does not allow out of the graph: presidential elections
 * in years divisible by four; U.S. Senate and House general elections in even years; governors in even years but
 * in Virginia and New Jersey (the year after a presidential one) and Kentucky, Louisiana and Mississippi (the year
 * before one). Special elections, runoffs and recalls are held when they are called, and other offices (mayors,
 * state legislatures) vary by place: their years are left alone. Stateless.
 */
final class ElectionCalendar {
    /** Marks a race attribute map whose year came from the article's date, not from its words. */
    static final String YEAR_FROM_DATE = "yearFromDate";
    private static final Set<String> ODD_YEAR_AFTER_PRESIDENTIAL = Set.of("Virginia", "New Jersey");
    private static final Set<String> ODD_YEAR_BEFORE_PRESIDENTIAL = Set.of("Kentucky", "Louisiana", "Mississippi");
    private static final Pattern YEAR = Pattern.compile("1[789]\\d\\d|20\\d\\d");
    private static final Set<String> CALLED = Set.of("special", "runoff", "primary runoff", "recall");

    private ElectionCalendar() {
    }

    /**
     * "the 2016 election" with no office or place is the presidential election of a presidential year (news calls
     * the midterms "the midterms"); only a bare "election", not a primary or a campaign.
     */
    static void presidentialByYear(String head, Map<String, String> a) {
        String year = a.get("year");
        if (head.equals("election") && year != null && a.get("office") == null && a.get("jurisdiction") == null
                && Integer.parseInt(year) % 4 == 0)
            a.put("office", "President");
    }

    /**
     * Moves or drops a race's year that the calendar does not allow. A presidential race dated by an article of the
     * year before a presidential year is the coming one, of the year after it the one just held; of a midterm year it
     * could be either, so it gets no year. A federal or governor's race dated by an article of an odd year is the
     * coming one. A year the text wrote is kept unless the calendar rules it out for a presidential race.
     */
    static void fit(Map<String, String> a) {
        String year = a.get("year");
        String office = a.get("office");
        if (year == null || office == null || a.get("stage") != null && CALLED.contains(a.get("stage")))
            return;
        int y = Integer.parseInt(year);
        boolean fromDate = "true".equals(a.get(YEAR_FROM_DATE));
        if (office.equals("President")) {
            switch (Math.floorMod(y, 4)) {
                case 0 -> { }
                case 3 -> a.put("year", Integer.toString(y + 1));
                case 1 -> a.put("year", Integer.toString(y - 1));
                default -> a.remove("year");
            }
            return;
        }
        if (fromDate && !allowed(office, a.get("jurisdiction"), y))
            a.put("year", Integer.toString(y + 1));
    }

    /**
     * The years a sentence names: by number ("in 2004"), and, given the article's date, by its distance from it ("in
     * August of last year", "two years ago", "next year").
     */
    static Set<String> yearsNamed(AnnotatedSentence s, LocalDate published) {
        Set<String> years = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            if (t.length() == 4 && YEAR.matcher(t).matches())
                years.add(t);
            if (published == null || i + 1 >= s.size())
                continue;
            String w = t.toLowerCase(Locale.ROOT);
            String next = s.token(i + 1).toLowerCase(Locale.ROOT);
            // "last fall": the fall before this one, as "this summer" is this year's.
            if ((next.equals("year") || SEASONS.contains(next)) && RELATIVE_YEARS.containsKey(w))
                years.add(Integer.toString(published.getYear() + RELATIVE_YEARS.get(w)));
            else if ((next.equals("years") || next.equals("year")) && i + 2 < s.size() && s.token(i + 2).equalsIgnoreCase("ago")
                    && YEARS_AGO.containsKey(w))
                years.add(Integer.toString(published.getYear() - YEARS_AGO.get(w)));
        }
        return years;
    }

    /**
     * The years a sentence names, and where it names none, the year it counts from the one year named last in the three
     * sentences before: "In 2004, Bush beat Kerry. Four years later, Obama beat McCain" (2008), "1984 was a time of
     * celebration ... In that year's presidential election, he buried Walter Mondale" (1984).
     */
    static Set<String> yearsNamed(AnnotatedArticle article, int sentence) {
        LocalDate published = article.article().published();
        Set<String> years = yearsNamed(article.sentences().get(sentence), published);
        Integer offset = years.isEmpty() ? countedFromBefore(article.sentences().get(sentence)) : null;
        for (int k = sentence - 1; offset != null && k >= Math.max(0, sentence - 3); k--) {
            Set<String> before = yearsNamed(article.sentences().get(k), published);
            if (before.size() == 1)
                years.add(Integer.toString(Integer.parseInt(before.iterator().next()) + offset));
            if (!before.isEmpty())
                break;
        }
        return years;
    }

    /** "four years later" +4, "two years earlier" or "before" -2, "that year" 0; null when the sentence counts none. */
    private static Integer countedFromBefore(AnnotatedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.token(i).toLowerCase(Locale.ROOT);
            String next = s.token(i + 1).toLowerCase(Locale.ROOT);
            if (w.equals("that") && (next.equals("year") || next.equals("year's") || next.equals("year’s")))
                return 0;
            if (YEARS_AGO.containsKey(w) && (next.equals("years") || next.equals("year")) && i + 2 < s.size()) {
                String after = s.token(i + 2).toLowerCase(Locale.ROOT);
                if (after.equals("later"))
                    return YEARS_AGO.get(w);
                if (after.equals("earlier") || after.equals("before"))
                    return -YEARS_AGO.get(w);
            }
        }
        return null;
    }

    private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn");
    private static final Map<String, Integer> RELATIVE_YEARS = Map.of("last", -1, "this", 0, "next", 1);
    private static final Map<String, Integer> YEARS_AGO = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "2", 2, "4", 4, "6", 6);

    /** True for a presidential year and the year of its campaign before it ("a Democratic debate in 2007"). */
    static boolean datesPresidential(int year) {
        return Math.floorMod(year, 4) == 0 || Math.floorMod(year, 4) == 3;
    }

    static boolean allowed(String office, String jurisdiction, int year) {
        return switch (office) {
            case "President" -> year % 4 == 0;
            case "U.S. Senate", "U.S. House" -> year % 2 == 0;
            // A governor's race of no known state may be any of them: only an even year is sure.
            case "Governor" -> year % 2 == 0 || jurisdiction != null
                    && (ODD_YEAR_AFTER_PRESIDENTIAL.contains(jurisdiction) && Math.floorMod(year, 4) == 1
                    || ODD_YEAR_BEFORE_PRESIDENTIAL.contains(jurisdiction) && Math.floorMod(year, 4) == 3);
            default -> true;
        };
    }
}
