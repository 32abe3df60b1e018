package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestJvm;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph build --watch DIR} in a child process with the real models, as a user runs it: files dropped into
 * the directory are built and reported one line each, a bad one is reported and skipped, and stopping it as Ctrl-C
 * does ends the process with the store closed and everything built in it.
 */
class BuildWatchIT {
    private static final Path SAMPLES = Path.of("examples/articles");
    /** A JVM start and model load on a busy machine; bounds the waits, asserts nothing about speed. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @Test
    void filesDroppedInAreBuiltABadOneIsReportedAndCtrlCClosesTheStore() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("watch.log");
        List<String> command = new ArrayList<>(TestJvm.command());
        command.addAll(List.of(Main.class.getName(), "build", "--watch", inbox.toString(), "--store", store.toString(),
                "--poll", "0.2", "--threads", "1"));
        Process watch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLine(watch, log, "^watching " + Pattern.quote(inbox.toString()) + " into .*Ctrl-C stops$");

            Files.copy(SAMPLES.resolve("2018-08-trump-taunts-sessions.txt"), inbox.resolve("first.txt"));
            awaitLine(watch, log, "^\\d\\d:\\d\\d:\\d\\d first\\.txt: 1 read, 1 built, 0 unchanged, 0 failed; \\d+ facts; .* s$");

            Files.writeString(inbox.resolve("empty.txt"), "");
            awaitLine(watch, log, "^newsgraph: " + Pattern.quote(inbox.resolve("empty.txt").toString()) + ": .+");
            awaitLine(watch, log, "^\\d\\d:\\d\\d:\\d\\d empty\\.txt: 0 read, 0 built, 0 unchanged, 1 failed; 0 facts; .* s$");

            Path sub = Files.createDirectories(inbox.resolve("later"));
            Files.copy(SAMPLES.resolve("2020-05-sessions-fires-back-thehill.txt"), sub.resolve("second.txt"));
            awaitLine(watch, log, "^\\d\\d:\\d\\d:\\d\\d later/second\\.txt: 1 read, 1 built, 0 unchanged, 0 failed; .*");

            Files.delete(inbox.resolve("first.txt"));
            Thread.sleep(1000);
            assertTrue(watch.isAlive(), Files.readString(log));
            // SIGTERM, which takes the JVM through the same shutdown hooks as Ctrl-C's SIGINT: a child of a shell's
            // background job (a CI runner) may have been started with SIGINT ignored, and a JVM keeps it so.
            watch.destroy();
            assertTrue(watch.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the signal ends the watch");
        } finally {
            watch.destroyForcibly();
        }
        String output = Files.readString(log);
        // 128 + 15: the JVM ended on SIGTERM, after its shutdown hooks.
        assertEquals(143, watch.exitValue(), output);
        assertTrue(output.contains("stopped watching; store " + store + " closed"), output);
        assertEquals(1, output.lines().filter(l -> l.startsWith("newsgraph: ")).count(), "one error line, the bad file's: " + output);

        try (ArticleStore built = ArticleStore.openExisting(store)) {
            assertEquals(List.of(NG.articleGraph("first").getURI(), NG.articleGraph("second").getURI()), articleGraphs(built),
                    "both articles are stored, first.txt's although the file was removed");
        }
    }

    private static List<String> articleGraphs(ArticleStore store) {
        return store.read(dsg -> {
            List<String> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(NG.ARTICLE_BASE))
                    graphs.add(g.getURI());
            });
            graphs.sort(null);
            return graphs;
        });
    }

    /** Waits until the child's output has a line matching {@code regex}; fails with the output if it dies first. */
    private static void awaitLine(Process child, Path log, String regex) throws Exception {
        Pattern pattern = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (read(log).lines().anyMatch(l -> pattern.matcher(l).matches()))
                return;
            if (!child.isAlive())
                fail("the watch ended, waiting for /" + regex + "/: " + read(log));
            Thread.sleep(100);
        }
        fail("no line /" + regex + "/ within " + PATIENCE + ": " + read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
