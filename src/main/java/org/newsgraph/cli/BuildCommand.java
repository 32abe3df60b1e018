package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.sparql.core.DatasetGraph;
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
import org.newsgraph.graph.store.DirectoryWatcher;
import org.newsgraph.graph.store.StoreCounts;
import org.newsgraph.ingest.ArticleInputException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputPoller;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NlpModels;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * {@code newsgraph build}: reads articles into the store, compacts it when it has grown enough (or when asked), then
 * writes the whole graph as Turtle and TriG when asked with {@code --out}, or by default when the build made the store
 * from nothing; with {@code --watch}, keeps building what appears in directories until Ctrl-C.
 */
final class BuildCommand implements Command {
    private static final String MIN_CONFIDENCE = "min-confidence";
    private static final String THREADS = "threads";
    private static final String NER_MODEL = "ner-model";
    private static final String COMMENTS = "comments";
    private static final String ENDPOINT = "endpoint";
    private static final String COMPACT = "compact";
    private static final String DERIVE_ALL = "derive-all";
    private static final String MAX_ARTICLE_SIZE = "max-article-size";
    private static final String LIMIT = "limit";
    private static final String WATCH = "watch";
    private static final String POLL = "poll";
    private static final double DEFAULT_POLL_SECONDS = 2;
    /** How long Ctrl-C waits for the article in hand to be stored and the store closed before the JVM ends anyway. */
    private static final long STOP_PATIENCE_SECONDS = 120;
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
        return "read articles, extract their facts into the store; --watch DIR keeps doing so as files appear";
    }

    @Override
    public String arguments() {
        return "FILES|DIRS... [options]   (.txt, .html, .htm, .jsonl, .jsonl.gz), or --watch DIRS... [options]";
    }

    @Override
    public String example() {
        return "newsgraph build examples/articles --store output/store --out output/graph.ttl";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(OptionGroups.out("the whole graph as Turtle, and as TriG (one named graph per article) to the"
                        + " same name ending in .trig; they hold the whole store, so without --out they are written only by a"
                        + " build that finds the store empty, and with --watch only with --out, after each build that built"
                        + " something (default: " + DEFAULT_OUT + ")"))
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
                .addOption(Option.builder().longOpt(DERIVE_ALL)
                        .desc("derive the cross-article graphs (who is who, links, merges, office holders, candidacies)"
                                + " from all articles at the end, even when no article changed; the same graphs, but slower on a"
                                + " large store (default: only what the articles built touch, from all of them when the store"
                                + " was empty or many were built)").get())
                .addOption(Option.builder().longOpt(WATCH)
                        .desc("keep running: build what is in the directories given, then each file that appears or changes"
                                + " there, once its size and modification time have held for one poll; one line per build;"
                                + " files removed from them are left in the store (`newsgraph remove` takes articles out);"
                                + " Ctrl-C stops, after storing the article in hand").get())
                .addOption(Option.builder().longOpt(POLL).hasArg().argName("SECONDS")
                        .desc("with --watch: how often the directories are looked at, which is also how long a file must"
                                + " stay unchanged before it is read (default: " + (int) DEFAULT_POLL_SECONDS + ")").get())
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
            List<String> local = Stream.of(OptionGroups.STORE, OptionGroups.OUT, COMPACT, DERIVE_ALL).filter(line::hasOption)
                    .map(o -> "--" + o).toList();
            if (!local.isEmpty())
                throw new UsageException("--endpoint conflicts with " + String.join(" and ", local)
                        + ": a build into a remote store writes no local store or files");
        }
        Duration interval = line.hasOption(WATCH) ? checkWatch(line) : null;
        if (interval == null && line.hasOption(POLL))
            throw new UsageException("--poll goes with --watch");
        for (Path input : inputs)
            if (!Files.exists(input))
                throw new CommandException(input + ": no such file or directory");
            else if (line.hasOption(WATCH) && !Files.isDirectory(input))
                throw new UsageException("--watch takes directories, and " + input + " is not one");
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
        boolean filesAsked = line.hasOption(OptionGroups.OUT);
        if (line.hasOption(WATCH))
            return watch(line, inputs, nerModels, options, interval, terminal, filesAsked ? turtle : null);
        BackgroundModels loaded = new BackgroundModels(models, nerModels);
        try (ArticleStore store = ArticleStore.open(OptionGroups.storeDir(line))) {
            boolean storeWasEmpty = store.read(DatasetGraph::isEmpty);
            BuildSummary summary;
            try (Progress progress = new Progress(terminal, options.limit())) {
                summary = ArticleLoader.withModelsFrom(store, loaded, options).load(inputs, progress);
            }
            // A build of unchanged articles never asked for the models: models that cannot load are an error all the same.
            loaded.get();
            // The files hold the whole store: writing them costs what the store holds, not what was added. So a build
            // that adds to a store writes them only when asked; the one that makes the store pays for them anyway.
            boolean writeFiles = filesAsked || storeWasEmpty && summary.built() > 0;
            String where;
            if (writeFiles) {
                writeGraphFiles(store, turtle, terminal);
                where = "graph: " + turtle + ", " + trig;
            } else if (summary.built() == 0)
                where = "graph files: not written, nothing was built (--out FILE writes them)";
            else
                where = "graph files: not written, as the store held articles before (--out FILE writes them, reading the"
                        + " whole store; so does `newsgraph export`)";
            printSummary(terminal, summary, where, start);
            // Like the files, the store's distinct entities take a pass over the whole store.
            if (writeFiles && !terminal.quiet()) {
                // The summary counts each article's entities; the store holds each entity once, as `stats` counts.
                StoreCounts counts = store.read(StoreCounts::of);
                Map<String, Integer> distinct = new TreeMap<>();
                for (EntityType type : EntityType.values())
                    distinct.put(type.localName(), counts.classes().getOrDefault(NG.type(type), 0L).intValue());
                distinct.values().removeIf(n -> n == 0);
                terminal.info("entities in the store, each once however many articles name it (as `newsgraph stats` counts): "
                        + counts(distinct));
            }
            // The vetoes that could be read were honoured; a line that is no veto is bad input like a bad article.
            List<String> problems = store.vetoes().problems();
            problems.forEach(problem -> terminal.error(name() + ": " + problem));
            return summary.succeeded() && problems.isEmpty() ? Main.OK : Main.FAILED;
        }
    }

    /** Checks the options that go with {@code --watch} and returns the poll interval. */
    private static Duration checkWatch(CommandLine line) {
        // Options that make no sense for a run without end, or that would do a whole-store step after every file.
        List<String> conflicting = Stream.of(ENDPOINT, LIMIT, COMPACT, DERIVE_ALL).filter(line::hasOption).map(o -> "--" + o).toList();
        if (!conflicting.isEmpty())
            throw new UsageException("--watch cannot go with " + String.join(" or ", conflicting));
        return pollInterval(line);
    }

    /**
     * {@code --watch}: builds the directories' files as they settle, one line per build, until Ctrl-C. Ctrl-C runs the
     * shutdown hook, which stops the watcher and waits until this thread has stored the article in hand and closed
     * the store.
     *
     * @param turtle where to write the graph files after each build that changed something, or null for nowhere
     */
    private int watch(CommandLine line, List<Path> directories, List<Path> nerModels, BuildOptions options,
                      Duration interval, Terminal terminal, Path turtle) {
        Path storeDir = OptionGroups.storeDir(line);
        ArticleStore store = ArticleStore.open(storeDir);
        CountDownLatch closed = new CountDownLatch(1);
        WatchReport report = new WatchReport(terminal, directories, store, turtle);
        Thread hook = null;
        try {
            NlpModels loaded = models.load(nerModels);
            InputPoller poller = new InputPoller(new ArticleReader(options.readOptions()), directories, interval);
            DirectoryWatcher watcher = new DirectoryWatcher(new ArticleLoader(store, loaded, options), poller, interval);
            hook = new Thread(() -> {
                report.stopping = true;
                watcher.stop();
                try {
                    closed.await(STOP_PATIENCE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsgraph-build-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            terminal.info("watching " + directories.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + " into " + storeDir + ", every " + seconds(interval) + " s; files removed there stay in the store;"
                    + " Ctrl-C stops");
            terminal.out().flush();
            watcher.run(report);
        } finally {
            store.close();
            terminal.info("stopped watching; store " + storeDir + " closed");
            terminal.out().flush();
            closed.countDown();
            removeQuietly(hook);
        }
        return report.failures == 0 ? Main.OK : Main.FAILED;
    }

    private static void removeQuietly(Thread hook) {
        if (hook == null)
            return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running, and has just been let go.
        }
    }

    private static Duration pollInterval(CommandLine line) {
        if (!line.hasOption(POLL))
            return Duration.ofMillis((long) (DEFAULT_POLL_SECONDS * 1000));
        String value = line.getOptionValue(POLL);
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0.01 && seconds <= 86_400)
                return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + POLL + " must be a number of seconds from 0.01 to 86400, not '" + value + "'");
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
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
        builder.deriveWhole(line.hasOption(DERIVE_ALL));
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
        OutputFile.checkSafe("--out " + turtle, turtle, "graph.ttl", store, filesRead);
        OutputFile.checkSafe("--out " + trig + " (the TriG beside --out)", trig, "graph.ttl", store, filesRead);
    }

    /** {@code graph.ttl} -> {@code graph.trig}; a name without extension gets one added. */
    static Path siblingWithExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "." + extension);
    }

    /** The whole graph as Turtle to {@code turtle} and as TriG beside it. */
    private static void writeGraphFiles(ArticleStore store, Path turtle, Terminal terminal) {
        Path trig = siblingWithExtension(turtle, ExportFormat.TRIG.extension());
        // On a large store the sorted graph files take a while: say so to someone watching.
        if (terminal.interactive())
            terminal.err().println("writing " + turtle + " and " + trig + "...");
        StoreExporter exporter = new StoreExporter(store);
        write(exporter, ExportFormat.TURTLE, turtle);
        write(exporter, ExportFormat.TRIG, trig);
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
     * What {@code build --watch} says: each bad input or article on stderr as it comes, and one line per build on
     * stdout, {@code 13:02:07 a.txt, b.jsonl: 3 read, 2 built, 1 unchanged, 0 failed; 14 facts; 1.2 s}.
     */
    private static final class WatchReport implements DirectoryWatcher.Listener {
        private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
        private static final int FILES_NAMED = 3;
        private final Terminal terminal;
        private final List<Path> directories;
        private final ArticleStore store;
        private final Path turtle;
        private long startNanos;
        private int failures;
        /** Set by Ctrl-C: the build under way ends early. */
        private volatile boolean stopping;

        WatchReport(Terminal terminal, List<Path> directories, ArticleStore store, Path turtle) {
            this.terminal = terminal;
            this.directories = directories;
            this.store = store;
            this.turtle = turtle;
        }

        @Override
        public void started(List<Path> inputFiles) {
            startNanos = System.nanoTime();
        }

        @Override
        public void articleFailed(String origin, String reason) {
            failures++;
            terminal.error(origin + ": " + reason);
        }

        @Override
        public void listingFailed(ArticleInputException error) {
            terminal.error(error.getMessage() + " (trying again at the next poll)");
        }

        @Override
        public void built(List<Path> files, BuildSummary s) {
            String graph = "";
            if (turtle != null && s.built() > 0) {
                writeGraphFiles(store, turtle, terminal);
                graph = "; graph: " + turtle + ", " + siblingWithExtension(turtle, ExportFormat.TRIG.extension());
            }
            long facts = s.facts().values().stream().mapToLong(Long::longValue).sum();
            String stopped = stopping ? "; stopped there, the rest is read by the next build or watch" : "";
            terminal.info(String.format("%s %s: %d read, %d built, %d unchanged, %d failed; %d facts%s; %.1f s%s",
                    LocalTime.now().format(CLOCK), names(files), s.read(), s.built(), s.unchanged(), s.failed(), facts,
                    graph, (System.nanoTime() - startNanos) / 1e9, stopped));
            terminal.out().flush();
        }

        /** The files as paths within the directory watched, the first few only. */
        private String names(List<Path> files) {
            List<String> names = files.stream().limit(FILES_NAMED).map(this::name).toList();
            String more = files.size() > FILES_NAMED ? " and " + (files.size() - FILES_NAMED) + " more files" : "";
            return String.join(", ", names) + more;
        }

        private String name(Path file) {
            for (Path directory : directories)
                if (file.startsWith(directory))
                    return directory.relativize(file).toString();
            return file.toString();
        }
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
