package org.newsgraph.evaluate;

import java.util.Comparator;
import java.util.Objects;

/**
 * A fact of a gold file: entity ids and a predicate local name; {@code "*"} matches anything in forbidden facts.
 * Ordered as Python orders tuples of strings (by code point), so reports list them as the reference scorer does.
 */
public record GoldFact(String subject, String predicate, String object) implements Comparable<GoldFact> {
    private static final Comparator<GoldFact> ORDER = Comparator
            .comparing(GoldFact::subject, ScoreReport.CODE_POINT_ORDER)
            .thenComparing(GoldFact::predicate, ScoreReport.CODE_POINT_ORDER)
            .thenComparing(GoldFact::object, ScoreReport.CODE_POINT_ORDER);

    public GoldFact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
    }

    /** The fact with a symmetric predicate's ends in sorted order, so that either direction compares equal. */
    static GoldFact canon(String s, String p, String o) {
        if (Scorer.SYMMETRIC.contains(p) && !s.equals("*") && !o.equals("*") && ScoreReport.CODE_POINT_ORDER.compare(o, s) < 0)
            return new GoldFact(o, p, s);
        return new GoldFact(s, p, o);
    }

    @Override
    public int compareTo(GoldFact other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return subject + " " + predicate + " " + object;
    }
}
