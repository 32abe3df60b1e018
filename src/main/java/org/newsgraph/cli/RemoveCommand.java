package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph remove}: deletes articles, given by id or IRI, with everything read from them; entities that
 * no other article mentions go too. Known articles are removed even when some of the others are unknown.
 */
final class RemoveCommand implements Command {
    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "delete articles (by id or IRI) and what was read from them from the store";
    }

    @Override
    public String arguments() {
        return "ARTICLE... [options]   (article id, or IRI " + NG.ARTICLE_BASE + "ID)";
    }

    @Override
    public String example() {
        return "newsgraph remove 2018-08-trump-taunts-sessions --store output/store";
    }

    @Override
    public Options options() {
        return new Options().addOption(OptionGroups.store());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (line.getArgList().isEmpty())
            throw new UsageException("no article given: pass article ids or IRIs, e.g. `" + example() + "`");
        // Argument as given -> article id, so errors name what the user typed.
        Map<String, String> ids = new LinkedHashMap<>();
        for (String arg : line.getArgList())
            ids.put(arg, articleId(arg));
        Path dir = OptionGroups.storeDir(line);
        List<String> removed;
        Map<String, String> unknown = new LinkedHashMap<>();
        List<String> vetoProblems;
        boolean leftStale;
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            leftStale = store.derivedGraphsStale();
            store.removeOldGenerations();
            removed = store.remove(new ArrayList<>(ids.values()));
            vetoProblems = store.vetoes().problems();
            for (Map.Entry<String, String> arg : ids.entrySet())
                if (!removed.contains(arg.getValue()))
                    unknown.put(arg.getKey(), didYouMean(store.articleIdsLike(arg.getValue())));
        }
        vetoProblems.forEach(problem -> terminal.error(name() + ": " + problem));
        unknown.forEach((arg, hint) -> terminal.error(name() + ": " + arg + ": no such article in " + dir + hint));
        int status = unknown.isEmpty() && vetoProblems.isEmpty() ? Main.OK : Main.FAILED;
        if (leftStale)
            terminal.info("the graphs derived from all articles were left stale by an interrupted run: derived them again");
        terminal.info("removed " + removed.size() + (removed.size() == 1 ? " article" : " articles")
                + (removed.isEmpty() ? "" : "; `newsgraph export` writes the graph files anew"));
        return status;
    }

    /** " (did you mean 'X'?)" for close ids, or nothing. */
    static String didYouMean(List<String> ids) {
        if (ids.isEmpty())
            return "";
        return " (did you mean " + String.join(" or ", ids.stream().map(id -> "'" + id + "'").toList()) + "?)";
    }

    /** An article IRI's id (its last path segment, percent-decoded as {@link NG#articleGraph} encoded it), or the id itself. */
    static String articleId(String arg) {
        if (arg.isEmpty())
            throw new UsageException("an article id cannot be empty");
        if (arg.isBlank())
            throw new UsageException("an article id cannot be blank");
        if (!arg.startsWith(NG.ARTICLE_BASE))
            return arg;
        String id = NG.articleId(arg);
        if (id == null)
            throw new UsageException("'" + arg + "' is not an article IRI (" + NG.ARTICLE_BASE + "ID)");
        return id;
    }
}
