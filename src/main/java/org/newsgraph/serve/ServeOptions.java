package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the SPARQL endpoint is served: where it listens, whether it accepts updates, and the limits that keep one
 * runaway query from starving the others. Made by {@link #builder()}; immutable and safe to share.
 *
 * @param host         the address to listen on (loopback by default)
 * @param port         the TCP port; 0 picks a free one
 * @param datasetName  the dataset's path segment, so queries go to {@code http://host:port/datasetName/query}
 * @param allowUpdate  whether SPARQL Update and Graph Store Protocol writes are accepted
 * @param user         the user name that may update when a password is set
 * @param password     the password for updates, or null when updates need none (loopback only)
 * @param queryTimeout how long one query may run before it is cut off
 * @param resultLimit  the most solutions one query returns; a larger or missing LIMIT is lowered to it, and the most
 *                     triples a Graph Store Protocol read returns
 * @param allowService whether SERVICE (and LOAD from the web, with updates) may send requests to other servers
 * @param maxQuerySize the longest SPARQL query or update text accepted, in bytes; longer is HTTP 413
 */
public record ServeOptions(String host, int port, String datasetName, boolean allowUpdate, String user,
                           String password, Duration queryTimeout, long resultLimit, boolean allowService,
                           int maxQuerySize) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_DATASET = "newsgraph";
    public static final String DEFAULT_USER = "admin";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /** 128 KiB: some thousands of triple patterns or VALUES rows; Jena parses that in well under a second. */
    public static final int DEFAULT_MAX_QUERY_SIZE = 128 * 1024;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(user, "user");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("Port out of range 0..65535: " + port);
        if (datasetName == null || !SEGMENT.matcher(datasetName).matches())
            throw new IllegalArgumentException("Dataset name must be one path segment of letters, digits, - and _: " + datasetName);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("Query timeout must be positive: " + queryTimeout);
        if (resultLimit <= 0)
            throw new IllegalArgumentException("Result limit must be positive: " + resultLimit);
        if (password != null && password.isBlank())
            throw new IllegalArgumentException("Password is blank");
        if (user.isBlank())
            throw new IllegalArgumentException("User name is blank");
        if (maxQuerySize < 1)
            throw new IllegalArgumentException("Largest query must be at least 1 byte: " + maxQuerySize);
        boolean loopback = isLoopback(host);
        // An open update endpoint on a reachable interface lets anyone rewrite the graph.
        if (allowUpdate && password == null && !loopback)
            throw new IllegalArgumentException("Updates on the non-loopback host " + host + " need a password");
    }

    /** Whether a password guards updates. */
    public boolean authenticated() {
        return password != null;
    }

    /** Whether {@code host} names a loopback address; an unknown host is an error, not "no". */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host: " + host, e);
        }
    }

    @Override
    public String toString() {
        // Never let the password reach a log line.
        return "ServeOptions[host=" + host + ", port=" + port + ", dataset=/" + datasetName + ", update=" + allowUpdate
                + ", user=" + user + ", password=" + (password == null ? "none" : "set") + ", queryTimeout=" + queryTimeout
                + ", resultLimit=" + resultLimit + ", service=" + allowService + ", maxQuerySize=" + maxQuerySize + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fluent, mutable builder with the defaults: loopback, port 3030, /newsgraph, read-only, 30 s, 10,000 rows, no
     * SERVICE, queries up to 128 KiB.
     */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String datasetName = DEFAULT_DATASET;
        private boolean allowUpdate;
        private String user = DEFAULT_USER;
        private String password;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private boolean allowService;
        private int maxQuerySize = DEFAULT_MAX_QUERY_SIZE;

        private Builder() {}

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder datasetName(String datasetName) { this.datasetName = datasetName; return this; }
        public Builder allowUpdate(boolean allowUpdate) { this.allowUpdate = allowUpdate; return this; }
        public Builder user(String user) { this.user = user; return this; }
        public Builder password(String password) { this.password = password; return this; }
        public Builder queryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; return this; }
        public Builder resultLimit(long resultLimit) { this.resultLimit = resultLimit; return this; }
        public Builder allowService(boolean allowService) { this.allowService = allowService; return this; }
        public Builder maxQuerySize(int maxQuerySize) { this.maxQuerySize = maxQuerySize; return this; }

        /** Checks the settings together; throws IllegalArgumentException naming the first bad one. */
        public ServeOptions build() {
            return new ServeOptions(host, port, datasetName, allowUpdate, user, password, queryTimeout, resultLimit,
                    allowService, maxQuerySize);
        }
    }
}
