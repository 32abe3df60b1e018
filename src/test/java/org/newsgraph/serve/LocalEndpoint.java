package org.newsgraph.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/** An endpoint on a free loopback port for one test, and a client whose failures are test failures. */
final class LocalEndpoint {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration requestTimeout;

    LocalEndpoint(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** Options for a server on any free port. */
    static ServeOptions.Builder local() {
        return ServeOptions.builder().port(0);
    }

    /** Runs {@code test} with the base URL of a server over {@code dsg}, then stops the server. */
    static void withServer(DatasetGraph dsg, ServeOptions options, Consumer<String> test) {
        FusekiServer server = EndpointFactory.start(dsg, options);
        try {
            test.accept("http://127.0.0.1:" + server.getPort());
        } finally {
            server.stop();
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
