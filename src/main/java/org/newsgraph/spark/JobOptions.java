package org.newsgraph.spark;

import java.util.List;
import java.util.Objects;

/**
 * What the job reads and writes and how.
 *
 * @param inputs        files, globs or directories of any Hadoop file system
 * @param out           the output directory, which must not exist yet
 * @param partitions    how many tasks the extraction is spread over; 0 for three per core Spark gives the job
 * @param minConfidence facts below this are left out, as {@code build --min-confidence}
 * @param comments      reader comments into graphs of their own, as {@code build --comments}
 */
record JobOptions(List<String> inputs, String out, int partitions, double minConfidence, boolean comments) {
    JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        if (inputs.isEmpty())
            throw new IllegalArgumentException("no input given");
        if (partitions < 0)
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        if (!(minConfidence >= 0 && minConfidence <= 1))
            throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
    }
}
