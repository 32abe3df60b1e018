package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.NewsgraphException;
import org.newsgraph.export.FactRow;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.graph.store.SparkOutput;
import org.newsgraph.nlp.EntityType;

import scala.Tuple2;

/**
 * newsgraph's build as an Apache Spark application: reads articles from JSON Lines and Parquet files of any Hadoop file
 * system, runs the extraction core on the executors (the NLP models loaded once per executor JVM), decides who is who
 * across all articles and derives the graphs that follow from them by group-bys that run the store's own code
 * ({@link CrossArticleGraphs}), and writes to a new directory ({@link SparkOutput}) each article's named graph as
 * {@code build} stores it, the links, merges, office-holders and candidacies graphs with the store's derivation index,
 * the fact table as Parquet, and a line per bad input. A bad line or article is counted and reported, and the rest
 * goes on. {@code newsgraph load} bulk-loads the output into a store and derives nothing.
 *
 * <p>Run with {@code spark-submit --class org.newsgraph.spark.BuildJob newsgraph.jar INPUT... --out DIR}; without a
 * master from spark-submit or {@code -Dspark.master}, it runs in local mode on every core. Exit status: 0 when the job
 * finished (bad inputs included: a cluster manager would retry a failed application), 1 when it could not run or
 * finish, 2 for a usage error.
 */
public final class BuildJob {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** Bad inputs printed on the driver; every one of them is in the errors directory. */
    private static final int ERRORS_SHOWN = 20;

    private static final String OUT = "out";
    private static final String PARTITIONS = "partitions";
    private static final String MIN_CONFIDENCE = "min-confidence";
    private static final String COMMENTS = "comments";
    private static final String HELP = "help";

    private final JavaSparkContext jsc;
    private final JobOptions options;
    private final PrintStream log;

