package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.FactTableWriter;
import org.newsgraph.export.StoreExporter;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph export}: writes the store's graph in an RDF syntax, or its facts as a table (CSV, TSV), to a file
 * or stdout.
 */
final class ExportCommand implements Command {
    private static final String GRAPH = "graph";
    private static final List<String> FORMATS = Stream.concat(Arrays.stream(ExportFormat.values()).map(ExportFormat::optionName),
            Arrays.stream(FactTableWriter.Syntax.values()).map(FactTableWriter.Syntax::optionName)).toList();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, or its facts as CSV or TSV";
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
                        "; trig, nquads and jsonld keep one named graph per article, the other RDF syntaxes hold their"
                        + " union; csv and tsv write the fact table, one row per fact with its evidence and article"))
                .addOption(Option.builder().longOpt(GRAPH).hasArg().argName("ARTICLE")
                        .desc("export only this article's named graph, given by article id or IRI (default: all)").get())
                .addOption(OptionGroups.out("write to this file (default: stdout)"))
                .addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        String formatName = OptionGroups.format(line, FORMATS, "turtle");
        Path file = line.hasOption(OptionGroups.OUT) ? Path.of(line.getOptionValue(OptionGroups.OUT)) : null;
        if (file != null)
            OutputFile.checkSafe("--out " + file, file, exampleName(formatName), OptionGroups.storeDir(line), List.of());
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            StoreExporter exporter = new StoreExporter(store);
            Node graph = line.hasOption(GRAPH) ? exporter.articleGraph(line.getOptionValue(GRAPH)) : null;
            if (file == null) {
                write(store, exporter, graph, formatName, terminal.out());
                terminal.out().flush();
                return Main.OK;
            }
            OutputFile.write(file, out -> write(store, exporter, graph, formatName, out));
        }
        return Main.OK;
    }

    /** A file name to suggest for the format: {@code graph.nq} for nquads, {@code facts.csv} for csv. */
    private static String exampleName(String formatName) {
        for (FactTableWriter.Syntax table : FactTableWriter.Syntax.values())
            if (table.optionName().equals(formatName))
                return "facts." + formatName;
        return "graph." + ExportFormat.byName(formatName).extension();
    }

    private static void write(ArticleStore store, StoreExporter exporter, Node graph, String formatName, OutputStream out) {
        for (FactTableWriter.Syntax table : FactTableWriter.Syntax.values()) {
            if (table.optionName().equals(formatName)) {
                FactTableWriter writer = new FactTableWriter(store);
                if (graph == null)
                    writer.write(table, out);
                else
                    writer.writeGraph(graph, table, out);
                return;
            }
        }
        ExportFormat format = ExportFormat.byName(formatName);
        if (graph == null)
            exporter.write(format, out);
        else
            exporter.writeGraph(graph, format, out);
    }
}
