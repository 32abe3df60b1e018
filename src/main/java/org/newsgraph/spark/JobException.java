package org.newsgraph.spark;

import org.newsgraph.NewsgraphException;

/** The job cannot run or finish: bad arguments or inputs that stop it as a whole, or an output it cannot write. */
final class JobException extends NewsgraphException {
    JobException(String message) {
        super(message);
    }

    JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
