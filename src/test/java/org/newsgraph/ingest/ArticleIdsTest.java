package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void fileNameWithoutExtensionBecomesSlug() {
        assertEquals("2020-05-sessions-fires-back-ijr", ArticleIds.fromFileName("2020-05-sessions-fires-back-ijr.txt"));
        assertEquals("news-2019", ArticleIds.fromFileName("News 2019.JSONL.GZ"));
        assertEquals("page", ArticleIds.fromFileName("page.htm"));
        assertEquals("notes-md", ArticleIds.fromFileName("notes.md"));
    }

    @Test
    void accentsAreFoldedAndOtherCharactersBecomeOneDash() {
        assertEquals("cafe-resume-strasse", ArticleIds.slug("  Café — Résumé / Straße!! "));
        assertEquals("a-b", ArticleIds.slug("--a__b--"));
    }

    @Test
    void textWithoutLettersGetsStableHashedId() {
        String id = ArticleIds.slug("新闻");
        assertTrue(id.matches("article-[0-9a-f]{12}"), id);
        assertEquals(id, ArticleIds.slug("新闻"));
        assertNotEquals(id, ArticleIds.slug("新聞"));
        assertTrue(ArticleIds.slug("").startsWith("article-"));
    }

    @Test
    void longNamesAreCutWithoutTrailingDash() {
        String id = ArticleIds.slug("word ".repeat(100));
        assertTrue(id.length() <= ArticleIds.MAX_LENGTH, id);
        assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
    }
}
