package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.newsgraph.graph.SampleArticle.*;

class ShapesTest {
    private static Shapes shapes;
    private static final Node G = NG.articleGraph(ARTICLE.id());

    @BeforeAll
    static void readShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology", "shapes.ttl")).parse(g);
        shapes = Shapes.parse(g);
    }

    private static Graph written() {
        Graph g = GraphFactory.createDefaultGraph();
        QuadCollector.of(resolved(), 0).quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }

    private static ValidationReport validate(Consumer<Graph> damage) {
        Graph g = written();
        damage.accept(g);
        return ShaclValidator.get().validate(shapes, g);
    }

    /** "component focus" per violation, to compare as a set. */
    private static Set<String> violations(ValidationReport r) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : r.getEntries())
            out.add(e.sourceConstraintComponent().getLocalName() + " " + e.focusNode().getURI());
        return out;
    }

    @Test
    void writtenGraphConforms() {
        ValidationReport r = validate(g -> {});
        assertTrue(r.conforms(), () -> violations(r).toString());
    }

    @Test
    void unionOfTwoArticlesConforms() {
        Graph g = written();
        QuadCollector.of(second(), 0).quads.forEach(q -> g.add(q.asTriple()));
        ValidationReport r = ShaclValidator.get().validate(shapes, g);
        assertTrue(r.conforms(), () -> violations(r).toString());
    }

    @Test
    void articleWithItsReaderCommentsConformsAndCommentsMustNameTheirArticle() {
        Graph g = written();
        QuadCollector c = new QuadCollector();
        ArticleGraphWriter.writeComments(comments(), 0, c);
        c.quads.forEach(q -> g.add(q.asTriple()));
        ValidationReport r = ShaclValidator.get().validate(shapes, g);
        assertTrue(r.conforms(), () -> violations(r).toString());

        Node cg = NG.commentsGraph(ARTICLE.id());
        g.delete(Triple.create(cg, NG.commentsOn, G));
        g.add(Triple.create(cg, NG.commentsOn, NG.articleGraph(ARTICLE_2.id())));
        QuadCollector.of(second(), 0).quads.forEach(q -> g.add(q.asTriple()));
        ValidationReport wrong = ShaclValidator.get().validate(shapes, g);
        assertEquals(Set.of("SPARQLConstraintComponent " + cg.getURI()), violations(wrong));
    }

    @Test
    void twoPersonNodesWithOneWikidataItemAreTwoViolations() {
        Node item = NodeFactory.createURI("http://www.wikidata.org/entity/Q358443");
        ValidationReport one = validate(g -> g.add(NG.entity(SESSIONS), org.apache.jena.vocabulary.OWL.sameAs.asNode(), item));
        assertTrue(one.conforms(), () -> violations(one).toString());
        ValidationReport two = validate(g -> {
            g.add(NG.entity(SESSIONS), org.apache.jena.vocabulary.OWL.sameAs.asNode(), item);
            g.add(NG.entity(TRUMP), org.apache.jena.vocabulary.OWL.sameAs.asNode(), item);
        });
        assertEquals(Set.of("SPARQLConstraintComponent " + NG.entity(SESSIONS).getURI(),
                "SPARQLConstraintComponent " + NG.entity(TRUMP).getURI()), violations(two));
    }

    @Test
    void aRaceReportedAtTwoStagesConforms() {
        // One article covers the primary, another the runoff: the union holds both stages on one node.
        Node race = NG.entity(RACE);
        ValidationReport r = validate(g -> {
            g.add(race, NG.stage, NodeFactory.createLiteralString("primary"));
            g.add(race, NG.stage, NodeFactory.createLiteralString("caucus"));
            g.add(race, NG.party, NodeFactory.createLiteralString("Democratic"));
        });
        assertTrue(r.conforms(), () -> violations(r).toString());
    }

    @Test
    void endorsingANonPersonIsAViolation() {
        Node trump = NG.entity(TRUMP);
        ValidationReport r = validate(g -> g.delete(NG.entity(TUBERVILLE), RDF.Nodes.type, NG.Person));
        assertFalse(r.conforms());
        // Tuberville is no longer a Person: the endorsement's object, a runsAgainst end, a candidate, a statement subject.
        assertTrue(violations(r).contains("ClassConstraintComponent " + trump.getURI()), violations(r).toString());
    }

    @Test
    void missingLabelIsAViolation() {
        Node sessions = NG.entity(SESSIONS);
        ValidationReport r = validate(g -> g.delete(sessions, RDFS.Nodes.label, NodeFactory.createLiteralString("Jeff Sessions")));
        assertEquals(Set.of("MinCountConstraintComponent " + sessions.getURI()), violations(r));
    }

    @Test
    void confidenceAboveOneIsAViolation() {
        Node[] statement = new Node[1];
        ValidationReport r = validate(g -> {
            statement[0] = g.find(Node.ANY, RDF.Nodes.predicate, NG.recusedFrom).next().getSubject();
            g.remove(statement[0], ITSRDF.taConfidence, Node.ANY);
            g.add(statement[0], ITSRDF.taConfidence, NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble));
        });
        assertEquals(Set.of("MaxInclusiveConstraintComponent " + statement[0].getURI()), violations(r));
    }

    @Test
    void sentenceEndingBeforeItBeginsIsAViolation() {
        Node s = NodeFactory.createURI(G.getURI() + "#char=201,300");
        ValidationReport r = validate(g -> {
            g.remove(s, NIF.endIndex, Node.ANY);
            g.add(s, NIF.endIndex, NodeFactory.createLiteralDT("200", XSDDatatype.XSDnonNegativeInteger));
        });
        // begin > end, and the IRI no longer matches the offsets.
        assertEquals(Set.of("LessThanOrEqualsConstraintComponent " + s.getURI(),
                            "SPARQLConstraintComponent " + s.getURI()), violations(r));
    }

    @Test
    void factWithoutStatementAndStatementWithoutFactAreViolations() {
        Node trump = NG.entity(TRUMP);
        Node sessions = NG.entity(SESSIONS);
        ValidationReport r = validate(g -> g.delete(trump, NG.criticizes, sessions));
        List<ReportEntry> entries = r.getEntries().stream().toList();
        assertEquals(1, entries.size(), violations(r).toString());
        assertTrue(entries.get(0).message().contains("is not asserted"), entries.get(0).message());

        ValidationReport r2 = validate(g -> g.add(trump, NG.endorses, sessions));
        assertEquals(Set.of("SPARQLConstraintComponent " + trump.getURI()), violations(r2));
        assertTrue(r2.getEntries().iterator().next().message().contains("has no rdf:Statement"));
    }

    @Test
    void holdsOfficeWithoutStatusIsAViolation() {
        Node[] statement = new Node[1];
        ValidationReport r = validate(g -> {
            statement[0] = g.find(Node.ANY, RDF.Nodes.object, NG.entity(PRESIDENT)).next().getSubject();
            g.remove(statement[0], NG.officeStatus, Node.ANY);
        });
        assertEquals(Set.of("SPARQLConstraintComponent " + statement[0].getURI()), violations(r));
    }
}
