package org.newsgraph.graph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * The first step of every query's optimization: REGEX and REPLACE become {@link CancellableRegex} and
 * {@link CancellableReplace}, CONCAT {@link BoundedConcat}, GROUP_CONCAT {@link BoundedGroupConcat}. It runs before
 * Jena's own steps because those evaluate constant expressions, a catastrophic REGEX on two literals included,
 * while the plan is built.
 */
final class BoundedExpressions {
    private BoundedExpressions() {}

    /**
     * {@code op} with its expressions bounded.
     *
     * @param signal    the query's cancel signal (null: regular expressions run to their end)
     * @param maxLength the longest string the query may build
     */
    static Op rewrite(Op op, AtomicBoolean signal, int maxLength) {
        Expressions expressions = new Expressions(signal, maxLength);
        return Transformer.transform(new Groups(maxLength), expressions, op);
    }

    private static final class Expressions extends ExprTransformCopy {
        private final AtomicBoolean signal;
        private final int maxLength;

        Expressions(AtomicBoolean signal, int maxLength) {
            this.signal = signal;
            this.maxLength = maxLength;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex))
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, signal);
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace))
                return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null,
                        signal, maxLength);
            if (func instanceof E_StrConcat && !(func instanceof BoundedConcat))
                return new BoundedConcat(args, maxLength);
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
            // EXISTS and NOT EXISTS hold a pattern of their own, with expressions of their own.
            Op bounded = Transformer.transform(new Groups(maxLength), this, opArg);
            return super.transform(funcOp, args, bounded);
        }
    }

    private static final class Groups extends TransformCopy {
        private final int maxLength;

        Groups(int maxLength) {
            this.maxLength = maxLength;
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator aggregator : group.getAggregators()) {
                Aggregator bounded = BoundedGroupConcat.of(aggregator.getAggregator(), maxLength);
                aggregators.add(bounded == aggregator.getAggregator() ? aggregator
                        : new ExprAggregator(aggregator.getVar(), bounded));
            }
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }
    }
}