    BuildJob(JavaSparkContext jsc, JobOptions options, PrintStream log) {
        this.jsc = jsc;
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Parses the arguments, runs the job on a Spark context of its own and returns the exit status. */
    static int run(PrintStream out, PrintStream err, String... args) {
        JobOptions options;
        try {
            CommandLine line = new DefaultParser().parse(options(), args);
            if (line.hasOption(HELP)) {
                out.print(help());
                return OK;
            }
            options = options(line);
        } catch (ParseException | IllegalArgumentException e) {
            err.println("newsgraph BuildJob: " + e.getMessage() + " (see --help)");
            return USAGE;
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph build");
        if (!conf.contains("spark.master"))
            conf.setMaster("local[*]");
        // No SparkSession unless Parquet is read (ArticleSource): starting Spark SQL cost more than 10 s of CPU.
        JavaSparkContext jsc = new JavaSparkContext(conf);
        try {
            JobSummary summary = new BuildJob(jsc, options, err).run();
            print(out, summary, options);
            return OK;
        } catch (NewsgraphException e) {
            err.println("newsgraph BuildJob: " + e.getMessage());
            return FAILED;
        } finally {
            jsc.stop();
        }
    }

    /**
     * Reads, extracts and writes everything; the manifest last, so that an output without it is known unfinished.
     *
     * @throws JobException when the inputs name nothing readable or the output cannot be written
     */
    JobSummary run() {
        long start = System.nanoTime();
        Configuration hadoop = jsc.hadoopConfiguration();
        Path out = new Path(options.out());
        FileSystem fs = fileSystem(out, hadoop);
        try {
            if (fs.exists(out))
                throw new JobException(out + " exists: the job writes a new directory and never overwrites one");
        } catch (IOException e) {
            throw new JobException(out + ": cannot check: " + e.getMessage(), e);
        }
        InputFiles files = InputFiles.find(options.inputs(), hadoop);
        int partitions = options.partitions() > 0 ? options.partitions() : 3 * jsc.defaultParallelism();
        log.printf("newsgraph BuildJob: %d input files (%d JSON Lines, %d Parquet), extraction on %d partitions, to %s%n",
                files.count(), files.jsonLines().size(), files.parquet().size(), partitions, out);

        // Each article in the partition its id hashes to, so that the persons' nodes are later brought to the
        // articles without moving the articles again (CrossArticleGraphs).
        Partitioner byArticle = new HashPartitioner(partitions);
        JavaRDD<ArticleOutcome> outcomes = ArticleSource.read(jsc, files)
                .mapToPair(input -> new Tuple2<>(input.partitionKey(), input)).partitionBy(byArticle).values()
                .mapPartitions(new ArticleWork(options.minConfidence(), options.comments()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        CrossArticleGraphs cross = null;
        try {
            log.println("newsgraph BuildJob: extracting and writing the fact table...");
            saveFacts(outcomes.flatMap(o -> o.factRows().iterator()), new Path(out, SparkOutput.FACTS), hadoop);
            log.println("newsgraph BuildJob: deciding who is who across the articles and writing the article graphs...");
            cross = CrossArticleGraphs.of(jsc, outcomes.filter(ArticleOutcome::built), byArticle);
            CrossArticleGraphs.Graphs graphs = cross.graphs(jsc);
            saveNQuads(graphs.articles().filter(t -> !t.isEmpty()), new Path(out, SparkOutput.ARTICLES), hadoop);
            log.println("newsgraph BuildJob: writing the links, merges, office-holders and candidacies graphs...");
            // A fraction of the articles' size: fewer, larger files.
            saveNQuads(graphs.derived().coalesce(Math.max(1, partitions / 3)), new Path(out, SparkOutput.DERIVED), hadoop);
            JavaRDD<String> errors = outcomes.filter(o -> !o.built()).map(ArticleOutcome::error);
            errors.coalesce(1).saveAsTextFile(new Path(out, SparkOutput.ERRORS).toString());
            JobSummary summary = outcomes.map(JobSummary::of).fold(JobSummary.NONE, JobSummary::plus);
            report(errors, summary, out);
            writeManifest(fs, out, summary);
            log.printf("newsgraph BuildJob: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return summary;
        } finally {
            if (cross != null)
                cross.release();
            outcomes.unpersist(false);
        }
    }

    private void report(JavaRDD<String> errors, JobSummary summary, Path out) {
        if (summary.failed() == 0)
            return;
        errors.take(ERRORS_SHOWN).forEach(line -> log.println("newsgraph BuildJob: " + line));
        if (summary.failed() > ERRORS_SHOWN)
            log.printf("newsgraph BuildJob: ... and %d more%n", summary.failed() - ERRORS_SHOWN);
        log.printf("newsgraph BuildJob: %d bad inputs, all listed in %s%n", summary.failed(), new Path(out, SparkOutput.ERRORS));
    }

    /** Gzip N-Quads part files, one per partition, each element a group of lines. */
    private static void saveNQuads(JavaRDD<String> nquads, Path dir, Configuration hadoop) {
        Configuration conf = new Configuration(hadoop);
        conf.setBoolean(FileOutputFormat.COMPRESS, true);
        conf.setClass(FileOutputFormat.COMPRESS_CODEC, GzipCodec.class, CompressionCodec.class);
        nquads.mapToPair(text -> new Tuple2<>(NullWritable.get(), new Text(text)))
                .saveAsNewAPIHadoopFile(dir.toString(), NullWritable.class, Text.class, NQuadsOutputFormat.class, conf);
    }

    /** Parquet part files of the fact table, one per partition, compressed as Spark compresses Parquet by default. */
    private static void saveFacts(JavaRDD<FactRow> rows, Path dir, Configuration hadoop) {
        Configuration conf = new Configuration(hadoop);
        conf.set(ParquetOutputFormat.COMPRESSION, CompressionCodecName.SNAPPY.name());
        // No _metadata summary files, as Spark writes none: readers take the schema from the part files' footers.
        conf.set(ParquetOutputFormat.JOB_SUMMARY_LEVEL, ParquetOutputFormat.JobSummaryLevel.NONE.name());
        rows.mapToPair(row -> new Tuple2<Void, FactRow>(null, row))
                .saveAsNewAPIHadoopFile(dir.toString(), Void.class, FactRow.class, FactTableOutputFormat.class, conf);
    }

    private void writeManifest(FileSystem fs, Path out, JobSummary summary) {
        Properties manifest = new Properties();
        manifest.setProperty(SparkOutput.FORMAT, SparkOutput.FORMAT_VERSION);
        manifest.setProperty(SparkOutput.ARTICLES_BUILT, Long.toString(summary.built()));
        manifest.setProperty(SparkOutput.INPUTS_FAILED, Long.toString(summary.failed()));
        manifest.setProperty(SparkOutput.FACTS_KEPT, Long.toString(summary.factRows()));
        manifest.setProperty(SparkOutput.MIN_CONFIDENCE, Double.toString(options.minConfidence()));
        manifest.setProperty(SparkOutput.COMMENTS, Boolean.toString(options.comments()));
        try (OutputStream stream = fs.create(new Path(out, SparkOutput.MANIFEST), false)) {
            manifest.store(stream, "newsgraph Spark job output: load it with `newsgraph load " + out + " --store DIR`");
        } catch (IOException e) {
            throw new JobException(out + ": cannot write " + SparkOutput.MANIFEST + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem fileSystem(Path path, Configuration conf) {
        try {
            return path.getFileSystem(conf);
        } catch (IOException e) {
            throw new JobException(path + ": " + e.getMessage(), e);
        }
    }

    private static void print(PrintStream out, JobSummary s, JobOptions options) {
        out.printf("articles: %d built, %d failed (bad lines and files included)%n", s.built(), s.failed());
        out.println("sentences: " + s.counts().sentences());
        out.println("entities: " + counts(s.counts().entities(), EntityType::localName));
        out.println("facts: " + counts(s.counts().facts(), Relation::localName) + " (" + s.factRows() + " fact table rows)");
        out.println("output: " + options.out() + " (" + String.join(", ", SparkOutput.ARTICLES, SparkOutput.DERIVED,
                SparkOutput.FACTS, SparkOutput.ERRORS) + "); load it with `newsgraph load " + options.out() + " --store DIR`");
    }

    /** "Name n, ..." in the order of the names. */
    private static <K> String counts(Map<K, Long> counts, Function<K, String> name) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .sorted(Comparator.comparing(e -> name.apply(e.getKey())))
                .map(e -> name.apply(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(OUT).hasArg().argName("DIR")
                        .desc("the output directory, on any Hadoop file system; it must not exist yet (required)").get())
                .addOption(Option.builder().longOpt(PARTITIONS).hasArg().argName("N")
                        .desc("spread the extraction over N tasks (default: three per core the job has)").get())
                .addOption(Option.builder().longOpt(MIN_CONFIDENCE).hasArg().argName("X")
                        .desc("leave out facts with a confidence below X, 0 to 1: a fact's confidence is the measured chance that"
                                + " it is right (default: 0, every fact)").get())
                .addOption(Option.builder().longOpt(COMMENTS)
                        .desc("also read reader comments, into graphs of their own, as build --comments (default: off)").get())
                .addOption(Option.builder("h").longOpt(HELP).desc("show this help and exit").get());
    }

    private static JobOptions options(CommandLine line) {
        List<String> inputs = line.getArgList();
        if (!line.hasOption(OUT))
            throw new IllegalArgumentException("--out DIR is missing: where the job writes its output");
        if (inputs.isEmpty())
            throw new IllegalArgumentException("no input given: pass JSON Lines or Parquet files or directories");
        return new JobOptions(inputs, line.getOptionValue(OUT), positive(line, PARTITIONS),
                number(line, MIN_CONFIDENCE, BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE), line.hasOption(COMMENTS));
    }

    private static int positive(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        if (value == null)
            return 0;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + option + " must be a whole number of at least 1, not '" + value + "'");
    }

    private static double number(CommandLine line, String option, double defaultValue) {
        String value = line.getOptionValue(option);
        if (value == null)
            return defaultValue;
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " must be a number from 0 to 1, not '" + value + "'");
        }
    }

    private static String help() {
        StringBuilder help = new StringBuilder();
        help.append("usage: spark-submit [SPARK OPTIONS] --class ").append(BuildJob.class.getName())
                .append(" newsgraph.jar INPUT... --out DIR [options]\n");
        help.append("Runs newsgraph's extraction as a Spark job: reads JSON Lines (.jsonl, .jsonl.gz) and Parquet files\n");
        help.append("(files, globs or directories of any Hadoop file system), decides who is who across all articles and\n");
        help.append("writes to DIR the article graphs and the graphs derived from all of them as gzip N-Quads, the fact\n");
        help.append("table as Parquet and one line per bad input.\n\noptions:\n");
        for (Option option : options().getOptions()) {
            String flags = (option.getOpt() == null ? "    " : "-" + option.getOpt() + ", ") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : "");
            help.append(String.format("  %-24s %s%n", flags, option.getDescription()));
        }
        help.append("\nexample:\n  spark-submit --master local[2] --class ").append(BuildJob.class.getName())
                .append(" target/newsgraph.jar articles.jsonl.gz --out spark-out\n");
        help.append("  java -jar target/newsgraph.jar load spark-out --store output/store\n");
        return help.toString();
    }
}
