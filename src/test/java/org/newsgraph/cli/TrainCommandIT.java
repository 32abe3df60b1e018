package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.SharedModels;

/** {@code newsgraph train} on a few of the project's annotations: the same input gives the same model files. */
class TrainCommandIT {
    private static final Path BENCH = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final Path ANNOTATIONS = Path.of("src", "train", "annotations");

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private int train(Path annotations, Path out) {
        return Main.run(extra -> SharedModels.get(), "train", "--corpus", BENCH.toString(), "--annotations", annotations.toString(),
                "--folds", "2", "--out", out.toString());
    }

    @Test
    void trainingIsDeterministicAndWritesEveryModel() throws IOException {
        assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is absent: training is not tried");
        Path some = tmp.resolve("annotations");
        Files.createDirectories(some);
        try (Stream<Path> files = Files.list(ANNOTATIONS)) {
            for (Path f : files.sorted().limit(8).toList())
                Files.copy(f, some.resolve(f.getFileName()));
        }
        assertEquals(0, train(some, tmp.resolve("a")), console.err());
        assertEquals(0, train(some, tmp.resolve("b")), console.err());
        List<String> names;
        try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.containsAll(List.of("relation-confidence.tsv", "relation-person-office.bin", "relation-person-person.bin")), names.toString());
        for (String name : names)
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
    }

    @Test
    void anArticleWhoseTextChangedIsLeftOutWithAWarning() throws IOException {
        assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is absent: training is not tried");
        Path some = tmp.resolve("annotations");
        Files.createDirectories(some);
        try (Stream<Path> files = Files.list(ANNOTATIONS)) {
            List<Path> first = files.sorted().limit(5).toList();
            for (Path f : first)
                Files.copy(f, some.resolve(f.getFileName()));
            Path changed = some.resolve(first.get(0).getFileName());
            Files.writeString(changed, Files.readString(changed).replaceFirst("\"textSha256\": \"[0-9a-f]+\"", "\"textSha256\": \"00\""));
        }
        assertEquals(1, train(some, tmp.resolve("out")));
        assertTrue(console.err().contains("the article's cleaned text differs from the annotated one; left out"), console.err());
    }

    @Test
    void aMissingCorpusIsOneLine() {
        assertEquals(1, Main.run(extra -> SharedModels.get(), "train", "--corpus", tmp.resolve("none.jsonl.gz").toString()));
        assertEquals("newsgraph: train: " + tmp.resolve("none.jsonl.gz") + ": no such file\n", console.err());
    }
}
