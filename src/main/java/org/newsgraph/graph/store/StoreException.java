package org.newsgraph.graph.store;

import java.nio.file.Path;

import org.newsgraph.NewsgraphException;

/** The store cannot be opened, read or written; the message names the store directory and the reason. */
public class StoreException extends NewsgraphException {
    private final String location;

    public StoreException(Path location, String reason) {
        this(location, reason, null);
    }

    public StoreException(Path location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location == null ? "(in memory)" : location.toString();
    }

    /** The store directory, or {@code (in memory)}. */
    public String location() {
        return location;
    }
}
