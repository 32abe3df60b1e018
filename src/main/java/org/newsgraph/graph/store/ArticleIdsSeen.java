package org.newsgraph.graph.store;

import java.util.HashMap;
import java.util.Map;

import org.newsgraph.ingest.Article;

/**
 * The article ids one build has read, in input order, so that two inputs of one id never overwrite each other: the
 * first is built, a later one with other content is reported as a collision, and the very same article read again
 * (one record in two overlapping data sets) is built once. Used by the reader thread alone.
 */
final class ArticleIdsSeen {
    /** Where an id was first read, and the fingerprint of what was read there. */
    private record First(String origin, String fingerprint) {}

    private final Map<String, First> firsts = new HashMap<>();

    /**
     * Why {@code article} cannot be built in this build (its id is that of another article read before it), or null.
     * Records the article when it is the first of its id.
     */
    String collision(Article article, String fingerprint) {
        First first = firsts.putIfAbsent(article.id(), new First(article.origin(), fingerprint));
        if (first == null || first.fingerprint().equals(fingerprint))
            return null;
        return "its id '" + article.id() + "' is that of " + first.origin() + " too, read before it in this build: "
                + remedy(article);
    }

    /** Whether {@code article} is one read before in this build, the same in every byte that counts. */
    boolean repeated(Article article, String fingerprint) {
        First first = firsts.get(article.id());
        return first != null && first.fingerprint().equals(fingerprint) && !first.origin().equals(article.origin());
    }

    private static String remedy(Article article) {
        String origin = article.origin();
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        String name = origin.substring(slash + 1);
        int line = name.lastIndexOf(':');
        if (line > 0 && name.substring(line + 1).chars().allMatch(Character::isDigit))
            return "give one of them another \"id\"";
        int dot = name.lastIndexOf('.');
        return "give one of them an id (\"id\" in a sidecar " + (dot > 0 ? name.substring(0, dot) : name)
                + ".json) or another name";
    }
}
