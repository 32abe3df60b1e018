package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static Article article(String headline, String body) {
        return new Article("a", headline, headline + "\n\n" + body, "", null, null, null, "test");
    }

    @Test
    void hoverCardGluedToANameBecomesAnAlias() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Doe speaks",
                "Former Governor Jane DoeJanet (Jane) Quinn DoeThe 'teaser' of another story — and more MORE said hello on Monday."));
        assertEquals("Doe speaks\n\nFormer Governor Jane Doe said hello on Monday.", c.article().text());
        assertEquals(1, c.aliases().size());
        ArticleCleaner.NameAlias alias = c.aliases().get(0);
        assertEquals("Janet (Jane) Quinn Doe", alias.fullName());
        assertEquals("Doe", c.article().text().substring(alias.start(), alias.end()));
    }

    @Test
    void hoverCardWithASpaceBeforeTheFullName() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Lee speaks",
                "Sen. Tom Lee Thomas Arthur LeeAnother headline here MORE (R-Ohio) spoke."));
        assertEquals("Lee speaks\n\nSen. Tom Lee (R-Ohio) spoke.", c.article().text());
        assertEquals("Thomas Arthur Lee", c.aliases().get(0).fullName());
    }

    @Test
    void readerCommentsMoveOutOfTheText() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Headline",
                "The mayor spoke on Monday.\n\n\n  1. Great piece, Mayor Smith should resign.\n\n    1. I disagree with you.\n\n  2. Nonsense.\n\nComments are closed."));
        assertEquals("Headline\n\nThe mayor spoke on Monday.", c.article().text());
        assertTrue(c.article().comments().contains("Mayor Smith should resign"));
        assertTrue(c.article().comments().contains("Nonsense."));
    }

    @Test
    void pageClutterLinesAreDropped() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Headline",
                "Key Points\n  • The governor won the vote.\nThe governor and the mayor.\nGetty Images\n\n"
                        + "WATCH: Mayor Jim Brown talks about the budget\n\nSee his comments below:\n\n"
                        + "Mayor answers critics on budget\n\nThe vote was close, officials said.\n\n"
                        + "A rally in town. AP Photo/Jane Roe\n\nFox News' Pat Quill contributed to this report.\n\n"
                        + "The count ends today. (Reporting by Ann Vale; Editing by Bo Kerr)\n\nAdditional reporting by Lu Chen."));
        assertEquals("Headline\n\nThe governor won the vote.\n\nThe governor and the mayor.\n\nThe vote was close, officials said."
                        + "\n\nThe count ends today.",
                c.article().text());
        assertEquals(List.of(), c.aliases());
        assertFalse(c.article().text().contains("Brown"));
    }

    @Test
    void headlineRepeatedInOtherCaseAndPunctuationIsDropped() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Governor’s race: Smith wins!",
                "GOVERNOR'S RACE -- SMITH WINS\n\nGovernor’s race — Smith wins.\n\nSmith won the race for governor on Tuesday."));
        assertEquals("Governor’s race: Smith wins!\n\nSmith won the race for governor on Tuesday.", c.article().text());
    }

    @Test
    void clutterPhrasesAnywhereInALineDropIt() {
        ArticleCleaner.Cleaned c = cleaner.clean(article("Headline",
                "The vote was close, officials said.\n\nWe won today, thank you all! pic.twitter.com/AbC123 — Jane Roe (@janeroe) May 1, 2018\n"
                        + "Get the news by signing up for our newsletter today.\n"
                        + "Thanks to the voters — Jane Roe (@janeroe) May 1, 2018\n"
                        + "Staff writer Bo Kerr contributed to this report.\n"
                        + "The mayor\tspoke   on\u00a0Monday."));
        assertEquals("Headline\n\nThe vote was close, officials said.\n\nThe mayor spoke on Monday.", c.article().text());
    }

    @Test
    void cleanTextPassesUnchanged() {
        String body = "The senator said on Tuesday that she would run again.\n\nHer opponent, a former judge, disagreed.";
        ArticleCleaner.Cleaned c = cleaner.clean(article("Senator to run again", body));
        assertEquals("Senator to run again\n\n" + body, c.article().text());
        assertEquals("", c.article().comments());
    }
}
