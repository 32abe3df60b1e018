package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;

/** A build that stored anything compacts the store on disk; the data stays, the old files go. */
class StoreCompactionTest {
    @TempDir
    Path tmp;

    /** "X endorsed Y." becomes that fact, as in the loader's own test. */
    private static ArticleLoader loader(ArticleStore store) {
        return new ArticleLoader(store, () -> article -> {
            String[] names = article.text().substring(article.headline().length()).strip().replace(".", "").split(" endorsed ");
            return TestArticles.endorsement(article, names[0], names[1], 0.9);
        }, BuildOptions.builder().threads(2).batchSize(1).build());
    }

    private List<String> dataDirs(Path store) throws Exception {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void aBuildEndsWithACompactedStoreAndAnUnchangedOneLeavesItAlone() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 20; i++)
            Files.writeString(inputs.resolve("a" + i + ".txt"), "Headline " + i + "\n\nAlice Adams endorsed Bob Number" + i + ".\n");
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(20, loader(store).load(List.of(inputs), new BuildListener() { }).built());
            assertEquals(List.of("Data-0002"), dataDirs(dir), "compacted once, the old generation deleted");
            assertEquals(0, loader(store).load(List.of(inputs), new BuildListener() { }).built());
            assertEquals(List.of("Data-0002"), dataDirs(dir), "nothing built, nothing compacted");
        }
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            long endorsements = store.<Long>read(dsg -> dsg.getUnionGraph().stream(Node.ANY, NG.endorses, Node.ANY).count());
            assertEquals(20, endorsements);
            long graphs = store.<Long>read(dsg -> dsg.stream().map(q -> q.getGraph()).distinct().count());
            assertEquals(20, graphs);
        }
    }

    @Test
    void theListenerHearsTheStepsAfterTheArticlesOnlyWhenSomethingWasBuilt() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("steps"));
        Files.writeString(inputs.resolve("a.txt"), "Headline\n\nAlice Adams endorsed Bob Brown.\n");
        List<String> steps = new java.util.ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void finishing(String step) {
                steps.add(step);
            }
        };
        try (ArticleStore store = ArticleStore.open(tmp.resolve("steps-store"))) {
            loader(store).load(List.of(inputs), listener);
            assertEquals(List.of("linking persons across articles", "compacting the store"), steps);
            steps.clear();
            loader(store).load(List.of(inputs), listener);
            assertEquals(List.of(), steps, "nothing built, nothing to finish");
        }
    }
}
