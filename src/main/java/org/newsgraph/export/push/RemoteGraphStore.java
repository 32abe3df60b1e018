package org.newsgraph.export.push;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, Virtuoso, GraphDB, Neptune...) that named graphs are
 * replaced in with HTTP PUT, so storing the same graph twice leaves the endpoint as it was. Connection errors
 * and 502/503/504 answers are retried as {@link Backoff} says; other HTTP errors fail at once. Thread-safe:
 * the HTTP client is shared and each call is independent.
 */
public final class RemoteGraphStore {
    private final String endpoint;
    private final String authorization;
    private final Backoff backoff;
    private final HttpClient client;

    /**
     * @param endpoint the Graph Store Protocol URL, for Fuseki {@code http://host:3030/dataset/data}
     * @param user     the user name for HTTP basic authentication, or null for none
     * @param password the password, required when {@code user} is given
     */
    public RemoteGraphStore(String endpoint, String user, String password, Backoff backoff) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://"))
            throw new IllegalArgumentException("Not an http(s) URL: " + endpoint);
        if (user != null && password == null)
            throw new IllegalArgumentException("A user name needs a password");
        // Sent with the first request: the PUT body is streamed, so a 401 challenge could not be answered by replaying it.
        this.authorization = user == null ? null : HttpLib.basicAuth(user, password);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String endpoint() {
        return endpoint;
    }

    /**
     * Replaces the named graph at the endpoint with {@code content}.
     *
     * @return how many attempts it took
     * @throws PushException when the endpoint refuses, or is unreachable after the last attempt
     */
    public int replace(Node graphName, Graph content) {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(content, "content");
        if (!graphName.isURI())
            throw new IllegalArgumentException("A graph name must be an IRI: " + graphName);
        for (int attempt = 1; ; attempt++) {
            try {
                request().graphName(graphName).PUT(content);
                return attempt;
            } catch (HttpException e) {
                if (!retryable(e) || attempt == backoff.attempts())
                    throw failure(graphName, e, attempt);
            }
            pause(graphName, backoff.delayAfter(attempt));
        }
    }

    private GSP request() {
        GSP gsp = GSP.service(endpoint).httpClient(client).contentType(RDFFormat.NTRIPLES);
        return authorization == null ? gsp : gsp.httpHeader("Authorization", authorization);
    }

    /** Jena reports a failed connection as an HttpException without a status, with the IOException as cause. */
    private static boolean retryable(HttpException e) {
        int status = e.getStatusCode();
        if (status == 502 || status == 503 || status == 504)
            return true;
        return status <= 0 && (e.getCause() instanceof IOException || e.getCause() instanceof HttpTimeoutException);
    }

    private PushException failure(Node graphName, HttpException e, int attempts) {
        String reason = e.getStatusCode() > 0
                ? "HTTP " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                : "cannot connect (" + describe(e.getCause() == null ? e : e.getCause()) + ")";
        return new PushException(endpoint, graphName.getURI(),
                reason + (attempts > 1 ? " after " + attempts + " attempts" : ""), e);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private void pause(Node graphName, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException(endpoint, graphName.getURI(), "interrupted while waiting to retry", e);
        }
    }
}
