package org.newsgraph.graph.store;

import java.nio.file.Path;

import org.newsgraph.NewsgraphException;

/** The store cannot be opened, read or written; the message names the store (directory or URL) and the reason. */
public class StoreException extends NewsgraphException {
    private final String location;

    public StoreException(Path location, String reason) {
        this(location, reason, null);
    }

    public StoreException(Path location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location == null ? "(in memory)" : location.toString();
    }

    /** A store elsewhere than a directory: {@code location} is its URL. */
    public StoreException(String location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location;
    }

    /** The store directory, or {@code (in memory)}. */
    public String location() {
        return location;
    }
}
