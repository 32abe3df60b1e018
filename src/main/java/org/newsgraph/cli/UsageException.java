package org.newsgraph.cli;

import org.newsgraph.NewsgraphException;

/** The command line itself is wrong (unknown option, missing argument, bad value): exit status 2. */
public class UsageException extends NewsgraphException {
    public UsageException(String message) {
        super(message);
    }
}
