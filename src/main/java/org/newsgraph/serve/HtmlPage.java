package org.newsgraph.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares (title, style, a header with the search box) as a jsoup document that pages fill
 * element by element: text set with {@code text()} and attributes with {@code attr()} are escaped by jsoup, so nothing
 * from an article can become markup. Plain HTML that needs no JavaScript. Not thread-safe; one per response.
 */
final class HtmlPage {
    private static final String STYLE = """
            body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#fafbfc}
            header{background:#1f3b57;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;text-decoration:none;font-weight:600}
            header form{display:flex;gap:.4em}
            input[type=search]{font:inherit;padding:.25em .5em;min-width:18em;border:1px solid #98a9ba;border-radius:4px}
            button{font:inherit;padding:.25em .8em;border-radius:4px;border:1px solid #98a9ba;background:#e8eef4;cursor:pointer}
            main{max-width:72em;margin:0 auto;padding:1em 1.2em 3em}
            h1{margin:.3em 0 .1em}h2{margin-top:1.6em;border-bottom:1px solid #d5dde5;padding-bottom:.2em}
            .muted{color:#5b6b7b}.iri{font-family:ui-monospace,monospace;font-size:.85em;color:#5b6b7b;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5em 0}
            th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #e3e8ee}
            th{background:#eef2f6;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            mark.subject{background:#ffe08a}mark.object{background:#b9e3ff}
            .drawing{background:#fff;border:1px solid #d5dde5;border-radius:6px;max-width:100%;height:auto}
            .tag{display:inline-block;background:#e8eef4;border-radius:3px;padding:0 .4em;margin:0 .2em .2em 0;font-size:.9em}
            ul.plain{list-style:none;padding:0}ul.plain li{margin:.2em 0}
            """;

    private final Document document;
    private final Element main;

    HtmlPage(String title) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        document.title(title + " \u00b7 newsgraph");
        head.appendElement("style").appendText(STYLE);
        Element header = document.body().appendElement("header");
        header.appendElement("a").attr("href", "/").text("newsgraph");
        Element form = header.appendElement("form").attr("action", SitePaths.SEARCH).attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search a name")
                .attr("aria-label", "Search a name");
        form.appendElement("button").attr("type", "submit").text("Search");
        main = document.body().appendElement("main");
    }

    Document document() {
        return document;
    }

    Element main() {
        return main;
    }

    /** The search box's text, shown again on the results page. */
    void searchText(String text) {
        document.selectFirst("header input[name=q]").attr("value", text);
    }

    String html() {
        return document.outerHtml();
    }

    /** A link to a newsgraph node's page, or its name alone when the IRI has no page here. */
    static Element nodeLink(Element parent, String iri, String name) {
        String page = SitePaths.page(iri);
        return page == null ? parent.appendElement("span").text(name) : parent.appendElement("a").attr("href", page).text(name);
    }

    /** A link that leaves the site, only for http(s) URLs: an article's url comes from its input and could be javascript:. */
    static Element externalLink(Element parent, String url, String text) {
        if (!isWebUrl(url))
            return parent.appendElement("span").text(text);
        return parent.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer nofollow").text(text);
    }

    static boolean isWebUrl(String url) {
        if (url == null)
            return false;
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
