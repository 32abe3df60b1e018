package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final Sidecar sidecar = new Sidecar(json, 1000);

    @TempDir
    Path dir;

    @Test
    void noSidecarGivesNoFields() {
        assertSame(ArticleFields.NONE, sidecar.read(dir.resolve("a.txt")));
    }

    @Test
    void sidecarIsNameDotJsonBesideTextAndHtml() {
        assertEquals(dir.resolve("story.json"), Sidecar.pathOf(dir.resolve("story.txt")));
        assertEquals(dir.resolve("story.json"), Sidecar.pathOf(dir.resolve("story.HTML")));
        assertEquals(Path.of("in/story.json"), Sidecar.pathOf(Path.of("in/story.htm")));
    }

    @Test
    void fieldsAndSynonymsAreRead() throws IOException {
        write("a.json", "{\"url\": \"https://example.com/a\", \"source\": \"The Hill\", \"date\": \"May 23, 2020\","
                + " \"id\": \"Hill 123\", \"title\": \"Sessions fires back\", \"extra\": [1, 2]}");
        ArticleFields fields = sidecar.read(dir.resolve("a.txt"));
        assertEquals(new ArticleFields("Hill 123", "Sessions fires back", null, "https://example.com/a", "The Hill",
                LocalDate.of(2020, 5, 23)), fields);
    }

    @Test
    void publisherWinsOverSourceAndDatePublishedIsADate() throws IOException {
        write("a.json", "{\"publisher\": \"IJR\", \"source\": \"ignored\", \"datePublished\": \"2020-05-23T09:00:00Z\"}");
        ArticleFields fields = sidecar.read(dir.resolve("a.txt"));
        assertEquals("IJR", fields.publisher());
        assertEquals(LocalDate.of(2020, 5, 23), fields.published());
    }

    @Test
    void unparsableOrNonStringDateIsUnknownNotAnError() throws IOException {
        write("a.json", "{\"published\": \"1/21\"}");
        assertNull(sidecar.read(dir.resolve("a.txt")).published());
        write("a.json", "{\"date\": 20200523, \"url\": null, \"publisher\": \"  \"}");
        assertEquals(ArticleFields.NONE, sidecar.read(dir.resolve("a.txt")));
    }

    @Test
    void notJsonIsAnErrorNamingTheSidecar() throws IOException {
        write("a.json", "url: https://example.com");
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt")));
        assertEquals(dir.resolve("a.json").toString(), e.origin());
        assertEquals(true, e.reason().startsWith("not valid JSON: "), e.reason());
        assertEquals(false, e.getMessage().contains("\n"));
    }

    @Test
    void wrongTypesAreErrors() throws IOException {
        write("a.json", "{\"url\": 42}");
        assertEquals("field \"url\" is a number, expected a string",
                assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt"))).reason());
        write("a.json", "[\"https://example.com\"]");
        assertEquals("expected a JSON object, found an array",
                assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt"))).reason());
        write("a.json", "{\"title\": \"A\"} {\"title\": \"B\"}");
        assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt")));
        write("a.json", "");
        assertEquals("expected a JSON object, found nothing",
                assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt"))).reason());
    }

    @Test
    void newsApiSourceObjectGivesItsName() throws IOException {
        write("a.json", "{\"source\": {\"id\": \"the-hill\", \"name\": \"The Hill\"}, \"publishedAt\": \"2020-05-23T09:00:00Z\"}");
        ArticleFields fields = sidecar.read(dir.resolve("a.txt"));
        assertEquals("The Hill", fields.publisher());
        assertEquals(LocalDate.of(2020, 5, 23), fields.published());
    }

    @Test
    void oversizedSidecarIsRefused() throws IOException {
        write("a.json", "{\"title\": \"" + "x".repeat(2000) + "\"}");
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> sidecar.read(dir.resolve("a.txt")));
        assertEquals("file is 2,013 bytes, above the limit of 1,000 bytes (--max-article-size)", e.reason());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
