package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.web.HttpSC;
import org.newsgraph.graph.query.QueryDeadline;
import org.newsgraph.graph.query.QueryLimits;

/**
 * Fuseki's dataset query service within the endpoint's limits: a query text longer than the cap is refused (HTTP
 * 413) before it is parsed; a query with SERVICE is refused (403) when SERVICE is off; every query runs under a
 * {@link QueryDeadline} (the server's timeout, or the client's {@code timeout=} when shorter); and a missing or larger
 * LIMIT is lowered to the result ceiling, a smaller one kept. ARQ has a timeout but no result cap, hence this
 * subclass. When the ceiling cuts a SELECT's rows, the response says so in the header {@value #TRUNCATED_HEADER}
 * (the ceiling), since the rows themselves cannot. Stateless apart from its settings, so one instance serves all
 * requests concurrently.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    static final String SERVICE_OFF = "SERVICE is off on this endpoint: it sends no request to other servers"
            + " (newsgraph serve --allow-service turns SERVICE on)";
    /** The response header that says a SELECT's rows were cut at the ceiling, which it gives. */
    public static final String TRUNCATED_HEADER = "Newsgraph-Results-Truncated";
    /** Marks a request whose SELECT the ceiling lowered: asked for one row more, to tell whether any was cut. */
    private static final String PROBING = LimitedQueryService.class.getName() + ".probing";
    /** Where a request's deadline waits to be closed, in the request's own context. */
    private static final Symbol DEADLINE = Symbol.create("https://w3id.org/newsgraph/ontology#queryDeadline");

    private final long resultLimit;
    private final int maxQuerySize;
    private final QueryLimits limits;

    LimitedQueryService(long resultLimit, int maxQuerySize, QueryLimits limits) {
        if (resultLimit <= 0)
            throw new IllegalArgumentException("Result limit must be positive: " + resultLimit);
        this.resultLimit = resultLimit;
        this.maxQuerySize = maxQuerySize;
        this.limits = limits;
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        String query = action.getRequestParameter(HttpNames.paramQuery);
        if (query != null && query.getBytes(StandardCharsets.UTF_8).length > maxQuerySize)
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge("query", maxQuerySize));
        super.executeWithParameter(action);
    }

    @Override
    protected void executeBody(HttpAction action) {
        String query;
        try (InputStream in = action.getRequestInputStream()) {
            byte[] bytes = in.readNBytes(maxQuerySize + 1);
            if (bytes.length > maxQuerySize)
                ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge("query", maxQuerySize));
            query = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        execute(query, action);
    }

    /** The message of HTTP 413 for a query or update text over the cap. */
    static String tooLarge(String what, int maxBytes) {
        return "the " + what + " is longer than " + String.format("%,d", maxBytes) + " bytes, the most this endpoint takes"
                + " (newsgraph serve --max-query-size)";
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!limits.allowService() && !QueryLimits.serviceCalls(query).isEmpty())
            ServletOps.error(HttpSC.FORBIDDEN_403, SERVICE_OFF);
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

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // The request's context is its own copy: the deadline's cancel signal goes with this query only.
        QueryLimits mine = limits;
        Duration asked = clientTimeout(action);
        if (asked != null && asked.compareTo(limits.timeout()) < 0)
            mine = new QueryLimits(asked, limits.allowService(), limits.maxStringLength());
        action.getContext().set(DEADLINE, mine.arm(action.getContext()));
        return super.createQueryExec(action, query, dataset);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            QueryDeadline deadline = action.getContext().get(DEADLINE);
            if (deadline != null)
                deadline.close();
        }
    }

    /** The protocol's {@code timeout=} parameter (seconds; the overall one of "first,overall"), or null. */
    private static Duration clientTimeout(HttpAction action) {
        String value = action.getRequestParameter("timeout");
        if (value == null)
            return null;
        Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(value, TimeUnit.SECONDS);
        if (parsed == null || parsed.getRight() <= 0)
            return null;
        return Duration.ofMillis(parsed.getRight());
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
