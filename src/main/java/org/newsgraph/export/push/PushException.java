package org.newsgraph.export.push;

import org.newsgraph.NewsgraphException;

/** A graph could not be stored at a remote endpoint: the endpoint, the graph, and why (HTTP status or connection). */
public class PushException extends NewsgraphException {
    private final String endpoint;
    private final String graph;
    private final String reason;
    private final int status;

    /** @param graph the graph, or null for a failure of the endpoint as a whole */
    public PushException(String endpoint, String graph, String reason, Throwable cause) {
        this(endpoint, graph, reason, -1, cause);
    }

    /** @param status the HTTP status the endpoint answered, or -1 when it gave none */
    public PushException(String endpoint, String graph, String reason, int status, Throwable cause) {
        super(endpoint + (graph == null ? "" : " <" + graph + ">") + ": " + reason, cause);
        this.endpoint = endpoint;
        this.graph = graph;
        this.reason = reason;
        this.status = status;
    }

    /**
     * Whether the endpoint refused this graph only (HTTP 400, 413, 415 or 422: bad, too large, wrong type); otherwise it
     * is down, unreachable or refuses the client, and the next graph would fare no better.
     */
    public boolean graphRefused() {
        return status == 400 || status == 413 || status == 415 || status == 422;
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
