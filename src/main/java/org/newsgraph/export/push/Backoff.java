package org.newsgraph.export.push;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is retried after a connection error: at most {@code attempts} tries,
 * waiting {@code initialDelay} after the first failure and doubling up to {@code maxDelay}.
 */
public record Backoff(int attempts, Duration initialDelay, Duration maxDelay) {
    /** Five tries over about 15 seconds: enough for a server that is restarting, short enough for a script. */
    public static final Backoff DEFAULT = new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(8));

    public Backoff {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (attempts < 1)
            throw new IllegalArgumentException("At least one attempt: " + attempts);
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0)
            throw new IllegalArgumentException("Need 0 <= initialDelay <= maxDelay: " + initialDelay + ", " + maxDelay);
    }

    /** The wait after failed attempt {@code n} (1-based) before the next one. */
    public Duration delayAfter(int n) {
        if (n < 1)
            throw new IllegalArgumentException("Attempts count from 1: " + n);
        Duration delay = initialDelay;
        for (int i = 1; i < n && delay.compareTo(maxDelay) < 0; i++)
            delay = delay.multipliedBy(2);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
