package org.newsgraph.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of scoring a graph against gold annotations; {@link #lines()} prints it exactly as the reference
 * scorer {@code score.py} does. Figures are rounded to three decimals as there. Immutable, thread-safe.
 *
 * @param goldFacts       the number of gold facts
 * @param missed          gold facts not found, as "subject predicate object", sorted
 * @param wrong           false positives, as "label predicate label", sorted
 * @param forbidden       the false positives that are forbidden facts, sorted
 * @param entities        entity recall for Person, Office and Race, in that order
 * @param personNodes     the graph's nodes typed Person
 * @param spuriousPersons the names of Person nodes that match no gold entity, sorted
 * @param noisePersons    the names of Person nodes that match an entity marked noise, sorted
 */
public record ScoreReport(int goldFacts, int truePositives, int falsePositives, double precision, double recall,
                          double f1, List<String> missed, List<String> wrong, List<String> forbidden,
                          Map<String, EntityKind> entities, int personNodes, List<String> spuriousPersons,
                          List<String> noisePersons) {
    /** Python's order of str: by code point, which differs from String.compareTo above the BMP. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb)
                return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /**
     * Recall of one kind of gold entity.
     *
     * @param gold    gold entities of the kind, neither optional nor noise
     * @param found   how many of them some node matches
     * @param missing ids of those no node matches, sorted
     * @param split   ids of those more than one node matches, sorted
     */
    public record EntityKind(int gold, int found, List<String> missing, List<String> split) {
        public EntityKind {
            missing = List.copyOf(missing);
            split = List.copyOf(split);
        }
    }

    public ScoreReport {
        missed = List.copyOf(missed);
        wrong = List.copyOf(wrong);
        forbidden = List.copyOf(forbidden);
        entities = Map.copyOf(entities);
        spuriousPersons = List.copyOf(spuriousPersons);
        noisePersons = List.copyOf(noisePersons);
        for (String kind : Scorer.ENTITY_KINDS_FOR_RECALL)
            Objects.requireNonNull(entities.get(kind), kind);
    }

    /** The report as score.py prints it, one string per line, without line ends. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        missed.forEach(l -> out.add("missed:    " + l));
        wrong.forEach(l -> out.add("wrong:     " + l));
        forbidden.forEach(l -> out.add("FORBIDDEN: " + l));
        for (String kind : Scorer.ENTITY_KINDS_FOR_RECALL) {
            EntityKind e = entities.get(kind);
            out.add(kind + ": " + e.found() + "/" + e.gold() + " found; missing " + pyList(e.missing())
                    + "; split " + pyList(e.split()));
        }
        out.add("spurious persons: " + pyList(spuriousPersons));
        out.add("noise persons: " + pyList(noisePersons));
        EntityKind p = entities.get("Person");
        out.add("facts P=" + fixed3(precision) + " R=" + fixed3(recall) + " F1=" + fixed3(f1)
                + " (" + truePositives + "/" + goldFacts + " found, " + falsePositives + " wrong, "
                + forbidden.size() + " forbidden); persons " + p.found() + "/" + p.gold() + ", "
                + spuriousPersons.size() + " spurious, " + noisePersons.size() + " noise");
        return out;
    }

    /** Python's format(x, ".3f"). */
    private static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's repr of a list of str. */
    static String pyList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0)
                sb.append(", ");
            sb.append(pyRepr(items.get(i)));
        }
        return sb.append(']').toString();
    }

    /** Python's repr of a str: single quotes unless it holds a ' and no ", escapes for the unprintable. */
    static String pyRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\')
                sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t')
                sb.append("\\t");
            else if (cp == '\n')
                sb.append("\\n");
            else if (cp == '\r')
                sb.append("\\r");
            else if (isPrintable(cp))
                sb.appendCodePoint(cp);
            else if (cp <= 0xff)
                sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff)
                sb.append(String.format("\\u%04x", cp));
            else
                sb.append(String.format("\\U%08x", cp));
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one character: not a control, format, surrogate, private, unassigned or separator other than space. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ')
            return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
