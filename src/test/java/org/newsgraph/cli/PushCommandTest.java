package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.export.push.Backoff;
import org.newsgraph.export.push.PushException;
import org.newsgraph.graph.store.ArticleStore;

/**
 * push with its environment and backoff given: a user without a password is a usage error, and an endpoint that
 * nobody answers fails at once with the endpoint named. These call the command with Commons CLI's types,
 * which the jar relocates, so they run on the classes, not the jar, as surefire tests.
 */
class PushCommandTest {
    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void buildStore() {
        store = dir.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            ArticleFixture.articles().forEach(a -> s.replace(a, 0.0));
            // As a build leaves it: the derived graphs current.
            s.deriveGraphs();
        }
    }

    @Test
    void aUserWithoutAPasswordIsAUsageError() {
        PushCommand noPassword = new PushCommand(name -> null, Backoff.DEFAULT);
        UsageException e = assertThrows(UsageException.class, () -> noPassword.run(new DefaultParser().parse(noPassword.options(),
                new String[] {"--endpoint", "http://localhost:1/x", "--user", "loader", "--store", store.toString()}),
                new Terminal(System.out, System.err, true)));
        assertEquals("--user loader needs the password in the environment variable NEWSGRAPH_PASSWORD", e.getMessage());
    }

    @Test
    void pushToNobodyFailsWithTheEndpointInTheMessage() throws IOException, ParseException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PushCommand command = new PushCommand(name -> null, new Backoff(2, Duration.ZERO, Duration.ZERO));
        String endpoint = "http://127.0.0.1:" + port + "/remote/data";
        var line = new DefaultParser().parse(command.options(), new String[] {"--endpoint", endpoint, "--store", store.toString()});
        PushException e = assertThrows(PushException.class, () -> command.run(line, new Terminal(System.out, System.err, true)));
        // Found out by the first request, before the store is read: no retries for each graph.
        assertTrue(e.getMessage().startsWith(endpoint + ": cannot connect"), e.getMessage());
    }
}
