package org.newsgraph.export.push;

import org.newsgraph.NewsgraphException;

/** A graph could not be stored at a remote endpoint: the endpoint, the graph, and why (HTTP status or connection). */
public class PushException extends NewsgraphException {
    private final String endpoint;
    private final String graph;
    private final String reason;

    public PushException(String endpoint, String graph, String reason, Throwable cause) {
        super(endpoint + " <" + graph + ">: " + reason, cause);
        this.endpoint = endpoint;
        this.graph = graph;
        this.reason = reason;
    }

    public String endpoint() {
        return endpoint;
    }

    public String graph() {
        return graph;
    }

    public String reason() {
        return reason;
    }
}
