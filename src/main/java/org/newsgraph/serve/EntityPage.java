package org.newsgraph.serve;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/** The HTML page of an entity: names, classes, links, the drawing of its neighbourhood, and every fact. Stateless. */
final class EntityPage {
    private EntityPage() {}

    static String render(DatasetGraph dsg, EntityView entity) {
        String iri = entity.iri().getURI();
        HtmlPage page = new HtmlPage(entity.label());
        Element main = page.main();
        main.appendElement("h1").text(entity.label());
        main.appendElement("div").addClass("iri").text(iri);
        Element about = main.appendElement("p");
        for (String type : entity.types())
            about.appendElement("span").addClass("tag").attr("title", type).text(type.substring(Math.max(type.lastIndexOf('#'), type.lastIndexOf('/')) + 1));
        if (!entity.altNames().isEmpty()) {
            Element names = main.appendElement("p");
            names.appendElement("strong").text("Other names: ");
            names.appendText(String.join(", ", entity.altNames()));
        }
        List<String> wikidata = entity.wikidata();
        for (String item : wikidata) {
            Element p = main.appendElement("p").addClass("wikidata");
            p.appendElement("strong").text("Wikidata: ");
            HtmlPage.externalLink(p, item, item.substring(EntityView.WIKIDATA.length()));
        }
        List<String> same = entity.sameAs().stream().filter(s -> !wikidata.contains(s)).toList();
        if (!same.isEmpty()) {
            Element p = main.appendElement("p");
            p.appendElement("strong").text("The same as: ");
            for (int i = 0; i < same.size(); i++) {
                if (i > 0)
                    p.appendText(", ");
                String other = same.get(i);
                if (SitePaths.page(other) != null)
                    HtmlPage.nodeLink(p, other, EntityView.label(dsg, NodeFactory.createURI(other)));
                else
                    HtmlPage.externalLink(p, other, other);
            }
        }
        Element data = main.appendElement("p").addClass("muted");
        data.appendText("Data: ");
        appendDataLinks(data, iri);

        main.appendElement("h2").text("Neighbourhood");
        NeighbourhoodDrawing.append(main, iri, entity.label(), entity.facts());
        main.appendElement("h2").text("Facts (" + entity.facts().size() + ")");
        FactTables.appendAbout(main, dsg, iri, entity.facts());
        return page.html();
    }

    /** Links to the node's Turtle, JSON-LD and N-Triples documents. */
    static void appendDataLinks(Element parent, String iri) {
        String[][] syntaxes = {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}};
        for (int i = 0; i < syntaxes.length; i++) {
            if (i > 0)
                parent.appendText(" \u00b7 ");
            parent.appendElement("a").attr("href", SitePaths.data(iri, syntaxes[i][0])).text(syntaxes[i][1]);
        }
    }
}
