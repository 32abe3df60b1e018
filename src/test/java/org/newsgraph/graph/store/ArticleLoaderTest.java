package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleInputException;
import org.newsgraph.nlp.EntityType;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private final AtomicInteger processed = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void articleDone(String articleId, boolean built) {
            done.add(articleId + (built ? " built" : " unchanged"));
        }

        @Override
        public void articleFailed(String origin, String reason) {
            failures.add(origin + ": " + reason);
        }
    };

    /** Stands in for the NLP pipeline: "X endorsed Y." becomes that fact; "BOOM" fails. */
    private ArticleLoader.Processing fakeProcessing() {
        return article -> {
            processed.incrementAndGet();
            String body = article.text().substring(article.headline().length()).strip();
            if (body.contains("BOOM"))
                throw new IllegalStateException("cannot parse");
            String[] names = body.replace(".", "").split(" endorsed ");
            // Like the real cleaner, hand on a changed article: its hash is no longer the input's.
            Article cleaned = new Article(article.id(), article.headline(), article.text() + " ", article.comments(),
                    article.url(), article.publisher(), article.published(), article.origin());
            return TestArticles.endorsement(cleaned, names[0], names[1], 0.9);
        };
    }

    private ArticleLoader loader(ArticleStore store, int threads, int batch) {
        return new ArticleLoader(store, this::fakeProcessing,
                BuildOptions.builder().threads(threads).batchSize(batch).build());
    }

    @BeforeEach
    void writeInputs() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline A\n\nAlice Adams endorsed Bob Brown.\n");
        Files.writeString(dir.resolve("b.txt"), "Headline B\n\nBOOM\n");
        Files.writeString(dir.resolve("c.txt"), "Headline C\n\nBob Brown endorsed Carol Clark.\n");
    }

    /** The article graphs of the store: its own graphs (the reference table, the derived graphs) not counted. */
    private static long graphs(ArticleStore store) {
        return store.<Long>read(dsg -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); )
                if (!org.newsgraph.graph.NG.storeGraphs().contains(it.next()))
                    n++;
            return n;
        });
    }

    @Test
    void aBadArticleIsReportedAndTheOthersAreStored() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = loader(store, 3, 2).load(List.of(dir), listener);
            assertEquals(3, summary.read());
            assertEquals(2, summary.built());
            assertEquals(0, summary.unchanged());
            assertEquals(1, summary.failed());
            assertFalse(summary.succeeded());
            assertEquals(List.of(dir.resolve("b.txt") + ": cannot parse"), failures);
            assertEquals(2, graphs(store));
            assertEquals(Map.of(EntityType.PERSON, 4L), summary.entities());
            assertEquals(Map.of(Relation.ENDORSES, 2L), summary.facts());
            assertEquals(2, summary.sentences());
            Long endorsements = store.read(dsg -> dsg.getUnionGraph().stream(Node.ANY, NG.endorses, Node.ANY).count());
            assertEquals(2, endorsements);
        }
    }

    @Test
    void unchangedArticlesAreNotProcessedAgain() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            loader(store, 2, 8).load(List.of(dir), listener);
            processed.set(0);
            done.clear();
            BuildSummary again = loader(store, 2, 8).load(List.of(dir), listener);
            assertEquals(0, again.built());
            assertEquals(2, again.unchanged());
            assertEquals(1, again.failed());
            assertEquals(1, processed.get(), "only the failed article is processed again");
            assertEquals(List.of("a unchanged", "c unchanged"), done.stream().sorted().toList());

            Files.writeString(dir.resolve("c.txt"), "Headline C\n\nCarol Clark endorsed Alice Adams.\n");
            BuildSummary changed = loader(store, 1, 1).load(List.of(dir), listener);
            assertEquals(1, changed.built());
            assertEquals(1, changed.unchanged());
        }
    }

    @Test
    void changingTheSettingsThatDecideTheFactsRebuildsUnchangedArticles() {
        BuildOptions lenient = BuildOptions.builder().minConfidence(0.1).build();
        Article a = new Article("a", "A", "A\n\nB", "", null, null, null, "a.txt");
        assertNotEquals(BuildOptions.defaults().fingerprint(a), lenient.fingerprint(a));
        assertNotEquals(BuildOptions.defaults().fingerprint(a), BuildOptions.builder().comments(true).build().fingerprint(a));
        assertEquals(BuildOptions.defaults().fingerprint(a), BuildOptions.defaults().fingerprint(a));
    }

    @Test
    void anArticleTheStoreRejectsFailsAloneEvenInsideABatch() {
        ArticleStore.QuadSource rejectsC = (article, min, out) -> {
            if (article.article().id().equals("c"))
                throw new IllegalArgumentException("bad evidence");
            ArticleGraphWriter.write(article, min, out);
        };
        try (ArticleStore store = ArticleStore.inMemory(rejectsC)) {
            BuildSummary summary = loader(store, 1, 16).load(List.of(dir), listener);
            assertEquals(1, summary.built());
            assertEquals(2, summary.failed());
            assertEquals(3, summary.read());
            assertTrue(failures.contains(dir.resolve("c.txt") + ": bad evidence"), failures.toString());
            assertEquals(1, graphs(store));
        }
    }

    @Test
    void aMissingInputStopsTheBuildBeforeAnythingIsStored() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            Path missing = dir.resolve("nope.txt");
            assertThrows(ArticleInputException.class, () -> loader(store, 2, 4).load(List.of(dir, missing), listener));
            assertEquals(0, processed.get());
            assertEquals(0, graphs(store));
        }
    }

    @Test
    void aWorkerThatCannotStartStopsTheBuildInsteadOfHangingIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            ArticleLoader broken = new ArticleLoader(store, () -> {
                throw new IllegalStateException("no models");
            }, BuildOptions.builder().threads(2).build());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.load(List.of(dir), listener));
            assertEquals("no models", e.getMessage());
            assertEquals(0, graphs(store));
        }
    }

    /** Records what the loader asks of its sink after the articles; answers {@code due} when asked about compaction. */
    private static final class RecordingSink implements ArticleSink {
        private final ArticleStore store = ArticleStore.inMemory();
        private final boolean due;
        private final List<String> calls = new ArrayList<>();
        private final List<CompactionPolicy> asked = new ArrayList<>();

        RecordingSink(boolean due) {
            this.due = due;
        }

        @Override
        public boolean isCurrent(String articleId, String contentHash) {
            return store.isCurrent(articleId, contentHash);
        }

        @Override
        public void replaceAll(List<ArticleStore.Replacement> replacements, double minConfidence) {
            store.replaceAll(replacements, minConfidence);
        }

        @Override
        public void deriveGraphs(boolean whole) {
            calls.add(whole ? "derive whole" : "derive");
        }

        @Override
        public boolean compactionDue(CompactionPolicy policy) {
            calls.add("due?");
            asked.add(policy);
            return due;
        }

        @Override
        public void compact() {
            calls.add("compact");
        }
    }

    @Test
    void theSinkCompactsOnlyWhenItSaysCompactionIsDueUnderTheBuildsPolicy() {
        CompactionPolicy policy = new CompactionPolicy(3, 1024);
        List<String> steps = new ArrayList<>();
        BuildListener finishing = new BuildListener() {
            @Override
            public void finishing(String step) {
                steps.add(step);
            }
        };
        RecordingSink notDue = new RecordingSink(false);
        new ArticleLoader(notDue, this::fakeProcessing, BuildOptions.builder().threads(1).compaction(policy).build())
                .load(List.of(dir), finishing);
        assertEquals(List.of("derive", "due?"), notDue.calls);
        assertEquals(List.of(policy), notDue.asked);
        assertEquals(List.of("deriving the cross-article graphs"), steps, "no compaction announced when none happens");

        steps.clear();
        RecordingSink due = new RecordingSink(true);
        new ArticleLoader(due, this::fakeProcessing, BuildOptions.builder().threads(1).compaction(policy).build())
                .load(List.of(dir), finishing);
        assertEquals(List.of("derive", "due?", "compact"), due.calls);
        assertEquals(List.of("deriving the cross-article graphs", "compacting the store"), steps);

        // Nothing built: no links to recompute, but a forced compaction still happens.
        steps.clear();
        due.calls.clear();
        new ArticleLoader(due, this::fakeProcessing, BuildOptions.builder().threads(1).compaction(CompactionPolicy.ALWAYS).build())
                .load(List.of(dir), finishing);
        assertEquals(List.of("due?", "compact"), due.calls);
        assertEquals(CompactionPolicy.ALWAYS, due.asked.get(due.asked.size() - 1));
        assertEquals(List.of("compacting the store"), steps);
    }

    /** A JSON Lines file of {@code n} endorsements, one per line. */
    private Path jsonLines(int n) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++)
            lines.append("{\"id\": \"line-").append(i).append("\", \"title\": \"Line ").append(i)
                    .append("\", \"text\": \"Person").append(i).append(" Adams endorsed Bob Brown.\"}\n");
        return Files.writeString(dir.resolve("lines.jsonl"), lines);
    }

    @Test
    void aLimitReadsOnlyTheFirstArticlesInInputOrder() throws Exception {
        Path lines = jsonLines(30);
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = new ArticleLoader(store, this::fakeProcessing,
                    BuildOptions.builder().threads(2).limit(7).build()).load(List.of(lines), listener);
            assertEquals(7, summary.read());
            assertEquals(7, summary.built());
            assertEquals(7, processed.get(), "nothing past the limit is processed");
            List<String> ids = done.stream().map(d -> d.replace(" built", "")).sorted().toList();
            assertEquals(List.of("line-0", "line-1", "line-2", "line-3", "line-4", "line-5", "line-6"), ids);
        }
    }

    @Test
    void progressCountsTheBytesOfTheInputFilesUpToTheirSize() throws Exception {
        Path lines = jsonLines(200);
        long size = Files.size(lines) + Files.size(dir.resolve("a.txt"));
        List<long[]> reports = new ArrayList<>();
        BuildListener counting = new BuildListener() {
            @Override
            public void progress(long bytesRead, long bytesTotal) {
                reports.add(new long[] {bytesRead, bytesTotal});
            }
        };
        try (ArticleStore store = ArticleStore.inMemory()) {
            new ArticleLoader(store, this::fakeProcessing, BuildOptions.builder().threads(2).batchSize(16).build())
                    .load(List.of(dir.resolve("a.txt"), lines), counting);
        }
        assertFalse(reports.isEmpty());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(size, reports.get(i)[1], "the total is the files' size");
            assertTrue(reports.get(i)[0] <= size);
            if (i > 0)
                assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "never backwards");
        }
        assertEquals(size, reports.get(reports.size() - 1)[0], "all read at the end");
    }

    @Test
    void theDefaultCompactionPolicyIsTheDocumentedOne() {
        assertEquals(new CompactionPolicy(2, 256L << 20), BuildOptions.defaults().compaction());
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.builder().compaction(null).build());
    }

    @Test
    void optionsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.builder().threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.builder().minConfidence(1.5).build());
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.builder().minConfidence(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.builder().batchSize(0).build());
    }
}
