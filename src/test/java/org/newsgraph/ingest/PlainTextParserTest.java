package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser(new TextDecoder(Charset.forName("windows-1252")));

    private Article parse(String content, ArticleFields sidecar) {
        return parser.parse(content.getBytes(StandardCharsets.UTF_8), sidecar, "id", "a.txt");
    }

    @Test
    void firstNonEmptyLineIsTheHeadline() {
        Article a = parse("\n\n Headline \nBody line one.\n\nBody two.", ArticleFields.NONE);
        assertEquals("Headline", a.headline());
        assertEquals("Headline\n\nBody line one.\n\nBody two.", a.text());
        assertEquals("id", a.id());
        assertEquals("a.txt", a.origin());
    }

    @Test
    void sidecarHeadlineEqualToTheFirstLineChangesNothing() {
        ArticleFields sidecar = new ArticleFields(null, "Headline", null, null, null, null);
        assertEquals("Headline\n\nBody.", parse("Headline\n\nBody.", sidecar).text());
    }

    @Test
    void whitespaceOnlyIsAnError() {
        assertEquals("a.txt: file has only whitespace",
                assertThrows(ArticleInputException.class, () -> parse(" \n\u0000\t ", ArticleFields.NONE)).getMessage());
    }
}
