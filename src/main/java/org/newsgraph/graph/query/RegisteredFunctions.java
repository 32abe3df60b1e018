package org.newsgraph.graph.query;

import java.util.List;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The functions a query may call: Jena's registered ones only. Jena otherwise loads any class a function IRI names
 * ({@code <java:...>}, or any name in its function and property function namespaces), which would put code no one
 * reviewed for this within a query's reach, such as the property function that splits a string by a regular
 * expression that no deadline can interrupt. XPath's {@code fn:matches} and {@code fn:replace} stay, as
 * {@link CancellableRegex} and {@link CancellableReplace}.
 */
final class RegisteredFunctions {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private RegisteredFunctions() {}

    /** Puts the registered functions and property functions, and only those, on {@code context}. */
    static void install(Context context, int maxStringLength) {
        FunctionRegistry registered = FunctionRegistry.get(context);
        FunctionRegistry functions = new Closed(registered != null ? registered : FunctionRegistry.get());
        functions.put(FN + "matches", uri -> new Matches());
        functions.put(FN + "replace", uri -> new Replace(maxStringLength));
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry.set(context, new ClosedProperties(PropertyFunctionRegistry.chooseRegistry(context)));
    }

    private static final class Closed extends FunctionRegistry {
        Closed(FunctionRegistry from) {
            from.keys().forEachRemaining(uri -> put(uri, from.get(uri)));
        }

        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    private static final class ClosedProperties extends PropertyFunctionRegistry {
        ClosedProperties(PropertyFunctionRegistry from) {
            from.keys().forEachRemaining(uri -> put(uri, from.get(uri)));
        }

        @Override
        public boolean manages(String uri) {
            return isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /** {@code fn:matches(text, pattern[, flags])}. */
    private static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3)
                throw new ExprEvalException("fn:matches: wanted 2 or 3 arguments, got " + args.size());
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = args.get(0).asNode().getLiteralLexicalForm();
            return NodeValue.booleanReturn(CancellableRegex.matches(text,
                    CancellableRegex.pattern("fn:matches", args.get(1), args.size() > 2 ? args.get(2) : null),
                    Context.getCancelSignal(env.getContext())));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            throw new ExprEvalException("fn:matches needs its query's context");
        }
    }

    /** {@code fn:replace(text, pattern, replacement[, flags])}. */
    private static final class Replace extends FunctionBase {
        private final int maxLength;

        Replace(int maxLength) {
            this.maxLength = maxLength;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4)
                throw new ExprEvalException("fn:replace: wanted 3 or 4 arguments, got " + args.size());
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return CancellableReplace.replace(args.get(0),
                    CancellableRegex.pattern("fn:replace", args.get(1), args.size() > 3 ? args.get(3) : null), args.get(2),
                    Context.getCancelSignal(env.getContext()), maxLength);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            throw new ExprEvalException("fn:replace needs its query's context");
        }
    }
}
