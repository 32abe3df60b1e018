package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void defaultsAreTenMebibytesAndWindows1252() {
        assertEquals(10L * 1024 * 1024, ReadOptions.defaults().maxBytes());
        assertEquals("windows-1252", ReadOptions.defaults().fallbackCharset().name());
    }

    @Test
    void builderSetsAndChecks() {
        ReadOptions options = ReadOptions.builder().maxBytes(5).fallbackCharset(StandardCharsets.ISO_8859_1).build();
        assertEquals(new ReadOptions(5, StandardCharsets.ISO_8859_1), options);
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxBytes(0).build());
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxBytes(Integer.MAX_VALUE).build());
        assertThrows(NullPointerException.class, () -> ReadOptions.builder().fallbackCharset(null).build());
    }
}
