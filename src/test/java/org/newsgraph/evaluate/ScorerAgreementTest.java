package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the reference scorer score.py and the native one on the same files and requires identical output.
 * Needs /usr/bin/python3 with rdflib and ../shared/eval/score.py; without them it is skipped, except under CI=true.
 */
class ScorerAgreementTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final Path SCORE_PY = EVAL.resolve("score.py");

    @BeforeAll
    static void needsReferenceScorer() throws IOException, InterruptedException {
        String missing = null;
        if (!Files.isExecutable(PYTHON))
            missing = PYTHON + " is missing";
        else if (!Files.isRegularFile(SCORE_PY))
            missing = SCORE_PY.toAbsolutePath().normalize() + " is missing";
        else if (run(List.of(PYTHON.toString(), "-c", "import rdflib")).exit != 0)
            missing = "python3 has no rdflib (apt-get install -y python3-rdflib)";
        if (missing == null)
            return;
        String message = "REFERENCE SCORER AGREEMENT NOT CHECKED: " + missing;
        if ("true".equals(System.getenv("CI")))
            fail(message);
        System.err.println("*** " + message + " ***");
        Assumptions.abort(message);
    }

    @Test
    void agreesOnTheFixtureWithOneGoldFile() throws Exception {
        agree(ScorerTest.GRAPH, List.of(ScorerTest.GOLD_A));
    }

    @Test
    void agreesOnTheFixtureWithMergedGoldFiles() throws Exception {
        agree(ScorerTest.GRAPH, List.of(ScorerTest.GOLD_A, ScorerTest.GOLD_B));
    }

    @Test
    void agreesOnADatasetWithDefaultAndNamedGraphs() throws Exception {
        agree(ScorerTest.DIR.resolve("default-and-named.trig"), List.of(ScorerTest.GOLD_A));
    }

    @Test
    void agreesOnRounding() throws Exception {
        agree(ScorerTest.DIR.resolve("rounding.ttl"), List.of(ScorerTest.DIR.resolve("rounding.gold.json")));
    }

    @Test
    void agreesOnAWrittenArticleGraphWithTheRealGoldFiles() throws Exception {
        Path trig = Path.of("src", "test", "resources", "graph", "sample-article.trig");
        List<Path> golds = new ArrayList<>();
        for (String set : List.of("gold", "dev")) {
            try (Stream<Path> s = Files.list(EVAL.resolve(set))) {
                s.filter(p -> p.toString().endsWith(".gold.json")).sorted().forEach(golds::add);
            }
        }
        assertEquals(false, golds.isEmpty(), "no gold files under " + EVAL);
        for (Path gold : golds)
            agree(trig, List.of(gold));
    }

    private static void agree(Path graphFile, List<Path> golds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), SCORE_PY.toString(), graphFile.toString()));
        golds.forEach(g -> cmd.add(g.toString()));
        Result py = run(cmd);
        assertEquals(0, py.exit, py.output);
        List<String> expected = py.output.lines().toList();
        List<String> actual = score(graphFile, GoldStandard.read(golds)).lines();
        assertEquals(expected, actual, "score.py and Scorer differ on " + graphFile + " " + golds);
    }

    private static ScoreReport score(Path file, GoldStandard gold) {
        if (file.toString().endsWith(".trig")) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFParser.source(file).parse(dsg);
            return Scorer.score(dsg, gold);
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return Scorer.score(g, gold);
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
