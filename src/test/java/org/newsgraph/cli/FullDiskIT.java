package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestJvm;

/**
 * {@code newsgraph build} on a disk that fills up: one line saying so, exit 1, and a store that opens again. The
 * build runs in a mount namespace of its own ({@code unshare}) over a 1 MiB tmpfs, so that no real disk is filled;
 * where this machine does not allow that, the test is skipped.
 */
class FullDiskIT {
    @TempDir
    Path tmp;

    private static void writeArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] states = {"Alabama", "Georgia", "Ohio", "Texas", "Maine", "Iowa", "Kansas", "Oregon"};
        for (int i = 0; i < 300; i++) {
            String a = "Alice Number" + i;
            String b = "Bob Number" + (i + 1);
            Files.writeString(dir.resolve(String.format("article-%04d.txt", i)), a + " backs " + b + "\n\n" + a + " endorsed " + b
                    + " for the U.S. Senate in " + states[i % states.length] + " on Monday. " + b + ", a Republican, thanked " + a
                    + " at a rally.\n");
        }
    }

    /** Runs the shell script {@code script} as root of a new user and mount namespace; returns what it printed. */
    private String inOwnMountNamespace(String script) throws Exception {
        Path output = tmp.resolve("output.txt");
        Process process = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build ended");
        return Files.readString(output);
    }

    @Test
    void aFullDiskIsOneLineAndTheStoreStaysWhole() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        String probe;
        try {
            probe = inOwnMountNamespace("mount -t tmpfs -o size=1m tmpfs '" + mount + "' && echo mounted");
        } catch (IOException e) {
            probe = e.toString();
        }
        Assumptions.assumeTrue(probe.contains("mounted"), "this machine lets no one mount a small file system: " + probe);

        Path articles = tmp.resolve("articles");
        writeArticles(articles);
        String newsgraph = TestJvm.command().stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(" "))
                + " " + Main.class.getName();
        Path store = mount.resolve("store");
        String output = inOwnMountNamespace(String.join("; ", List.of(
                "mount -t tmpfs -o size=1m tmpfs '" + mount + "'",
                newsgraph + " build '" + articles + "' --store '" + store + "' --out '" + tmp.resolve("graph.ttl") + "' -q",
                "echo \"build exit $?\"",
                newsgraph + " stats --store '" + store + "' -q",
                "echo \"stats exit $?\"")));

        List<String> lines = output.lines().toList();
        assertEquals("newsgraph: build: no space left on " + store + ": the store keeps the articles committed before;"
                + " free some space and build again", lines.get(0), output);
        assertEquals("build exit 1", lines.get(1), output);
        assertFalse(output.contains("InternalError"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        // The store opens again and answers.
        assertTrue(output.contains("stats exit 0"), output);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("articles ")), output);
    }
}
