package org.newsgraph.cli;

import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

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
            String report = store.read(dsg -> {
                StringBuilder out = new StringBuilder();
                // Named graphs that are not articles (reader comments, the links graph) do not count.
                long articles = dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article)
                        .filter(q -> q.getGraph().equals(q.getSubject()))
                        .count();
                out.append(String.format("%-40s %d%n", "articles", articles));
                Graph union = dsg.getUnionGraph();
                Map<String, Long> classes = new TreeMap<>();
                union.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                        .forEachRemaining(t -> classes.merge(NodeFmtLib.str(t.getObject(), prefixes), 1L, Long::sum));
                out.append("classes\n");
                classes.forEach((c, n) -> out.append(String.format("  %-38s %d%n", c, n)));
                out.append("relations\n");
                for (Relation relation : Relation.values()) {
                    Node property = NG.property(relation);
                    out.append(String.format("  %-38s %d%n", NodeFmtLib.str(property, prefixes),
                            union.stream(Node.ANY, property, Node.ANY).count()));
                }
                return out.toString();
            });
            terminal.out().print(report);
        }
        return Main.OK;
    }
}
