package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.ArticleInputException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputPoller;

/** {@code build --watch} without the models: a watcher on a temporary directory, articles "X endorsed Y." each. */
class DirectoryWatcherTest {
    private static final Duration INTERVAL = Duration.ofMillis(50);
    /** Bounds the waits on a busy machine; asserts nothing about speed. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dir;

    /** What the watcher said, in order: "built a.txt: 1 built, 0 unchanged, 0 failed", "failed ORIGIN: REASON". */
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    private final DirectoryWatcher.Listener listener = new DirectoryWatcher.Listener() {
        @Override
        public void built(List<Path> files, BuildSummary s) {
            heard.add("built " + String.join(",", files.stream().map(f -> dir.relativize(f).toString()).toList())
                    + ": " + s.built() + " built, " + s.unchanged() + " unchanged, " + s.failed() + " failed");
        }

        @Override
        public void articleFailed(String origin, String reason) {
            heard.add("failed " + origin + ": " + reason);
        }

        @Override
        public void listingFailed(ArticleInputException error) {
            heard.add("listing " + error.getMessage());
        }
    };

    private static ArticleLoader.Processing fakeProcessing() {
        return article -> {
            String body = article.text().substring(article.headline().length()).strip();
            if (body.contains("BOOM"))
                throw new IllegalStateException("cannot parse");
            String[] names = body.replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        };
    }

    /** Written with a modification time in the past, so that only the settle check across two polls holds it back. */
    private Path drop(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
        return file;
    }

    private String next() throws InterruptedException {
        String event = heard.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "the watcher said nothing within " + PATIENCE_SECONDS + " s");
        return event;
    }

    private static long endorsements(ArticleStore store, String who) {
        Node person = NG.entity(TestArticles.person(who));
        return store.<Long>read(dsg -> dsg.getUnionGraph().stream(person, NG.endorses, Node.ANY).count());
    }

    @Test
    void newChangedAndBadFilesAreBuiltOrReportedAsTheyComeAndRemovedOnesStay() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(store, DirectoryWatcherTest::fakeProcessing,
                    BuildOptions.builder().threads(1).build());
            BuildOptions options = BuildOptions.defaults();
            InputPoller poller = new InputPoller(new ArticleReader(options.readOptions()), List.of(dir), INTERVAL);
            DirectoryWatcher watcher = new DirectoryWatcher(loader, poller, INTERVAL);
            drop("a.txt", "Headline A\n\nAlice Adams endorsed Bob Brown.\n");
            Thread watching = new Thread(() -> watcher.run(listener), "watch");
            watching.start();
            try {
                assertEquals("built a.txt: 1 built, 0 unchanged, 0 failed", next(), "a file there at the start is built");
                assertEquals(1, endorsements(store, "Alice Adams"));

                drop("b.txt", "Headline B\n\nBOOM\n");
                assertEquals("failed " + dir.resolve("b.txt") + ": cannot parse", next());
                assertEquals("built b.txt: 0 built, 0 unchanged, 1 failed", next());

                drop("c.txt", "Headline C\n\nCarol Clark endorsed Alice Adams.\n");
                assertEquals("built c.txt: 1 built, 0 unchanged, 0 failed", next());
                assertEquals(1, endorsements(store, "Carol Clark"));

                drop("a.txt", "Headline A\n\nAlice Adams endorsed Dana Diaz.\n");
                assertEquals("built a.txt: 1 built, 0 unchanged, 0 failed", next(), "a changed file is built again");
                assertTrue(store.<Boolean>read(dsg -> dsg.getUnionGraph().contains(NG.entity(TestArticles.person("Alice Adams")),
                        NG.endorses, NG.entity(TestArticles.person("Dana Diaz")))));

                Files.delete(dir.resolve("c.txt"));
                Thread.sleep(10 * INTERVAL.toMillis());
                assertEquals(1, endorsements(store, "Carol Clark"), "a removed file's article stays in the store");
                assertTrue(heard.isEmpty(), "nothing is said of unchanged or removed files: " + heard);
            } finally {
                watcher.stop();
                watching.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            }
            assertFalse(watching.isAlive(), "stop() ends the watch");
        }
    }

    @Test
    void aStoppedWatcherBuildsNothingMore() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(store, DirectoryWatcherTest::fakeProcessing, BuildOptions.defaults());
            InputPoller poller = new InputPoller(new ArticleReader(BuildOptions.defaults().readOptions()), List.of(dir), INTERVAL);
            DirectoryWatcher watcher = new DirectoryWatcher(loader, poller, INTERVAL);
            watcher.stop();
            drop("a.txt", "Headline A\n\nAlice Adams endorsed Bob Brown.\n");
            watcher.run(listener);
            BuildSummary after = loader.load(List.of(dir), listener);
            assertEquals(0, after.read(), "a stopped loader reads nothing");
            assertEquals(0, endorsements(store, "Alice Adams"));
        }
    }
}
