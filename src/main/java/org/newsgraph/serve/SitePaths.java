package org.newsgraph.serve;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.graph.NG;
import org.newsgraph.nlp.EntityType;

/**
 * Where the pages live on the server and which graph node each one is about. An entity or article IRI
 * {@code https://w3id.org/newsgraph/id/{type}/{key}} is answered at {@code /id/{type}/{key}}, which redirects (303) to
 * its HTML page {@code /page/{type}/{key}} or its data {@code /data/{type}/{key}.ttl|.jsonld|.nt}, as Linked Data
 * servers such as Pubby do. Keys are taken as they appear in the IRI, percent-encoding included. Stateless.
 */
final class SitePaths {
    static final String ID = "/id/";
    static final String PAGE = "/page/";
    static final String DATA = "/data/";
    static final String SEARCH = "/search";
    static final String QUERIES = "/queries/";
    static final String ARTICLE = "article";

    /** The path segments of the types that have pages: every entity type, and articles. */
    static final Set<String> TYPES = types();
    /** One type segment and one key: unreserved characters and percent escapes, as NG writes them. */
    private static final Pattern TYPE_AND_KEY = Pattern.compile("([a-z]+)/((?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)");

    private SitePaths() {}

    private static Set<String> types() {
        Set<String> types = new TreeSet<>();
        for (EntityType type : EntityType.values())
            types.add(type.pathSegment());
        types.add(ARTICLE);
        return Set.copyOf(types);
    }

    /**
     * The node a path below {@code /id/}, {@code /page/} or {@code /data/} names: {@code rest} is what follows that
     * prefix in the raw (still percent-encoded) request path, without a data extension. Empty when it is not
     * {@code {type}/{key}} of a known type.
     */
    static Optional<Node> node(String rest) {
        Matcher m = TYPE_AND_KEY.matcher(rest);
        if (!m.matches() || !TYPES.contains(m.group(1)))
            return Optional.empty();
        return Optional.of(NodeFactory.createURI(NG.ID + m.group(1) + "/" + m.group(2)));
    }

    /** {@code {type}/{key}} of a newsgraph entity or article IRI, or null for any other IRI. */
    static String typeAndKey(String iri) {
        if (iri == null || !iri.startsWith(NG.ID))
            return null;
        String rest = iri.substring(NG.ID.length());
        Matcher m = TYPE_AND_KEY.matcher(rest);
        return m.matches() && TYPES.contains(m.group(1)) ? rest : null;
    }

    /** The type segment of a newsgraph IRI ({@code person}), or null. */
    static String type(String iri) {
        String typeAndKey = typeAndKey(iri);
        return typeAndKey == null ? null : typeAndKey.substring(0, typeAndKey.indexOf('/'));
    }

    /** The local HTML page of a newsgraph entity or article, or null when the IRI has none. */
    static String page(String iri) {
        String typeAndKey = typeAndKey(iri);
        return typeAndKey == null ? null : PAGE + typeAndKey;
    }

    /** The local data document of a node in the given syntax's extension. */
    static String data(String iri, String extension) {
        String typeAndKey = typeAndKey(iri);
        return typeAndKey == null ? null : DATA + typeAndKey + "." + extension;
    }
}
