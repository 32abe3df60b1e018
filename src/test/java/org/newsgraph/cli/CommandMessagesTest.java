package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IoErrors;
import org.newsgraph.TestJvm;
import org.newsgraph.graph.store.TestArticles;

/** Usage errors caught before any work, and failures that say what went wrong in the user's words. */
class CommandMessagesTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private Path store() {
        return TestArticles.store(tmp.resolve("store"),
                TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"));
    }

    @Test
    void anAbsurdThreadCountIsAUsageErrorBeforeAnythingIsCreated() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "Headline\n\nText.\n");
        for (String threads : new String[] {"2147483647", "300000000", "257", "0", "-3", "many"}) {
            console.reset();
            Path store = tmp.resolve("store-" + threads);
            assertEquals(2, Main.run("build", article.toString(), "--threads", threads, "--store", store.toString(),
                    "--out", tmp.resolve("g.ttl").toString()), threads);
            assertEquals("newsgraph: build: --threads must be a whole number from 1 to 256, not '" + threads
                    + "' (see `newsgraph build --help`)\n", console.err());
            assertTrue(Files.notExists(store), "no store may be created: " + threads);
        }
    }

    @Test
    void aStoreThatCannotBeCreatedSaysWhy() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a directory");
        Path store = file.resolve("store");
        assertEquals(1, Main.run("stats", "--store", store.toString()));
        assertTrue(console.err().startsWith("newsgraph: stats: no store at " + store), console.err());
        console.reset();
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "Headline\n\nText.\n");
        assertEquals(1, Main.run("build", article.toString(), "--store", store.toString()));
        assertEquals("newsgraph: build: cannot create store " + store + ": not a directory\n", console.err());
        // As root no directory refuses anyone, so the words for a refusal are checked on their own.
        assertEquals("permission denied", IoErrors.reason(new AccessDeniedException(store.toString())));
    }

    @Test
    void exportCreatesTheDirectoryOfItsFile() throws Exception {
        Path store = store();
        Path file = tmp.resolve("new").resolve("dir").resolve("graph.nt");
        assertEquals(0, Main.run("export", "--format", "ntriples", "--out", file.toString(), "--store", store.toString()),
                console.err());
        assertTrue(Files.isRegularFile(file));
        // Written aside and moved into place, it is as readable as any file the user writes.
        assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(file.getParent()).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                Files.getPosixFilePermissions(file).toString());
    }

    @Test
    void removeOfAnEmptyIdIsAUsageError() {
        Path store = store();
        assertEquals(2, Main.run("remove", "", "--store", store.toString()));
        assertEquals("newsgraph: remove: an article id cannot be empty (see `newsgraph remove --help`)\n", console.err());
        console.reset();
        assertEquals(2, Main.run("remove", "  ", "--store", store.toString()));
        assertEquals("newsgraph: remove: an article id cannot be blank (see `newsgraph remove --help`)\n", console.err());
    }

    @Test
    void theArticleSizeLimitMustBeANumberOfBytes() {
        assertEquals(2, Main.run("build", "big.txt", "--max-article-size", "huge"));
        assertTrue(console.err().startsWith("newsgraph: build: --max-article-size must be a whole number of bytes from 1 to"),
                console.err());
    }

    @Test
    void badTurtleIsOneLineWithoutALogLine() throws Exception {
        Path store = store();
        Path shapes = tmp.resolve("bad.ttl");
        Files.writeString(shapes, "this is not turtle .\n");
        Path gold = tmp.resolve("a.gold.json");
        Files.writeString(gold, "{\"document\": \"a.txt\", \"entities\": {}, \"facts\": []}");
        // A process of its own: the logging framework writes to the streams the JVM started with.
        String validate = run("validate", "--shapes", shapes.toString(), "--store", store.toString());
        assertEquals("newsgraph: validate: " + shapes + ": bad shapes: ", validate.substring(0, validate.indexOf("shapes: ") + 8));
        assertEquals(1, validate.lines().count(), validate);
        String evaluate = run("evaluate", shapes.toString(), gold.toString());
        assertTrue(evaluate.startsWith("newsgraph: evaluate: " + shapes + ": not RDF: "), evaluate);
        assertEquals(1, evaluate.lines().count(), evaluate);
    }

    /** What {@code newsgraph ARGS} prints, both streams, run in a JVM of its own that must exit with 1. */
    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(TestJvm.command());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path output = tmp.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, process.exitValue(), Files.readString(output));
        return Files.readString(output);
    }
}
