package org.newsgraph.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.system.progress.MonitorOutput;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.SparkOutput;

/**
 * {@code newsgraph load}: makes a store of the Spark job's output directory with TDB2's bulk loader, into a store that
 * holds nothing yet: the article graphs, with who is who decided by the job, and the graphs derived from all of them
 * with the index a later build works from. Nothing is derived here. The store then answers {@code query},
 * {@code serve} and {@code export} as a built one does, and a later {@code build} finds the loaded articles unchanged.
 */
final class LoadCommand implements Command {
    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "make a new store of the Spark job's output (N-Quads) with TDB2's bulk loader";
    }

    @Override
    public String arguments() {
        return "DIR [options]   (the Spark job's --out directory, copied to this machine)";
    }

    @Override
    public String example() {
        return "newsgraph load spark-out --store output/store";
    }

    @Override
    public Options options() {
        return new Options().addOption(OptionGroups.store("the TDB2 store directory to fill; it must not hold anything yet"
                + " (default: " + OptionGroups.DEFAULT_STORE + ")"));
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (line.getArgList().size() != 1)
            throw new UsageException("give one directory, the Spark job's output, e.g. `" + example() + "`");
        long start = System.nanoTime();
        Path dir = Path.of(line.getArgList().get(0));
        if (!Files.isDirectory(dir))
            throw new CommandException(dir + ": no such directory");
        Properties manifest = manifest(dir);
        List<Path> files = new ArrayList<>(nquads(dir.resolve(SparkOutput.ARTICLES)));
        if (files.isEmpty())
            throw new CommandException(dir.resolve(SparkOutput.ARTICLES) + ": no N-Quads files (.nq.gz) to load");
        files.addAll(nquads(dir.resolve(SparkOutput.DERIVED)));
        Path storeDir = OptionGroups.storeDir(line);
        terminal.info("loading " + manifest.getProperty(SparkOutput.ARTICLES_BUILT, "?") + " articles from " + files.size()
                + " files into " + storeDir + "...");
        // The loader's own progress lines, for someone watching a long load; scripts get the summary only.
        MonitorOutput progress = terminal.interactive() ? (fmt, args) -> terminal.err().println(String.format(fmt, args))
                : (fmt, args) -> {};
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            long quads = store.bulkLoad(files, progress);
            double seconds = (System.nanoTime() - start) / 1e9;
            terminal.info(String.format("loaded %,d quads into %s in %.1f s (%,.0f quads/s)", quads, storeDir, seconds,
                    quads / Math.max(seconds, 1e-3)));
        }
        String failed = manifest.getProperty(SparkOutput.INPUTS_FAILED, "0");
        if (!failed.equals("0"))
            terminal.info("the job reported " + failed + " bad inputs, listed in " + dir.resolve(SparkOutput.ERRORS));
        return Main.OK;
    }

    /** The manifest, which the job writes last: without it the directory is no finished output. */
    private static Properties manifest(Path dir) {
        Path file = dir.resolve(SparkOutput.MANIFEST);
        if (!Files.isRegularFile(file))
            throw new CommandException(dir + ": not a finished output of the Spark job (no " + SparkOutput.MANIFEST
                    + ", which the job writes last)");
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(file + ": cannot read: " + e.getMessage(), e);
        }
        String format = manifest.getProperty(SparkOutput.FORMAT);
        if (!SparkOutput.FORMAT_VERSION.equals(format))
            throw new CommandException(file + ": output format " + format + ", this newsgraph reads format "
                    + SparkOutput.FORMAT_VERSION + ": run the Spark job of this version again");
        return manifest;
    }

    /** The N-Quads part files of one output directory, sorted; Hadoop's hidden files (.crc, _SUCCESS) left out. */
    private static List<Path> nquads(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString();
                return Files.isRegularFile(p) && !name.startsWith(".") && !name.startsWith("_")
                        && (name.endsWith(".nq.gz") || name.endsWith(".nq"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new CommandException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
