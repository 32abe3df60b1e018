/**
 * Running SPARQL over the store within limits that a query cannot talk its way around: a deadline that stops a
 * query in any stage of its evaluation (Jena's own timer waits while a plan is built), regular expressions that
 * give up when their query does, strings no longer than a ceiling, and no requests to other servers unless allowed.
 * {@link org.newsgraph.graph.query.QueryLimits} sets them on a Jena context; the command line's {@code query} and
 * the endpoint both use it.
 */
package org.newsgraph.graph.query;
