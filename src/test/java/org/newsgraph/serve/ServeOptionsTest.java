package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServeOptionsTest {
    @Test
    void defaultsAreLoopbackReadOnlyAndBounded() {
        ServeOptions o = ServeOptions.builder().build();
        assertEquals("127.0.0.1", o.host());
        assertEquals(3030, o.port());
        assertEquals("newsgraph", o.datasetName());
        assertFalse(o.allowUpdate());
        assertFalse(o.authenticated());
        assertEquals(Duration.ofSeconds(30), o.queryTimeout());
        assertEquals(10_000, o.resultLimit());
        assertFalse(o.allowService());
        assertEquals(128 * 1024, o.maxQuerySize());
    }

    @Test
    void updatesOffLoopbackNeedAPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.builder().host("0.0.0.0").allowUpdate(true).build());
        assertEquals("Updates on the non-loopback host 0.0.0.0 need a password", e.getMessage());
        assertTrue(ServeOptions.builder().host("0.0.0.0").allowUpdate(true).password("pw").build().authenticated());
        // Read-only on every interface, and updates on loopback, need none.
        ServeOptions.builder().host("0.0.0.0").build();
        ServeOptions.builder().host("localhost").allowUpdate(true).build();
        ServeOptions.builder().host("::1").allowUpdate(true).build();
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().port(65536).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().datasetName("a/b").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().datasetName("").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().queryTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().resultLimit(0).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().password("").build());
        // A password of spaces guards nothing.
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().password("   ").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().password("\t\n").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().user(" ").password("pw").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().maxQuerySize(0).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().host("no-such-host.invalid").build());
    }

    @Test
    void toStringNeverShowsThePassword() {
        String text = ServeOptions.builder().allowUpdate(true).password("hunter2-secret").build().toString();
        assertFalse(text.contains("hunter2-secret"), text);
        assertTrue(text.contains("password=set"), text);
    }
}
