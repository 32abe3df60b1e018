package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.SharedModels;

/**
 * {@code newsgraph train} on a few of the project's annotations and verdicts: the same input gives the same model
 * files, and judged statements count into the confidence table.
 */
class TrainCommandIT {
    private static final Path BENCH = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final Path ANNOTATIONS = Path.of("src", "train", "annotations");
    private static final Path VERDICTS = Path.of("src", "train", "verdicts");

    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private int train(Path annotations, Path out) throws IOException {
        return train(annotations, Files.createDirectories(tmp.resolve("no-verdicts")), out);
    }

    private int train(Path annotations, Path verdicts, Path out) {
        return Main.run(extra -> SharedModels.get(), "train", "--corpus", BENCH.toString(), "--annotations", annotations.toString(),
                "--verdicts", verdicts.toString(), "--folds", "2", "--out", out.toString());
    }

    private Path someAnnotations(int n) throws IOException {
        Path some = Files.createDirectories(tmp.resolve("annotations"));
        try (Stream<Path> files = Files.list(ANNOTATIONS)) {
            for (Path f : files.sorted().limit(n).toList())
                Files.copy(f, some.resolve(f.getFileName()));
        }
        return some;
    }

    /** The table's count of judged statements, summed over its relations' lines. */
    private static int judgedInTable(Path out) throws IOException {
        return Files.readAllLines(out.resolve("relation-confidence.tsv")).stream().filter(l -> l.matches("\\w+\t\\*\t\\*\t.*"))
                .mapToInt(l -> Integer.parseInt(l.split("\t")[4])).sum();
    }

    @Test
    void trainingIsDeterministicAndWritesEveryModel() throws IOException {
        assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is absent: training is not tried");
        Path some = someAnnotations(8);
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
    void judgedStatementsOfOtherArticlesCountIntoTheConfidenceTable() throws IOException {
        assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is absent: training is not tried");
        Path some = someAnnotations(5);
        Path verdicts = Files.createDirectories(tmp.resolve("verdicts"));
        Path first;
        try (Stream<Path> files = Files.list(VERDICTS)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(first).stream().filter(l -> !l.startsWith("#")).limit(40).toList();
        Files.write(verdicts.resolve("some.tsv"), lines);

        assertEquals(0, train(some, tmp.resolve("without")), console.err());
        assertEquals(0, train(some, verdicts, tmp.resolve("with")), console.err());
        Matcher m = Pattern.compile("counts (\\d+) of 40 judged statements").matcher(console.out());
        assertTrue(m.find(), console.out());
        int found = Integer.parseInt(m.group(1));
        assertTrue(found > 20, "most of the judged statements are found again: " + found);
        assertEquals(judgedInTable(tmp.resolve("without")) + found, judgedInTable(tmp.resolve("with")));
    }

    @Test
    void aLineThatIsNoVerdictIsOneLineNamingItsFile() throws IOException {
        // The corpus is checked before the verdicts: without it the command stops there.
        assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is absent: training is not tried");
        Path verdicts = Files.createDirectories(tmp.resolve("verdicts"));
        Files.write(verdicts.resolve("bad.tsv"), List.of("# header", "someId\tabcd1234\tendorses\tA B\tC D\tmaybe"));
        assertEquals(1, train(someAnnotations(2), verdicts, tmp.resolve("out")));
        assertEquals("newsgraph: train: " + verdicts.resolve("bad.tsv") + ":2: not a verdict (six tab-separated fields, the last y or n)\n",
                console.err());
    }

    @Test
    void aMissingCorpusIsOneLine() {
        assertEquals(1, Main.run(extra -> SharedModels.get(), "train", "--corpus", tmp.resolve("none.jsonl.gz").toString()));
        assertEquals("newsgraph: train: " + tmp.resolve("none.jsonl.gz") + ": no such file\n", console.err());
    }
}
