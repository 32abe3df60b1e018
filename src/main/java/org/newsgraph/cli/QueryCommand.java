package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.graph.OntologyTerms;
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
    private static final String RESULT_LIMIT = "result-limit";
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
                                + " (default: off, a query with SERVICE is refused before anything is sent)").get())
                .addOption(Option.builder().longOpt(RESULT_LIMIT).hasArg().argName("N")
                        .desc("print at most N rows of a SELECT, and say on stderr when rows were cut, as `serve"
                                + " --result-limit` does (default: every row)").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        String format = OptionGroups.format(line, FORMATS, "table");
        int timeout = OptionGroups.positiveInt(line, TIMEOUT, DEFAULT_TIMEOUT);
        long cap = line.hasOption(RESULT_LIMIT) ? OptionGroups.positiveInt(line, RESULT_LIMIT, 1) : 0;
        Query query = ArticleStore.parseQuery(queryText(line));
        boolean allowService = line.hasOption(ALLOW_SERVICE);
        if (!allowService && !QueryLimits.serviceCalls(query).isEmpty())
            throw new UsageException("the query uses SERVICE, which sends requests to other servers: pass --"
                    + ALLOW_SERVICE + " to allow it");
        QueryLimits limits = QueryLimits.of(Duration.ofSeconds(timeout)).withService(allowService);
        // A term the graphs never have makes a query that silently finds nothing: say so, and run it as written.
        for (String warning : OntologyTerms.load().unknownTerms(query))
            terminal.error("query: warning: " + warning);
        Query run = probing(query, cap);
        PrintStream out = terminal.out();
        boolean cut;
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name())) {
            cut = store.query(run, limits, exec -> print(query, exec, format, out, run == query ? 0 : cap));
        }
        out.flush();
        if (cut)
            terminal.error("query: results cut at " + cap + " rows (--result-limit " + cap
                    + "); raise it, or page with LIMIT and OFFSET");
        return Main.OK;
    }

    /**
     * With a row cap that the query's own LIMIT does not keep under, a copy that asks for one row more than the cap,
     * so that a cut shows; else the query itself.
     */
    private static Query probing(Query query, long cap) {
        if (cap <= 0 || !query.isSelectType() || (query.hasLimit() && query.getLimit() <= cap))
            return query;
        Query copy = query.cloneQuery();
        copy.setLimit(cap + 1);
        return copy;
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

    /** Prints the results; {@code cap} above 0 prints at most that many rows. Returns whether rows were cut. */
    private static boolean print(Query query, QueryExecution exec, String format, PrintStream out, long cap) {
        boolean cut = false;
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            if (cap > 0) {
                List<Binding> kept = new ArrayList<>();
                while (kept.size() < cap && results.hasNext())
                    kept.add(results.nextBinding());
                cut = results.hasNext();
                results = ResultSetStream.create(results.getResultVars(), null, kept.iterator());
            }
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
        return cut;
    }
}
