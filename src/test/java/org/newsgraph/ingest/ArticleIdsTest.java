package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void aGivenIdIsKeptAsGiven() {
        assertEquals("yNbrjkyShbeGTsW7", ArticleIds.given("  yNbrjkyShbeGTsW7 ", "x"));
        assertEquals("Same ID", ArticleIds.given("Same ID", "x"));
        assertEquals("SAME_ID!", ArticleIds.given("SAME_ID!", "x"));
        assertEquals("Café / №7", ArticleIds.given("Café / №7", "x"));
    }

    @Test
    void aFileNameWithoutItsExtensionIsTheId() {
        assertEquals("2020-05-sessions-fires-back-ijr", ArticleIds.fromFileName("2020-05-sessions-fires-back-ijr.txt", "x"));
        assertEquals("My Story", ArticleIds.fromFileName("My Story.TXT", "x"));
        assertEquals("page", ArticleIds.fromFileName("page.htm", "x"));
    }

    @Test
    void anUnusableIdIsAnInputError() {
        ArticleInputException control = assertThrows(ArticleInputException.class, () -> ArticleIds.given("a\u0000b", "f.jsonl:3"));
        assertEquals("f.jsonl:3: its id has control characters", control.getMessage());
        ArticleInputException tooLong = assertThrows(ArticleInputException.class,
                () -> ArticleIds.given("x".repeat(ArticleIds.MAX_LENGTH + 1), "f.jsonl:4"));
        assertEquals("f.jsonl:4: its id is longer than 256 characters", tooLong.getMessage());
        assertThrows(ArticleInputException.class, () -> ArticleIds.fromFileName("tab\there.txt", "tab\there.txt"));
    }

    @Test
    void aRecordWithoutAnIdIsNamedByItsContent() {
        ArticleFields record = new ArticleFields(null, "Trump taunts Sessions — again!", "Body.", "https://x.com/a", "Vox",
                LocalDate.of(2018, 8, 31));
        String id = ArticleIds.fromContent(record);
        assertTrue(id.matches("trump-taunts-sessions-again-[0-9a-f]{16}"), id);
        assertEquals(id, ArticleIds.fromContent(record), "the same record, the same id");
        assertNotEquals(id, ArticleIds.fromContent(new ArticleFields(null, record.headline(), "Another body.", record.url(),
                record.publisher(), record.published())), "another record, another id");
        assertTrue(ArticleIds.fromContent(new ArticleFields(null, "新闻", "Body.", null, null, null)).matches("article-[0-9a-f]{16}"));
        String longOne = ArticleIds.fromContent(new ArticleFields(null, "word ".repeat(100), "Body.", null, null, null));
        assertTrue(longOne.matches("(word-){11}word-[0-9a-f]{16}"), longOne);
    }

    @Test
    void accentsAreFoldedAndOtherCharactersBecomeOneDashInASlug() {
        assertEquals("cafe-resume-strasse", ArticleIds.slug("  Café — Résumé / Straße!! "));
        assertEquals("a-b", ArticleIds.slug("--a__b--"));
        assertEquals("", ArticleIds.slug("新闻"));
    }
}
