package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written in any of the usual shapes and keeps it only when it names a full calendar
 * date: ISO dates and date-times ("2018-08-31", "2018-08-31T10:00:00Z", the date part as written, not moved to
 * UTC), "2018/08/31", US numeric dates ("8/31/2018", "8/31/18"), and month names in either order with or without
 * a weekday, abbreviation dot, ordinal or time ("Friday, Aug. 31, 2018 10:00 AM", "31st August 2018").
 * Anything else, a partial date ("1/21", "August 2018") included, gives null: a date never fails an article.
 * Stateless.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?:[T ,].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    // Numeric dates in English news are month first; a first number above 12 can only be a day.
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[ ,].*)?");
    private static final Pattern WORD_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Outside these years a "date" is a typo or a placeholder such as 0001-01-01. */
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    private DateParser() {
    }

    /** The full date written in {@code text}, or null when there is none (null, blank or partial text included). */
    static LocalDate parse(String text) {
        if (text == null)
            return null;
        String s = text.strip();
        if (s.isEmpty())
            return null;
        Matcher m;
        if ((m = ISO.matcher(s)).matches() || (m = YEAR_FIRST.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches())
            return date(m.group(1), m.group(2), m.group(3));
        if ((m = NUMERIC.matcher(s)).matches()) {
            int first = Integer.parseInt(m.group(1));
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            return first > 12 ? date(year, m.group(2), m.group(1)) : date(year, m.group(1), m.group(2));
        }
        return fromWords(s);
    }

    /** Looks for month-name day year or day month-name year among the words. */
    private static LocalDate fromWords(String s) {
        List<String> words = new ArrayList<>();
        for (String word : s.toLowerCase(Locale.ROOT).split("[\\s,]+"))
            if (!word.isEmpty())
                words.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
        for (int i = 0; i + 2 < words.size(); i++) {
            Integer month = MONTHS.get(words.get(i));
            if (month != null) {
                LocalDate date = date(words.get(i + 2), month, words.get(i + 1));
                if (date != null)
                    return date;
            }
            month = MONTHS.get(words.get(i + 1));
            if (month != null) {
                LocalDate date = date(words.get(i + 2), month, words.get(i));
                if (date != null)
                    return date;
            }
        }
        return null;
    }

    private static LocalDate date(String year, int month, String day) {
        Matcher d = WORD_DAY.matcher(day);
        if (!YEAR.matcher(year).matches() || !d.matches())
            return null;
        return date(year, Integer.toString(month), d.group(1));
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR)
            return null;
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null; // 2018-02-30 and the like: not a date, and a date never fails an article
        }
    }
}
