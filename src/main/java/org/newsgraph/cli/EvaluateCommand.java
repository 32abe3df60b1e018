package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code newsgraph evaluate}: scores a graph against gold annotations, as the reference scorer does. */
final class EvaluateCommand implements Command {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score a graph file or the store against gold annotations (GOLD.json)";
    }

    @Override
    public String arguments() {
        return "GRAPH GOLD.json... | --store DIR GOLD.json...";
    }

    @Override
    public String example() {
        return "newsgraph evaluate output/graph.ttl gold/2018-08-trump-taunts-sessions.gold.json";
    }

    @Override
    public Options options() {
        return new Options().addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        throw new CommandException("evaluate is not available yet");
    }
}
