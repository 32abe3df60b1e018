package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;

/** build loads the NLP models on a thread of its own while the store opens: what goes wrong there is still said. */
class BuildModelLoadingTest {
    @TempDir
    Path dir;

    @Test
    void modelsThatCannotLoadFailTheBuildInOneLineAndStoreNothing() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nAlice Adams endorsed Bob Brown.\n");
        Path store = dir.resolve("store");
        CommandRun run = CommandRun.of(extra -> {
            throw new NewsgraphException("Cannot load name finder model broken.bin: not a model");
        }, "build", article.toString(), "--store", store.toString(), "--out", dir.resolve("graph.ttl").toString());
        assertEquals(Main.FAILED, run.status(), run.err());
        assertTrue(run.err().contains("build: Cannot load name finder model broken.bin: not a model"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        CommandRun stats = CommandRun.of(extra -> null, "stats", "--store", store.toString());
        assertEquals(Main.OK, stats.status(), stats.err());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("articles\\s+0")), "no article was stored:\n" + stats.out());
        assertTrue(Files.notExists(dir.resolve("graph.ttl")), "no graph file was written");
    }
}
