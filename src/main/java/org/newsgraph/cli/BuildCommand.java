package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.StoreExporter;
import org.newsgraph.export.push.Backoff;
import org.newsgraph.export.push.RemoteArticleWriter;
import org.newsgraph.export.push.RemoteGraphStore;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleLoader;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.BuildListener;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.graph.store.BuildSummary;
import org.newsgraph.graph.store.CompactionPolicy;
import org.newsgraph.graph.store.StoreCounts;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NlpModels;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * {@code newsgraph build}: reads articles into the store, compacts it when it has grown enough (or when asked), then
 * writes the whole graph as Turtle and TriG.
 */
final class BuildCommand implements Command {
    private static final String MIN_CONFIDENCE = "min-confidence";
    private static final String THREADS = "threads";
    private static final String NER_MODEL = "ner-model";
    private static final String COMMENTS = "comments";
    private static final String ENDPOINT = "endpoint";
    private static final String COMPACT = "compact";
    private static final String MAX_ARTICLE_SIZE = "max-article-size";
    private static final String LIMIT = "limit";
    private static final String DEFAULT_OUT = "output/graph.ttl";

    private final ModelLoader models;

    BuildCommand(ModelLoader models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "read articles, extract their facts into the store, write the graph as Turtle and TriG";
    }

    @Override
    public String arguments() {
        return "FILES|DIRS... [options]   (.txt, .html, .htm, .jsonl, .jsonl.gz)";
    }

    @Override
    public String example() {
        return "newsgraph build examples/articles --store output/store --out output/graph.ttl";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(OptionGroups.out("the whole graph as Turtle; the same name ending in .trig gets one named graph"
                        + " per article (default: " + DEFAULT_OUT + ")"))
                .addOption(Option.builder().longOpt(MIN_CONFIDENCE).hasArg().argName("X")
                        .desc("leave out facts with a confidence below X, 0 to 1: a fact's confidence is the measured chance that"
                                + " it is right (default: 0, every fact)").get())
                .addOption(Option.builder().longOpt(THREADS).hasArg().argName("N")
                        .desc("worker threads, 1 to " + BuildOptions.Builder.MAX_THREADS + " (default: the number of processors, "
                                + Runtime.getRuntime().availableProcessors() + " here)").get())
                .addOption(Option.builder().longOpt(MAX_ARTICLE_SIZE).hasArg().argName("BYTES")
                        .desc("refuse a .txt or .html file, a sidecar or a JSON line larger than this, before reading it"
                                + " (default: " + ReadOptions.DEFAULT_MAX_BYTES + ", 10 MiB)").get())
                .addOption(Option.builder().longOpt(NER_MODEL).hasArg().argName("FILE")
                        .desc("an OpenNLP name finder model to use as well; may be repeated (default: none)").get())
                .addOption(Option.builder().longOpt(COMMENTS)
                        .desc("also read the reader comments that follow articles, each article's into a named graph of"
                                + " their own (article IRI + /comments) marked ng:ReaderComments; they never feed the"
                                + " article's graph (default: off, comments are left out)").get())
                .addOption(Option.builder().longOpt(LIMIT).hasArg().argName("N")
                        .desc("read only the first N articles of the inputs, in the order given (directories sorted by"
                                + " path), to try a corpus before the whole run (default: all)").get())
                .addOption(Option.builder().longOpt(COMPACT)
                        .desc("compact the store at the end even if it has not grown much, even when no article changed"
                                + " (default: only once its indexes have grown to " + (int) CompactionPolicy.DEFAULT_FACTOR
                                + " times their size after the last compaction, and by at least "
                                + (CompactionPolicy.DEFAULT_MIN_BYTES >> 20) + " MiB)").get())
                .addOption(Option.builder().longOpt(ENDPOINT).hasArg().argName("URL")
                        .desc("write each article's graph straight into this Graph Store Protocol URL instead of the store,"
                                + " e.g. http://host:3030/dataset/data; no local store, Turtle or TriG is written, so --store, --out"
                                + " and --compact cannot go with it; with --comments, each article's comments graph goes there too").get())
                .addOption(PushCommand.userOption())
                .addOption(PushCommand.timeoutOption());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        List<Path> inputs = line.getArgList().stream().map(Path::of).toList();
        if (inputs.isEmpty())
            throw new UsageException("no input given: pass article files or directories, e.g. `newsgraph build examples/articles`");
        BuildOptions options = buildOptions(line);
        for (String remoteOnly : List.of(PushCommand.USER, PushCommand.ENDPOINT_TIMEOUT))
            if (line.hasOption(remoteOnly) && !line.hasOption(ENDPOINT))
                throw new UsageException("--" + remoteOnly + " is for --endpoint URL, which is missing");
        if (line.hasOption(ENDPOINT)) {
            // A remote build writes no local store or files; silently ignoring where the user asked for them would mislead.
            List<String> local = Stream.of(OptionGroups.STORE, OptionGroups.OUT, COMPACT).filter(line::hasOption)
                    .map(o -> "--" + o).toList();
            if (!local.isEmpty())
                throw new UsageException("--endpoint conflicts with " + String.join(" and ", local)
                        + ": a build into a remote store writes no local store or files");
        }
        for (Path input : inputs)
            if (!Files.exists(input))
                throw new CommandException(input + ": no such file or directory");
        List<Path> nerModels = line.hasOption(NER_MODEL)
                ? List.of(line.getOptionValues(NER_MODEL)).stream().map(Path::of).toList() : List.of();
        for (Path model : nerModels)
            if (!Files.isReadable(model))
                throw new CommandException(model + ": cannot read NER model file");
        Path turtle = Path.of(line.getOptionValue(OptionGroups.OUT, DEFAULT_OUT));
        Path trig = siblingWithExtension(turtle, ExportFormat.TRIG.extension());

        long start = System.nanoTime();
        if (line.hasOption(ENDPOINT))
            return buildRemote(line, inputs, nerModels, options, terminal, start);
        checkOutputs(turtle, trig, OptionGroups.storeDir(line), inputs, options);
        try (ArticleStore store = ArticleStore.open(OptionGroups.storeDir(line))) {
            NlpModels loaded = models.load(nerModels);
            BuildSummary summary;
            try (Progress progress = new Progress(terminal, options.limit())) {
                summary = new ArticleLoader(store, loaded, options).load(inputs, progress);
            }
            // On a large store the sorted graph files take a while: say so to someone watching.
            if (terminal.interactive())
                terminal.err().println("writing " + turtle + " and " + trig + "...");
            StoreExporter exporter = new StoreExporter(store);
            write(exporter, ExportFormat.TURTLE, turtle);
            write(exporter, ExportFormat.TRIG, trig);
            printSummary(terminal, summary, "graph: " + turtle + ", " + trig, start);
            if (!terminal.quiet()) {
                // The summary counts each article's entities; the store holds each entity once, as `stats` counts.
                StoreCounts counts = store.read(StoreCounts::of);
                Map<String, Integer> distinct = new TreeMap<>();
                for (EntityType type : EntityType.values())
                    distinct.put(type.localName(), counts.classes().getOrDefault(NG.type(type), 0L).intValue());
                distinct.values().removeIf(n -> n == 0);
                terminal.info("entities in the store, each once however many articles name it (as `newsgraph stats` counts): "
                        + counts(distinct));
            }
            return summary.succeeded() ? Main.OK : Main.FAILED;
        }
    }

