package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InputKindTest {

    @Test
    void kindsByCaseInsensitiveSuffix() {
        assertEquals(Optional.of(InputKind.TEXT), InputKind.of("a.TXT"));
        assertEquals(Optional.of(InputKind.HTML), InputKind.of("a.htm"));
        assertEquals(Optional.of(InputKind.HTML), InputKind.of("a.Html"));
        assertEquals(Optional.of(InputKind.JSON_LINES), InputKind.of("a.jsonl"));
        assertEquals(Optional.of(InputKind.JSON_LINES_GZIP), InputKind.of("a.jsonl.GZ"));
    }

    @Test
    void otherFilesSidecarsAndBareSuffixesAreNotInputs() {
        assertEquals(Optional.empty(), InputKind.of("a.json"));
        assertEquals(Optional.empty(), InputKind.of("a.txt.gz"));
        assertEquals(Optional.empty(), InputKind.of("a.gz"));
        assertEquals(Optional.empty(), InputKind.of(".txt"));
        assertEquals(Optional.empty(), InputKind.of(Path.of("/")));
    }

    @Test
    void extensionIsStrippedOnlyWhenItIsAnInputSuffix() {
        assertEquals("news", InputKind.stripExtension("news.jsonl.gz"));
        assertEquals("Story.v2", InputKind.stripExtension("Story.v2.HTML"));
        assertEquals("notes.md", InputKind.stripExtension("notes.md"));
    }
}
