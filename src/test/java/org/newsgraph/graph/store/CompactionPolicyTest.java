package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MIB = 1L << 20;

    @Test
    void theDefaultsAreTwiceTheCompactedSizeAndAQuarterGibibyte() {
        assertEquals(2, CompactionPolicy.DEFAULT.factor());
        assertEquals(256 * MIB, CompactionPolicy.DEFAULT.minBytes());
    }

    @Test
    void aStoreNeverCompactedIsDueOnceItsIndexesReachTheMinimum() {
        assertFalse(CompactionPolicy.DEFAULT.due(256 * MIB - 1, 0));
        assertTrue(CompactionPolicy.DEFAULT.due(256 * MIB, 0));
    }

    @Test
    void bothTheFactorAndTheMinimumGrowthMustBeReached() {
        CompactionPolicy policy = new CompactionPolicy(2, 300);
        assertFalse(policy.due(350, 100), "3.5 times the size but only 250 bytes more");
        assertTrue(policy.due(400, 100));
        assertFalse(policy.due(1999, 1000), "999 bytes more but under twice the size");
        assertTrue(policy.due(2000, 1000));
        assertFalse(CompactionPolicy.DEFAULT.due(500 * MIB, 300 * MIB), "grown by 200 MiB, under both thresholds");
        assertFalse(CompactionPolicy.DEFAULT.due(599 * MIB, 300 * MIB), "grown by 299 MiB, but under twice the size");
        assertTrue(CompactionPolicy.DEFAULT.due(600 * MIB, 300 * MIB));
    }

    @Test
    void alwaysIsDueEvenWithoutGrowth() {
        assertTrue(CompactionPolicy.ALWAYS.due(0, 0));
        assertTrue(CompactionPolicy.ALWAYS.due(4096, 4096));
    }

    @Test
    void aRecordLargerThanTheIndexesIsNotTheStoresAndCountsAsNone() {
        CompactionPolicy policy = new CompactionPolicy(2, 100);
        assertTrue(policy.due(150, 10_000));
        assertFalse(policy.due(99, 10_000));
    }

    @Test
    void thresholdsAndSizesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CompactionPolicy(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CompactionPolicy(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new CompactionPolicy(Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new CompactionPolicy(2, -1));
        assertThrows(IllegalArgumentException.class, () -> CompactionPolicy.DEFAULT.due(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> CompactionPolicy.DEFAULT.due(0, -1));
    }
}
