package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The public record of who was U.S. president and vice president when: the presidential and vice-presidential spans
 * of service of the bundled reference table of federal office-holders ({@code us-federal-officeholders.tsv}, which
 * {@code resolve.Officeholders} reads whole), so that the two never disagree. It is the closed list that tells President
 * Obama from President Putin, the sitting president from one an article names in passing, and Bill Clinton's
 * presidency from Hillary Clinton. Consecutive terms of one holder are one span. Immutable and thread-safe.
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

    /** The table's names of the two offices this record keeps. */
    private static final Map<String, String> OFFICES = Map.of("prez", "us-president", "viceprez", "us-vice-president");

    /** Where the record is whole (every member of Congress from then on): a surname only one person there has names them. */
    private static final LocalDate WHOLE_FROM = LocalDate.of(2011, 1, 1);

    private final List<Term> terms;
    /** Lower-case surnames that more than one person of the whole table has. */
    private final Set<String> sharedSurnames;

    PresidentRecord(List<Term> terms, Set<String> sharedSurnames) {
        this.terms = List.copyOf(terms);
        this.sharedSurnames = Set.copyOf(sharedSurnames);
    }

    /**
     * The presidents' and vice presidents' spans of the reference table's lines (columns: ids, name, first, middle,
     * nickname, last, suffix, sex, year of birth, spans "office:state:party:start:end" joined by "|"), in time order.
     */
    static PresidentRecord parse(List<String> lines) {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String last = f[7].toLowerCase(Locale.ROOT);
            if (!seen.add(last))
                shared.add(last);
            for (String span : f[11].split("\\|")) {
                String[] s = span.split(":", -1);
                String office = OFFICES.get(s[0]);
                if (office != null)
                    terms.add(new Term(office, f[4], f[6], f[5], f[7], LocalDate.parse(s[3]), LocalDate.parse(s[4])));
            }
        }
        terms.sort(Comparator.comparing(Term::start).thenComparing(Term::office));
        return new PresidentRecord(terms, shared);
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

    /**
     * The president or vice president a bare surname stands for in an article of that date: the one in office that
     * day; else one whose surname nobody else in the record has, in office before that day ("Obama" in 2018), or,
     * when the article is undated, in the record's own period ("Trump"). "Bush", "Clinton", "Pence" (another Pence
     * sat in Congress) are not read from the surname alone.
     */
    public Optional<Term> namedBySurname(String surname, LocalDate date) {
        if (date != null) {
            for (String office : OFFICES.values()) {
                Optional<Term> holder = holderOn(office, date);
                if (holder.isPresent() && holder.get().last().equalsIgnoreCase(surname))
                    return holder;
            }
        }
        if (sharedSurnames.contains(surname.toLowerCase(Locale.ROOT)))
            return Optional.empty();
        for (Term t : terms)
            if (t.last().equalsIgnoreCase(surname) && (date != null ? t.start().isBefore(date) : t.end().isAfter(WHOLE_FROM)))
                return Optional.of(t);
        return Optional.empty();
    }

    /**
     * Whether every term the record gives the holder of this term (one of its presidents' or vice presidents' surnames)
     * ended before the record's whole period: a president of long ago, whose surname alone is as often a place or a
     * firm ("Cleveland", "Dallas", "Ford").
     */
    public boolean servedOnlyBeforeWholeRecord(Term term) {
        for (Term t : terms)
            if (t.last().equals(term.last()) && t.first().equals(term.first()) && t.end().isAfter(WHOLE_FROM))
                return false;
        return true;
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
