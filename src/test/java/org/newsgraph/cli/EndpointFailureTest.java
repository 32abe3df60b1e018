package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.TestArticles;

/**
 * push and build --endpoint against endpoints that are not there, never answer, are not HTTP or are no URL: one clear
 * line, fast, and never hours of retries.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EndpointFailureTest {
    private static final ModelLoader NO_MODELS = extra -> {
        throw new AssertionError("a dead endpoint must be found out before the models are loaded");
    };

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private Path store() {
        return TestArticles.store(tmp.resolve("store"),
                TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"));
    }

    private Path article() throws IOException {
        Path file = tmp.resolve("a.txt");
        Files.writeString(file, "Headline\n\nAlice Adams endorsed Bob Brown.\n");
        return file;
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Test
    void aDeadEndpointStopsTheBuildBeforeAnyWork() throws Exception {
        String endpoint = "http://127.0.0.1:" + closedPort() + "/news/data";
        long start = System.nanoTime();
        assertEquals(1, Main.run(NO_MODELS, "build", article().toString(), "--endpoint", endpoint));
        assertTrue(console.err().startsWith("newsgraph: build: " + endpoint + ": cannot connect"), console.err());
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), "no retries for every article");
        console.reset();
        assertEquals(1, Main.run("push", "--endpoint", endpoint, "--store", store().toString()));
        assertTrue(console.err().startsWith("newsgraph: push: " + endpoint + ": cannot connect"), console.err());
    }

    @Test
    void anEndpointThatNeverAnswersTimesOut() throws Exception {
        // Accepts connections, reads what it is sent, never answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            daemon(() -> {
                while (!silent.isClosed()) {
                    try {
                        Socket s = silent.accept();
                        daemon(() -> {
                            try {
                                s.getInputStream().transferTo(OutputStream.nullOutputStream());
                            } catch (IOException e) {
                                // the client gave up
                            }
                        });
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/news/data";
            assertEquals(1, Main.run("push", "--endpoint", endpoint, "--endpoint-timeout", "2", "--store", store().toString()));
            assertTrue(console.err().startsWith("newsgraph: push: " + endpoint + ": "), console.err());
            assertTrue(console.err().contains("no answer within 2 s"), console.err());
        }
    }

    @Test
    void anEndpointThatIsNotHttpSaysSo() throws Exception {
        try (ServerSocket ssh = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            daemon(() -> {
                while (!ssh.isClosed()) {
                    try (Socket s = ssh.accept()) {
                        s.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            String endpoint = "http://127.0.0.1:" + ssh.getLocalPort() + "/news/data";
            assertEquals(1, Main.run("push", "--endpoint", endpoint, "--store", store().toString()));
            assertTrue(console.err().startsWith("newsgraph: push: " + endpoint + ": not an HTTP server"), console.err());
            assertEquals(1, console.err().lines().count(), console.err());
        }
    }

    @Test
    void aMalformedUrlIsAUsageError() throws Exception {
        for (String url : new String[] {"http://", "http:/x", "http://bad host/data", "https:///data", "ftp://example.org/data"}) {
            console.reset();
            assertEquals(2, Main.run(NO_MODELS, "build", article().toString(), "--endpoint", url), url + ": " + console.err());
            assertTrue(console.err().startsWith("newsgraph: build: --endpoint: "), console.err());
            console.reset();
            assertEquals(2, Main.run("push", "--endpoint", url, "--store", store().toString()), url + ": " + console.err());
        }
    }
}
