package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class LimitedQueryServiceTest {
    @Test
    void missingOrLargerLimitIsLoweredOnACopy() {
        Query none = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query capped = LimitedQueryService.capped(none, 50);
        assertEquals(50, capped.getLimit());
        assertFalse(none.hasLimit(), "the parsed query must stay as the client sent it");
        assertEquals(50, LimitedQueryService.capped(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 51"), 50).getLimit());
        assertEquals(50, LimitedQueryService.capped(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), 50).getLimit());
    }

    @Test
    void smallerLimitAndAskAreKept() {
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 50");
        assertSame(small, LimitedQueryService.capped(small, 50));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, LimitedQueryService.capped(ask, 50));
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LimitedQueryService(0, 1000,
                org.newsgraph.graph.query.QueryLimits.of(java.time.Duration.ofSeconds(1))));
    }
}
