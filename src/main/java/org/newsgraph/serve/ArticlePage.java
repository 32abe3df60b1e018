package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/** The HTML page of an article: headline, outlet, date, where it was published, what it mentions and says. Stateless. */
final class ArticlePage {
    private ArticlePage() {}

    static String render(DatasetGraph dsg, ArticleView article) {
        String title = article.headline() == null ? article.sourceId() : article.headline();
        HtmlPage page = new HtmlPage(title);
        Element main = page.main();
        main.appendElement("h1").text(title);
        List<String> about = new ArrayList<>();
        if (article.outlet() != null)
            about.add(article.outlet());
        if (article.published() != null)
            about.add(article.published());
        Element meta = main.appendElement("p");
        meta.appendText(about.isEmpty() ? "Outlet and date unknown." : String.join(", ", about));
        if (article.url() != null) {
            meta.appendText(" \u00b7 ");
            HtmlPage.externalLink(meta, article.url(), "the article where it was published");
        }
        Element id = main.appendElement("p").addClass("muted");
        id.appendText("Id in the input: ");
        id.appendElement("code").text(article.sourceId());
        id.appendText(" \u00b7 Data (its named graph): ");
        EntityPage.appendDataLinks(id, article.iri().getURI());
        main.appendElement("div").addClass("iri").text(article.iri().getURI());

        main.appendElement("h2").text("Mentions (" + article.mentions().size() + ")");
        Element list = main.appendElement("ul").addClass("plain");
        for (ArticleView.Mention m : article.mentions()) {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("tag").text(String.valueOf(m.type()));
            HtmlPage.nodeLink(li, m.iri(), m.label());
        }
        main.appendElement("h2").text("Facts read from it (" + article.facts().size() + ")");
        FactTables.appendAll(main, dsg, article.facts());
        return page.html();
    }
}
