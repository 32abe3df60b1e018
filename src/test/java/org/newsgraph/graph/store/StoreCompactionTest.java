package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;

/**
 * A build compacts the store on disk only when its policy says the indexes have grown enough, and then records their
 * compacted size; the data stays, the old files go.
 */
class StoreCompactionTest {
    @TempDir
    Path tmp;

    private final List<String> steps = new ArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void finishing(String step) {
            steps.add(step);
        }
    };

    /** "X endorsed Y." becomes that fact, as in the loader's own test; one commit per article, as garbage grows fastest. */
    private static ArticleLoader loader(ArticleStore store, CompactionPolicy policy) {
        return new ArticleLoader(store, () -> article -> {
            String[] names = article.text().substring(article.headline().length()).strip().replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        }, BuildOptions.builder().threads(2).batchSize(1).compaction(policy).build());
    }

    private Path inputs(String name, int from, int to) throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve(name));
        for (int i = from; i < to; i++)
            Files.writeString(inputs.resolve("a" + i + ".txt"), "Headline " + i + "\n\nAlice Adams endorsed Bob Number" + i + ".\n");
        return inputs;
    }

    private static List<String> dataDirs(Path store) throws Exception {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private static long recorded(Path store) throws Exception {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(store.resolve(ArticleStore.STATE_FILE))) {
            state.load(in);
        }
        return Long.parseLong(state.getProperty(ArticleStore.COMPACTED_INDEX_BYTES, "0"));
    }

    private static long endorsements(ArticleStore store) {
        return store.<Long>read(dsg -> dsg.getUnionGraph().stream(Node.ANY, NG.endorses, Node.ANY).count());
    }

    @Test
    void aSmallBuildLeavesTheStoreUncompactedAndSaysNothingOfCompaction() throws Exception {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(20, loader(store, CompactionPolicy.DEFAULT).load(List.of(inputs("in", 0, 20)), listener).built());
            long bytes = store.indexBytes();
            assertTrue(bytes > 0 && bytes < CompactionPolicy.DEFAULT_MIN_BYTES, "index bytes: " + bytes);
            assertFalse(store.compactionDue(CompactionPolicy.DEFAULT));
        }
        assertEquals(List.of("deriving the cross-article graphs"), steps);
        assertEquals(List.of("Data-0001"), dataDirs(dir));
        assertEquals(0, recorded(dir), "nothing compacted, nothing recorded");
    }

    @Test
    void aForcedCompactionRewritesTheStoreRecordsItsIndexSizeAndKeepsTheData() throws Exception {
        Path dir = tmp.resolve("store");
        Path inputs = inputs("in", 0, 20);
        long before;
        long after;
        try (ArticleStore store = ArticleStore.open(dir)) {
            // Built into the store first, then compacted by a build that finds every article unchanged.
            loader(store, CompactionPolicy.DEFAULT).load(List.of(inputs), listener);
            before = store.indexBytes();
            steps.clear();
            assertEquals(0, loader(store, CompactionPolicy.ALWAYS).load(List.of(inputs), listener).built());
            after = store.indexBytes();
            assertEquals(List.of("compacting the store"), steps);
            assertEquals(List.of("Data-0002"), dataDirs(dir), "compacted once, the old generation deleted");
            assertEquals(after, recorded(dir));
            assertTrue(after > 0 && after < before, "twenty commits of copied blocks (" + before + " bytes) compact to " + after);
            assertEquals(after, store.compactedIndexBytes());
        }
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertEquals(20, endorsements(store));
            long graphs = store.<Long>read(dsg -> dsg.stream().filter(q -> !q.isDefaultGraph()).map(q -> q.getGraph()).distinct()
                    .filter(g -> !NG.storeGraphs().contains(g)).count());
            assertEquals(20, graphs, "one graph per article");
            assertEquals(after, store.indexBytes(), "what was recorded is what a new process measures");
        }
    }

    @Test
    void aBuildThatGrowsTheIndexesLessThanTheFactorDoesNotCompactAgain() throws Exception {
        Path dir = tmp.resolve("store");
        CompactionPolicy twice = new CompactionPolicy(2, 0);
        try (ArticleStore store = ArticleStore.open(dir)) {
            loader(store, twice).load(List.of(inputs("first", 0, 20)), listener);
            assertEquals(List.of("deriving the cross-article graphs", "compacting the store"), steps,
                    "never compacted: the first build's growth counts from nothing");
            assertEquals(List.of("Data-0002"), dataDirs(dir));
            long compacted = recorded(dir);

            steps.clear();
            assertEquals(1, loader(store, twice).load(List.of(inputs("second", 20, 21)), listener).built());
            long grown = store.indexBytes();
            assertTrue(grown > compacted && grown < 2 * compacted, "one more article grew " + compacted + " bytes to " + grown);
            assertEquals(List.of("deriving the cross-article graphs"), steps);
            assertEquals(List.of("Data-0002"), dataDirs(dir), "not compacted again");
            assertEquals(compacted, recorded(dir));

            // The same growth under a factor of 1 is due.
            steps.clear();
            loader(store, new CompactionPolicy(1, 0)).load(List.of(tmp.resolve("second")), listener);
            assertEquals(List.of("compacting the store"), steps);
            assertEquals(List.of("Data-0003"), dataDirs(dir));
            assertEquals(21, endorsements(store));
        }
    }

    @Test
    void aStoreInMemoryIsNeverDueForCompaction() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
            assertTrue(store.indexBytes() > 0);
            assertFalse(store.compactionDue(CompactionPolicy.ALWAYS));
            assertEquals(0, store.compactedIndexBytes());
        }
    }

    @Test
    void aBadRecordIsAStoreErrorNamingTheFile() throws Exception {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"), 0.5);
        }
        Path file = dir.resolve(ArticleStore.STATE_FILE);
        Files.writeString(file, ArticleStore.COMPACTED_INDEX_BYTES + "=lots\n");
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> store.compactionDue(CompactionPolicy.DEFAULT));
            assertEquals(file + ": compacted.indexBytes is not a number of bytes: 'lots' (delete the file and the next build"
                    + " measures from nothing)", e.getMessage());
        }
    }

    @Test
    void aCompactionKilledBeforeItDeletedTheOldFilesIsCleanedUpByTheNextWrite() throws Exception {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            loader(store, CompactionPolicy.DEFAULT).load(List.of(inputs("in", 0, 5)), listener);
        }
        // What a kill between TDB2's switch to the new files and its deletion of the old ones leaves.
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            DatabaseMgr.compact(store.read(dsg -> dsg), false);
        }
        assertEquals(List.of("Data-0001", "Data-0002"), dataDirs(dir));
        // Reading leaves the files alone; the next command that writes removes the old ones.
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertEquals(5, endorsements(store));
        }
        assertEquals(List.of("Data-0001", "Data-0002"), dataDirs(dir));
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(5, endorsements(store));
        }
        assertEquals(List.of("Data-0002"), dataDirs(dir));
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertEquals(5, endorsements(store));
        }
    }
}
