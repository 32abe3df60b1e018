package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.evaluate.GoldStandard;
import org.newsgraph.evaluate.ScoreReport;
import org.newsgraph.evaluate.Scorer;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph evaluate}: scores a graph file, or the store's union graph, against gold annotations and
 * prints what the reference scorer {@code score.py} prints.
 */
final class EvaluateCommand implements Command {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score a graph file or the store against gold annotations (GOLD.json), as score.py does";
    }

    @Override
    public String arguments() {
        return "GRAPH GOLD.json... | --store DIR GOLD.json...";
    }

    @Override
    public String example() {
        return "newsgraph evaluate output/graph.ttl GOLD/2018-08-trump-taunts-sessions.gold.json";
    }

    @Override
    public Options options() {
        return new Options().addOption(OptionGroups.store(
                "score the store's union graph instead of a graph file (no default: give GRAPH or --store)"));
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        List<Path> args = line.getArgList().stream().map(Path::of).toList();
        boolean fromStore = line.hasOption(OptionGroups.STORE);
        List<Path> goldFiles = fromStore ? args : args.stream().skip(1).toList();
        if (goldFiles.isEmpty())
            throw new UsageException(fromStore ? "no gold file given: pass GOLD.json..."
                    : "pass a graph file (or --store DIR) and one or more GOLD.json files");
        for (Path file : args)
            if (!Files.isRegularFile(file))
                throw new CommandException(file + ": no such file");
        GoldStandard gold = GoldStandard.read(goldFiles);
        ScoreReport report;
        if (fromStore) {
            try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
                report = store.read(dsg -> Scorer.score(dsg.getUnionGraph(), gold));
            }
        } else {
            report = Scorer.score(readDataset(args.get(0)), gold);
        }
        report.lines().forEach(terminal.out()::println);
        return Main.OK;
    }

    /** The file as a dataset: triple syntaxes fill its default graph, TriG and N-Quads their named graphs. */
    private static DatasetGraph readDataset(Path file) {
        try {
            return RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toDatasetGraph();
        } catch (RiotException e) {
            throw new CommandException(file + ": not RDF: " + e.getMessage(), e);
        }
    }
}
