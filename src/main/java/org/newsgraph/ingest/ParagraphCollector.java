package org.newsgraph.ingest;

import java.util.Set;
import java.util.StringJoiner;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as the browser shows it, in paragraphs: block elements (p, div, headings, list
 * items, quotes, table rows) start new paragraphs, joined with a blank line; {@code <br>} breaks the line; runs
 * of spaces (non-breaking ones included) become one, except inside {@code <pre>}; lines are trimmed. Not
 * thread-safe: one per call.
 */
final class ParagraphCollector implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");

    private final StringBuilder text = new StringBuilder();
    private int preDepth;

    private ParagraphCollector() {
    }

    /** The paragraphs of {@code root}, each trimmed, joined with "\n\n"; "" when it shows no text. */
    static String paragraphs(Element root) {
        ParagraphCollector collector = new ParagraphCollector();
        NodeTraversor.traverse(collector, root);
        StringJoiner joined = new StringJoiner("\n\n");
        for (String paragraph : collector.text.toString().split("\n\n+")) {
            StringJoiner lines = new StringJoiner("\n");
            for (String line : paragraph.split("\n"))
                if (!line.isBlank())
                    lines.add(line.strip());
            if (lines.length() > 0)
                joined.add(lines.toString());
        }
        return joined.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String content = textNode.getWholeText();
            text.append(preDepth > 0 ? content : content.replaceAll("[\\s\u00A0]+", " "));
        } else if (node instanceof Element element) {
            if (element.nameIs("br"))
                text.append('\n');
            else if (element.nameIs("td") || element.nameIs("th"))
                text.append(' ');
            else if (BLOCKS.contains(element.normalName()))
                text.append("\n\n");
            if (element.nameIs("pre"))
                preDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (BLOCKS.contains(element.normalName()))
                text.append("\n\n");
            if (element.nameIs("pre"))
                preDepth--;
        }
    }
}
