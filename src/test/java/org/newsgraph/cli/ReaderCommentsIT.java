package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SCHEMA;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Builds a sample article with a reader-comment thread with the real models, with and without {@code --comments}:
 * without, nothing of the comments is in the store; with, they have their own marked graph and the article's
 * graph is the same as without.
 */
class ReaderCommentsIT {
    private static final String ID = "2020-05-sessions-fires-back-ijr";
    private static final Path ARTICLE = Path.of("examples/articles", ID + ".txt");

    @TempDir
    static Path tmp;
    private static Path plain;
    private static Path withComments;

    @BeforeAll
    static void build() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ARTICLE, input.resolve(ARTICLE.getFileName()));
        plain = tmp.resolve("plain");
        withComments = tmp.resolve("comments");
        CommandRun.succeeding("build", input.toString(), "--threads", "1", "--store", plain.resolve("store").toString(),
                "--out", plain.resolve("graph.ttl").toString());
        CommandRun.succeeding("build", input.toString(), "--threads", "1", "--comments", "--store", withComments.resolve("store").toString(),
                "--out", withComments.resolve("graph.ttl").toString());
    }


    /**
     * Every quad of the store's named graphs but the bundled reference table's, which names every president, Obama
     * among them; the default graph holds only the store's bookkeeping.
     */
    private static List<Quad> quads(Path dir) {
        try (ArticleStore store = ArticleStore.openExisting(dir.resolve("store"))) {
            return store.read(dsg -> dsg.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .filter(q -> !q.isDefaultGraph() && !q.getGraph().equals(NG.referenceGraph())).toList());
        }
    }

    /**
     * The graphs of these quads but those derived from the article graphs (the quad checks above cover them too:
     * nothing read from comments reaches them).
     */
    private static Set<Node> articleAndCommentGraphs(List<Quad> quads) {
        Set<Node> graphs = new java.util.HashSet<>(quads.stream().map(Quad::getGraph).toList());
        assertTrue(graphs.contains(NG.officeHoldersGraph()), "the article's holdings are summed up");
        NG.storeGraphs().forEach(graphs::remove);
        return graphs;
    }

    /** The graph's quads as text, without the stored hash: it covers the build settings, --comments among them. */
    private static Set<String> strings(List<Quad> quads, Node graph) {
        Set<String> out = new TreeSet<>();
        quads.stream().filter(q -> q.getGraph().equals(graph) && !q.getPredicate().equals(NG.contentHash))
                .forEach(q -> out.add(q.toString()));
        return out;
    }

    /** Whether a quad names {@code name} (lower case) in an IRI or a literal; only the comments name Obama or Kislyak. */
    private static boolean mentions(Quad q, String name) {
        for (Node n : new Node[] {q.getSubject(), q.getObject()}) {
            String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
            if (text.toLowerCase().contains(name))
                return true;
        }
        return false;
    }

    @Test
    void withoutCommentsNothingReadFromThemIsStored() {
        List<Quad> quads = quads(plain);
        assertFalse(quads.isEmpty());
        assertEquals(Set.of(NG.articleGraph(ID)), articleAndCommentGraphs(quads));
        assertFalse(quads.stream().anyMatch(q -> mentions(q, "obama")), "a quad mentions Obama");
        assertFalse(quads.stream().anyMatch(q -> mentions(q, "kislyak")), "a quad mentions Kislyak");
        assertFalse(quads.stream().anyMatch(q -> q.getObject().equals(NG.ReaderComments)));
    }

    @Test
    void withCommentsTheyHaveTheirOwnMarkedGraphAndTheArticleGraphIsUnchanged() {
        List<Quad> quads = quads(withComments);
        Node article = NG.articleGraph(ID);
        Node comments = NG.commentsGraph(ID);
        assertEquals(Set.of(article, comments), articleAndCommentGraphs(quads));
        assertTrue(quads.contains(Quad.create(comments, comments, RDF.Nodes.type, NG.ReaderComments)));
        assertTrue(quads.contains(Quad.create(comments, comments, NG.commentsOn, article)));
        assertEquals(strings(quads(plain), article), strings(quads, article));
        // A person only the comments name is read from them, into their graph alone.
        Node kislyak = NodeFactory.createURI(NG.ID + "person/kislyak");
        assertTrue(quads.contains(Quad.create(comments, kislyak, RDFS.Nodes.label, NodeFactory.createLiteralString("Kislyak"))));
        assertTrue(quads.contains(Quad.create(comments, comments, SCHEMA.mentions, kislyak)));
        assertFalse(quads.stream().anyMatch(q -> q.getGraph().equals(article) && mentions(q, "kislyak")));
    }

    @Test
    void theGraphWithCommentsSatisfiesTheShapes() {
        CommandRun.succeeding("validate", "--store", withComments.resolve("store").toString());
    }
}
