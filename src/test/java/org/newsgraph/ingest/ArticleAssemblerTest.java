package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    @Test
    void textIsHeadlineBlankLineBody() {
        Article a = ArticleAssembler.assemble("Sessions fires back", "First paragraph.\r\n\r\nSecond\rparagraph.", "",
                ArticleFields.NONE, "file-id", "in/file.txt");
        assertEquals(new Article("file-id", "Sessions fires back",
                "Sessions fires back\n\nFirst paragraph.\n\nSecond\nparagraph.", "", null, null, null, "in/file.txt"), a);
    }

    @Test
    void bodyRepeatingTheHeadlineLosesThatLine() {
        Article a = ArticleAssembler.assemble("Sessions  fires back", "Sessions fires back \n\nBody.", "",
                ArticleFields.NONE, "x", "o");
        assertEquals("Sessions fires back\n\nBody.", a.text());
    }

    @Test
    void controlCharactersAndNulsAreRemovedTabsKept() {
        Article a = ArticleAssembler.assemble("Head\0line", "A\0B\tC\u0007D\fE", "", ArticleFields.NONE, "x", "o");
        assertEquals("Headline\n\nAB\tCD\nE", a.text());
    }

    @Test
    void fieldsGiveIdAndMetadata() {
        ArticleFields fields = new ArticleFields("Hill #123", null, null, "https://x", "The Hill", LocalDate.of(2020, 5, 23));
        Article a = ArticleAssembler.assemble("H", "B", "", fields, "default", "o");
        assertEquals("Hill #123", a.id());
        assertEquals("https://x", a.url());
        assertEquals("The Hill", a.publisher());
        assertEquals(LocalDate.of(2020, 5, 23), a.published());
    }

    @Test
    void missingHeadlineOrBodyIsAnError() {
        assertEquals("no headline", assertThrows(ArticleInputException.class,
                () -> ArticleAssembler.assemble(" \0 ", "Body", "", ArticleFields.NONE, "x", "o")).reason());
        assertEquals("no article text after the headline", assertThrows(ArticleInputException.class,
                () -> ArticleAssembler.assemble("H", "H\n\n  ", "", ArticleFields.NONE, "x", "o")).reason());
    }
}
