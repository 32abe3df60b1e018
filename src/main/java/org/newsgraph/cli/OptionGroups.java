package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.graph.store.ArticleStore;

/** The options several commands share, each defined once here, and how to read them. */
final class OptionGroups {
    static final String STORE = "store";
    static final String FORMAT = "format";
    static final String OUT = "out";
    static final String HELP = "help";
    static final String DEBUG = "debug";
    static final String QUIET = "quiet";
    static final String DEFAULT_STORE = "output/store";

    private OptionGroups() {
    }

    /** {@code --help}, {@code --debug} and {@code -q/--quiet}, which every command takes. */
    static void addGeneral(Options options) {
        options.addOption(Option.builder("h").longOpt(HELP).desc("show this help and exit").get());
        options.addOption(Option.builder().longOpt(DEBUG).desc("print stack traces with errors").get());
        options.addOption(Option.builder("q").longOpt(QUIET).desc("print no progress or summary, only results and errors").get());
    }

    /** {@code --store DIR}. */
    static Option store() {
        return store("the TDB2 store directory (default: " + DEFAULT_STORE + ")");
    }

    /** {@code --store DIR} where a command gives it another meaning. */
    static Option store(String description) {
        return Option.builder().longOpt(STORE).hasArg().argName("DIR").desc(description).get();
    }

    /** {@code --format NAME} with the names a command accepts; {@code note} says more about them, or is empty. */
    static Option format(List<String> names, String defaultName, String note) {
        return Option.builder().longOpt(FORMAT).hasArg().argName("NAME")
                .desc("output format: " + String.join(", ", names) + note + " (default: " + defaultName + ")").get();
    }

    /** {@code --out FILE}. */
    static Option out(String description) {
        return Option.builder().longOpt(OUT).hasArg().argName("FILE").desc(description).get();
    }

    static Path storeDir(CommandLine line) {
        return Path.of(line.getOptionValue(STORE, DEFAULT_STORE));
    }

    /**
     * Opens the existing store of {@code --store} for a command that only reads it, warning on stderr when the graphs
     * derived from all articles are stale (a build died before deriving them): the command's answers may miss them.
     */
    static ArticleStore openForReading(CommandLine line, Terminal terminal, String command) {
        ArticleStore store = ArticleStore.openExisting(storeDir(line));
        try {
            if (store.derivedGraphsStale())
                terminal.error(command + ": warning: the graphs derived from all articles (who is who, links, merges, office holders, candidacies)"
                        + " are stale after an interrupted build; the next build or remove derives them again");
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The {@code --format} value, checked against {@code names}. */
    static String format(CommandLine line, List<String> names, String defaultName) {
        String format = line.getOptionValue(FORMAT, defaultName);
        if (!names.contains(format))
            throw new UsageException("unknown format '" + format + "' (use one of: " + String.join(", ", names) + ")");
        return format;
    }

    static int positiveInt(CommandLine line, String option, int defaultValue) {
        String value = line.getOptionValue(option);
        if (value == null)
            return defaultValue;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option + " must be a whole number of at least 1, not '" + value + "'");
    }

    /** The whole number value of {@code option}, from {@code min} to {@code max}, or {@code defaultValue} when absent. */
    static long wholeNumber(CommandLine line, String option, long min, long max, long defaultValue, String unit) {
        String value = line.getOptionValue(option);
        if (value == null)
            return defaultValue;
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option + " must be a whole number" + unit + " from " + min + " to " + max
                + ", not '" + value + "'");
    }
}
