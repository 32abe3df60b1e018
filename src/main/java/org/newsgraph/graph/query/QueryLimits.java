package org.newsgraph.graph.query;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The limits every query (and every update's WHERE clause) runs under. {@link #configure} puts them on a context
 * once, a dataset's or a query's; {@link #arm} starts one query's clock.
 *
 * @param timeout         how long one query may take, from {@link #arm} on, whatever it is doing
 * @param allowService    whether {@code SERVICE} may send requests to other servers; off, a query that uses it fails
 *                        before anything is sent
 * @param maxStringLength the longest string a query may build with GROUP_CONCAT, CONCAT or REPLACE, in characters;
 *                        longer is an error rather than a heap filled
 */
public record QueryLimits(Duration timeout, boolean allowService, int maxStringLength) {
    /** A million characters: far more than any label or evidence sentence joined for display. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** How long a SERVICE request may wait for a connection, when SERVICE is allowed. */
    static final Duration SERVICE_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("Query timeout must be positive: " + timeout);
        if (maxStringLength < 1)
            throw new IllegalArgumentException("Longest string must be at least 1 character: " + maxStringLength);
    }

    /** {@code timeout}, no SERVICE, strings up to {@value #DEFAULT_MAX_STRING_LENGTH} characters. */
    public static QueryLimits of(Duration timeout) {
        return new QueryLimits(timeout, false, DEFAULT_MAX_STRING_LENGTH);
    }

    public QueryLimits withService(boolean allow) {
        return new QueryLimits(timeout, allow, maxStringLength);
    }

    public QueryLimits withMaxStringLength(int length) {
        return new QueryLimits(timeout, allowService, length);
    }

    /**
     * Sets these limits on {@code context}: SERVICE on or off (when on, with a connect timeout and the query timeout
     * on each request), the optimizer step that bounds expressions ({@link BoundedExpressions}), and Jena's
     * registered functions only ({@link RegisteredFunctions}). Queries made with this context, or a copy of it, obey them once
     * {@link #arm armed}.
     */
    public void configure(Context context) {
        context.set(ARQ.httpServiceAllowed, allowService);
        if (allowService) {
            context.set(ARQ.httpQueryClient, HttpClient.newBuilder().connectTimeout(
                    timeout.compareTo(SERVICE_CONNECT_TIMEOUT) < 0 ? timeout : SERVICE_CONNECT_TIMEOUT).build());
            context.set(ARQ.httpQueryTimeout, timeout.toMillis());
        }
        int max = maxStringLength;
        RewriteFactory optimizer = queryContext -> {
            OptimizerStd standard = new OptimizerStd(queryContext);
            return op -> standard.rewrite(BoundedExpressions.rewrite(op, Context.getCancelSignal(queryContext), max));
        };
        context.set(ARQConstants.sysOptimizerFactory, optimizer);
        RegisteredFunctions.install(context, max);
    }

    /**
     * Starts the clock of one query that is about to be built with {@code context} (a context of its own, not a
     * shared one): it gets a cancel signal that is raised after {@link #timeout}, checked by every iterator and every
     * thousand characters a regular expression reads. Close the deadline when the query is done.
     */
    public QueryDeadline arm(Context context) {
        return QueryDeadline.start(context, timeout);
    }

    /**
     * The endpoints of the {@code SERVICE} clauses of {@code query} (a variable's name for {@code SERVICE ?v}), EXISTS
     * and subqueries included; empty when it has none. For a clear refusal before Jena's own, when SERVICE is off.
     */
    public static List<String> serviceCalls(Query query) {
        return serviceCalls(Algebra.compile(query));
    }

    /** As {@link #serviceCalls(Query)}, for the WHERE clauses of an update. */
    public static List<String> serviceCalls(UpdateRequest update) {
        List<String> calls = new ArrayList<>();
        for (Update operation : update.getOperations())
            if (operation instanceof UpdateModify modify && modify.getWherePattern() != null)
                calls.addAll(serviceCalls(Algebra.compile(modify.getWherePattern())));
        return calls;
    }

    private static List<String> serviceCalls(Op op) {
        List<String> calls = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                calls.add(service.getService().isURI() ? service.getService().getURI() : service.getService().toString());
            }
        });
        return calls;
    }
}
