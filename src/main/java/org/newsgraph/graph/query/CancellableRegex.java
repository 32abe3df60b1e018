package org.newsgraph.graph.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REGEX} that stops when its query is cancelled, however badly the pattern backtracks. The same
 * answers as Jena's (Java regular expressions, the same flags), read through {@link CancellableText}.
 */
final class CancellableRegex extends E_Regex {
    private final AtomicBoolean signal;
    /** The compiled pattern when pattern and flags are constants; else compiled for each row. */
    private final Pattern fixed;

    CancellableRegex(Expr text, Expr pattern, Expr flags, AtomicBoolean signal) {
        super(text, pattern, flags);
        this.signal = signal;
        this.fixed = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern("REGEX", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString())
                : null;
    }

    private static boolean isString(Expr expr) {
        return expr.isConstant() && expr.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = fixed != null ? fixed : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(matches(text.getLiteralLexicalForm(), pattern, signal));
    }

    /** Whether {@code pattern} is found in {@code text}, giving up with a QueryCancelledException on the signal. */
    static boolean matches(String text, Pattern pattern, AtomicBoolean signal) {
        return pattern.matcher(new CancellableText(text, signal)).find();
    }

    /** The pattern of a REGEX or REPLACE argument pair, compiled as Jena compiles it. */
    static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        String text = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String flagText = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        return RegexEngine.makePattern(function, text, flagText);
    }

    @Override
    public Expr copy(ExprList args) {
        return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, signal);
    }
}
