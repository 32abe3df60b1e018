package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.apache.jena.query.Query;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleLoader;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.BuildListener;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.graph.store.BuildSummary;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.NlpModels;

import com.sun.management.GarbageCollectionNotificationInfo;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Prints throughput, memory and query figures of a full build against the floor set by bare OpenNLP sentence
 * detection, tokenisation and POS tagging of the same articles, with the project's targets beside them.
 * Not a test: run it with {@code mvn -o -q -Pbench process-test-classes} (see the README). Single-threaded driver.
 *
 * <p>Arguments: {@code [ARTICLES.jsonl.gz] [SIZE,SIZE...]}, by default {@code ../shared/bench/articles-10000.jsonl.gz}
 * and {@code 1000,10000}; each size takes the first SIZE lines, after a warm-up on lines the small size leaves out
 * (see {@link #warmUp}).
 */
public final class Benchmark {
    private static final Path DEFAULT_INPUT = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final int QUERY_RUNS = 20;
    /** Unmeasured runs first: right after a build the JIT is still compiling, and a served store is queried warm. */
    private static final int QUERY_WARM_UP_RUNS = 5;
    /** Articles after the first 1,000 (which the small size measures) warm up both sides before measuring. */
    private static final int WARM_UP_FIRST_LINE = 1_000;
    private static final int WARM_UP_ARTICLES = 1_000;
    private static final int MAX_WARM_UP_ROUNDS = 8;
    private static final int FLOOR_RUNS = 2;
    /** The compiler's share of the cores' time in a warm-up build below which the build's code counts as compiled. */
    private static final double SETTLED_JIT_SHARE = 0.1;
    private static final double MIN_FLOOR_RATIO = 0.5;
    private static final double MAX_SECONDS_10K = 240;
    private static final double MAX_PER_ARTICLE_DRIFT = 0.15;
    private static final double MAX_QUERY_MEDIAN_MS = 100;

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final HeapWatch heap = new HeapWatch();

    /** One size's measurements. */
    private record Result(int articles, double seconds, double articlesSeconds, double floorSeconds, long tokens, long facts,
                          long entities, long peakHeap, long liveHeap, long rssKb, List<String> queryLines, boolean queriesFast) {
        double perArticleMs() {
            return 1000 * seconds / articles;
        }

        /** The articles' own time: the steps after them (derived graphs, compaction when due) run once per build. */
        double articlePhaseMs() {
            return 1000 * articlesSeconds / articles;
        }
    }

    public static void main(String[] args) throws Exception {
        Path input = args.length > 0 ? Path.of(args[0]) : DEFAULT_INPUT;
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray()
                : new int[] {1_000, 10_000};
        if (!Files.isReadable(input)) {
            System.err.println("benchmark: no article file at " + input.toAbsolutePath().normalize()
                    + " (pass the path of articles-10000.jsonl.gz as the first argument)");
            System.exit(1);
        }
        new Benchmark().run(input, sizes);
    }

    private void run(Path input, int[] sizes) throws Exception {
        System.out.printf("machine: %d processors, max heap %d MiB, Java %s, load average %.2f%n", threads,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.load();
        System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<Result> results = new ArrayList<>();
        Path work = Files.createTempDirectory("newsgraph-bench");
        try {
            warmUp(models, input, work);
            for (int size : sizes)
                results.add(measure(models, input, size, work));
        } finally {
            deleteTree(work);
        }
        report(results);
    }

    /**
     * Brings both sides to the steady state they are measured in, as a benchmark harness warms up before it
     * measures: floors {@value #WARM_UP_ARTICLES} articles that the small size does not measure (the lines after the
     * first {@value #WARM_UP_FIRST_LINE}), then builds rounds of as many articles, the next lines each time, until
     * the JIT compiler spends less than a tenth of the cores' time during a round. Until then it competes with the
     * build for the cores: in a fresh JVM it keeps half of two cores busy through the first 2,000 to 3,000 articles
     * built (the extraction's, OpenNLP's and TDB2's code), against a few seconds for the floor's.
     */
    private void warmUp(NlpModels models, Path input, Path work) throws Exception {
        long start = System.nanoTime();
        Path slice = work.resolve("warm-up.jsonl");
        // One pass over the input: each round takes the lines after the last round's.
        try (BufferedReader in = open(input)) {
            if (copyLines(in, WARM_UP_FIRST_LINE, null) < WARM_UP_FIRST_LINE)
                return;
            int first = WARM_UP_FIRST_LINE;
            int lines = copyLines(in, WARM_UP_ARTICLES, slice);
            // The floor first: the measured build then follows a build, as the measured floor follows one.
            floor(slice);
            for (int round = 1; round <= MAX_WARM_UP_ROUNDS && lines > 0; round++) {
                Path storeDir = work.resolve("store-warm-up");
                long jitStart = jitMillis();
                long roundStart = System.nanoTime();
                try (ArticleStore store = ArticleStore.open(storeDir)) {
                    new ArticleLoader(store, models, BuildOptions.builder().threads(threads).build()).load(List.of(slice), new BuildListener() {
                    });
                }
                double seconds = (System.nanoTime() - roundStart) / 1e9;
                double jitShare = (jitMillis() - jitStart) / 1e3 / (seconds * threads);
                deleteTree(storeDir);
                System.out.printf("warm-up build %d: lines %d-%d in %.1f s, JIT compiler %.0f%% of the cores' time%n", round,
                        first + 1, first + lines, seconds, 100 * jitShare);
                if (jitShare < SETTLED_JIT_SHARE)
                    break;
                first += lines;
                lines = copyLines(in, WARM_UP_ARTICLES, slice);
            }
        }
        System.out.printf("warm-up: done in %.1f s, unmeasured%n", (System.nanoTime() - start) / 1e9);
    }

    private Result measure(NlpModels models, Path input, int size, Path work) throws Exception {
        Path slice = work.resolve("articles-" + size + ".jsonl");
        int lines;
        try (BufferedReader in = open(input)) {
            lines = copyLines(in, size, slice);
        }
        if (lines < size)
            System.out.printf("note: %s has only %d lines%n", input, lines);
        System.out.printf("%n== %d articles (load average %.2f)%n", lines,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        System.gc();
        heap.reset();
        resetPeakRss();
        BuildSummary summary;
        double seconds;
        double articlesSeconds;
        long facts;
        long entities;
        boolean compacted;
        List<String> queryLines = new ArrayList<>();
        boolean queriesFast = true;
        Path storeDir = work.resolve("store-" + size);
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            BuildOptions options = BuildOptions.builder().threads(threads).build();
            List<String> steps = new ArrayList<>();
            double[] articlesDone = {0};
            long jitStart = jitMillis();
            long start = System.nanoTime();
            summary = new ArticleLoader(store, models, options).load(List.of(slice), new BuildListener() {
                @Override
                public void articleFailed(String origin, String reason) {
                    System.out.println("  failed: " + origin + ": " + reason);
                }

                @Override
                public void finishing(String step) {
                    double at = (System.nanoTime() - start) / 1e9;
                    if (steps.isEmpty())
                        articlesDone[0] = at;
                    steps.add(String.format("%s from %.1f s", step, at));
                }
            });
            seconds = (System.nanoTime() - start) / 1e9;
            articlesSeconds = steps.isEmpty() ? seconds : articlesDone[0];
            System.out.printf("build: JIT compilation %.1f s (compiler threads' time); after the articles: %s%n",
                    (jitMillis() - jitStart) / 1e3, String.join(", ", steps));
            compacted = steps.stream().anyMatch(step -> step.startsWith("compacting the store"));
            System.out.printf("store: %d MiB on disk, indexes %d MiB, after the build, which %s%n", sizeOnDisk(storeDir) >> 20,
                    store.indexBytes() >> 20, compacted ? "compacted it" : "left it uncompacted (below the default policy)");
            facts = summary.facts().values().stream().mapToLong(Long::longValue).sum();
            entities = countEntities(store);
            for (Path file : cannedQueries()) {
                double median = medianMillis(store, ArticleStore.parseQuery(Files.readString(file)));
                boolean fast = median < MAX_QUERY_MEDIAN_MS;
                queriesFast &= fast;
                queryLines.add(String.format("    %-26s median %8.1f ms  (target < %.0f ms: %s)", file.getFileName(),
                        median, MAX_QUERY_MEDIAN_MS, fast ? "PASS" : "MISS"));
            }
        }
        long peakHeap = heap.peakUsed();
        long liveHeap = heap.maxLiveAfterGc();
        long rss = peakRssKb();
        deleteTree(storeDir);
        System.out.printf("build: %d built, %d failed in %.1f s (%s)%n", summary.built(), summary.failed(), seconds,
                compacted ? "with compaction" : "no compaction");

        // The faster of two floors: the build's run is measured once, so any noise counts against the build.
        FloorRun floor = null;
        for (int run = 1; run <= FLOOR_RUNS; run++) {
            long jitStart = jitMillis();
            FloorRun next = floor(slice);
            System.out.printf("floor %d: %d tokens in %.1f s; JIT compilation %.1f s%n", run, next.tokens(), next.seconds(),
                    (jitMillis() - jitStart) / 1e3);
            if (floor == null || next.seconds() < floor.seconds())
                floor = next;
        }
        Result result = new Result(lines, seconds, articlesSeconds, floor.seconds(), floor.tokens(), facts, entities,
                peakHeap, liveHeap, rss, queryLines, queriesFast);
        printResult(result);
        return result;
    }

    private void printResult(Result r) {
        System.out.printf("  articles/s   %10.1f   (floor %.1f)%n", r.articles() / r.seconds(), r.articles() / r.floorSeconds());
        System.out.printf("  tokens/s     %10.0f   (floor %.0f; tokens as the floor's tokenizer counts them)%n",
                r.tokens() / r.seconds(), r.tokens() / r.floorSeconds());
        System.out.printf("  facts/s      %10.1f   (%d facts)%n", r.facts() / r.seconds(), r.facts());
        System.out.printf("  entities     %10d   distinct in the store%n", r.entities());
        System.out.printf("  ms/article   %10.1f   (%.1f reading, analysing and storing the articles; the rest is the steps after them)%n",
                r.perArticleMs(), r.articlePhaseMs());
        System.out.printf("  peak heap    %10d MiB (used, all pools at their peaks); max live after GC %d MiB%n",
                r.peakHeap() >> 20, r.liveHeap() >> 20);
        System.out.printf("  peak RSS     %10d MiB (VmHWM of this JVM since the size started)%n", r.rssKb() >> 10);
        double ratio = r.floorSeconds() / r.seconds();
        System.out.printf("  full/floor   %10.2f   (target >= %.1f: %s)%n", ratio, MIN_FLOOR_RATIO,
                ratio >= MIN_FLOOR_RATIO ? "PASS" : "MISS");
        System.out.println("  canned queries, median of " + QUERY_RUNS + " runs each after " + QUERY_WARM_UP_RUNS + " unmeasured:");
        r.queryLines().forEach(System.out::println);
    }

    private static void report(List<Result> results) {
        System.out.println("\n== targets");
        Result small = results.stream().filter(r -> r.articles() == 1_000).findFirst().orElse(null);
        Result large = results.stream().filter(r -> r.articles() == 10_000).findFirst().orElse(null);
        for (Result r : results)
            System.out.printf("  %6d articles: full/floor %.2f (>= %.1f: %s)%n", r.articles(), r.floorSeconds() / r.seconds(),
                    MIN_FLOOR_RATIO, r.floorSeconds() / r.seconds() >= MIN_FLOOR_RATIO ? "PASS" : "MISS");
        if (large != null) {
            System.out.printf("  10000 articles in %.0f s (< %.0f s with -Xmx1g; max heap here %d MiB): %s%n",
                    large.seconds(), MAX_SECONDS_10K, Runtime.getRuntime().maxMemory() >> 20,
                    large.seconds() < MAX_SECONDS_10K ? "PASS" : "MISS");
            System.out.printf("  canned query medians on 10000 articles < %.0f ms: %s%n", MAX_QUERY_MEDIAN_MS,
                    large.queriesFast() ? "PASS" : "MISS");
        }
        if (small != null && large != null) {
            // Growth is judged on the articles' own time: the default policy compacts at 10,000 but not at 1,000.
            double drift = large.articlePhaseMs() / small.articlePhaseMs() - 1;
            System.out.printf("  ms/article at 10000 vs 1000, reading, analysing and storing: %.1f vs %.1f (%+.0f%%, within %.0f%%: %s)%n",
                    large.articlePhaseMs(), small.articlePhaseMs(), 100 * drift, 100 * MAX_PER_ARTICLE_DRIFT,
                    drift <= MAX_PER_ARTICLE_DRIFT ? "PASS" : "MISS");
            System.out.printf("  ms/article with the steps after the articles: %.1f vs %.1f (%+.0f%%)%n",
                    large.perArticleMs(), small.perArticleMs(), 100 * (large.perArticleMs() / small.perArticleMs() - 1));
        }
    }

    private static BufferedReader open(Path gz) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
    }

    /** Copies the next {@code n} lines of {@code in} to {@code out}, or skips them when it is null; returns how many there were. */
    private static int copyLines(BufferedReader in, int n, Path out) throws IOException {
        int count = 0;
        try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line; count < n && (line = in.readLine()) != null; count++) {
                if (w != null) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        return count;
    }

    private static long countEntities(ArticleStore store) {
        String classes = Stream.of(NG.Person, NG.Office, NG.Race, NG.Party, NG.Organization, NG.Investigation)
                .map(n -> "<" + n.getURI() + ">").reduce((a, b) -> a + " " + b).orElseThrow();
        Query query = ArticleStore.parseQuery("SELECT (COUNT(DISTINCT ?e) AS ?n) { VALUES ?c { " + classes + " } ?e a ?c }");
        return store.query(query, 0, exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    private static List<Path> cannedQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("ontology", "queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /**
     * Runs the query {@value #QUERY_WARM_UP_RUNS} times unmeasured, then {@value #QUERY_RUNS} times, draining its
     * results; the median wall time of the measured runs.
     */
    private static double medianMillis(ArticleStore store, Query query) {
        double[] millis = new double[QUERY_RUNS];
        for (int i = -QUERY_WARM_UP_RUNS; i < QUERY_RUNS; i++) {
            long start = System.nanoTime();
            store.query(query, 0, exec -> {
                exec.execSelect().forEachRemaining(row -> { });
                return null;
            });
            if (i >= 0)
                millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[QUERY_RUNS / 2 - 1] + millis[QUERY_RUNS / 2]) / 2;
    }

    private record FloorRun(double seconds, long tokens) {
    }

    /**
     * The same articles (read as the build reads them) through bare sentence detection, tokenisation and POS
     * tagging on as many threads as the build uses: what any OpenNLP pipeline over this text costs at least.
     */
    private FloorRun floor(Path slice) throws Exception {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults()).read(slice, articles::add, e -> { });
        SentenceModel sentenceModel = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenModel = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel posModel = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
                    TokenizerME tokenizer = new TokenizerME(tokenModel);
                    POSTaggerME tagger = new POSTaggerME(posModel, POSTagFormat.UD);
                    long count = 0;
                    for (int i = first; i < articles.size(); i += threads)
                        for (String sentence : sentences.sentDetect(articles.get(i).text())) {
                            String[] words = tokenizer.tokenize(sentence);
                            tagger.tag(words);
                            count += words.length;
                        }
                    tokens.addAndGet(count);
                }));
            }
            for (Future<?> part : parts)
                part.get();
        } finally {
            pool.shutdownNow();
        }
        return new FloorRun((System.nanoTime() - start) / 1e9, tokens.get());
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) throws IOException {
        try (InputStream in = Benchmark.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IOException("model " + resource + " is not on the class path");
            return reader.read(in);
        }
    }

    /** The time the JIT compiler threads have spent so far; they share the cores with the build. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Peak resident set since the last reset; the kernel keeps it per process. */
    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmHWM:"))
                return Long.parseLong(line.replaceAll("\\D", ""));
        return -1;
    }

    /** Writing 5 to clear_refs resets VmHWM (Linux 4.0+), so each size reports its own peak. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            System.out.println("note: cannot reset the peak RSS, figures are since the JVM started");
        }
    }

    /** Bytes the files take on disk, as du counts them: TDB2 files are sparse, so their lengths say little. */
    private static long sizeOnDisk(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (du.waitFor() != 0)
            throw new IOException("du failed: " + out);
        return 1024 * Long.parseLong(out.split("\\s+")[0]);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    /** Heap peaks from the pools' own peak counters, and the largest heap left live after a collection. */
    private static final class HeapWatch {
        private final AtomicLong maxLive = new AtomicLong();
        private final java.util.Set<String> heapPoolNames = heapPools().map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
                if (gc instanceof NotificationEmitter emitter)
                    emitter.addNotificationListener((notification, handback) -> {
                        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION))
                            return;
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPoolNames.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        maxLive.accumulateAndGet(used, Math::max);
                    }, null, null);
        }

        void reset() {
            maxLive.set(0);
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long peakUsed() {
            return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long maxLiveAfterGc() {
            return maxLive.get();
        }

        private static Stream<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
        }
    }
}
