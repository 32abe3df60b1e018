package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsgraph.TestJvm;

/**
 * {@code newsgraph serve} run the way a user runs it: a separate JVM on the test class path, on a free loopback
 * port, stopped with SIGTERM (what Ctrl-C and service managers send) on {@link #close()}.
 */
public final class ServeProcess implements AutoCloseable {
    /** The command-line entry point, named rather than imported: library tests do not depend on the CLI. */
    private static final String MAIN = "org.newsgraph.cli.Main";
    /** A JVM start on a busy machine; bounds the wait, asserts nothing about speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private ServeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code newsgraph serve --store STORE --port FREE}, returning once it answers /$/ping. */
    public static ServeProcess start(Path store, Path log) throws IOException, InterruptedException {
        return start(store, log, List.of());
    }

    /** As {@link #start(Path, Path)}, with more {@code serve} options such as {@code --timeout 2}. */
    public static ServeProcess start(Path store, Path log, List<String> options) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(TestJvm.command());
        command.addAll(List.of(MAIN, "serve", "--store", store.toString(), "--port", Integer.toString(port)));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServeProcess serve = new ServeProcess(process, log, port);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(serve.baseUrl() + "/$/ping")).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return serve;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        serve.close();
        fail("newsgraph serve did not come up: " + Files.readString(log));
        return null;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The {@code newsgraph serve} process as started (the JVM that may start the server's own, see BoundedHeap). */
    public Process process() {
        return process;
    }

    /** What the process printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS))
            process.destroyForcibly().waitFor();
    }
}
