package org.newsgraph.cli;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, progress and errors to {@code err}.
 * {@code quiet} silences summaries and progress, never errors or results.
 */
record Terminal(PrintStream out, PrintStream err, boolean quiet) {
    /** Prints one error line, {@code newsgraph: MESSAGE}. */
    void error(String message) {
        err.println("newsgraph: " + message);
    }

    /** Prints an informational line on {@code out} unless quiet. */
    void info(String message) {
        if (!quiet)
            out.println(message);
    }

    /** Whether a person watches stderr, so that a progress bar makes sense there. */
    boolean interactive() {
        return !quiet && System.console() != null;
    }
}
