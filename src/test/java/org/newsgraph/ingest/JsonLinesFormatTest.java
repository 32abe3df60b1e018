package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFormatTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());
    private final List<Article> articles = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @TempDir
    Path dir;

    private void read(ArticleReader r, Path file) {
        r.read(file, articles::add, e -> errors.add(e.getMessage()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path gzip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void eachLineIsAnArticleWithFileLineOrigin() throws IOException {
        Path file = write("News Set.jsonl", """
                {"id": "yNbrjkyShbeGTsW7", "title": "Trump taunts Sessions", "date": "2016-11-21", "source": "Vox", "url": "http://vox.com/a", "text": "Para one.\\n\\nPara two."}

                {"title": "No id here", "text": "Body\\r\\nline two.", "date": "1/21"}
                """);
        read(reader, file);
        assertEquals(List.of(), errors);
        assertEquals(List.of(
                new Article("yNbrjkyShbeGTsW7", "Trump taunts Sessions", "Trump taunts Sessions\n\nPara one.\n\nPara two.",
                        "", "http://vox.com/a", "Vox", LocalDate.of(2016, 11, 21), file + ":1"),
                new Article(articles.get(1).id(), "No id here", "No id here\n\nBody\nline two.", "", null, null, null, file + ":3")),
                articles);
        // A record without an id is named by its headline and a fingerprint of the record, not by file and line.
        assertTrue(articles.get(1).id().matches("no-id-here-[0-9a-f]{16}"), articles.get(1).id());
    }

    @Test
    void badLinesAreReportedAndTheRestGoOn() throws IOException {
        Path file = write("d.jsonl", String.join("\n",
                "{\"title\": \"A\", \"text\": \"a\"}",
                "{\"title\": \"B\", \"text\": ",
                "{\"text\": \"no title\"}",
                "{\"title\": \"no text\"}",
                "[1, 2]",
                "{\"title\": \"C\", \"text\": \"c\", \"url\": 5}",
                "{\"title\": \"D\", \"text\": \"d\", \"id\": 17, \"date\": 2018}",
                "{\"title\": \"E\", \"text\": \"   \"}"));
        read(reader, file);
        assertEquals("17", articles.get(1).id());
        assertTrue(articles.get(0).id().startsWith("a-"), articles.get(0).id());
        assertEquals(8, errors.size() + articles.size());
        assertTrue(errors.get(0).startsWith(file + ":2: not valid JSON: "), errors.get(0));
        assertEquals(List.of(file + ":3: no title (field \"title\" or \"headline\")",
                file + ":4: no text (field \"text\" or \"body\")",
                file + ":5: expected a JSON object, found an array",
                file + ":6: field \"url\" is a number, expected a string",
                file + ":8: no text (field \"text\" or \"body\")"), errors.subList(1, errors.size()));
    }

    @Test
    void gzipIsStreamedAndTruncationIsReportedAfterTheGoodLines() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 10_000; i++)
            content.append("{\"title\": \"Headline ").append(i).append("\", \"text\": \"Body ").append(i)
                    .append(" with some filler to make the stream long. ".repeat(5)).append("\"}\n");
        Path whole = gzip("all.jsonl.gz", content.toString().getBytes(StandardCharsets.UTF_8));
        read(reader, whole);
        assertEquals(List.of(), errors);
        assertEquals(10_000, articles.size());
        assertTrue(articles.get(9_999).id().startsWith("headline-10000-"), articles.get(9_999).id());
        List<String> wholeIds = articles.stream().map(Article::id).toList();

        articles.clear();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        read(reader, cut);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(cut + ": truncated gzip data after line "), errors.get(0));
        assertTrue(articles.size() > 1000 && articles.size() < 9_000, "articles before the cut: " + articles.size());
        // The same records in another file have the same ids.
        for (int i = 0; i < articles.size(); i++)
            assertEquals(wholeIds.get(i), articles.get(i).id());
    }

    @Test
    void fileThatIsNotGzipIsOneError() throws IOException {
        Path file = write("plain.jsonl.gz", "{\"title\": \"A\", \"text\": \"a\"}\n");
        read(reader, file);
        assertEquals(List.of(), articles);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(file + ": not valid gzip data at the start: "), errors.get(0));
    }

    @Test
    void binaryOrEmptyFileIsOneError() throws IOException {
        Path pdf = write("p.jsonl", "%PDF-1.5\n1 0 obj\n<< >>\nendobj\n");
        Path empty = write("e.jsonl", "");
        Path blank = write("b.jsonl", "\n  \n\n");
        read(reader, pdf);
        read(reader, empty);
        read(reader, blank);
        assertEquals(List.of(), articles);
        assertEquals(List.of(pdf + ": binary file (a PDF document), not text", empty + ": empty file",
                blank + ": only blank lines"), errors);
    }

    @Test
    void lineAboveMaxBytesIsSkippedNotLoaded() throws IOException {
        ArticleReader small = new ArticleReader(ReadOptions.builder().maxBytes(100).build());
        Path file = write("m.jsonl", "{\"title\": \"A\", \"text\": \"" + "a".repeat(500) + "\"}\n{\"title\": \"B\", \"text\": \"b\"}\n");
        read(small, file);
        assertEquals(List.of("B"), articles.stream().map(Article::headline).toList());
        assertEquals(List.of(file + ":1: line is 526 bytes, above the limit of 100 bytes (--max-article-size)"), errors);
    }

    @Test
    void windows1252LineAndByteOrderMarkAreDecoded() throws IOException {
        byte[] line = "{\"title\": \"\u201cQuote\u201d\", \"text\": \"caf\u00e9\"}\n".getBytes(Charset.forName("windows-1252"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "{\"title\": \"T\", \"text\": \"na\u00efve\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(utf8);
        out.writeBytes(line);
        read(reader, Files.write(dir.resolve("enc.jsonl"), out.toByteArray()));
        assertEquals(List.of(), errors);
        assertEquals(List.of("T\n\nna\u00efve", "\u201cQuote\u201d\n\ncaf\u00e9"), articles.stream().map(Article::text).toList());
    }

    @Test
    void missingFileIsOneError() {
        Path file = dir.resolve("missing.jsonl.gz");
        read(reader, file);
        assertEquals(List.of(file + ": no such file or directory"), errors);
    }
}
