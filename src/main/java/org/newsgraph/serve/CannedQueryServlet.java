package org.newsgraph.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.jsoup.nodes.Element;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code /queries/NAME}: runs a canned query with the endpoint's timeout and row cap and shows the rows as an HTML
 * table, newsgraph IRIs linking to their pages, with the query text and a link that opens it in the editor.
 */
final class CannedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    CannedQueryServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(SitePaths.QUERIES.length());
        CannedQuery query = site.queries().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
        if (query == null) {
            Responses.notFound(response, "There is no canned query \u201c" + name + "\u201d; the start page lists them.");
            return;
        }
        HtmlPage page = new HtmlPage(query.name());
        Element main = page.main();
        main.appendElement("h1").text(query.name());
        main.appendElement("p").text(query.description());
        main.appendElement("p").appendElement("a").attr("href", site.editorLink(query.text())).text("Open it in the query editor");
        run(query, main);
        main.appendElement("h2").text("The query");
        main.appendElement("pre").text(query.text());
        Responses.html(response, HttpServletResponse.SC_OK, page.html(), Responses.NO_SCRIPTS);
    }

    private void run(CannedQuery canned, Element main) {
        long cap = site.options().resultLimit();
        Query query = LimitedQueryService.capped(ArticleStore.parseQuery(canned.text()), cap);
        String outcome = site.read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .timeout(site.options().queryTimeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                ResultSet results = exec.execSelect();
                List<String> vars = results.getResultVars();
                Element table = new Element("table").attr("id", "rows");
                Element head = table.appendElement("thead").appendElement("tr");
                vars.forEach(v -> head.appendElement("th").text(v));
                Element body = table.appendElement("tbody");
                int rows = 0;
                List<Element> cells = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    Element tr = body.appendElement("tr");
                    for (String v : vars)
                        cells.add(cell(tr.appendElement("td"), row.get(v)));
                    rows++;
                }
                main.appendElement("p").attr("id", "row-count").text(rows + (rows == 1 ? " row" : " rows")
                        + (rows >= cap ? ", cut at the server's limit of " + cap + " rows (serve --result-limit)" : "") + ".");
                main.appendChild(table);
                return null;
            } catch (QueryCancelledException e) {
                return "The query was stopped after " + site.options().queryTimeout().toSeconds() + " s (serve --timeout).";
            }
        });
        if (outcome != null)
            main.appendElement("p").attr("id", "row-count").text(outcome);
    }

    private static Element cell(Element td, RDFNode value) {
        if (value == null)
            return td;
        Node node = value.asNode();
        if (node.isURI())
            HtmlPage.nodeLink(td, node.getURI(), node.getURI());
        else if (node.isLiteral())
            td.text(node.getLiteralLexicalForm());
        else
            td.text(node.toString());
        return td;
    }
}
