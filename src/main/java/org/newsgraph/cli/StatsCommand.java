package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.StoreCounts;

/** {@code newsgraph stats}: how many articles, nodes of each class and facts of each relation the store holds. */
final class StatsCommand implements Command {
    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "count articles, nodes by class and facts by relation in the store";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph stats --store output/store";
    }

    @Override
    public Options options() {
        return new Options().addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        PrefixMap prefixes = ArticleStore.prefixMap();
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            StoreCounts counts = store.read(StoreCounts::of);
            StringBuilder report = new StringBuilder();
            report.append(String.format("%-40s %d%n", "articles", counts.articles()));
            report.append("classes (distinct nodes; `build` counts each article's entities, so more)\n");
            counts.classes().forEach((c, n) -> report.append(String.format("  %-38s %d%n", NodeFmtLib.str(c, prefixes), n)));
            report.append("relations (distinct facts; each may be stated in several articles)\n");
            counts.relations().forEach((relation, n) -> report.append(String.format("  %-38s %d%n",
                    NodeFmtLib.str(NG.property(relation), prefixes), n)));
            terminal.out().print(report);
        }
        return Main.OK;
    }
}
