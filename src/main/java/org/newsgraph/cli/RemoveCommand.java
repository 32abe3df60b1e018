package org.newsgraph.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            removed = store.remove(new ArrayList<>(ids.values()));
        }
        int status = Main.OK;
        for (Map.Entry<String, String> arg : ids.entrySet()) {
            if (!removed.contains(arg.getValue())) {
                terminal.error(name() + ": " + arg.getKey() + ": no such article in " + dir);
                status = Main.FAILED;
            }
        }
        terminal.info("removed " + removed.size() + (removed.size() == 1 ? " article" : " articles")
                + (removed.isEmpty() ? "" : "; `newsgraph export` writes the graph files anew"));
        return status;
    }

    /** An article IRI's id (its last path segment, percent-decoded as {@link NG#articleGraph} encoded it), or the id itself. */
    static String articleId(String arg) {
        if (arg.isEmpty())
            throw new UsageException("an article id cannot be empty");
        if (arg.isBlank())
            throw new UsageException("an article id cannot be blank");
        if (!arg.startsWith(NG.ARTICLE_BASE))
            return arg;
        String segment = arg.substring(NG.ARTICLE_BASE.length());
        if (segment.isEmpty() || segment.contains("/"))
            throw new UsageException("'" + arg + "' is not an article IRI (" + NG.ARTICLE_BASE + "ID)");
        try {
            // The writer encodes '+' as %2B, so a '+' left here is literal: keep URLDecoder from making it a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + arg + "' is not an article IRI: " + e.getMessage());
        }
    }
}
