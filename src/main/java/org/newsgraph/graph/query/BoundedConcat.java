package org.newsgraph.graph.query;

import java.util.List;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * SPARQL {@code CONCAT} that refuses a result longer than the query's ceiling: chained BINDs that each double a
 * string reach any size in a few dozen steps.
 */
final class BoundedConcat extends E_StrConcat {
    private final int maxLength;

    BoundedConcat(ExprList args, int maxLength) {
        super(args);
        this.maxLength = maxLength;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args)
            if (arg.isLiteral())
                length += arg.asNode().getLiteralLexicalForm().length();
        if (length > maxLength)
            throw tooLong("CONCAT", maxLength);
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public Expr copy(ExprList args) {
        return new BoundedConcat(args, maxLength);
    }

    /** The error of a query that would build a string over the ceiling; the endpoint answers it with 422. */
    static QueryDeniedException tooLong(String function, int maxLength) {
        return new QueryDeniedException(function + " would build a string of more than " + String.format("%,d", maxLength)
                + " characters, the most a query may build");
    }
}
