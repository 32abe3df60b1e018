package org.newsgraph.graph.query;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code GROUP_CONCAT} (with or without DISTINCT) that refuses to grow past the query's ceiling: over a cross
 * join, one GROUP_CONCAT built a 2 GB string. The same output as Jena's otherwise; the separator is a single space
 * unless given.
 */
final class BoundedGroupConcat {
    private static final String DEFAULT_SEPARATOR = " ";

    private BoundedGroupConcat() {}

    /** The bounded twin of Jena's GROUP_CONCAT aggregators; any other aggregator as it is. */
    static Aggregator of(Aggregator aggregator, int maxLength) {
        if (aggregator instanceof Plain || aggregator instanceof Distinct)
            return aggregator;
        if (aggregator instanceof AggGroupConcat concat)
            return new Plain(concat.getExprList().get(0), concat.getSeparator(), maxLength);
        if (aggregator instanceof AggGroupConcatDistinct concat)
            return new Distinct(concat.getExprList().get(0), concat.getSeparator(), maxLength);
        return aggregator;
    }

    private static final class Plain extends AggGroupConcat {
        private final String separator;
        private final int maxLength;

        Plain(Expr expr, String separator, int maxLength) {
            super(expr, separator);
            this.separator = separator;
            this.maxLength = maxLength;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), separator, maxLength);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joiner(getExpr(), false, separator, maxLength);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final String separator;
        private final int maxLength;

        Distinct(Expr expr, String separator, int maxLength) {
            super(expr, separator);
            this.separator = separator;
            this.maxLength = maxLength;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator, maxLength);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joiner(getExpr(), true, separator, maxLength);
        }
    }

    /** Joins the values of one group, refusing to pass the ceiling. */
    private static final class Joiner extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private final int maxLength;
        private boolean first = true;

        Joiner(Expr expr, boolean distinct, String separator, int maxLength) {
            super(expr, distinct);
            this.separator = separator == null ? DEFAULT_SEPARATOR : separator;
            this.maxLength = maxLength;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            if ((long) joined.length() + (first ? 0 : separator.length()) + text.length() > maxLength)
                throw BoundedConcat.tooLong("GROUP_CONCAT", maxLength);
            if (!first)
                joined.append(separator);
            joined.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // As Jena's: a value that cannot be evaluated is left out.
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }
}
