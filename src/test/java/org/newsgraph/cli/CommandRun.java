package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.newsgraph.nlp.SharedModels;

/**
 * One run of the command line inside the test JVM, with what it printed: {@code System.out} and {@code System.err}
 * are captured for the run and restored after. Model-backed runs share the test JVM's one loaded model set.
 */
public record CommandRun(int status, String out, String err) {

    /** Runs {@code newsgraph ARGS} with the shared NLP models. */
    public static CommandRun of(String... args) {
        return of(extraModels -> SharedModels.get(), args);
    }

    static CommandRun of(ModelLoader models, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run(models, args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with the shared models and fails the test, showing stderr, unless the exit status is 0; returns stdout. */
    public static String succeeding(String... args) {
        CommandRun run = of(args);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }
}
