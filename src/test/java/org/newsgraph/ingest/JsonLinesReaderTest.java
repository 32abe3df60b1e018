package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The pull side of JSON Lines reading, which the Spark job uses on streams of any file system, and single records. */
class JsonLinesReaderTest {
    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());
    private final List<String> seen = new ArrayList<>();

    private boolean next(JsonLinesReader records) {
        return records.next(a -> seen.add(a.id() + " @ " + a.origin()), e -> seen.add("error: " + e.getMessage()));
    }

    @Test
    void eachCallDeliversOneRecordAndTheEndIsFalseForGood() throws IOException {
        byte[] lines = """
                {"id": "A1", "title": "One", "text": "Body one."}

                {"title": "Two", "text": "Body two."
                {"title": "Three", "text": "Body three."}
                """.getBytes(StandardCharsets.UTF_8);
        try (JsonLinesReader records = reader.jsonLines(new ByteArrayInputStream(gzip(lines)), "hdfs://nn/news/Day 1.jsonl.gz",
                "Day 1.jsonl.gz")) {
            assertTrue(next(records));
            assertEquals(List.of("A1 @ hdfs://nn/news/Day 1.jsonl.gz:1"), seen);
            assertTrue(next(records));
            assertTrue(seen.get(1).startsWith("error: hdfs://nn/news/Day 1.jsonl.gz:3: not valid JSON"), seen.get(1));
            assertTrue(next(records));
            // Without an id, named by its content: another file of this name holds other articles.
            assertTrue(seen.get(2).matches("three-[0-9a-f]{16} @ hdfs://nn/news/Day 1\\.jsonl\\.gz:4"), seen.get(2));
            assertFalse(next(records));
            assertFalse(next(records));
            assertEquals(3, seen.size());
        }
    }

    @Test
    void aTruncatedStreamIsOneErrorAfterTheLinesBeforeIt() throws IOException {
        byte[] whole = gzip("{\"title\": \"One\", \"text\": \"Body.\"}\n{\"title\": \"Two\", \"text\": \"Body.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(whole, whole.length - 12);
        try (JsonLinesReader records = reader.jsonLines(new ByteArrayInputStream(cut), "s3a://b/x.jsonl.gz", "x.jsonl.gz")) {
            while (next(records)) {
                // read to the end
            }
        }
        assertTrue(seen.get(0).matches("one-[0-9a-f]{16} @ s3a://b/x\\.jsonl\\.gz:1"), seen.get(0));
        assertTrue(seen.get(seen.size() - 1).startsWith("error: s3a://b/x.jsonl.gz: truncated gzip data after line"),
                seen.toString());
    }

    @Test
    void anEmptyStreamIsOneError() throws IOException {
        try (JsonLinesReader records = reader.jsonLines(new ByteArrayInputStream(new byte[0]), "empty.jsonl", "empty.jsonl")) {
            assertFalse(next(records));
        }
        assertEquals(List.of("error: empty.jsonl: empty file"), seen);
    }

    @Test
    void aRecordOfAnotherContainerIsReadAsALineIs() {
        Article a = reader.jsonRecord("{\"title\": \"T\", \"body\": \"B.\", \"source\": {\"name\": \"Vox\"}}"
                .getBytes(StandardCharsets.UTF_8), "/data/rows.parquet", 7);
        assertTrue(a.id().matches("t-[0-9a-f]{16}"), a.id());
        assertEquals("/data/rows.parquet:7", a.origin());
        assertEquals("Vox", a.publisher());
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> reader.jsonRecord(
                "{\"title\": \"T\"}".getBytes(StandardCharsets.UTF_8), "/data/rows.parquet", 8));
        assertEquals("/data/rows.parquet:8: no text (field \"text\" or \"body\")", e.getMessage());
    }

    @Test
    void onlyJsonLinesNamesAreJsonLines() {
        assertTrue(ArticleReader.isJsonLines("a.JSONL"));
        assertTrue(ArticleReader.isJsonLines("a.jsonl.gz"));
        assertFalse(ArticleReader.isJsonLines("a.json"));
        assertFalse(ArticleReader.isJsonLines("a.parquet"));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
