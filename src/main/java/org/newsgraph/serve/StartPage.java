package org.newsgraph.serve;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.StoreCounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The start page at {@code /}: the search box, what the store holds, the most connected people, the canned queries
 * (each run as a page, or opened in the query editor) and the query editor itself.
 *
 * <p>The Fuseki query editor is a JavaScript application that must be loaded from {@code /} (it builds its endpoint
 * URLs from the page's path) and keeps its own place in the URL's fragment ({@code /#/dataset/newsgraph/query}), which
 * browsers never send to the server. So this page carries one small script: when the fragment is an editor route, it
 * loads the editor in place of the page, first putting the ontology's prefixes into an empty editor. Without
 * JavaScript the page is whole and the editor (which needs JavaScript anyway) is not shown.
 */
final class StartPage {
    /** Lets the page load the Fuseki UI's script and style from this server, and nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";
    private static final int PEOPLE = 15;

    private StartPage() {}

    static String render(Site site) {
        Site.Overview overview = site.overview();
        StoreCounts counts = overview.counts();
        HtmlPage page = new HtmlPage("Start");
        Element main = page.main().attr("id", "start");
        main.appendElement("h1").text("newsgraph");
        main.appendElement("p").text("People, offices, races and parties read from " + counts.articles()
                + (counts.articles() == 1 ? " news article" : " news articles")
                + ", and who endorses, criticizes, runs against or recused from what, each fact with the sentence that says it.");
        Element form = main.appendElement("form").attr("action", SitePaths.SEARCH).attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "A name, e.g. sessions")
                .attr("aria-label", "A name").attr("autofocus", "autofocus");
        form.appendElement("button").attr("type", "submit").text("Search");

        main.appendElement("h2").text("Most connected people");
        List<NameIndex.Hit> people = overview.names().mostConnected("person", PEOPLE);
        if (people.isEmpty())
            main.appendElement("p").addClass("muted").text("No facts link any person yet.");
        Element list = main.appendElement("ol").attr("id", "people");
        for (NameIndex.Hit hit : people) {
            Element li = list.appendElement("li");
            HtmlPage.nodeLink(li, hit.iri(), hit.label());
            li.appendElement("span").addClass("muted").text(" \u2014 " + hit.neighbours() + " linked, " + hit.facts()
                    + (hit.facts() == 1 ? " fact" : " facts"));
        }

        main.appendElement("h2").text("What the store holds");
        Element table = main.appendElement("table").attr("id", "counts");
        row(table, "articles", counts.articles());
        PrefixMap prefixes = PrefixMapFactory.create(ArticleStore.prefixes().getNsPrefixMap());
        for (Map.Entry<Node, Long> c : counts.classes().entrySet())
            row(table, "nodes of class " + NodeFmtLib.str(c.getKey(), prefixes), c.getValue());
        for (Map.Entry<Relation, Long> r : counts.relations().entrySet())
            row(table, "facts " + NodeFmtLib.str(NG.property(r.getKey()), prefixes), r.getValue());
        main.appendElement("p").addClass("muted").text("Each node and fact counts once, however many articles state it.");

        main.appendElement("h2").text("Canned queries");
        Element queries = main.appendElement("table").attr("id", "queries");
        Element head = queries.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"query", "what it answers", ""})
            head.appendElement("th").text(column);
        Element body = queries.appendElement("tbody");
        for (CannedQuery query : site.queries()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", SitePaths.QUERIES + query.name()).text(query.name());
            tr.appendElement("td").text(query.description());
            tr.appendElement("td").appendElement("a").attr("href", site.editorLink(query.text())).text("edit");
        }
        main.appendElement("h2").text("SPARQL");
        Element sparql = main.appendElement("p");
        sparql.appendElement("a").attr("id", "editor").attr("href", site.editorLink(Site.prefixDeclarations()
                + "\nSELECT ?person ?name WHERE {\n  ?person a ng:Person ; rdfs:label ?name .\n}\nLIMIT 20\n"))
                .text("Open the query editor");
        sparql.appendText(" (with the ontology's prefixes declared), or send queries to ");
        sparql.appendElement("code").text("/" + site.options().datasetName() + "/query");
        sparql.appendText(".");
        bootScript(page, site);
        return page.html();
    }

    private static void row(Element table, String what, long count) {
        Element tr = table.appendElement("tr");
        tr.appendElement("td").text(what);
        tr.appendElement("td").addClass("num").text(String.format("%,d", count));
    }

    /** The script that turns this page into the query editor on an editor route (see the class comment). */
    private static void bootScript(HtmlPage page, Site site) {
        Map<String, String> ui = site.uiAssets();
        if (ui.isEmpty())
            return;
        String settings;
        try {
            settings = new ObjectMapper().writeValueAsString(Map.of("script", ui.get("script"), "style", ui.get("style"),
                    "prefixes", Site.prefixDeclarations() + "\nSELECT * WHERE {\n  ?s ?p ?o .\n}\nLIMIT 10\n"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // JSON is JavaScript; "</" is escaped so that no value can close the script element.
        String json = settings.replace("</", "<\\/");
        page.document().body().appendElement("script").appendChild(new DataNode("""
                (function () {
                  var ui = %s;
                  function boot() {
                    if (location.hash.indexOf('#/') !== 0 || document.getElementById('app')) return;
                    var bare = /^#\\/dataset\\/([^\\/?]+)\\/query$/.exec(location.hash);
                    if (bare) history.replaceState(null, '', '#/dataset/' + bare[1] + '/query?query=' + encodeURIComponent(ui.prefixes));
                    document.body.innerHTML = '<div id="app"></div>';
                    var style = document.createElement('link');
                    style.rel = 'stylesheet'; style.href = ui.style; document.head.appendChild(style);
                    var script = document.createElement('script');
                    script.type = 'module'; script.src = ui.script; document.head.appendChild(script);
                  }
                  boot();
                  window.addEventListener('hashchange', boot);
                })();
                """.formatted(json)));
    }
}
