package org.newsgraph.export.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void delaysDoubleUpToTheMaximum() {
        Backoff b = new Backoff(6, Duration.ofMillis(100), Duration.ofMillis(500));
        assertEquals(Duration.ofMillis(100), b.delayAfter(1));
        assertEquals(Duration.ofMillis(200), b.delayAfter(2));
        assertEquals(Duration.ofMillis(400), b.delayAfter(3));
        assertEquals(Duration.ofMillis(500), b.delayAfter(4));
        assertEquals(Duration.ofMillis(500), b.delayAfter(50));
    }

    @Test
    void defaultWaitsAboutFifteenSecondsInAll() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < Backoff.DEFAULT.attempts(); attempt++)
            total = total.plus(Backoff.DEFAULT.delayAfter(attempt));
        assertEquals(Duration.ofSeconds(15), total);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(2, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(2, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> Backoff.DEFAULT.delayAfter(0));
    }
}
