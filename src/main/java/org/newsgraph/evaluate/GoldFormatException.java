package org.newsgraph.evaluate;

import java.nio.file.Path;

import org.newsgraph.NewsgraphException;

/** A gold annotation file that cannot be read or does not have the documented shape. */
public class GoldFormatException extends NewsgraphException {
    private final Path file;
    private final String reason;

    public GoldFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public GoldFormatException(Path file, String reason) {
        this(file, reason, null);
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
