package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

class ArticleInputExceptionTest {

    @Test
    void messageIsOriginColonReasonOnOneLine() {
        ArticleInputException e = new ArticleInputException("data.jsonl:7", "not valid JSON:\n  unexpected token ");
        assertEquals("data.jsonl:7", e.origin());
        assertEquals("not valid JSON: unexpected token", e.reason());
        assertEquals("data.jsonl:7: not valid JSON: unexpected token", e.getMessage());
        assertInstanceOf(NewsgraphException.class, e);
    }

    @Test
    void ioFailuresBecomeShortReasons() {
        NoSuchFileException missing = new NoSuchFileException("a.txt");
        ArticleInputException e = ArticleInputException.of("a.txt", missing);
        assertEquals("a.txt: no such file or directory", e.getMessage());
        assertSame(missing, e.getCause());
        assertEquals("permission denied", ArticleInputException.of("a.txt", new AccessDeniedException("a.txt")).reason());
    }
}
