package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.StoreExporter;
import org.newsgraph.graph.store.ArticleStore;

/** {@code newsgraph export}: writes the store's graph in an RDF syntax, to a file or stdout. */
final class ExportCommand implements Command {
    private static final String GRAPH = "graph";
    private static final List<String> FORMATS = Arrays.stream(ExportFormat.values()).map(ExportFormat::optionName).toList();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph export --format nquads --out output/graph.nq";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.format(FORMATS, "turtle",
                        "; trig and nquads keep one named graph per article, the others hold their union"))
                .addOption(Option.builder().longOpt(GRAPH).hasArg().argName("ARTICLE")
                        .desc("export only this article's named graph, given by article id or IRI (default: all)").get())
                .addOption(OptionGroups.out("write to this file (default: stdout)"))
                .addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        ExportFormat format = ExportFormat.byName(OptionGroups.format(line, FORMATS, "turtle"));
        if (line.hasOption(OptionGroups.OUT))
            OutputFile.checkSafe("--out " + line.getOptionValue(OptionGroups.OUT), Path.of(line.getOptionValue(OptionGroups.OUT)),
                    OptionGroups.storeDir(line), List.of());
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            StoreExporter exporter = new StoreExporter(store);
            Node graph = line.hasOption(GRAPH) ? exporter.articleGraph(line.getOptionValue(GRAPH)) : null;
            if (!line.hasOption(OptionGroups.OUT)) {
                write(exporter, graph, format, terminal.out());
                terminal.out().flush();
                return Main.OK;
            }
            Path file = Path.of(line.getOptionValue(OptionGroups.OUT));
            OutputFile.write(file, out -> write(exporter, graph, format, out));
        }
        return Main.OK;
    }

    private static void write(StoreExporter exporter, Node graph, ExportFormat format, OutputStream out) {
        if (graph == null)
            exporter.write(format, out);
        else
            exporter.writeGraph(graph, format, out);
    }
}
