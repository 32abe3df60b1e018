package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.StoreCounts;

/**
 * The browsable side of {@code serve}: a start page at {@code /}, a page and data documents for every entity and
 * article ({@link SitePaths}), name search at {@code /search}, and the canned queries run as pages at
 * {@code /queries/NAME}. Holds what the pages share: the dataset, the options, the canned queries, and the name index
 * and counts, built on first use and rebuilt after {@link #REFRESH} when the endpoint accepts updates (a read-only
 * store cannot change while served). Thread-safe.
 */
final class Site {
    /** How old the name index may grow while updates may change the store. */
    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final String UI_INDEX = "webapp/index.html";

    /** The name index and the counts, as of {@code builtAt}. */
    record Overview(NameIndex names, StoreCounts counts, long builtAt) {}

    private final DatasetGraph dataset;
    private final ServeOptions options;
    private final List<CannedQuery> queries;
    private final Map<String, String> uiAssets;
    private volatile Overview overview;

    private Site(DatasetGraph dataset, ServeOptions options) {
        this.dataset = dataset;
        this.options = options;
        this.queries = CannedQuery.load();
        this.uiAssets = readUiAssets();
    }

    /** Adds the pages to a Fuseki server being built over {@code dataset}. */
    static void addTo(FusekiServer.Builder builder, DatasetGraph dataset, ServeOptions options) {
        Site site = new Site(dataset, options);
        builder.addServlet("", new StartPageServlet(site))
                .addServlet(SitePaths.ID + "*", new LinkedDataServlet(site))
                .addServlet(SitePaths.PAGE + "*", new LinkedDataServlet(site))
                .addServlet(SitePaths.DATA + "*", new LinkedDataServlet(site))
                .addServlet(SitePaths.SEARCH, new SearchServlet(site))
                .addServlet(SitePaths.QUERIES + "*", new CannedQueryServlet(site));
    }

    DatasetGraph dataset() {
        return dataset;
    }

    ServeOptions options() {
        return options;
    }

    List<CannedQuery> queries() {
        return queries;
    }

    /** The Fuseki UI's module script and stylesheet, so the start page can become the query editor. */
    Map<String, String> uiAssets() {
        return uiAssets;
    }

    /** Runs {@code body} in a read transaction. */
    <T> T read(Function<DatasetGraph, T> body) {
        return Txn.calculateRead(dataset, () -> body.apply(dataset));
    }

    /** The name index and counts; built now if missing, or if stale on a store that may change. */
    Overview overview() {
        Overview current = overview;
        long now = System.nanoTime();
        if (current != null && (!options.allowUpdate() || now - current.builtAt() < REFRESH.toNanos()))
            return current;
        synchronized (this) {
            current = overview;
            if (current == null || (options.allowUpdate() && now - current.builtAt() >= REFRESH.toNanos())) {
                current = read(dsg -> new Overview(NameIndex.build(dsg), StoreCounts.of(dsg), System.nanoTime()));
                overview = current;
            }
            return current;
        }
    }

    /** The ontology's prefixes as SPARQL PREFIX lines, which the query editor opens with. */
    static String prefixDeclarations() {
        // In the ontology's order (ng first), then the rest ArticleStore declares for queries (owl).
        Map<String, String> prefixes = new LinkedHashMap<>(NG.PREFIXES);
        ArticleStore.prefixes().getNsPrefixMap().forEach(prefixes::putIfAbsent);
        return prefixes.entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n")) + "\n";
    }

    /** A link that opens the Fuseki query editor with {@code query} in it. */
    String editorLink(String query) {
        return "/#/dataset/" + options.datasetName() + "/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> readUiAssets() {
        try (InputStream in = Site.class.getClassLoader().getResourceAsStream(UI_INDEX)) {
            if (in == null)
                return Map.of();
            Document index = Jsoup.parse(in, "UTF-8", "");
            Element script = index.selectFirst("script[type=module][src]");
            Element style = index.selectFirst("link[rel=stylesheet][href]");
            if (script == null || style == null)
                return Map.of();
            return Map.of("script", script.attr("src"), "style", style.attr("href"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki UI's " + UI_INDEX, e);
        }
    }
}
