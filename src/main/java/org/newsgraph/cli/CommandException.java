package org.newsgraph.cli;

import org.newsgraph.NewsgraphException;

/** A command could not do its work (a file is missing, output cannot be written): exit status 1. */
public class CommandException extends NewsgraphException {
    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
