package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.graph.query.QueryLimits;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph query}: runs SPARQL over the union of the article graphs, with the ontology's
 * prefixes already declared.
 */
final class QueryCommand implements Command {
    private static final String FILE = "file";
    private static final String TIMEOUT = "timeout";
    private static final String ALLOW_SERVICE = "allow-service";
    private static final int DEFAULT_TIMEOUT = 60;
    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store";
    }

    @Override
    public String arguments() {
        return "SPARQL | --file Q.rq [options]";
    }

    @Override
    public String example() {
        return "newsgraph query 'SELECT ?who ?whom WHERE { ?who ng:endorses ?whom }' --format csv";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(FILE).hasArg().argName("Q.rq")
                        .desc("read the query from this file instead of the command line (default: none)").get())
                .addOption(OptionGroups.format(FORMATS, "table", "; CONSTRUCT and DESCRIBE give Turtle, or JSON-LD with json"))
                .addOption(OptionGroups.store())
                .addOption(Option.builder().longOpt(TIMEOUT).hasArg().argName("SECONDS")
                        .desc("give up on the query after this long, whatever it is doing (default: " + DEFAULT_TIMEOUT + ")").get())
                .addOption(Option.builder().longOpt(ALLOW_SERVICE)
                        .desc("let SERVICE clauses send the query's requests to other servers, each within the timeout"
                                + " (default: off, a query with SERVICE is refused before anything is sent)").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        String format = OptionGroups.format(line, FORMATS, "table");
        int timeout = OptionGroups.positiveInt(line, TIMEOUT, DEFAULT_TIMEOUT);
        Query query = ArticleStore.parseQuery(queryText(line));
        boolean allowService = line.hasOption(ALLOW_SERVICE);
        if (!allowService && !QueryLimits.serviceCalls(query).isEmpty())
            throw new UsageException("the query uses SERVICE, which sends requests to other servers: pass --"
                    + ALLOW_SERVICE + " to allow it");
        QueryLimits limits = QueryLimits.of(Duration.ofSeconds(timeout)).withService(allowService);
        PrintStream out = terminal.out();
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            store.query(query, limits, exec -> {
                print(query, exec, format, out);
                return null;
            });
        }
        out.flush();
        return Main.OK;
    }

    private static String queryText(CommandLine line) {
        List<String> args = line.getArgList();
        if (line.hasOption(FILE)) {
            if (!args.isEmpty())
                throw new UsageException("give the query either as an argument or with --file, not both");
            Path file = Path.of(line.getOptionValue(FILE));
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new CommandException(file + ": no such file");
            } catch (IOException e) {
                throw new CommandException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        if (args.size() != 1)
            throw new UsageException(args.isEmpty() ? "no query given: pass SPARQL text or --file Q.rq"
                    : "one query expected, got " + args.size() + " arguments (quote the query)");
        String text = args.get(0);
        // A file name where the query text belongs is a likely slip: the canned queries are files.
        if (!text.contains("{") && (text.endsWith(".rq") || text.endsWith(".sparql") || Files.isRegularFile(Path.of(text))))
            throw new UsageException("'" + text + "' is a file name, not SPARQL: use --file " + text);
        return text;
    }

    private static void print(Query query, QueryExecution exec, String format, PrintStream out) {
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, results);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, results);
                case "json" -> ResultSetFormatter.outputAsJSON(out, results);
                default -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, answer);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, answer);
                case "json" -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> out.println(answer ? "yes" : "no");
            }
        } else {
            Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, model, format.equals("json") ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
