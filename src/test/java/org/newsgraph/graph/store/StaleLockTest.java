package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code tdb.lock} left by a killed build does not lock the store: TDB2 holds an operating-system file lock, which
 * dies with its process, and the PID written in the file is only a note, even when that PID now names a live process.
 */
class StaleLockTest {
    @Test
    void aLockFileNamingAnotherLiveProcessDoesNotKeepTheStoreShut(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("store");
        var article = TestArticles.endorsement("a1", "Alice Adams", "Bob Brown");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(article, 0.5);
        }
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve("tdb.lock"), Long.toString(live));
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertTrue(store.isCurrent("a1", article.article().contentHash()));
        }
    }
}
