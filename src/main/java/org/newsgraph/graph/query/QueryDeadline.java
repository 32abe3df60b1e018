package org.newsgraph.graph.query;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;

/**
 * One query's deadline. Jena's own query timeout raises the cancel signal from a timer that first takes a lock the
 * query holds while its plan is built, and building a plan may itself run through the data (a large OFFSET is
 * skipped then): so a query could run far past its timeout, and hold up every other query's timer meanwhile. This
 * raises the same signal from a timer of its own that takes no lock.
 */
public final class QueryDeadline implements AutoCloseable {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final AtomicBoolean signal;
    private final ScheduledFuture<?> alarm;

    private QueryDeadline(AtomicBoolean signal, ScheduledFuture<?> alarm) {
        this.signal = signal;
        this.alarm = alarm;
    }

    static QueryDeadline start(Context context, Duration timeout) {
        AtomicBoolean signal = new AtomicBoolean();
        // The query execution takes the signal it finds in its context rather than making one.
        context.set(ARQConstants.symCancelQuery, signal);
        ScheduledFuture<?> alarm = TIMER.schedule(() -> signal.set(true), timeout.toNanos(), TimeUnit.NANOSECONDS);
        return new QueryDeadline(signal, alarm);
    }

    /** Whether the time is up (or the query was cancelled otherwise). */
    public boolean expired() {
        return signal.get();
    }

    /** Stops the clock; the query, if it still runs, runs on without a deadline. */
    @Override
    public void close() {
        alarm.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "newsgraph-query-deadline");
            thread.setDaemon(true);
            return thread;
        });
        // A query that ends in time leaves nothing behind in the queue.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
