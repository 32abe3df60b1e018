package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(String text, long max) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<String> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next())
            lines.add(line.tooLong() ? "TOO LONG " + line.length() : new String(line.bytes(), StandardCharsets.UTF_8));
        return lines;
    }

    @Test
    void splitsOnLfAndCrLfWithOrWithoutFinalLineEnd() throws IOException {
        assertEquals(List.of("a", "", "b c", "d"), lines("a\n\r\nb c\r\nd", 100));
        assertEquals(List.of("a"), lines("a\n", 100));
        assertEquals(List.of(), lines("", 100));
        assertEquals(List.of("a\rb"), lines("a\rb", 100));
    }

    @Test
    void longLinesAcrossBuffersAreWhole() throws IOException {
        String line = "x".repeat(200_000);
        assertEquals(List.of(line, "y"), lines(line + "\r\ny\n", 1_000_000));
    }

    @Test
    void linesAboveTheLimitAreSkippedWithTheirLength() throws IOException {
        assertEquals(List.of("12345", "TOO LONG 6", "ok"), lines("12345\n123456\nok", 5));
        assertEquals(List.of("12345", "TOO LONG 150000", "ok"), lines("12345\r\n" + "z".repeat(150_000) + "\nok", 5));
    }

    @Test
    void endOfStreamGivesNull() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(new byte[] {'a'}), 10);
        assertArrayEquals(new byte[] {'a'}, reader.next().bytes());
        assertNull(reader.next());
        assertNull(reader.next());
    }
}
