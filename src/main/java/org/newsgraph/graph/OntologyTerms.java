package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.PathVisitorByType;

/**
 * The terms newsgraph's graphs use: those the ontology declares ({@code ontology/newsgraph.ttl}) and the terms of
 * other vocabularies that it or the shapes ({@code ontology/shapes.ttl}) name. Finds the terms a query uses in those
 * namespaces that the graphs never have, with the nearest known term, because such a query returns nothing and says
 * nothing. Immutable, thread-safe.
 */
public final class OntologyTerms {
    private static final String[] SOURCES = {"/ontology/newsgraph.ttl", "/ontology/shapes.ttl"};
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final Set<String> known;
    /** The namespaces whose terms are checked: the ontology's own and those of the vocabularies it borrows. */
    private final Map<String, String> namespaces = Map.of("ng", NG.NS, "schema", SCHEMA.NS, "prov", PROV.NS, "nif", NIF.NS,
            "itsrdf", ITSRDF.NS);

    private OntologyTerms(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    /** The terms of the ontology and shapes shipped on the class path (in the jar). */
    public static OntologyTerms load() {
        Set<String> known = new HashSet<>();
        for (String source : SOURCES) {
            try (InputStream in = OntologyTerms.class.getResourceAsStream(source)) {
                if (in == null)
                    throw new IllegalStateException(source + " is missing from the class path");
                Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
                graph.find().forEachRemaining(t -> {
                    for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                        if (n.isURI())
                            known.add(n.getURI());
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new OntologyTerms(known);
    }

    /**
     * One line per term of a checked namespace that {@code query} uses and the graphs never have, e.g.
     * {@code ng:endorse is not in the newsgraph ontology; did you mean ng:endorses?}. Empty when all are known.
     */
    public List<String> unknownTerms(Query query) {
        List<String> warnings = new ArrayList<>();
        for (String iri : iris(query)) {
            if (known.contains(iri))
                continue;
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                if (!iri.startsWith(ns.getValue()) || iri.length() == ns.getValue().length())
                    continue;
                String local = iri.substring(ns.getValue().length());
                String nearest = nearest(ns.getValue(), local);
                String where = ns.getKey().equals("ng") ? "in the newsgraph ontology" : "used by newsgraph";
                warnings.add(ns.getKey() + ":" + local + " is not " + where
                        + (nearest == null ? "" : "; did you mean " + ns.getKey() + ":" + nearest + "?"));
            }
        }
        return warnings;
    }

    /** The known local name of the namespace closest to {@code local}, if it is close enough to be a slip. */
    private String nearest(String namespace, String local) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String iri : known) {
            if (!iri.startsWith(namespace) || iri.length() == namespace.length())
                continue;
            String candidate = iri.substring(namespace.length());
            int d = DISTANCE.apply(local.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, local.length() / 3) ? best : null;
    }

    /** Every IRI in the query's pattern: triples, paths, GRAPH names, FILTER and BIND expressions, VALUES. */
    private static Set<String> iris(Query query) {
        Set<String> iris = new LinkedHashSet<>();
        if (query.getQueryPattern() == null)
            return iris;
        Op op = Algebra.compile(query);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> nodes(iris, t.getSubject(), t.getPredicate(), t.getObject()));
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().forEach(q -> nodes(iris, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            }

            @Override
            public void visit(OpPath path) {
                TriplePath t = path.getTriplePath();
                nodes(iris, t.getSubject(), t.getObject());
                if (t.getPredicate() != null)
                    nodes(iris, t.getPredicate());
                if (t.getPath() != null)
                    t.getPath().visit(new PathNodes(iris));
            }

            @Override
            public void visit(OpGraph graph) {
                nodes(iris, graph.getNode());
            }

            @Override
            public void visit(OpFilter filter) {
                expressions(iris, filter.getExprs());
            }

            @Override
            public void visit(OpLeftJoin join) {
                if (join.getExprs() != null)
                    expressions(iris, join.getExprs());
            }

            @Override
            public void visit(OpExtend extend) {
                extend.getVarExprList().getExprs().values().forEach(e -> expression(iris, e));
            }

            @Override
            public void visit(OpTable table) {
                table.getTable().rows().forEachRemaining(b -> b.vars().forEachRemaining(v -> nodes(iris, b.get(v))));
            }
        });
        return iris;
    }

    private static void expressions(Set<String> iris, ExprList exprs) {
        exprs.forEach(e -> expression(iris, e));
    }

    private static void expression(Set<String> iris, Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(NodeValue nv) {
                nodes(iris, nv.asNode());
            }
        });
    }

    /** Collects the IRIs of a property path, through every level of its structure. */
    private static final class PathNodes extends PathVisitorByType {
        private final Set<String> iris;

        PathNodes(Set<String> iris) {
            this.iris = iris;
        }

        @Override
        public void visitNegPS(P_NegPropSet set) {
            set.getNodes().forEach(p -> p.visit(this));
        }

        @Override
        public void visit0(P_Path0 path) {
            nodes(iris, path.getNode());
        }

        @Override
        public void visit1(P_Path1 path) {
            path.getSubPath().visit(this);
        }

        @Override
        public void visit2(P_Path2 path) {
            path.getLeft().visit(this);
            path.getRight().visit(this);
        }
    }

    private static void nodes(Set<String> iris, Node... nodes) {
        for (Node n : nodes)
            if (n != null && n.isURI())
                iris.add(n.getURI());
    }
}
