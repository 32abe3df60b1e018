package org.newsgraph;

/**
 * Root of the unchecked exceptions that newsgraph's library code throws. Subtypes carry the
 * input (file, article id, query) and the reason, so that the command line can print one line.
 */
public class NewsgraphException extends RuntimeException {
    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