    /**
     * {@code --endpoint}: the same extraction, each article one PUT, once the endpoint has answered a first request. A
     * graph the endpoint refuses as such fails its article only; an endpoint gone or refusing the client stops the build.
     */
    private int buildRemote(CommandLine line, List<Path> inputs, List<Path> nerModels, BuildOptions options, Terminal terminal,
                            long start) {
        String endpoint = line.getOptionValue(ENDPOINT);
        BuildSummary summary;
        try (RemoteGraphStore store = PushCommand.remoteStore(line, endpoint, System::getenv, Backoff.DEFAULT)) {
            NlpModels loaded = models.load(nerModels);
            try (Progress progress = new Progress(terminal, options.limit())) {
                summary = new ArticleLoader(new RemoteArticleWriter(store), loaded, options).load(inputs, progress);
            }
        }
        printSummary(terminal, summary, "graph: " + endpoint + " (no local store, Turtle or TriG written)", start);
        return summary.succeeded() ? Main.OK : Main.FAILED;
    }

    private static BuildOptions buildOptions(CommandLine line) {
        BuildOptions.Builder builder = BuildOptions.builder();
        if (line.hasOption(MIN_CONFIDENCE)) {
            String value = line.getOptionValue(MIN_CONFIDENCE);
            try {
                builder.minConfidence(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new UsageException("--" + MIN_CONFIDENCE + " must be a number from 0 to 1, not '" + value + "'");
            }
        }
        if (line.hasOption(THREADS))
            builder.threads((int) OptionGroups.wholeNumber(line, THREADS, 1, BuildOptions.Builder.MAX_THREADS, 1, ""));
        if (line.hasOption(MAX_ARTICLE_SIZE))
            builder.readOptions(ReadOptions.builder().maxBytes(OptionGroups.wholeNumber(line, MAX_ARTICLE_SIZE, 1,
                    ReadOptions.MAX_BYTES_CEILING, ReadOptions.DEFAULT_MAX_BYTES, " of bytes")).build());
        builder.comments(line.hasOption(COMMENTS));
        if (line.hasOption(COMPACT))
            builder.compaction(CompactionPolicy.ALWAYS);
        if (line.hasOption(LIMIT))
            builder.limit(OptionGroups.positiveInt(line, LIMIT, 1));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Refuses, before any work, a Turtle or TriG output that would overwrite an input, a directory or the store. */
    private static void checkOutputs(Path turtle, Path trig, Path store, List<Path> inputs, BuildOptions options) {
        if (trig.equals(turtle))
            throw new UsageException("--out " + turtle + " ends in .trig, the name of the TriG written beside it: give the"
                    + " Turtle file's name, e.g. " + siblingWithExtension(turtle, ExportFormat.TURTLE.extension()));
        List<Path> filesRead = new ArticleReader(options.readOptions()).filesRead(inputs);
        OutputFile.checkSafe("--out " + turtle, turtle, store, filesRead);
        OutputFile.checkSafe("--out " + trig + " (the TriG beside --out)", trig, store, filesRead);
    }

    /** {@code graph.ttl} -> {@code graph.trig}; a name without extension gets one added. */
    static Path siblingWithExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "." + extension);
    }

