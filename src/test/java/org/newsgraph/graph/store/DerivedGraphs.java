package org.newsgraph.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.graph.NG;

/** What the tests of the derived graphs read back: canned query rows, node IRIs, the shapes, the union graph. */
final class DerivedGraphs {
    private DerivedGraphs() {
    }

    /** The rows of a canned query of ontology/queries as "value|value|...", unbound as "-", sorted (it leaves them unsorted). */
    static List<String> rows(ArticleStore store, String file) throws IOException {
        var query = ArticleStore.parseQuery(Files.readString(Path.of("ontology", "queries", file)));
        return store.query(query, 0, exec -> {
            ResultSet rs = exec.execSelect();
            TreeSet<String> rows = new TreeSet<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = row.get(v);
                    cells.add(n == null ? "-" : n.asNode().isLiteral() ? n.asNode().getLiteralLexicalForm() : n.asNode().getURI());
                }
                rows.add(String.join("|", cells));
            }
            return List.copyOf(rows);
        });
    }

    /** The subjects of {@code predicate} in {@code graph}, as IRIs after {@link NG#ID}, sorted. */
    static List<String> subjects(ArticleStore store, Node graph, Node predicate) {
        return store.read(dsg -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find(graph, Node.ANY, predicate, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI().substring(NG.ID.length())));
            return List.copyOf(out);
        });
    }

    static Shapes shapes() {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology", "shapes.ttl")).parse(shapesGraph);
        return Shapes.parse(shapesGraph);
    }

    /** A copy of the store's union graph, to damage. */
    static Graph unionCopy(ArticleStore store) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
