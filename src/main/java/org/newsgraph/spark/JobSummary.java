package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run, added up over the articles: built and failed (bad inputs included), sentences, entities by
 * type and facts by relation as {@code build} counts them, and fact table rows.
 */
record JobSummary(long built, long failed, long sentences, Map<String, Long> entities, Map<String, Long> facts,
                  long factRows) implements Serializable {

    static final JobSummary NONE = new JobSummary(0, 0, 0, Map.of(), Map.of(), 0);

    static JobSummary of(ArticleOutcome o) {
        if (!o.built())
            return new JobSummary(0, 1, 0, Map.of(), Map.of(), 0);
        return new JobSummary(1, 0, o.sentences(), widen(o.entities()), widen(o.facts()), o.factRows().size());
    }

    JobSummary plus(JobSummary other) {
        return new JobSummary(built + other.built, failed + other.failed, sentences + other.sentences,
                sum(entities, other.entities), sum(facts, other.facts), factRows + other.factRows);
    }

    private static Map<String, Long> widen(Map<String, Integer> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.longValue()));
        return out;
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }
}
