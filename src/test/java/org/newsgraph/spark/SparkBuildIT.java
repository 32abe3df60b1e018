package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.export.FactColumn;
import org.newsgraph.export.FactReader;
import org.newsgraph.export.FactRow;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.graph.store.SparkOutput;

/**
 * The Spark job in local mode on 200 bench articles and a bad line: loaded with {@code newsgraph load}, its output (who
 * is who decided by the job) is the store {@code newsgraph build} makes of the same file, derived graphs and the index
 * a later build works from included; the bad line is counted and listed, not fatal; the job counts sentences, entities and facts as build does;
 * the fact table reads back as the CSV table of the built store (but for the persons' nodes, which the job leaves as
 * each article names them), with its columns and types; Parquet input reads as JSON Lines does.
 */
class SparkBuildIT {
    private static final Path BENCH = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final int ARTICLES = 200;
    private static final int BAD_LINE = 101;

    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static JavaSparkContext jsc;
    private static Path input;
    private static Path out;
    private static JobSummary summary;
    private static String log;
    private static Path built;
    private static Path loaded;
    private static String loadOutput;
    private static String buildOutput;

    @BeforeAll
    static void runBoth() throws IOException {
        assumeTrue(Files.isReadable(BENCH), "needs the bench articles at " + BENCH.toAbsolutePath().normalize());
        input = tmp.resolve("bench.jsonl");
        Files.write(input, lines());
        spark = SparkSession.builder().master("local[2]").appName("SparkBuildIT")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.log.level", "WARN").getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        out = tmp.resolve("spark-out");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary = new BuildJob(jsc, new JobOptions(List.of(input.toString()), out.toString(), 0,
                BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE, false),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        log = bytes.toString(StandardCharsets.UTF_8);

