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
 * {@code newsgraph build} on a disk that fills up, under the store or under the {@code --out} graph file: one line
 * saying so, exit 1, a store that opens again and an old graph file left as it was. The
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

    /** A directory on which a 1 MiB file system can be mounted; the test is skipped where none can. */
    private Path smallDisk() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        String probe;
        try {
            probe = inOwnMountNamespace("mount -t tmpfs -o size=1m tmpfs '" + mount + "' && echo mounted");
        } catch (IOException e) {
            probe = e.toString();
        }
        Assumptions.assumeTrue(probe.contains("mounted"), "this machine lets no one mount a small file system: " + probe);
        return mount;
    }

    /** The command line that runs newsgraph in a child JVM, quoted for sh. */
    private static String newsgraph() {
        return TestJvm.command().stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(" "))
                + " " + Main.class.getName();
    }

    @Test
    void aFullDiskIsOneLineAndTheStoreStaysWhole() throws Exception {
        Path mount = smallDisk();
        Path articles = tmp.resolve("articles");
        writeArticles(articles);
        String newsgraph = newsgraph();
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

    @Test
    void aFullDiskUnderTheGraphFileIsOneLineAndKeepsTheOldFileAndTheStore() throws Exception {
        Path mount = smallDisk();
        Path articles = tmp.resolve("articles");
        writeArticles(articles);
        String newsgraph = newsgraph();
        Path store = tmp.resolve("store");
        Path turtle = mount.resolve("graph.ttl");
        Path trig = mount.resolve("graph.trig");
        // The previous graph files stand on the small disk, which is then filled but for 64 KiB: far less than the
        // graph of 300 articles, so the new Turtle fills the disk part way through.
        String output = inOwnMountNamespace(String.join("; ", List.of(
                "mount -t tmpfs -o size=1m tmpfs '" + mount + "'",
                "echo 'previous turtle' > '" + turtle + "'",
                "echo 'previous trig' > '" + trig + "'",
                "head -c 65536 /dev/zero > '" + mount.resolve("room") + "'",
                "cat /dev/zero > '" + mount.resolve("filler") + "' 2>/dev/null",
                "rm '" + mount.resolve("room") + "'",
                newsgraph + " build '" + articles + "' --store '" + store + "' --out '" + turtle + "' -q",
                "echo \"build exit $?\"",
                "cat '" + turtle + "' '" + trig + "'",
                "ls -A '" + mount + "'",
                newsgraph + " stats --store '" + store + "' -q",
                "echo \"stats exit $?\"")));

        List<String> lines = output.lines().toList();
        assertEquals("newsgraph: build: " + turtle + ": cannot write: no space left on device", lines.get(0), output);
        assertEquals("build exit 1", lines.get(1), output);
        assertFalse(output.contains("InternalError"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        // The old graph files as they were, and no half-written one beside them.
        assertEquals(List.of("previous turtle", "previous trig", "filler", "graph.trig", "graph.ttl"), lines.subList(2, 7), output);
        // Every article was committed before the graph files were written.
        assertTrue(output.contains("stats exit 0"), output);
        assertTrue(lines.stream().anyMatch(l -> l.matches("articles +300")), output);
    }
}
