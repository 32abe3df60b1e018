package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Element;
import org.newsgraph.export.FactRow;

/**
 * Draws an entity's neighbourhood as SVG, on the server: the entity in the middle, the entities its facts link it to
 * on an ellipse around it (coloured by type, each a link to its page), one arrow per neighbour labelled with the
 * relations, pointing from subject to object. The most often stated neighbours are drawn, up to {@link #MAX_NEIGHBOURS}.
 * Stateless.
 */
final class NeighbourhoodDrawing {
    static final int MAX_NEIGHBOURS = 16;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final Map<String, String> COLOURS = Map.of("person", "#e07a2f", "race", "#7a52c7", "office", "#2f8f5b",
            "party", "#c73a52", "organization", "#3b78c2", "investigation", "#8a6d3b", "article", "#777777");

    /** One neighbour: how many statements link it to the entity, and by which relations in each direction. */
    private static final class Neighbour {
        final String iri;
        final String label;
        int statements;
        final Set<String> outgoing = new TreeSet<>();
        final Set<String> incoming = new TreeSet<>();

        Neighbour(String iri, String label) {
            this.iri = iri;
            this.label = label;
        }
    }

    private NeighbourhoodDrawing() {}

    /** Appends the drawing (an {@code <svg>} in a {@code <figure>}) to {@code parent}. */
    static void append(Element parent, String iri, String label, List<FactRow> facts) {
        Map<String, Neighbour> byIri = new LinkedHashMap<>();
        for (FactRow f : facts) {
            boolean out = f.subject().equals(iri);
            String other = out ? f.object() : f.subject();
            if (other.equals(iri))
                continue;
            Neighbour n = byIri.computeIfAbsent(other, o -> new Neighbour(o, out ? f.objectLabel() : f.subjectLabel()));
            n.statements++;
            (out ? n.outgoing : n.incoming).add(f.relation());
        }
        List<Neighbour> shown = new ArrayList<>(byIri.values());
        shown.sort(Comparator.comparingInt((Neighbour n) -> -n.statements).thenComparing(n -> String.valueOf(n.label)));
        int total = shown.size();
        if (shown.size() > MAX_NEIGHBOURS)
            shown = new ArrayList<>(shown.subList(0, MAX_NEIGHBOURS));
        // Around the ellipse by type and name, so that the same kinds sit together.
        shown.sort(Comparator.comparing((Neighbour n) -> String.valueOf(SitePaths.type(n.iri))).thenComparing(n -> String.valueOf(n.label)));

        Element figure = parent.appendElement("figure").attr("id", "neighbourhood");
        Element svg = figure.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg").addClass("drawing")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(HEIGHT)).attr("role", "img")
                .attr("aria-label", "Neighbourhood of " + label);
        Element defs = svg.appendElement("defs");
        defs.appendElement("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", "10").attr("refY", "5")
                .attr("markerWidth", "7").attr("markerHeight", "7").attr("orient", "auto-start-reverse")
                .appendElement("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", "#8796a5");
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        double rx = WIDTH / 2.0 - 210;
        double ry = HEIGHT / 2.0 - 55;
        Element edges = svg.appendElement("g").addClass("edges");
        Element nodes = svg.appendElement("g").addClass("nodes");
        for (int i = 0; i < shown.size(); i++) {
            Neighbour n = shown.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
            double x = cx + rx * Math.cos(angle);
            double y = cy + ry * Math.sin(angle);
            edge(edges, cx, cy, x, y, n);
            node(nodes, n.iri, n.label, x, y, 9, Math.cos(angle), Math.sin(angle));
        }
        node(nodes, iri, label, cx, cy, 16, 0, 1);
        String caption = total == 0 ? "No facts link " + label + " to anyone yet."
                : total > shown.size() ? "The " + shown.size() + " of " + total + " neighbours most often stated with " + label + "."
                : total + (total == 1 ? " neighbour." : " neighbours.");
        figure.appendElement("figcaption").addClass("muted").text(caption + " Arrows point from subject to object.");
    }

    private static void edge(Element edges, double cx, double cy, double x, double y, Neighbour n) {
        double dx = x - cx;
        double dy = y - cy;
        double length = Math.hypot(dx, dy);
        // Stop short of both circles, and of the entity's name under it, so the arrow heads show.
        double gap = dy > 0 && Math.abs(dx) < length * 0.6 ? 44 : 22;
        double x1 = cx + dx * gap / length;
        double y1 = cy + dy * gap / length;
        double x2 = x - dx * 11 / length;
        double y2 = y - dy * 11 / length;
        Element line = edges.appendElement("line").attr("x1", fmt(x1)).attr("y1", fmt(y1)).attr("x2", fmt(x2)).attr("y2", fmt(y2))
                .attr("stroke", "#8796a5").attr("stroke-width", Integer.toString(Math.min(1 + n.statements / 3, 5)));
        if (!n.outgoing.isEmpty())
            line.attr("marker-end", "url(#arrow)");
        if (!n.incoming.isEmpty())
            line.attr("marker-start", "url(#arrow)");
        List<String> relations = new ArrayList<>(n.outgoing);
        n.incoming.stream().filter(r -> !n.outgoing.contains(r)).forEach(relations::add);
        double lx = cx + dx * 0.55;
        double ly = cy + dy * 0.55;
        edges.appendElement("text").attr("x", fmt(lx)).attr("y", fmt(ly - 3)).attr("text-anchor", "middle")
                .attr("font-size", "11").attr("fill", "#44515e").attr("paint-order", "stroke").attr("stroke", "#ffffff")
                .attr("stroke-width", "3").addClass("relation").text(String.join(", ", relations));
    }

    /** {@code side} and {@code height}: where the node sits around the centre (cosine and sine), so its name faces outwards. */
    private static void node(Element nodes, String iri, String label, double x, double y, int radius, double side, double height) {
        String type = SitePaths.type(iri);
        String page = SitePaths.page(iri);
        Element group = page == null ? nodes.appendElement("g") : nodes.appendElement("a").attr("href", page);
        group.addClass("node").attr("data-type", String.valueOf(type));
        group.appendElement("title").text(label + (type == null ? "" : " (" + type + ")"));
        group.appendElement("circle").attr("cx", fmt(x)).attr("cy", fmt(y)).attr("r", Integer.toString(radius))
                .attr("fill", COLOURS.getOrDefault(type, "#999999")).attr("stroke", "#ffffff").attr("stroke-width", "2");
        String anchor = side > 0.2 ? "start" : side < -0.2 ? "end" : "middle";
        double tx = anchor.equals("start") ? x + radius + 5 : anchor.equals("end") ? x - radius - 5 : x;
        // Above a node at the top, below one at the bottom, so that the name never sits on the node's own edge.
        double ty = !anchor.equals("middle") ? y + 4 : height < 0 ? y - radius - 6 : y + radius + 15;
        group.appendElement("text").attr("x", fmt(tx)).attr("y", fmt(ty)).attr("text-anchor", anchor)
                .attr("font-size", radius > 10 ? "16" : "13").attr("font-weight", radius > 10 ? "700" : "400")
                .attr("fill", "#1d2733").attr("paint-order", "stroke").attr("stroke", "#ffffff").attr("stroke-width", "3")
                .text(label.length() > 30 ? label.substring(0, 29) + "…" : label);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
