package org.newsgraph.serve;

import java.net.BindException;
import java.net.URL;

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
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Makes an Apache Jena Fuseki server for a newsgraph store, configured from {@link ServeOptions}: SPARQL query
 * (GET and POST) and Graph Store Protocol read over the union of the article graphs, the Fuseki UI at {@code /},
 * and update only when the options allow it. Static methods only; each call makes an independent server.
 */
public final class EndpointFactory {
    /** Where the jena-fuseki-ui jar keeps the query editor. */
    private static final String UI_RESOURCE = "webapp";
    private static final String REALM = "newsgraph";

    private EndpointFactory() {}

    /**
     * A configured server, not yet started. Sets union-default-graph and the query timeout on the dataset's
     * context, so the caller should pass a dataset that this server alone serves.
     */
    public static FusekiServer build(DatasetGraph dataset, ServeOptions options) {
        // Every article is its own named graph; queries without GRAPH should see them all.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add("/" + options.datasetName(), dataService(dataset, options))
                .registerOperation(Operation.Query, new LimitedQueryService(options.resultLimit()))
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
        // The builder knows only "loopback or every interface"; bind the connector to the host asked for.
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector)
                serverConnector.setHost(options.host());
        }
        return server;
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
