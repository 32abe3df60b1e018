package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.evaluate.FactSample;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph sample}: a reproducible random sample of the store's facts, N per relation, as CSV with the
 * evidence sentence, the article's headline, outlet and date, and empty verdict and note columns for a person to
 * fill in; {@code newsgraph audit} reads the judged file back.
 */
final class SampleCommand implements Command {
    private static final String PER_RELATION = "per-relation";
    private static final String SEED = "seed";

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String summary() {
        return "draw a reproducible random sample of facts (N per relation) as CSV, to judge and then `audit`";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph sample --per-relation 50 --seed 7 --out sample.csv";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(PER_RELATION).hasArg().argName("N")
                        .desc("facts drawn per relation, all of them where there are fewer (default: 50)").get())
                .addOption(Option.builder().longOpt(SEED).hasArg().argName("S")
                        .desc("seed of the random draw: the same store and seed give the same sample (default: 1)").get())
                .addOption(OptionGroups.out("write the CSV to this file (default: stdout)"))
                .addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        int perRelation = OptionGroups.positiveInt(line, PER_RELATION, 50);
        long seed = seed(line);
        Path storeDir = OptionGroups.storeDir(line);
        Path file = line.hasOption(OptionGroups.OUT) ? Path.of(line.getOptionValue(OptionGroups.OUT)) : null;
        if (file != null)
            OutputFile.checkSafe("--out " + file, file, "sample.csv", storeDir, List.of());
        List<FactSample.Fact> sample;
        try (ArticleStore store = ArticleStore.openExisting(storeDir)) {
            sample = store.read(dsg -> FactSample.draw(dsg, perRelation, seed));
        }
        if (file != null) {
            OutputFile.write(file, out -> write(sample, out));
            terminal.info("Sampled " + sample.size() + " facts -> " + file);
        } else {
            try {
                write(sample, terminal.out());
            } catch (IOException e) {
                throw new CommandException("cannot write the sample: " + e.getMessage(), e);
            }
        }
        return Main.OK;
    }

    private static void write(List<FactSample.Fact> sample, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        FactSample.write(sample, writer);
        writer.flush();
    }

    private static long seed(CommandLine line) {
        String value = line.getOptionValue(SEED, "1");
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + SEED + " must be a whole number, not '" + value + "'");
        }
    }
}
