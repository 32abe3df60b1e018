package org.newsgraph.graph.store;

import org.newsgraph.NewsgraphException;

/**
 * A SPARQL query could not be run: a syntax error (with the 1-based line and column in the query text),
 * a timeout or an evaluation error.
 */
public class StoreQueryException extends NewsgraphException {
    private final int line;
    private final int column;

    public StoreQueryException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** Line of a syntax error in the query text, or -1 when the query parsed. */
    public int line() {
        return line;
    }

    /** Column of a syntax error in the query text, or -1 when the query parsed. */
    public int column() {
        return column;
    }
}
