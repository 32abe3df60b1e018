package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.MergeVetoes;
import org.newsgraph.graph.store.PersonMerges;

/**
 * {@code newsgraph merges}: every merge the store made to keep one node per person, with its rule and evidence, and
 * the merges vetoed in the store's {@value MergeVetoes#FILE}; each line starts with the {@code FROM -> TO} to copy
 * into that file to veto it.
 */
final class MergesCommand implements Command {
    private static final String RULE = "rule";
    private static final String VETOED = "vetoed";
    private static final String LIMIT = "limit";

    @Override
    public String name() {
        return "merges";
    }

    @Override
    public String summary() {
        return "list the merges that give each person one node (and the matches to Wikidata), with their evidence";
    }

    @Override
    public String arguments() {
        return "[KEY] [options]";
    }

    @Override
    public String example() {
        return "newsgraph merges trump";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(Option.builder().longOpt(RULE).hasArg().argName("RULE")
                        .desc("only merges by this rule: " + String.join(", ", PersonMerges.RULES) + " (default: all)").get())
                .addOption(Option.builder().longOpt(VETOED).desc("only the vetoed merges").get())
                .addOption(Option.builder().longOpt(LIMIT).hasArg().argName("N")
                        .desc("print at most N merges, those of the most articles first (default: all)").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        List<String> args = line.getArgList();
        if (args.size() > 1)
            throw new UsageException("one KEY at most, got " + args.size() + " arguments");
        String key = args.isEmpty() ? null : args.get(0).toLowerCase(Locale.ROOT);
        String rule = line.getOptionValue(RULE);
        if (rule != null && !PersonMerges.RULES.contains(rule))
            throw new UsageException("unknown rule '" + rule + "' (use one of: " + String.join(", ", PersonMerges.RULES) + ")");
        int limit = OptionGroups.positiveInt(line, LIMIT, Integer.MAX_VALUE);
        int status = Main.OK;
        try (ArticleStore store = ArticleStore.openExisting(OptionGroups.storeDir(line))) {
            MergeVetoes vetoes = store.vetoes();
            for (String problem : vetoes.problems()) {
                terminal.error(name() + ": " + problem);
                status = Main.FAILED;
            }
            List<PersonMerges.Entry> all = store.read(PersonMerges::read);
            List<PersonMerges.Entry> shown = new ArrayList<>();
            for (PersonMerges.Entry e : all) {
                if (rule != null && !rule.equals(e.rule()))
                    continue;
                if (line.hasOption(VETOED) && !e.vetoed())
                    continue;
                if (key != null && !e.from().contains(key) && !e.to().toLowerCase(Locale.ROOT).contains(key))
                    continue;
                shown.add(e);
            }
            shown.sort(Comparator.comparingInt(PersonMerges.Entry::articles).reversed().thenComparing(PersonMerges.Entry::from)
                    .thenComparing(PersonMerges.Entry::to));
            for (PersonMerges.Entry e : shown.subList(0, Math.min(limit, shown.size())))
                terminal.out().println(e.line());
            long vetoed = all.stream().filter(PersonMerges.Entry::vetoed).count();
            // On stderr, so that the merges alone go down a pipe.
            if (!terminal.quiet())
                terminal.err().println(String.format("%d of %d merges shown (%d vetoed); to veto one, add its 'FROM -> TO'"
                        + " to %s and build again", Math.min(limit, shown.size()), all.size(), vetoed,
                        OptionGroups.storeDir(line).resolve(MergeVetoes.FILE)));
        }
        return status;
    }
}
