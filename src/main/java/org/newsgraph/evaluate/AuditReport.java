package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.extract.Relation;

/**
 * Precision from a judged sample ({@link FactSample}): per relation, with a 95% Wilson score interval, and by
 * confidence band, so that one sees whether facts at confidence c are right about c of the time. A row's verdict
 * is yes/no (also y/n, 1/0, true/false, right/wrong, correct/incorrect); rows with an empty verdict are counted
 * as unjudged and left out. Immutable.
 */
public final class AuditReport {
    private static final Set<String> RIGHT = Set.of("y", "yes", "1", "true", "right", "correct");
    private static final Set<String> WRONG = Set.of("n", "no", "0", "false", "wrong", "incorrect");
    /** Lower edges of the confidence bands; the last band holds 1.0 too. */
    private static final double[] BANDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** Right and judged facts of one group. */
    public record Tally(int right, int judged) {
        public double precision() {
            return judged == 0 ? Double.NaN : right / (double) judged;
        }

        /** The 95% Wilson score interval of the precision, {low, high}. */
        public double[] interval() {
            if (judged == 0)
                return new double[] {Double.NaN, Double.NaN};
            double z = 1.959964;
            double n = judged;
            double p = right / n;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }

        Tally plus(boolean isRight) {
            return new Tally(right + (isRight ? 1 : 0), judged + 1);
        }
    }

    /** One confidence band: its edges, its facts, their mean confidence and how many were right. */
    public record Band(double low, double high, Tally tally, double meanConfidence) {
    }

    private final Map<Relation, Tally> byRelation;
    private final List<Band> bands;
    private final int unjudged;

    private AuditReport(Map<Relation, Tally> byRelation, List<Band> bands, int unjudged) {
        this.byRelation = byRelation;
        this.bands = bands;
        this.unjudged = unjudged;
    }

    /**
     * Reads a judged sample file.
     *
     * @param origin names the file in error messages
     * @throws IllegalArgumentException naming the origin and the line, for a file that is not a judged sample
     */
    public static AuditReport read(Reader in, String origin) throws IOException {
        Map<Relation, Tally> byRelation = new EnumMap<>(Relation.class);
        Tally[] bandTallies = new Tally[BANDS.length];
        double[] bandSums = new double[BANDS.length];
        int unjudged = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> records;
        try {
            var parser = format.parse(in);
            for (String column : List.of("relation", "confidence", "verdict"))
                if (!parser.getHeaderMap().containsKey(column))
                    throw new IllegalArgumentException(origin + ": no column '" + column + "' (not a sample file from `newsgraph sample`)");
            records = parser.getRecords();
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(origin + ": not a CSV file: " + e.getCause().getMessage(), e);
        }
        for (CSVRecord record : records) {
            String where = origin + ", line " + record.getParser().getCurrentLineNumber();
            Relation relation = relation(record.get("relation"));
            if (relation == null)
                throw new IllegalArgumentException(where + ": unknown relation '" + record.get("relation") + "'");
            String verdict = record.get("verdict").strip().toLowerCase(Locale.ROOT);
            if (verdict.isEmpty()) {
                unjudged++;
                continue;
            }
            boolean right;
            if (RIGHT.contains(verdict))
                right = true;
            else if (WRONG.contains(verdict))
                right = false;
            else
                throw new IllegalArgumentException(where + ": verdict '" + record.get("verdict") + "' is neither yes nor no");
            double confidence;
            try {
                confidence = Double.parseDouble(record.get("confidence"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": confidence '" + record.get("confidence") + "' is no number");
            }
            byRelation.merge(relation, new Tally(0, 0).plus(right), (a, b) -> new Tally(a.right() + b.right(), a.judged() + b.judged()));
            int band = band(confidence);
            bandTallies[band] = (bandTallies[band] == null ? new Tally(0, 0) : bandTallies[band]).plus(right);
            bandSums[band] += confidence;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            if (bandTallies[i] == null)
                continue;
            double high = i + 1 < BANDS.length ? BANDS[i + 1] : 1.0;
            bands.add(new Band(BANDS[i], high, bandTallies[i], bandSums[i] / bandTallies[i].judged()));
        }
        return new AuditReport(byRelation, List.copyOf(bands), unjudged);
    }

    private static int band(double confidence) {
        int band = 0;
        for (int i = 0; i < BANDS.length; i++)
            if (confidence >= BANDS[i])
                band = i;
        return band;
    }

    private static Relation relation(String name) {
        for (Relation r : Relation.values())
            if (r.localName().equals(name.strip()))
                return r;
        return null;
    }

    public Map<Relation, Tally> byRelation() {
        return byRelation;
    }

    public List<Band> bands() {
        return bands;
    }

    public int unjudged() {
        return unjudged;
    }

    /** All judged facts together. */
    public Tally total() {
        int right = 0;
        int judged = 0;
        for (Tally t : byRelation.values()) {
            right += t.right();
            judged += t.judged();
        }
        return new Tally(right, judged);
    }

    /** The report as printed by {@code newsgraph audit}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-12s %6s %6s %9s  %s", "relation", "judged", "right", "precision", "95% interval"));
        byRelation.forEach((r, t) -> out.add(row(r.localName(), t)));
        out.add(row("all", total()));
        if (unjudged > 0)
            out.add(unjudged + " facts without a verdict were left out");
        out.add("");
        out.add("calibration: facts by confidence band");
        out.add(String.format("%-12s %6s %9s %9s", "band", "facts", "mean conf", "precision"));
        for (Band b : bands)
            out.add(String.format(Locale.ROOT, "[%.1f, %.1f%s %6d %9.3f %9.3f", b.low(), b.high(), b.high() == 1.0 ? "]" : ")",
                    b.tally().judged(), b.meanConfidence(), b.tally().precision()));
        return out;
    }

    private static String row(String name, Tally t) {
        double[] ci = t.interval();
        return String.format(Locale.ROOT, "%-12s %6d %6d %9.3f  [%.3f, %.3f]", name, t.judged(), t.right(), t.precision(), ci[0], ci[1]);
    }
}
