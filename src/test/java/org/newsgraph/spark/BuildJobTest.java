package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The job's command line: help, and usage errors as one line and status 2, before any Spark session starts. */
class BuildJobTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BuildJob.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void helpTeachesTheSubmission() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: spark-submit [SPARK OPTIONS] --class org.newsgraph.spark.BuildJob"), help);
        assertTrue(help.contains("--partitions N") && help.contains("--min-confidence X") && help.contains("--out DIR"), help);
    }

    @Test
    void usageErrorsAreOneLineAndStatusTwo() {
        assertEquals(2, run("in.jsonl"));
        assertEquals("newsgraph BuildJob: --out DIR is missing: where the job writes its output (see --help)\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("--out", "o"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no input given"));
        err.reset();
        assertEquals(2, run("in.jsonl", "--out", "o", "--partitions", "0"));
        assertEquals("newsgraph BuildJob: --partitions must be a whole number of at least 1, not '0' (see --help)\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("in.jsonl", "--out", "o", "--min-confidence", "2"));
        assertEquals("newsgraph BuildJob: minimum confidence must be between 0 and 1, not 2.0 (see --help)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
