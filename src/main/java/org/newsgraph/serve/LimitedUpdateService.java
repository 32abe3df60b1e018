package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.newsgraph.graph.query.QueryLimits;

/**
 * Fuseki's SPARQL Update service within the endpoint's limits: an update text over the cap is refused (413) before it
 * is parsed; {@code LOAD} is refused (403), since it would read a file on the server or fetch any URL; and so is an
 * update whose WHERE clause uses SERVICE, unless SERVICE is allowed. The update then runs as Fuseki runs it, under
 * the dataset's update timeout.
 */
final class LimitedUpdateService extends SPARQL_Update {
    static final String LOAD_OFF = "LOAD is off on this endpoint: it reads no file on the server and fetches nothing"
            + " (send data with the Graph Store Protocol, PUT or POST to /DATASET/data)";

    private final int maxQuerySize;
    private final boolean allowService;

    LimitedUpdateService(int maxQuerySize, boolean allowService) {
        this.maxQuerySize = maxQuerySize;
        this.allowService = allowService;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes(maxQuerySize + 1);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        if (bytes.length > maxQuerySize)
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, LimitedQueryService.tooLarge("update", maxQuerySize));
        check(bytes);
        super.execute(action, new ByteArrayInputStream(bytes));
    }

    /** Refuses LOAD, and SERVICE unless allowed; a text that does not parse is left to Fuseki to report. */
    private void check(byte[] bytes) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(new ByteArrayInputStream(bytes), Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            return;
        }
        for (Update operation : request.getOperations())
            if (operation instanceof UpdateLoad)
                ServletOps.error(HttpSC.FORBIDDEN_403, LOAD_OFF);
        if (!allowService && !QueryLimits.serviceCalls(request).isEmpty())
            ServletOps.error(HttpSC.FORBIDDEN_403, LimitedQueryService.SERVICE_OFF);
    }
}
