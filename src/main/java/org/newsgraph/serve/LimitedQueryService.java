package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's dataset query service with a ceiling on the solutions one query may return: a missing or larger LIMIT
 * is lowered to the ceiling, a smaller one is kept. ARQ has a timeout but no result cap, hence this subclass.
 * When the ceiling cuts a SELECT's rows, the response says so in the header {@value #TRUNCATED_HEADER} (the
 * ceiling), since the rows themselves cannot. Stateless apart from the ceiling, so one instance serves all requests
 * concurrently.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    /** The response header that says a SELECT's rows were cut at the ceiling, which it gives. */
    public static final String TRUNCATED_HEADER = "Newsgraph-Results-Truncated";
    /** Marks a request whose SELECT the ceiling lowered: asked for one row more, to tell whether any was cut. */
    private static final String PROBING = LimitedQueryService.class.getName() + ".probing";

    private final long resultLimit;

    LimitedQueryService(long resultLimit) {
        if (resultLimit <= 0)
            throw new IllegalArgumentException("Result limit must be positive: " + resultLimit);
        this.resultLimit = resultLimit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query capped = capped(decided.getRight(), resultLimit);
        if (capped != decided.getRight() && capped.isSelectType()) {
            capped.setLimit(resultLimit + 1);
            action.getRequest().setAttribute(PROBING, Boolean.TRUE);
        }
        return Pair.create(decided.getLeft(), capped);
    }

    /** On a probing SELECT: the first rows up to the ceiling, and the header when there was one more. */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (action.getRequest().getAttribute(PROBING) == null || !result.isRowSet()) {
            super.sendResults(action, result, prologue);
            return;
        }
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() < resultLimit && rows.hasNext())
            kept.add(rows.next());
        if (rows.hasNext())
            action.setResponseHeader(TRUNCATED_HEADER, Long.toString(resultLimit));
        super.sendResults(action, new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator())), prologue);
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
