package org.newsgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.newsgraph.graph.store.ArticleStore;

/** {@code newsgraph validate}: checks the union graph against the ontology's SHACL shapes. */
final class ValidateCommand implements Command {
    private static final String SHAPES = "shapes";
    private static final String DEFAULT_SHAPES = "ontology/shapes.ttl";

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check the graph against the ontology's SHACL shapes, one line per violation";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph validate --store output/store";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(SHAPES).hasArg().argName("FILE")
                        .desc("SHACL shapes in Turtle (default: " + DEFAULT_SHAPES + ", or the copy inside newsgraph.jar"
                                + " when that file is absent)").get())
                .addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        Shapes shapes = Shapes.parse(shapesGraph(line));
        PrefixMap prefixes = ArticleStore.prefixMap();
        Prologue prologue = new Prologue(ArticleStore.prefixes());
        List<String> problems = new ArrayList<>();
        boolean conforms;
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            conforms = store.read(dsg -> {
                ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
                boolean violated = false;
                for (ReportEntry entry : report.getEntries()) {
                    violated |= entry.severity().level().equals(Severity.Violation.level());
                    String path = entry.resultPath() == null ? "-" : PathWriter.asString(entry.resultPath(), prologue);
                    problems.add(NodeFmtLib.str(entry.focusNode(), prefixes) + " " + path + ": "
                            + entry.message().lines().findFirst().orElse("") + severityNote(entry));
                }
                return !violated;
            });
        }
        problems.stream().sorted().forEach(terminal.out()::println);
        terminal.info(conforms ? "conforms: no violations" : "does not conform: " + problems.size() + " results");
        return conforms ? Main.OK : Main.FAILED;
    }

    private static String severityNote(ReportEntry entry) {
        return entry.severity().level().equals(Severity.Violation.level()) ? ""
                : " (" + NodeFmtLib.strNT(entry.severity().level()).replaceAll(".*#|>$", "") + ")";
    }

    /** The shapes file given, else ontology/shapes.ttl here, else the copy bundled in the jar. */
    private static Graph shapesGraph(CommandLine line) {
        Path file = Path.of(line.getOptionValue(SHAPES, DEFAULT_SHAPES));
        try {
            if (Files.exists(file))
                return RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
            if (line.hasOption(SHAPES))
                throw new CommandException(file + ": no such shapes file");
            try (InputStream bundled = ValidateCommand.class.getResourceAsStream("/" + DEFAULT_SHAPES)) {
                if (bundled == null)
                    throw new CommandException("no shapes: " + DEFAULT_SHAPES + " is missing; pass --shapes FILE");
                return RDFParser.source(bundled).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
            }
        } catch (RiotException | ShaclException e) {
            throw new CommandException(file + ": bad shapes: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new CommandException("cannot read the bundled shapes: " + e.getMessage(), e);
        }
    }
}
