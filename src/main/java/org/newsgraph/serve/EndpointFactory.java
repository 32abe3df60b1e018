package org.newsgraph.serve;

import java.net.BindException;
import java.net.URL;
import java.time.Duration;
import java.util.Set;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.newsgraph.graph.query.QueryLimits;

/**
 * Makes an Apache Jena Fuseki server for a newsgraph store, configured from {@link ServeOptions}: SPARQL query
 * (GET and POST) and Graph Store Protocol read over the union of the article graphs, the Fuseki UI at {@code /},
 * and update only when the options allow it. Static methods only; each call makes an independent server.
 */
public final class EndpointFactory {
    /** Where the jena-fuseki-ui jar keeps the query editor. */
    private static final String UI_RESOURCE = "webapp";
    private static final String REALM = "newsgraph";
    /** Jetty's own default ceiling; Fuseki's 20 let 20 slow clients take every worker. */
    private static final int MIN_THREADS = 4;
    private static final int MAX_THREADS = 200;
    /** A connection with nothing to say for this long is closed. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /** With {@code --update}: the largest body, a Graph Store Protocol upload included. */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private EndpointFactory() {}

    /**
     * A configured server, not yet started. Sets union-default-graph, the query and update timeouts and the
     * {@link QueryLimits} on the dataset's context, so the caller should pass a dataset that this server alone serves.
     */
    public static FusekiServer build(DatasetGraph dataset, ServeOptions options) {
        // Every article is its own named graph; queries without GRAPH should see them all.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        dataset.getContext().set(ARQ.updateTimeout, Long.toString(options.queryTimeout().toMillis()));
        QueryLimits limits = QueryLimits.of(options.queryTimeout()).withService(options.allowService());
        limits.configure(dataset.getContext());

        String base = "/" + options.datasetName();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add(base, dataService(dataset, options))
                .registerOperation(Operation.Query, new LimitedQueryService(options.resultLimit(), options.maxQuerySize(), limits))
                .registerOperation(Operation.Update, new LimitedUpdateService(options.maxQuerySize(), options.allowService()))
                .registerOperation(Operation.GSP_R, LimitedGraphRead.reads(options.resultLimit()))
                .registerOperation(Operation.GSP_RW, LimitedGraphRead.readsAndWrites(options.resultLimit()))
                .addFilter("/*", new SameOriginWrites(Set.of(base + "/update", base + "/data"), ServeOptions.isLoopback(options.host())))
                .numServerThreads(MIN_THREADS, MAX_THREADS)
                .staticFileBase(uiBase())
                // The UI lists datasets and their services from /$/server and checks liveness with /$/ping.
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true);
        // The pages: start page, entity and article pages as Linked Data, search, canned queries.
        Site.addTo(builder, dataset, options);
        if (options.authenticated())
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                    JettySecurityLib.makeUserStore(options.user(), options.password())));
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                // The builder knows only "loopback or every interface"; bind the connector to the host asked for.
                serverConnector.setHost(options.host());
                serverConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                HttpConnectionFactory http = serverConnector.getConnectionFactory(HttpConnectionFactory.class);
                // No minimum request data rate: Jetty 12 checks it only in the servlet's reads, against the bytes the
                // servlet has read since its first read, so a pause of the server (a collection, a busy machine)
                // between two reads of a small body failed a fast client with 408 and a closed connection. Slow
                // senders are held off by the eager read below and the idle timeout.
                if (http != null)
                    http.getHttpConfiguration().setRequestHeaderSize(requestHeaderSize(options));
            }
        }
        // Outermost: refuse an oversized body (413) before anything reads it; then read form and small bodies
        // without a worker thread, so that slow senders wait on the network and not in a servlet.
        long bodyLimit = options.allowUpdate() ? MAX_UPLOAD_BYTES : 4L * options.maxQuerySize() + 4096;
        Handler application = jetty.getHandler();
        if (application instanceof ServletContextHandler context)
            context.setMaxFormContentSize((int) bodyLimit);
        jetty.setHandler(new SizeLimitHandler(bodyLimit, -1));
        // The form reader ahead of the servlets has Jetty's own limit (200,000 bytes) unless told; over it, a form
        // query answered 500 where the cap's 413 belongs.
        ((SizeLimitHandler) jetty.getHandler()).setHandler(new EagerContentHandler(application,
                new EagerContentHandler.FormContentLoaderFactory(-1, (int) bodyLimit),
                new EagerContentHandler.MultiPartContentLoaderFactory(),
                new EagerContentHandler.RetainedContentLoaderFactory()));
        return server;
    }

    /** Room in the request line for a query of the largest size, percent-encoded, with the headers. */
    private static int requestHeaderSize(ServeOptions options) {
        return (int) Math.min(Integer.MAX_VALUE, 3L * options.maxQuerySize() + 16 * 1024);
    }

    /**
     * Builds and starts the server. A taken port or an address this machine does not have becomes a
     * {@link ServeException} naming host and port.
     */
    public static FusekiServer start(DatasetGraph dataset, ServeOptions options) {
        FusekiServer server = build(dataset, options);
        try {
            return server.start();
        } catch (RuntimeException e) {
            server.stop();
            BindException bind = bindFailure(e);
            if (bind == null)
                throw e;
            String address = options.host() + ":" + options.port();
            throw new ServeException(address, "cannot listen there (" + bind.getMessage()
                    + "); is another server using the port?", e);
        }
    }

    /**
     * Reads are open at the dataset itself and at {@code query}, {@code sparql} and {@code get}; writes only at
     * {@code update} and {@code data}. Fuseki guards an endpoint by a Jetty path constraint, and a guarded unnamed
     * endpoint would guard the whole dataset path, queries included: so no write operation sits on the dataset
     * itself, and with a password only {@code update} and {@code data} ask for it.
     */
    private static DataService dataService(DatasetGraph dataset, ServeOptions options) {
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get");
        if (!options.allowUpdate())
            return service.addEndpoint(Operation.GSP_R, "data").build();
        AuthPolicy writers = options.authenticated() ? Auth.policyAllowSpecific(options.user()) : null;
        return service
                .addEndpoint(Operation.Update, "update", writers)
                .addEndpoint(Operation.GSP_RW, "data", writers)
                .build();
    }

    private static String uiBase() {
        URL ui = EndpointFactory.class.getClassLoader().getResource(UI_RESOURCE);
        if (ui == null)
            throw new ServeException("classpath:" + UI_RESOURCE, "the Fuseki UI files (jena-fuseki-ui) are missing", null);
        return ui.toExternalForm();
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind)
                return bind;
        }
        return null;
    }
}
