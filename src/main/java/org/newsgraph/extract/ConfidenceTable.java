package org.newsgraph.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a statement is right, by where it comes from: for each relation, the rule cue that made it (its
 * confidence stands for the pattern that fired), the classifier's probability in tenths, or both. Measured on the
 * annotated articles (the classifiers' probabilities out of fold) and on the statements readers judged in audits of
 * other articles, each cell smoothed toward its relation's and source's rate, so that a statement given confidence c is right about c of the time there. Written as a plain
 * table ({@code relation-confidence.tsv}) that a person can read. Immutable and thread-safe.
 */
public final class ConfidenceTable {
    static final String FILE = "relation-confidence.tsv";
    /** Weight of the prior: a cell of few statements stays near its relation's and source's rate. */
    private static final double PRIOR_WEIGHT = 5;

    private final Map<String, Double> confidence;

    private ConfidenceTable(Map<String, Double> confidence) {
        this.confidence = Map.copyOf(confidence);
    }

    /** Reads the table's lines (comments and blank lines skipped). */
    public static ConfidenceTable parse(List<String> lines) {
        Map<String, Double> confidence = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] f = line.split("\t");
            confidence.put(f[0] + "|" + f[1] + "|" + f[2], Double.parseDouble(f[5]));
        }
        return new ConfidenceTable(confidence);
    }

    /** The cell of a statement: its source ("rule", "model" or "both") and cue (rule confidence or model tenths). */
    static String[] cell(FactScorer.Statement s) {
        String relation = s.relation().localName();
        if (s.rule() != null)
            return new String[] {relation, s.model() != null && s.model().confidence() >= 0.5 ? "both" : "rule",
                    String.format(Locale.ROOT, "%.2f", s.rule().confidence())};
        return new String[] {relation, "model", Integer.toString((int) Math.floor(s.model().confidence() * 10))};
    }

    /** The statement's confidence: its cell's, else its relation's and source's, else its relation's. */
    double confidence(FactScorer.Statement s) {
        String[] c = cell(s);
        Double v = confidence.get(c[0] + "|" + c[1] + "|" + c[2]);
        if (v == null)
            v = confidence.get(c[0] + "|" + c[1] + "|*");
        if (v == null)
            v = confidence.get(c[0] + "|*|*");
        return v == null ? 0 : v;
    }

    /** Counts of right and judged statements by cell, turned into a table. */
    static final class Builder {
        private final Map<String, int[]> counts = new TreeMap<>();

        void add(FactScorer.Statement s, boolean right) {
            String[] c = cell(s);
            for (String key : List.of(c[0] + "|" + c[1] + "|" + c[2], c[0] + "|" + c[1] + "|*", c[0] + "|*|*")) {
                int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                n[0] += right ? 1 : 0;
                n[1]++;
            }
        }

        /** The table: each relation's rate, each source's smoothed toward it, each cell toward its source's. */
        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("# How often a statement is right, by relation, source (rule, model, both: the rule and the classifier");
            out.add("# at 0.5 or more) and cue (the rule's confidence, or the classifier's probability in tenths), measured on");
            out.add("# the annotated articles and the judged statements of audits (src/train); * is every cue or source.");
            out.add("# Made by `newsgraph train`.");
            out.add("# relation\tsource\tcue\tright\tjudged\tconfidence");
            Map<String, Double> smoothed = new TreeMap<>();
            for (int level = 2; level >= 0; level--) {
                for (Map.Entry<String, int[]> e : counts.entrySet()) {
                    String[] k = e.getKey().split("\\|");
                    int stars = (k[1].equals("*") ? 1 : 0) + (k[2].equals("*") ? 1 : 0);
                    if (stars != level)
                        continue;
                    int[] n = e.getValue();
                    double prior = level == 2 ? 0.5 : level == 1 ? smoothed.get(k[0] + "|*|*") : smoothed.get(k[0] + "|" + k[1] + "|*");
                    double value = (n[0] + PRIOR_WEIGHT * prior) / (n[1] + PRIOR_WEIGHT);
                    smoothed.put(e.getKey(), value);
                }
            }
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                String[] k = e.getKey().split("\\|");
                out.add(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%.3f", k[0], k[1], k[2], e.getValue()[0], e.getValue()[1],
                        smoothed.get(e.getKey())));
            }
            return out;
        }

        ConfidenceTable build() {
            return parse(lines());
        }
    }

    /** Writes the table's lines, as {@code relation-confidence.tsv} holds them (UTF-8). */
    static void write(List<String> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : lines)
            writer.write(line + System.lineSeparator());
        writer.flush();
    }
}
