package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's dataset query service with a ceiling on the solutions one query may return: a missing or larger LIMIT
 * is lowered to the ceiling, a smaller one is kept. ARQ has a timeout but no result cap, hence this subclass.
 * Stateless apart from the ceiling, so one instance serves all requests concurrently.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    private final long resultLimit;

    LimitedQueryService(long resultLimit) {
        if (resultLimit <= 0)
            throw new IllegalArgumentException("Result limit must be positive: " + resultLimit);
        this.resultLimit = resultLimit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), capped(decided.getRight(), resultLimit));
    }

    static Query capped(Query query, long resultLimit) {
        // ASK has one answer; a LIMIT there would only change nothing or confuse the parser's round trip.
        if (query.isAskType())
            return query;
        if (query.hasLimit() && query.getLimit() <= resultLimit)
            return query;
        Query copy = query.cloneQuery();
        copy.setLimit(resultLimit);
        return copy;
    }
}
