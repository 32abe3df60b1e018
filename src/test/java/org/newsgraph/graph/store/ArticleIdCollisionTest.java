package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SCHEMA;
import org.newsgraph.ingest.Article;

/**
 * No article is lost to its name: every input that names articles alike either gets an id of its own or is reported
 * as a collision, and the same input always gives the same id.
 */
class ArticleIdCollisionTest {
    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void articleFailed(String origin, String reason) {
            failures.add(origin + ": " + reason);
        }
    };

    /** Stands in for the NLP pipeline: "X endorsed Y." becomes that fact. */
    private static ArticleLoader.Processing fakeProcessing() {
        return article -> {
            String body = article.text().substring(article.headline().length()).strip();
            String[] names = body.replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        };
    }

    private BuildSummary load(ArticleStore store, Path... inputs) {
        return new ArticleLoader(store, ArticleIdCollisionTest::fakeProcessing, BuildOptions.builder().threads(2).build())
                .load(List.of(inputs), listener);
    }

    /** The ids of the stored articles, as their graphs say them (schema:identifier). */
    private static Set<String> storedIds(ArticleStore store) {
        return store.read(dsg -> {
            Set<String> ids = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(NG.ARTICLE_BASE))
                    dsg.find(g, g, SCHEMA.identifier, Node.ANY).forEachRemaining(q -> ids.add(q.getObject().getLiteralLexicalForm()));
            });
            return ids;
        });
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void twoFilesOfOneNameInDifferentDirectoriesAreACollisionReportedOnce() throws Exception {
        write(dir.resolve("same/a/story.txt"), "Story A\n\nAlice Adams endorsed Bob Brown.\n");
        write(dir.resolve("same/b/story.txt"), "Story B\n\nCarol Clark endorsed Dan Dorsey.\n");
        for (int build = 0; build < 2; build++) {
            failures.clear();
            try (ArticleStore store = ArticleStore.inMemory()) {
                BuildSummary summary = load(store, dir.resolve("same"));
                assertEquals(1, summary.built());
                assertEquals(1, summary.failed(), "the collision fails the build");
                assertEquals(List.of(dir.resolve("same/b/story.txt") + ": its id 'story' is that of "
                        + dir.resolve("same/a/story.txt") + " too, read before it in this build: give one of them an id"
                        + " (\"id\" in a sidecar story.json) or another name"), failures);
                // Always the same one is stored: the first in path order.
                assertEquals(Set.of("story"), storedIds(store));
                assertEquals("Story A", store.read(dsg -> dsg.find(NG.articleGraph("story"), NG.articleGraph("story"),
                        SCHEMA.headline, Node.ANY).next().getObject().getLiteralLexicalForm()));
            }
        }
    }

    @Test
    void namesThatDifferOnlyInCaseOrPunctuationAreDifferentArticles() throws Exception {
        write(dir.resolve("My Story.txt"), "Mine\n\nAlice Adams endorsed Bob Brown.\n");
        write(dir.resolve("my-story.txt"), "Theirs\n\nCarol Clark endorsed Dan Dorsey.\n");
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = load(store, dir);
            assertEquals(2, summary.built());
            assertEquals(List.of(), failures);
            assertEquals(Set.of("My Story", "my-story"), storedIds(store));
        }
    }

    @Test
    void givenIdsAreKeptAsGivenSoThatCaseAndPunctuationCount() throws Exception {
        write(dir.resolve("ids.jsonl"), String.join("\n",
                "{\"id\": \"Same ID\", \"title\": \"One\", \"text\": \"Alice Adams endorsed Bob Brown.\"}",
                "{\"id\": \"same-id\", \"title\": \"Two\", \"text\": \"Carol Clark endorsed Dan Dorsey.\"}",
                "{\"id\": \"SAME_ID!\", \"title\": \"Three\", \"text\": \"Eve Evans endorsed Fay Fox.\"}",
                "{\"id\": \"yNbrjkyShbeGTsW7\", \"title\": \"Four\", \"text\": \"Gil Gray endorsed Hal Hunt.\"}") + "\n");
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = load(store, dir);
            assertEquals(4, summary.built());
            assertEquals(List.of(), failures);
            assertEquals(Set.of("Same ID", "same-id", "SAME_ID!", "yNbrjkyShbeGTsW7"), storedIds(store));
            assertTrue(store.<Boolean>read(dsg -> dsg.containsGraph(NG.articleGraph("yNbrjkyShbeGTsW7"))));
        }
    }

    @Test
    void theSameGivenIdTwiceWithOtherContentIsACollision() throws Exception {
        write(dir.resolve("a.jsonl"), "{\"id\": \"x1\", \"title\": \"One\", \"text\": \"Alice Adams endorsed Bob Brown.\"}\n");
        write(dir.resolve("b.jsonl"), "{\"id\": \"x1\", \"title\": \"Other\", \"text\": \"Carol Clark endorsed Dan Dorsey.\"}\n"
                // The very same record again is no loss: it is stored once.
                + "{\"id\": \"x1\", \"title\": \"One\", \"text\": \"Alice Adams endorsed Bob Brown.\"}\n");
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = load(store, dir);
            assertEquals(1, summary.built());
            assertEquals(1, summary.unchanged());
            assertEquals(List.of(dir.resolve("b.jsonl") + ":1: its id 'x1' is that of " + dir.resolve("a.jsonl")
                    + ":1 too, read before it in this build: give one of them another \"id\""), failures);
        }
    }

    @Test
    void recordsWithoutIdsInFilesOfOneNameAreAllStored() throws Exception {
        for (String month : List.of("2016-11", "2016-12")) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 5; i++)
                lines.append("{\"title\": \"News of ").append(month).append(" number ").append(i)
                        .append("\", \"text\": \"Alice Adams").append(i).append(" endorsed Bob Brown.\"}\n");
            write(dir.resolve(month).resolve("articles.jsonl"), lines.toString());
        }
        try (ArticleStore store = ArticleStore.inMemory()) {
            BuildSummary summary = load(store, dir);
            assertEquals(10, summary.built());
            assertEquals(List.of(), failures);
            Set<String> ids = storedIds(store);
            assertEquals(10, ids.size(), ids.toString());
            // Readable, and the same on every run: the headline, then a fingerprint of the record.
            assertTrue(ids.stream().allMatch(id -> id.matches("news-of-2016-1[12]-number-[0-4]-[0-9a-f]{16}")), ids.toString());
            try (ArticleStore again = ArticleStore.inMemory()) {
                load(again, dir);
                assertEquals(ids, storedIds(again));
            }
        }
    }

    @Test
    void theIdIsStoredAsGiven() {
        Article article = TestArticles.article("Ünïcode / Id #1", "Alice Adams endorsed Bob Brown.");
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(TestArticles.endorsement(article, "Alice Adams", "Bob Brown", 0.9), 0.5);
            assertEquals(Set.of("Ünïcode / Id #1"), storedIds(store));
        }
    }
}
