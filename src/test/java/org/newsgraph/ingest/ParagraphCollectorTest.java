package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ParagraphCollectorTest {

    private static String paragraphs(String html) {
        return ParagraphCollector.paragraphs(Jsoup.parse(html).body());
    }

    @Test
    void blocksBecomeParagraphsAndInlineTextStaysTogether() {
        assertEquals("One bold line.\n\nTwo.\n\nItem 1\n\nItem 2",
                paragraphs("<p>One <b>bold</b>\n   line.</p><div>Two.</div><ul><li>Item 1</li><li>Item 2</li></ul>"));
    }

    @Test
    void brBreaksTheLineAndSpacesCollapse() {
        assertEquals("first line\nsecond line", paragraphs("<p>  first\u00a0\u00a0line <br>  second   line </p>"));
    }

    @Test
    void preKeepsItsSpacesAndTableCellsAreSeparated() {
        assertEquals("a  b\nc\n\nName Votes", paragraphs("<pre>a  b\n  c</pre><table><tr><td>Name</td><td>Votes</td></tr></table>"));
    }

    @Test
    void nothingVisibleIsEmpty() {
        assertEquals("", paragraphs("<div> <p>\n</p> </div>"));
    }
}
