package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.StoreExporter;

/**
 * Entities and articles as Linked Data. {@code /id/{type}/{key}} is the node itself (its IRI's path) and answers
 * 303 See Other by content negotiation: to {@code /page/...} for HTML, to {@code /data/....ttl}, {@code .jsonld} or
 * {@code .nt} for Turtle, JSON-LD or N-Triples (406 for anything else). A 303 says that the document is about the node
 * and is not the node itself, and each document has a URL of its own to cite. An unknown node is a 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** What {@code /id/} offers, best first; a client that takes anything gets HTML. */
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/json");
    private static final Map<String, String> EXTENSIONS = Map.of("text/turtle", "ttl", "application/ld+json", "jsonld",
            "application/json", "jsonld", "application/n-triples", "nt");
    private static final Map<String, ExportFormat> SYNTAXES = Map.of("ttl", ExportFormat.TURTLE, "jsonld", ExportFormat.JSONLD,
            "nt", ExportFormat.NTRIPLES);
    private static final Map<String, String> CONTENT_TYPES = Map.of("ttl", "text/turtle; charset=utf-8",
            "jsonld", "application/ld+json", "nt", "application/n-triples; charset=utf-8");

    private final transient Site site;

    LinkedDataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith(SitePaths.ID))
            redirect(path.substring(SitePaths.ID.length()), request, response);
        else if (path.startsWith(SitePaths.PAGE))
            page(path.substring(SitePaths.PAGE.length()), response);
        else if (path.startsWith(SitePaths.DATA))
            data(path.substring(SitePaths.DATA.length()), response);
        else
            Responses.notFound(response, "There is nothing at " + path + ".");
    }

    private void redirect(String rest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Node> node = SitePaths.node(rest);
        if (node.isEmpty() || !exists(node.get())) {
            Responses.notFound(response, "This graph has no " + describe(rest) + ".");
            return;
        }
        String accept = request.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? MediaType.create("text/html")
                : AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Offered: text/html, text/turtle, application/ld+json, application/n-triples");
            return;
        }
        String type = chosen.getContentTypeStr();
        String extension = EXTENSIONS.get(type);
        String location = extension == null ? SitePaths.PAGE + rest : SitePaths.DATA + rest + "." + extension;
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private void page(String rest, HttpServletResponse response) throws IOException {
        Optional<Node> node = SitePaths.node(rest);
        if (node.isEmpty()) {
            Responses.notFound(response, "This graph has no " + describe(rest) + ".");
            return;
        }
        boolean article = SitePaths.ARTICLE.equals(SitePaths.type(node.get().getURI()));
        String html = site.read(dsg -> {
            if (article) {
                ArticleView view = ArticleView.read(dsg, node.get());
                return view == null ? null : ArticlePage.render(dsg, view);
            }
            EntityView view = EntityView.read(dsg, node.get());
            return view == null ? null : EntityPage.render(dsg, view);
        });
        if (html == null)
            Responses.notFound(response, "This graph has no " + describe(rest) + ".");
        else
            Responses.html(response, HttpServletResponse.SC_OK, html, Responses.NO_SCRIPTS);
    }

    private void data(String rest, HttpServletResponse response) throws IOException {
        int dot = rest.lastIndexOf('.');
        String extension = dot < 0 ? "" : rest.substring(dot + 1);
        ExportFormat format = SYNTAXES.get(extension);
        Optional<Node> node = format == null ? Optional.empty() : SitePaths.node(rest.substring(0, dot));
        if (node.isEmpty()) {
            Responses.notFound(response, "There is no data document " + SitePaths.DATA + rest
                    + "; documents end in .ttl, .jsonld or .nt.");
            return;
        }
        byte[] bytes = site.read(dsg -> {
            Graph description = Descriptions.of(dsg, node.get());
            if (description.isEmpty())
                return null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StoreExporter.write(description, format, out);
            return out.toByteArray();
        });
        if (bytes == null) {
            Responses.notFound(response, "This graph has no " + describe(rest.substring(0, dot)) + ".");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPES.get(extension));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private boolean exists(Node node) {
        return site.read(dsg -> SitePaths.ARTICLE.equals(SitePaths.type(node.getURI())) ? dsg.containsGraph(node)
                : dsg.getUnionGraph().contains(node, Node.ANY, Node.ANY) || dsg.getUnionGraph().contains(Node.ANY, Node.ANY, node));
    }

    /** "person jeff-sessions" for a 404 message, from the raw path. */
    private static String describe(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? "page " + rest : rest.substring(0, slash) + " \u201c" + rest.substring(slash + 1) + "\u201d";
    }
}
