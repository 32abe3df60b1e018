package org.newsgraph.export.push;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, Virtuoso, GraphDB, Neptune...) that named graphs are
 * replaced in with HTTP PUT, so storing the same graph twice leaves the endpoint as it was. Connection errors
 * and 502/503/504 answers are retried as {@link Backoff} says; other HTTP errors fail at once. A user and password
 * answer the endpoint's 401 challenge, HTTP basic or digest, whichever it asks for. Thread-safe: the HTTP client
 * is shared and each call is independent. {@link #close()} forgets the credentials.
 */
public final class RemoteGraphStore implements AutoCloseable {
    /** How long a request may wait for the endpoint's answer unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String endpoint;
    private final URI credentialsScope;
    private final Backoff backoff;
    private final Duration timeout;
    private final HttpClient client;

    /** As {@link #RemoteGraphStore(String, String, String, Backoff, Duration)} with {@link #DEFAULT_TIMEOUT}. */
    public RemoteGraphStore(String endpoint, String user, String password, Backoff backoff) {
        this(endpoint, user, password, backoff, DEFAULT_TIMEOUT);
    }

    /**
     * @param endpoint the Graph Store Protocol URL, for Fuseki {@code http://host:3030/dataset/data}
     * @param user     the user name for HTTP basic or digest authentication, or null for none
     * @param password the password, required when {@code user} is given
     * @param timeout  how long one request may wait for the endpoint's answer; an endpoint that accepts connections
     *                 and never answers would otherwise hold a push for ever
     * @throws IllegalArgumentException when {@code endpoint} is no http(s) URL with a host
     * @throws IllegalStateException    when another open store in this process has credentials for the same endpoint
     */
    public RemoteGraphStore(String endpoint, String user, String password, Backoff backoff, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        checkUrl(endpoint);
        if (user != null && password == null)
            throw new IllegalArgumentException("A user name needs a password");
        this.credentialsScope = user == null ? null : register(endpoint, user, password);
        this.client = new TimeoutHttpClient(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build(), timeout);
    }

    /** An http(s) URL with a host, or an IllegalArgumentException saying what is wrong with it. */
    private static void checkUrl(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + endpoint + " (" + e.getReason() + ")", e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")))
            throw new IllegalArgumentException("Not an http(s) URL: " + endpoint);
        if (uri.getHost() == null || uri.getHost().isEmpty())
            throw new IllegalArgumentException("No host in " + endpoint);
    }

    /**
     * Whether the endpoint answers at all: one request of the graph store's own URL, any HTTP answer counting. Asked
     * before a long push or build, so that an endpoint that is down stops it at once rather than article by article.
     *
     * @throws PushException when the endpoint cannot be reached, does not answer or is not an HTTP server
     */
    public void checkReachable() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(endpoint)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(timeout).build();
        try {
            client.send(probe, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new PushException(endpoint, null, unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException(endpoint, null, "interrupted", e);
        }
    }

    /**
     * Jena's HTTP layer answers a 401 challenge (basic or digest) only with credentials from its process-wide
     * {@link AuthEnv}, looked up by the longest registered prefix of the request URL; there is no per-client way.
     * So the credentials are registered for exactly this endpoint URL (every {@code ?graph=} request starts with it)
     * and removed again by {@link #close()}. Jena serialises a graph into a byte array before a PUT, so the
     * request it repeats with the answer to the challenge carries the whole body again.
     */
    private static URI register(String endpoint, String user, String password) {
        URI scope;
        try {
            scope = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL: " + endpoint, e);
        }
        // Two open stores for one endpoint would share one registration, and the first close would drop it.
        if (AuthEnv.get().hasRegistation(scope))
            throw new IllegalStateException("Credentials for " + endpoint + " are already in use in this process");
        AuthEnv.get().registerUsernamePassword(scope, user, password);
        return scope;
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
        Objects.requireNonNull(content, "content");
        return send(graphName, false, gsp -> gsp.PUT(content));
    }

    /**
     * Deletes the named graph at the endpoint; a graph that is not there (HTTP 404) is no error.
     *
     * @return how many attempts it took
     * @throws PushException when the endpoint refuses, or is unreachable after the last attempt
     */
    public int remove(Node graphName) {
        return send(graphName, true, GSP::DELETE);
    }

    private int send(Node graphName, boolean absentIsDone, Consumer<GSP> call) {
        Objects.requireNonNull(graphName, "graphName");
        if (!graphName.isURI())
            throw new IllegalArgumentException("A graph name must be an IRI: " + graphName);
        for (int attempt = 1; ; attempt++) {
            try {
                call.accept(request().graphName(graphName));
                return attempt;
            } catch (HttpException e) {
                if (absentIsDone && e.getStatusCode() == 404)
                    return attempt;
                if (!retryable(e) || attempt == backoff.attempts())
                    throw failure(graphName, e, attempt);
            }
            pause(graphName, backoff.delayAfter(attempt));
        }
    }

    private GSP request() {
        return GSP.service(endpoint).httpClient(client).contentType(RDFFormat.NTRIPLES);
    }

    /** Forgets the credentials, with any digest session Jena keeps for the endpoint. Idempotent. */
    @Override
    public void close() {
        if (credentialsScope != null)
            AuthEnv.get().unregisterUsernamePassword(credentialsScope);
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
                : unreachable(e.getCause() == null ? e : e.getCause());
        if (e.getStatusCode() == 401)
            reason += (credentialsScope == null ? ": the endpoint wants a user and password"
                    : ": the endpoint does not accept this user and password");
        return new PushException(endpoint, graphName.getURI(),
                reason + (attempts > 1 ? " after " + attempts + " attempts" : ""), e.getStatusCode(), e);
    }

    /** Why a request got no HTTP answer, in the user's words. */
    private String unreachable(Throwable t) {
        if (t instanceof HttpTimeoutException)
            return "no answer within " + timeout.toSeconds() + " s (the endpoint accepts connections but does not answer)";
        if (t instanceof ProtocolException)
            return "not an HTTP server (" + t.getMessage() + ")";
        return "cannot connect (" + describe(t) + ")";
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
