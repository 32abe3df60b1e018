package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Prints the Spark job's figures beside {@code newsgraph build}'s on the same articles, machine and cores: each run a
 * JVM of its own started cold, as a user starts them, on the first SIZE bench articles (a gzip JSON Lines file):
 * {@code newsgraph build} (all cores, -Xmx1g), the job in local mode on as many cores ({@code local[N]}, -Xmx4g, its
 * cache of the articles' graphs lives in the heap), and {@code newsgraph load} of the job's output (-Xmx1g). Targets:
 * the job's throughput at least {@value #MIN_THROUGHPUT_RATIO} of build's, and the load of 10,000 articles' output under
 * {@value #MAX_LOAD_SECONDS_10K} s. Beside each wall time it prints the run's CPU time and the CPU time that other
 * processes took meanwhile, since on a shared machine the wall times say as much about the others as about the run.
 * Not a test: run it with {@code mvn -o -q -Pbench-spark process-test-classes} (see the README).
 *
 * <p>Arguments: {@code [ARTICLES.jsonl.gz] [SIZE,SIZE...]}, by default the bench file and {@code 1000,10000}.
 */
public final class SparkBenchmark {
    private static final Path DEFAULT_INPUT = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final double MIN_THROUGHPUT_RATIO = 0.8;
    private static final double MAX_LOAD_SECONDS_10K = 60;
    private static final Path TIME = Path.of("/usr/bin/time");

    private final int cores = Runtime.getRuntime().availableProcessors();
    private final String classpath = System.getProperty("java.class.path");
    private final List<String> sparkJvmOptions;

    private SparkBenchmark(List<String> sparkJvmOptions) {
        this.sparkJvmOptions = sparkJvmOptions;
    }

    public static void main(String[] args) throws Exception {
        Path input = args.length > 0 ? Path.of(args[0]) : DEFAULT_INPUT;
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray()
                : new int[] {1_000, 10_000};
        List<String> options = args.length > 2 ? List.of(args[2].strip().split("\\s+")) : List.of();
        if (!Files.isReadable(input)) {
            System.err.println("spark benchmark: no article file at " + input.toAbsolutePath().normalize());
            System.exit(1);
        }
        new SparkBenchmark(options).run(input, sizes);
    }

    private void run(Path input, int[] sizes) throws Exception {
        System.out.printf("machine: %d processors, Java %s, load average %.2f%n", cores, System.getProperty("java.version"),
                load());
        Path work = Files.createTempDirectory("newsgraph-spark-bench");
        try {
            for (int size : sizes)
                measure(input, size, work.resolve(Integer.toString(size)));
        } finally {
            deleteTree(work);
        }
    }

    private void measure(Path input, int size, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path articles = dir.resolve("articles.jsonl.gz");
        int lines = firstLines(input, size, articles);
        System.out.printf("%n== %,d articles (load average %.2f)%n", lines, load());

        Run build = java(dir, "build", List.of("-Xmx1g"), "org.newsgraph.cli.Main", "build", articles.toString(),
                "--store", dir.resolve("built").toString(), "--out", dir.resolve("graph.ttl").toString());
        List<String> spark = new ArrayList<>(List.of("-Xmx4g", "-Dspark.master=local[" + cores + "]", "-Dspark.ui.enabled=false",
                "-Dspark.log.level=WARN"));
        spark.addAll(sparkJvmOptions);
        Run job = java(dir, "spark", spark, "org.newsgraph.spark.BuildJob", articles.toString(), "--out",
                dir.resolve("spark-out").toString());
        Run load = java(dir, "load", List.of("-Xmx1g"), "org.newsgraph.cli.Main", "load", dir.resolve("spark-out").toString(),
                "--store", dir.resolve("loaded").toString());

        double ratio = build.seconds / job.seconds;
        System.out.printf("build  (JVM of its own, -Xmx1g, %d threads): %6.1f s, %5.1f articles/s, %s; %s%n", cores,
                build.seconds, lines / build.seconds, build.machine(), build.line("time:"));
        System.out.printf("Spark  (local[%d], JVM of its own, -Xmx4g):  %6.1f s, %5.1f articles/s, %s; %s%n", cores,
                job.seconds, lines / job.seconds, job.machine(), job.line("newsgraph BuildJob: done"));
        System.out.printf("Spark / build throughput: %.2f (target >= %.1f: %s)%s%n", ratio, MIN_THROUGHPUT_RATIO,
                ratio >= MIN_THROUGHPUT_RATIO ? "PASS" : "MISS",
                Double.isNaN(build.cpuSeconds) ? "" : String.format("; by CPU time %.2f", build.cpuSeconds / job.cpuSeconds));
        System.out.printf("load of the job's output (-Xmx1g):          %6.1f s, %s; %s%s%n", load.seconds, load.machine(),
                load.line("loaded"), lines >= 10_000 ? String.format(" (target for 10,000 < %.0f s: %s)", MAX_LOAD_SECONDS_10K,
                        load.seconds < MAX_LOAD_SECONDS_10K ? "PASS" : "MISS") : "");
        System.out.printf("output: N-Quads %.1f MiB gzip, fact table %.1f MiB Parquet; store built %.0f MiB, loaded %.0f MiB%n",
                mib(dir.resolve("spark-out/articles")) + mib(dir.resolve("spark-out/derived")), mib(dir.resolve("spark-out/facts")),
                mib(dir.resolve("built")), mib(dir.resolve("loaded")));
    }

    /**
     * What one JVM printed, how long it ran, start to exit, and what else the machine did meanwhile: its CPU time (user
     * and system, NaN where /usr/bin/time is missing), the CPU time every other process took (NaN without /proc/stat),
     * and the load average at its start and end.
     */
    private record Run(double seconds, double cpuSeconds, double othersCpuSeconds, double loadBefore, double loadAfter,
                       List<String> output) {
        String line(String start) {
            return output.stream().filter(l -> l.startsWith(start)).reduce((a, b) -> b).orElse("");
        }

        String machine() {
            return (Double.isNaN(cpuSeconds) ? "" : String.format("CPU %.1f s, ", cpuSeconds))
                    + (Double.isNaN(othersCpuSeconds) ? "" : String.format("other processes %.1f s of CPU, ", othersCpuSeconds))
                    + String.format("load average %.2f to %.2f", loadBefore, loadAfter);
        }
    }

    private Run java(Path dir, String name, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path cpu = dir.resolve(name + ".cpu");
        if (Files.isExecutable(TIME))
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Path log = dir.resolve(name + ".log");
        double loadBefore = load();
        long[] busyBefore = machineTicks();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] busyAfter = machineTicks();
        List<String> output = Files.readAllLines(log);
        // build exits 1 when an article failed; anything else means the run itself failed.
        if (status > 1)
            throw new IllegalStateException(name + " exited " + status + ": " + String.join("\n", output));
        double cpuSeconds = cpuSeconds(cpu);
        double machineCpu = busyBefore == null || busyAfter == null ? Double.NaN
                : (double) (busyAfter[0] - busyBefore[0]) / (busyAfter[1] - busyBefore[1]) * cores * seconds;
        return new Run(seconds, cpuSeconds, machineCpu - cpuSeconds, loadBefore, load(), output);
    }

    /** User and system seconds as /usr/bin/time wrote them, NaN if it did not. */
    private static double cpuSeconds(Path file) throws IOException {
        if (!Files.exists(file))
            return Double.NaN;
        List<String> lines = Files.readAllLines(file);
        String[] times = lines.get(lines.size() - 1).strip().split("\\s+");
        return Double.parseDouble(times[0]) + Double.parseDouble(times[1]);
    }

    /** The ticks all cores spent busy and in all since boot (Linux's /proc/stat), or null elsewhere. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
            long busy = 0;
            long all = 0;
            // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are not busy.
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                long ticks = Long.parseLong(fields[i]);
                all += ticks;
                if (i != 4 && i != 5)
                    busy += ticks;
            }
            return new long[] {busy, all};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int firstLines(Path input, int size, Path out) throws IOException {
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(input)),
                StandardCharsets.UTF_8));
             OutputStream bytes = new GZIPOutputStream(Files.newOutputStream(out));
             Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && n < size; line = in.readLine(), n++)
                writer.write(line + "\n");
        }
        return n;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double mib(Path dir) throws IOException {
        if (!Files.exists(dir))
            return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }
}