        built = tmp.resolve("built");
        // build reports the bad line and exits 1, as it should; the other articles are built.
        CommandRun build = CommandRun.of("build", input.toString(), "--store", built.toString(), "--out",
                tmp.resolve("graph.ttl").toString());
        assertEquals(1, build.status(), build.err());
        buildOutput = build.out();
        loaded = tmp.resolve("loaded");
        loadOutput = CommandRun.succeeding("load", out.toString(), "--store", loaded.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null)
            spark.stop();
    }

    /** The first 200 bench articles with a line that is not JSON in place 101. */
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(BENCH)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && lines.size() < ARTICLES; line = in.readLine())
                lines.add(line);
        }
        lines.add(BAD_LINE - 1, "{\"title\": \"cut short\", \"text\": ");
        return lines;
    }

    private static DatasetGraph copy(Path store) {
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            return s.read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    @Test
    void theLoadedOutputIsTheStoreThatBuildMakesDerivedGraphsIncluded() {
        DatasetGraph fromBuild = copy(built);
        DatasetGraph fromSpark = copy(loaded);
        for (Node graph : NG.storeGraphs())
            assertTrue(fromBuild.getGraph(graph).size() > 0, "build derived nothing in " + graph);
        assertEquals(fromBuild.stream().count(), fromSpark.stream().count());
        assertTrue(IsoMatcher.isomorphic(fromBuild, fromSpark), "the loaded store differs from the built one");
    }

    @Test
    void aBadLineIsCountedAndListedAndTheOthersAreBuilt() throws IOException {
        assertEquals(ARTICLES, summary.built());
        assertEquals(1, summary.failed());
        String expected = input.toUri().getPath() + ":" + BAD_LINE + ": not valid JSON";
        List<String> errors = Files.readAllLines(out.resolve(SparkOutput.ERRORS).resolve("part-00000"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains(expected), errors.get(0));
        assertTrue(log.contains(expected) && log.contains("1 bad inputs"), log);
        assertTrue(Files.readString(out.resolve(SparkOutput.MANIFEST)).contains(SparkOutput.INPUTS_FAILED + "=1"));
        assertTrue(loadOutput.contains("the job reported 1 bad inputs"), loadOutput);
    }

    @Test
    void theJobCountsSentencesEntitiesAndFactsAsBuildDoes() {
        assertTrue(buildOutput.contains("sentences: " + summary.counts().sentences() + "\n"), buildOutput);
        String entities = summary.counts().entities().entrySet().stream()
                .map(e -> e.getKey().localName() + " " + e.getValue()).sorted().collect(Collectors.joining(", "));
        String facts = summary.counts().facts().entrySet().stream()
                .map(e -> e.getKey().localName() + " " + e.getValue()).sorted().collect(Collectors.joining(", "));
        assertTrue(buildOutput.contains("them: " + entities + "\n"), entities + " not in\n" + buildOutput);
        assertTrue(buildOutput.contains("facts: " + facts + "\n"), facts + " not in\n" + buildOutput);
    }

    @Test
    void theFactTableIsTheCsvTableOfTheBuiltStoreWithItsColumnsAndTypes() {
        Dataset<Row> facts = spark.read().parquet(out.resolve(SparkOutput.FACTS).toString());
        assertEquals(Arrays.stream(FactColumn.values()).map(FactColumn::columnName).toList(), Arrays.asList(facts.columns()));
        Map<String, DataType> notStrings = Map.of("confidence", DataTypes.DoubleType, "sentence_start", DataTypes.LongType,
                "sentence_end", DataTypes.LongType, "published", DataTypes.DateType);
        for (StructField field : facts.schema().fields())
            assertEquals(notStrings.getOrDefault(field.name(), DataTypes.StringType), field.dataType(), field.name());

        // The rows that export --format csv prints for the store build made of the same file.
        List<FactRow> fromStore = new ArrayList<>();
        FactRow kept;
        try (ArticleStore store = ArticleStore.openExisting(built)) {
            store.read(dsg -> {
                FactReader.readAll(dsg, fromStore::add);
                return null;
            });
            // The job's rows name each person as the article does; the store's, after who is who, by the person's node:
            // a row both name alike is one whose ends the store left as the article wrote them.
            kept = store.read(dsg -> fromStore.stream().filter(r -> r.published() != null && r.sentenceStart() != null).filter(r -> {
                Node graph = NodeFactory.createURI(r.article());
                return !dsg.contains(graph, NodeFactory.createURI(r.subject()), NG.localKey, Node.ANY)
                        && !dsg.contains(graph, NodeFactory.createURI(r.object()), NG.localKey, Node.ANY);
            }).findFirst().orElseThrow());
        }
        assertTrue(fromStore.size() > ARTICLES, "too few facts to compare: " + fromStore.size());
        assertEquals(summary.factRows(), fromStore.size());
        assertEquals(counts(fromStore.stream().map(SparkBuildIT::row).toList()), counts(facts.collectAsList()));
        Row same = facts.filter(facts.col("article").equalTo(kept.article())
                .and(facts.col("sentence_start").equalTo(kept.sentenceStart()))
                .and(facts.col("relation").equalTo(kept.relation()))
                .and(facts.col("subject").equalTo(kept.subject()))
                .and(facts.col("object").equalTo(kept.object()))).first();
        assertEquals(row(kept), same);
        assertEquals(kept.published(), same.getDate(same.fieldIndex("published")).toString());
        assertEquals(kept.confidence(), same.getDouble(same.fieldIndex("confidence")));
    }

    /** The row as Spark reads it back from Parquet: the values of its columns, a date as a {@link Date}. */
    private static Row row(FactRow fact) {
        return RowFactory.create(Arrays.stream(FactColumn.values()).map(column -> {
            Object value = column.valueOf(fact);
            return value != null && column.type() == FactColumn.Type.DATE ? Date.valueOf((String) value) : value;
        }).toArray());
    }

    private static final List<String> PERSON_COLUMNS = List.of("subject", "subject_label", "object", "object_label");

    /** Each row's values but its two ends' (which who is who may rename), with how many rows have them. */
    private static Map<List<Object>, Long> counts(List<Row> rows) {
        return rows.stream().map(row -> Arrays.asList(IntStream.range(0, row.length())
                        .filter(i -> !PERSON_COLUMNS.contains(FactColumn.values()[i].columnName()))
                        .mapToObj(row::get).toArray()))
                .collect(Collectors.groupingBy(values -> values, Collectors.counting()));
    }

    @Test
    void aLaterBuildFindsTheLoadedArticlesUnchanged() {
        CommandRun again = CommandRun.of("build", input.toString(), "--store", loaded.toString(), "--out",
                tmp.resolve("again.ttl").toString());
        assertEquals(1, again.status(), again.err());
        assertTrue(again.out().contains("articles: " + ARTICLES + " read, 0 built, " + ARTICLES + " unchanged, 1 failed"),
                again.out());
    }

    @Test
    void parquetRowsAreReadAsJsonLinesRecordsAre() throws IOException {
        Path json = Files.write(tmp.resolve("three.jsonl"), lines().subList(0, 3));
        Path parquet = tmp.resolve("three.parquet");
        spark.read().json(json.toString()).write().parquet(parquet.toString());
        DatasetGraph fromJson = job(json, tmp.resolve("json-out"));
        DatasetGraph fromParquet = job(parquet, tmp.resolve("parquet-out"));
        List<Node> graphs = new ArrayList<>();
        fromParquet.listGraphNodes().forEachRemaining(graphs::add);
        assertTrue(graphs.size() > 3, "three articles and the derived graphs: " + graphs);
        assertTrue(IsoMatcher.isomorphic(fromJson, fromParquet));
    }

    /** The job's output of one input, its article and derived graphs read into one dataset. */
    private static DatasetGraph job(Path input, Path jobOut) throws IOException {
        JobSummary three = new BuildJob(jsc, new JobOptions(List.of(input.toString()), jobOut.toString(), 2,
                BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE, false), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(3, three.built());
        assertEquals(0, three.failed());
        DatasetGraph graphs = DatasetGraphFactory.create();
        for (String dir : List.of(SparkOutput.ARTICLES, SparkOutput.DERIVED))
            try (var files = Files.list(jobOut.resolve(dir))) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).toList())
                    RDFParser.source(new GZIPInputStream(Files.newInputStream(file))).lang(Lang.NQUADS).parse(graphs);
            }
        return graphs;
    }

    @Test
    void anExistingOutputOrAMissingInputStopsTheJobBeforeItRuns() {
        JobException exists = assertThrows(JobException.class, () -> new BuildJob(jsc,
                new JobOptions(List.of(input.toString()), out.toString(), 0,
                BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE, false), System.err).run());
        assertTrue(exists.getMessage().endsWith("exists: the job writes a new directory and never overwrites one"),
                exists.getMessage());
        String missing = tmp.resolve("no-such.jsonl").toString();
        JobException none = assertThrows(JobException.class, () -> new BuildJob(jsc,
                new JobOptions(List.of(missing), tmp.resolve("out2").toString(), 0,
                BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE, false), System.err).run());
        assertEquals(missing + ": no such file or directory", none.getMessage());
        assertFalse(Files.exists(tmp.resolve("out2")));
    }
}
