package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The public record of who was U.S. president and vice president when ({@code us-presidents.tsv}, derived from the
 * reference list of federal office-holders): the closed list that tells President Obama from President Putin, the
 * sitting president from one an article names in passing, and Bill Clinton's presidency from Hillary Clinton.
 * Immutable and thread-safe.
 */
public final class PresidentRecord {
    /** One term: the office key ({@code us-president} or {@code us-vice-president}), the holder's names, the dates. */
    public record Term(String office, String first, String nickname, String middle, String last, LocalDate start,
                       LocalDate end) {
        public Term {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(last, "last");
        }

        /** The name the holder goes by: the nickname if any, else the first name, and the surname. */
        public String name() {
            return (nickname.isEmpty() ? first : nickname) + " " + last;
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(start) && date.isBefore(end);
        }
    }

    private final List<Term> terms;

    PresidentRecord(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    static PresidentRecord parse(List<String> lines) {
        List<Term> terms = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            terms.add(new Term(f[0], f[1], f[2], f[3], f[4], LocalDate.parse(f[5]), LocalDate.parse(f[6])));
        }
        return new PresidentRecord(terms);
    }

    /** The terms of the office held by someone of this surname, in time order. */
    public List<Term> termsOf(String office, String surname) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms)
            if (t.office().equals(office) && t.last().equalsIgnoreCase(surname))
                out.add(t);
        return out;
    }

    /** Who held the office on that date. */
    public Optional<Term> holderOn(String office, LocalDate date) {
        for (Term t : terms)
            if (t.office().equals(office) && t.covers(date))
                return Optional.of(t);
        return Optional.empty();
    }

    /** True when the office is one of this record's. */
    public static boolean covers(String office) {
        return office.equals("us-president") || office.equals("us-vice-president");
    }

    /** Lower-case first names a term's holder goes by (first, nickname). */
    static List<String> firstNames(Term t) {
        List<String> out = new ArrayList<>();
        for (String n : List.of(t.first(), t.nickname()))
            if (!n.isEmpty())
                out.add(n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        return out;
    }
}
