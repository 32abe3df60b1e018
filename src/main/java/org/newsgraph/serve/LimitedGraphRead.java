package org.newsgraph.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph Store Protocol reads that return no more than the result ceiling: a GET with no graph named is the whole
 * dataset, and {@code ?default} the union of every article, either of which may be the whole store. A graph or
 * dataset with more triples than the ceiling is refused (400) with the way to get it; one within it reads as before.
 */
final class LimitedGraphRead {
    private LimitedGraphRead() {}

    /** The read-only Graph Store Protocol service. */
    static GSP_R reads(long resultLimit) {
        return new GSP_R() {
            @Override
            protected void doGet(HttpAction action) {
                refuseIfOver(action, resultLimit);
                super.doGet(action);
            }
        };
    }

    /** The read-write Graph Store Protocol service, for {@code serve --update}. */
    static GSP_RW readsAndWrites(long resultLimit) {
        return new GSP_RW() {
            @Override
            protected void doGet(HttpAction action) {
                refuseIfOver(action, resultLimit);
                super.doGet(action);
            }
        };
    }

    private static void refuseIfOver(HttpAction action, long resultLimit) {
        long count;
        action.beginRead();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            if (isWholeDataset(action))
                count = Iter.count(Iter.limit(dsg.find(), resultLimit + 1));
            else {
                GraphTarget target = GraphTarget.determineTargetGSP(dsg, action);
                // A graph that is not there is Fuseki's 404, as before.
                count = target.exists() ? Iter.count(Iter.limit(target.graph().find(), resultLimit + 1)) : 0;
            }
        } finally {
            action.endRead();
        }
        if (count > resultLimit)
            ServletOps.errorBadRequest("this read would return more than " + resultLimit + " triples, the most this endpoint"
                    + " returns (newsgraph serve --result-limit): name one article's graph with ?graph=IRI, page with a"
                    + " CONSTRUCT query with LIMIT and OFFSET, or use newsgraph export");
    }

    /** No {@code graph} and no {@code default} parameter: the request is for every graph at once. */
    private static boolean isWholeDataset(HttpAction action) {
        return action.getRequestParameter("graph") == null && action.getRequestParameter("default") == null;
    }
}
