package org.newsgraph.graph.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REPLACE} that stops when its query is cancelled and refuses to build a string longer than the
 * query's ceiling (each match may insert the whole replacement, so a short query can ask for gigabytes). Otherwise
 * Jena's semantics: a zero-length match only at the start, the argument's language tag or datatype kept.
 */
final class CancellableReplace extends E_StrReplace {
    private final AtomicBoolean signal;
    private final int maxLength;

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags, AtomicBoolean signal, int maxLength) {
        super(text, pattern, replacement, flags);
        this.signal = signal;
        this.maxLength = maxLength;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Pattern pattern = CancellableRegex.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        return replace(args.get(0), pattern, args.get(2), signal, maxLength);
    }

    static NodeValue replace(NodeValue text, Pattern pattern, NodeValue replacement, AtomicBoolean signal, int maxLength) {
        Node node = NodeValueOps.checkAndGetStringLiteral("REPLACE", text);
        String input = node.getLiteralLexicalForm();
        String with = NodeValueOps.checkAndGetStringLiteral("REPLACE", replacement).getLiteralLexicalForm();
        Matcher matcher = pattern.matcher(new CancellableText(input, signal));
        StringBuilder out = null;
        try {
            while (matcher.find()) {
                if (out == null)
                    out = new StringBuilder();
                else if (matcher.start() == matcher.end())
                    continue;
                matcher.appendReplacement(out, with);
                if (out.length() > maxLength)
                    throw BoundedConcat.tooLong("REPLACE", maxLength);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
        }
        if (out == null)
            return text;
        matcher.appendTail(out);
        if (out.length() > maxLength)
            throw BoundedConcat.tooLong("REPLACE", maxLength);
        String result = out.toString();
        if (result.equals(input))
            return text;
        return NodeValue.makeNode(NodeFactory.createLiteral(result, node.getLiteralLanguage(), node.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList args) {
        return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null,
                signal, maxLength);
    }
}
