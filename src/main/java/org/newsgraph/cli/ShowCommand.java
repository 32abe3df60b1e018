package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.PersonLookup;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholder;
import org.newsgraph.resolve.Officeholders;

/**
 * {@code newsgraph show NAME}: what the store knows of the person a name stands for (node, names, Wikidata item and
 * reference record, every fact to and from them with the sentence, headline, outlet and date), found loosely by
 * {@link PersonLookup}. Other persons the name fits are listed after.
 */
final class ShowCommand implements Command {
    private static final String LIMIT = "limit";
    private static final int OTHERS = 5;

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String summary() {
        return "show what the graph knows of a person, found by any form of their name";
    }

    @Override
    public String arguments() {
        return "NAME [options]";
    }

    @Override
    public String example() {
        return "newsgraph show sessions";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(Option.builder().longOpt(LIMIT).hasArg().argName("N")
                        .desc("print at most N facts, the oldest first (default: all)").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        List<String> args = line.getArgList();
        if (args.isEmpty())
            throw new UsageException("no name given, e.g. `" + example() + "`");
        String name = String.join(" ", args).strip();
        int limit = OptionGroups.positiveInt(line, LIMIT, Integer.MAX_VALUE);
        Gazetteers gazetteers = Gazetteers.load();
        PersonLookup lookup = new PersonLookup(new NameForms(gazetteers), Officeholders.load());
        PrintStream out = terminal.out();
        try (ArticleStore store = ArticleStore.openExisting(OptionGroups.storeDir(line))) {
            List<PersonLookup.Match> matches = store.read(dsg -> lookup.find(dsg, name));
            if (matches.isEmpty()) {
                terminal.error(name() + ": no person in " + OptionGroups.storeDir(line) + " goes by '" + name
                        + "' (try the surname alone, or `newsgraph query` over rdfs:label and skos:altLabel)");
                return Main.FAILED;
            }
            PersonLookup.Match m = matches.get(0);
            List<PersonLookup.Fact> facts = store.read(dsg -> lookup.facts(dsg, m.node()));
            out.println(m.label());
            out.println("  node:      " + m.node().getURI());
            out.println("  wikidata:  " + (m.wikidata() == null ? "none" : m.wikidata()));
            if (m.record() != null)
                out.println("  record:    " + record(m.record()));
            out.println("  names:     " + m.names().stream().filter(n -> !n.equals(m.label())).collect(Collectors.joining(", ")));
            out.println("  articles:  " + m.articles());
            out.println("facts: " + facts.size() + (facts.size() > limit ? " (the first " + limit + " shown)" : ""));
            for (PersonLookup.Fact f : facts.subList(0, Math.min(limit, facts.size())))
                out.println("  " + fact(f));
            if (matches.size() > 1) {
                String others = matches.subList(1, Math.min(matches.size(), 1 + OTHERS)).stream()
                        .map(o -> o.label() + " (" + o.articles() + (o.articles() == 1 ? " article)" : " articles)"))
                        .collect(Collectors.joining(", "));
                if (!terminal.quiet())
                    terminal.err().println("also " + (matches.size() - 1) + " other " + (matches.size() == 2 ? "person" : "persons")
                            + " by that name: " + others + (matches.size() > 1 + OTHERS ? ", ..." : "") + "; give more of the name");
            }
        }
        out.flush();
        return Main.OK;
    }

    /** "2017-03-02 recusedFrom Russia investigation | "sentence" | headline (outlet) article". */
    private static String fact(PersonLookup.Fact f) {
        String relation = f.direction().equals("out") ? f.property() : "<- " + f.property() + " by";
        String status = f.status() == null ? "" : " (" + f.status() + ")";
        String outlet = f.publisher() == null ? "" : ", " + f.publisher();
        String article = f.article().replaceFirst("^.*/article/", "");
        return (f.date() == null ? "undated   " : f.date()) + "  " + relation + " " + f.otherName() + status + "\n      \""
                + f.sentence() + "\"\n      " + f.headline() + outlet + " [" + article + "]";
    }

    private static String record(Officeholder r) {
        StringBuilder s = new StringBuilder("GovTrack ").append(r.id());
        for (Officeholder.Service t : r.service())
            s.append("; ").append(t.office().replace("us-", "U.S. ").replace('-', ' '))
                    .append(t.state() == null ? "" : " for " + t.state()).append(", ")
                    .append(t.party().replace("-party", "").toLowerCase(Locale.ROOT)).append(", ").append(t.start()).append(" to ")
                    .append(t.end());
        return s.toString();
    }
}
