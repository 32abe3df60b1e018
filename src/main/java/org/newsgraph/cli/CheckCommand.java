package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph check}: the claims of the articles about people linked to the reference table of federal
 * office-holders that the record contradicts (a party, a state given at the name or a federal office the person never had,
 * "former" while in office, "current" after the term ended), one line each with the article, the sentence and the record's tenures.
 * Runs the canned query {@value #QUERY}, bundled in the jar.
 */
final class CheckCommand implements Command {
    static final String QUERY = "ontology/queries/contradictions.rq";
    private static final String KIND = "kind";
    private static final String TIMEOUT = "timeout";
    private static final int DEFAULT_TIMEOUT = 300;
    private static final List<String> FORMATS = List.of("lines", "tsv", "csv", "json");
    /** The labels of the seats in Congress the record keeps; a leader's post ("Senate Minority Leader") is in a chamber. */
    private static final Set<String> SEATS = Set.of("U.S. Senator", "U.S. Representative");
    static final List<String> KINDS = List.of("party-never-held", "state-never-held", "office-never-held", "former-but-serving",
            "current-but-ended");

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "list what articles claim about linked people that the record of federal office-holders contradicts";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph check --kind former-but-serving";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(Option.builder().longOpt(KIND).hasArg().argName("KIND")
                        .desc("only this kind: " + String.join(", ", KINDS) + " (default: all)").get())
                .addOption(OptionGroups.format(FORMATS, "lines", "; the others give the query's columns"))
                .addOption(Option.builder().longOpt(TIMEOUT).hasArg().argName("SECONDS")
                        .desc("give up after this long (default: " + DEFAULT_TIMEOUT + ")").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        String kind = line.getOptionValue(KIND);
        if (kind != null && !KINDS.contains(kind))
            throw new UsageException("unknown kind '" + kind + "' (use one of: " + String.join(", ", KINDS) + ")");
        String format = OptionGroups.format(line, FORMATS, "lines");
        int timeout = OptionGroups.positiveInt(line, TIMEOUT, DEFAULT_TIMEOUT);
        Query query = ArticleStore.parseQuery(queryText());
        PrintStream out = terminal.out();
        try (ArticleStore store = ArticleStore.openExisting(OptionGroups.storeDir(line))) {
            store.query(query, timeout, exec -> {
                ResultSet results = exec.execSelect();
                List<Binding> rows = new ArrayList<>();
                Var kindVar = Var.alloc("kind");
                while (results.hasNext()) {
                    Binding row = results.nextBinding();
                    if (kind == null || kind.equals(row.get(kindVar).getLiteralLexicalForm()))
                        rows.add(row);
                }
                ResultSet kept = ResultSetStream.create(Var.varList(results.getResultVars()), rows.iterator());
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, kept);
                    case "json" -> ResultSetFormatter.outputAsJSON(out, kept);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, kept);
                    default -> {
                        List<QuerySolution> solutions = new ArrayList<>();
                        kept.forEachRemaining(solutions::add);
                        print(solutions, out, terminal);
                    }
                }
                return null;
            });
        }
        out.flush();
        return Main.OK;
    }

    private static void print(List<QuerySolution> rows, PrintStream out, Terminal terminal) {
        rows.sort(Comparator.comparing((QuerySolution r) -> value(r, "date")).thenComparing(r -> value(r, "article"))
                .thenComparing(r -> value(r, "personName")).thenComparing(r -> value(r, "kind")));
        Map<String, Integer> byKind = new TreeMap<>();
        Set<String> articles = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (QuerySolution r : rows) {
            out.println(line(r));
            byKind.merge(value(r, "kind"), 1, Integer::sum);
            articles.add(value(r, "article"));
            people.add(value(r, "personName"));
        }
        // On stderr, so that the lines alone go down a pipe.
        if (!terminal.quiet())
            terminal.err().println(rows.isEmpty() ? "no contradictions" : String.format("%d contradictions (%s) in %d articles about %d people",
                    rows.size(), byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    articles.size(), people.size()));
    }

    /** "DATE ARTICLE: PERSON (Qid): claim, what the record says: tenures | "sentence"". */
    static String line(QuerySolution r) {
        String article = value(r, "article").replaceFirst("^.*/article/", "");
        String person = value(r, "personName") + (r.contains("wikidata") ? " (" + value(r, "wikidata").replaceAll(".*/", "") + ")" : "");
        String claim = value(r, "claimName");
        String record = value(r, "record");
        String what = switch (value(r, "kind")) {
            case "party-never-held" -> "member of " + claim + ", a party the record never has";
            case "state-never-held" -> (SEATS.contains(claim) ? claim + " for " : "a party code for ") + value(r, "codeState")
                    + ", a state the record never has";
            case "office-never-held" -> (r.contains("status") ? value(r, "status") + " " : "") + claim
                    + (SEATS.contains(claim) ? ", an office the record never has" : ", a post of a chamber the record never has the person in");
            case "former-but-serving" -> "former " + claim + ", but on the article's date the record has the term running";
            case "current-but-ended" -> "current " + claim + ", but the record's terms had ended";
            default -> value(r, "kind") + " " + claim;
        };
        String date = r.contains("date") ? value(r, "date") : "undated";
        return date + " " + article + ": " + person + ": " + what + " [record: " + record + "] \"" + value(r, "sentence") + "\"";
    }

    private static String value(QuerySolution r, String var) {
        if (!r.contains(var))
            return "";
        var node = r.get(var);
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    /** The canned query as bundled in the jar (ontology/ travels in it). */
    static String queryText() {
        try (InputStream in = CheckCommand.class.getResourceAsStream("/" + QUERY)) {
            if (in == null)
                throw new NewsgraphException(QUERY + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsgraphException("cannot read " + QUERY + ": " + e.getMessage(), e);
        }
    }
}