    /** Written aside and moved into place, so that a failed export never leaves a truncated graph behind. */
    private static void write(StoreExporter exporter, ExportFormat format, Path file) {
        OutputFile.write(file, out -> exporter.writeSorted(format, out));
    }

    /** {@code start}: when the command began, so that the last line also counts loading, compaction and writing files. */
    private static void printSummary(Terminal terminal, BuildSummary s, String where, long start) {
        terminal.info(String.format("articles: %d read, %d built, %d unchanged, %d failed",
                s.read(), s.built(), s.unchanged(), s.failed()));
        terminal.info("sentences: " + s.sentences());
        terminal.info("entities, counted once in each article that names them: " + counts(s.entities().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().localName(), Map.Entry::getValue))));
        terminal.info("facts: " + counts(s.facts().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().localName(), Map.Entry::getValue))));
        terminal.info(where);
        terminal.info(String.format("time: %.1f s reading, analysing and storing articles; %.1f s in all", s.seconds(),
                (System.nanoTime() - start) / 1e9));
    }

    private static String counts(Map<String, ? extends Number> counts) {
        if (counts.isEmpty())
            return "none";
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * A progress bar on stderr when someone watches it; bad articles are reported there as they come. Articles of
     * single-article files, or with --limit, are counted against their known number; JSON Lines files against their
     * size, by the bytes read, so that the bar has a percentage and a time left before the articles are counted.
     */
    private static final class Progress implements BuildListener, AutoCloseable {
        private static final long MIB = 1 << 20;
        private final Terminal terminal;
        private final long limit;
        private ProgressBar bar;
        private boolean byBytes;
        private long articles;

        Progress(Terminal terminal, long limit) {
            this.terminal = terminal;
            this.limit = limit;
        }

        @Override
        public void started(List<Path> inputFiles) {
            if (!terminal.interactive())
                return;
            boolean oneArticleEach = inputFiles.stream().map(p -> p.getFileName().toString().toLowerCase())
                    .allMatch(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
            long known = limit > 0 && !oneArticleEach ? limit : limit > 0 ? Math.min(limit, inputFiles.size())
                    : oneArticleEach ? inputFiles.size() : -1;
            byBytes = known < 0;
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("build")
                    .setConsumer(new ConsoleProgressBarConsumer(terminal.err()));
            if (byBytes) {
                long bytes = 0;
                for (Path file : inputFiles)
                    bytes += sizeOf(file);
                boolean large = bytes >= 64 * MIB;
                builder.setInitialMax(Math.max(1, bytes)).setUnit(large ? " MiB" : " KiB", large ? MIB : 1024);
            } else
                builder.setInitialMax(known).setUnit(" articles", 1);
            bar = builder.build();
        }

        @Override
        public void progress(long bytesRead, long bytesTotal) {
            if (bar != null && byBytes)
                bar.stepTo(bytesRead);
        }

        @Override
        public void articleDone(String articleId, boolean built) {
            step();
        }

        @Override
        public void articleFailed(String origin, String reason) {
            if (bar != null) {
                step();
                // Clear the bar's line so that the error stands on its own; the bar redraws below it.
                terminal.err().print("\r\033[2K");
            }
            terminal.error(origin + ": " + reason);
        }

        private void step() {
            if (bar == null)
                return;
            articles++;
            if (byBytes)
                bar.setExtraMessage(" " + articles + " articles");
            else
                bar.step();
        }

        @Override
        public void notice(String message) {
            if (bar != null)
                terminal.err().print("\r\033[2K");
            terminal.info(message);
        }

        @Override
        public void finishing(String step) {
            if (bar != null)
                bar.setExtraMessage(" " + step + "...");
        }

        @Override
        public void close() {
            if (bar != null)
                bar.close();
        }

        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
