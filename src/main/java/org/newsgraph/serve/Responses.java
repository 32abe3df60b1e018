package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.jsoup.nodes.Element;

/** Writing the pages' responses, with the headers every page has. Stateless. */
final class Responses {
    /**
     * Pages run no script (the start page's one boot script excepted, see {@link StartPage}): should anything from an
     * article ever get through as markup, the browser still runs none of it.
     */
    static final String NO_SCRIPTS = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'";

    private Responses() {}

    static void html(HttpServletResponse response, int status, String html, String contentSecurityPolicy) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (contentSecurityPolicy != null)
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A 404 page that says what was not found and offers the search box. */
    static void notFound(HttpServletResponse response, String what) throws IOException {
        HtmlPage page = new HtmlPage("Not found");
        Element main = page.main();
        main.appendElement("h1").text("Not found");
        main.appendElement("p").text(what);
        Element p = main.appendElement("p");
        p.appendText("Search for a name above, or go to ");
        p.appendElement("a").attr("href", "/").text("the start page");
        p.appendText(".");
        html(response, HttpServletResponse.SC_NOT_FOUND, page.html(), NO_SCRIPTS);
    }
}
