package org.newsgraph.export.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PushSummaryTest {
    @Test
    void saysWhatWentWhere() {
        assertEquals("3 graphs, 120 triples -> http://h/ds/data", new PushSummary("http://h/ds/data", 3, 120, 0).toString());
        assertEquals("1 graph, 1 triple -> http://h/ds/data (1 retry)", new PushSummary("http://h/ds/data", 1, 1, 1).toString());
        assertEquals("0 graphs, 0 triples -> http://h/ds/data (2 retries)", new PushSummary("http://h/ds/data", 0, 0, 2).toString());
    }

    @Test
    void countsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new PushSummary("http://h/", -1, 0, 0));
    }
}
