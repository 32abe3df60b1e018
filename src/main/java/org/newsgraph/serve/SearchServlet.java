package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /search?q=NAME}: entities whose names match loosely ({@link NameIndex}), as an HTML list for a browser, or as
 * JSON with {@code format=json} or {@code Accept: application/json} for scripts; {@code limit} (default 20, at most
 * 100) caps the results. What is typed is read up to {@value #MAX_QUERY} characters.
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_QUERY = 200;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        typed = typed == null ? "" : typed.length() > MAX_QUERY ? typed.substring(0, MAX_QUERY) : typed;
        int limit = limit(request.getParameter("limit"));
        List<NameIndex.Hit> hits = site.overview().names().search(typed, limit);
        if (wantsJson(request))
            json(response, typed, hits);
        else
            Responses.html(response, HttpServletResponse.SC_OK, page(typed, hits), Responses.NO_SCRIPTS);
    }

    private static int limit(String value) {
        try {
            return value == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        if ("json".equals(request.getParameter("format")))
            return true;
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return false;
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        return chosen != null && chosen.getContentTypeStr().equals("application/json");
    }

    private static void json(HttpServletResponse response, String typed, List<NameIndex.Hit> hits) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("query", typed);
        ArrayNode results = body.putArray("results");
        for (NameIndex.Hit hit : hits)
            results.addObject().put("iri", hit.iri()).put("label", hit.label()).put("type", hit.type())
                    .put("matched", hit.matchedName()).put("page", SitePaths.page(hit.iri()))
                    .put("facts", hit.facts()).put("neighbours", hit.neighbours());
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String page(String typed, List<NameIndex.Hit> hits) {
        HtmlPage page = new HtmlPage(typed.isBlank() ? "Search" : "Search: " + typed);
        page.searchText(typed);
        Element main = page.main();
        if (typed.isBlank()) {
            main.appendElement("h1").text("Search");
            main.appendElement("p").text("Type a name, or the start of one, in the box above: sessions, jeff sess, o'rourke.");
            return page.html();
        }
        main.appendElement("h1").text("Names matching \u201c" + typed + "\u201d");
        if (hits.isEmpty()) {
            main.appendElement("p").attr("id", "no-results").text("No entity has a name like that.");
            return page.html();
        }
        Element list = main.appendElement("ul").addClass("plain").attr("id", "results");
        for (NameIndex.Hit hit : hits) {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("tag").text(hit.type());
            HtmlPage.nodeLink(li, hit.iri(), hit.label());
            String note = hit.matchedName().equals(hit.label()) ? "" : "also \u201c" + hit.matchedName() + "\u201d; ";
            li.appendElement("span").addClass("muted").text(" \u2014 " + note + hit.facts() + (hit.facts() == 1 ? " fact" : " facts"));
        }
        return page.html();
    }
}
