package org.newsgraph.export;

import org.newsgraph.NewsgraphException;

/** Writing an export failed: the syntax cannot express some term, or the output broke. */
public final class ExportException extends NewsgraphException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
