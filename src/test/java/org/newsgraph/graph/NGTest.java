package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;

class NGTest {
    static final Path ONTOLOGY = Path.of("ontology", "newsgraph.ttl");
    private static Graph ontology;

    @BeforeAll
    static void readOntology() {
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ONTOLOGY).parse(ontology);
    }

    /** ng: terms that the ontology declares as a class or a property. */
    private static Set<String> declared() {
        Set<String> terms = new TreeSet<>();
        for (Node kind : new Node[] {OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode()}) {
            ontology.find(Node.ANY, RDF.Nodes.type, kind).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS))
                    terms.add(t.getSubject().getURI());
            });
        }
        return terms;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class)
                terms.add(((Node) f.get(null)).getURI());
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclaredInTheOntologyAndBack() throws IllegalAccessException {
        Set<String> inJava = constants();
        Set<String> inOntology = declared();
        Set<String> onlyJava = new TreeSet<>(inJava);
        onlyJava.removeAll(inOntology);
        Set<String> onlyOntology = new TreeSet<>(inOntology);
        onlyOntology.removeAll(inJava);
        assertEquals(Set.of(), onlyJava, "in NG but not declared in " + ONTOLOGY);
        assertEquals(Set.of(), onlyOntology, "declared in " + ONTOLOGY + " but missing from NG");
        assertEquals(51, inJava.size());
    }

    @Test
    void everyTermHasLabelAndComment() {
        for (String term : declared()) {
            Node n = NodeFactory.createURI(term);
            assertTrue(ontology.contains(n, RDFS.Nodes.label, Node.ANY), term + " has no rdfs:label");
            assertTrue(ontology.contains(n, RDFS.Nodes.comment, Node.ANY), term + " has no rdfs:comment");
        }
    }

    @Test
    void relationDomainsAndRangesMatchTheEnums() {
        for (Relation r : Relation.values()) {
            Node p = NG.property(r);
            assertEquals(NG.NS + r.localName(), p.getURI());
            assertTrue(ontology.contains(p, RDF.Nodes.type, OWL.ObjectProperty.asNode()), p.getURI());
            assertTrue(ontology.contains(p, RDFS.Nodes.domain, NG.type(r.domain())), p + " domain");
            assertTrue(ontology.contains(p, RDFS.Nodes.range, NG.type(r.range())), p + " range");
            assertEquals(r.isSymmetric(), ontology.contains(p, RDF.Nodes.type, OWL.SymmetricProperty.asNode()), p.getURI());
        }
        for (EntityType t : EntityType.values()) {
            assertEquals(NG.NS + t.localName(), NG.type(t).getURI());
            assertTrue(ontology.contains(NG.type(t), RDF.Nodes.type, OWL.Class.asNode()));
        }
    }

    @Test
    void ontologyHasVersionAndDescription() {
        Node onto = NodeFactory.createURI("https://w3id.org/newsgraph/ontology");
        assertTrue(ontology.contains(onto, RDF.Nodes.type, OWL.Ontology.asNode()));
        assertTrue(ontology.contains(onto, OWL.versionInfo.asNode(), Node.ANY));
    }

    @Test
    void entityAndArticleIris() {
        Entity e = new Entity(EntityType.OFFICE, "us-attorney-general", "U.S. Attorney General", Set.of(), Map.of());
        assertEquals("https://w3id.org/newsgraph/id/office/us-attorney-general", NG.entity(e).getURI());
        assertEquals("https://w3id.org/newsgraph/id/article/2020-05-x_y.z", NG.articleGraph("2020-05-x_y.z").getURI());
        // Characters that may not stand in an IRI path segment are percent-encoded, never passed through.
        assertEquals("https://w3id.org/newsgraph/id/article/a%20b%2Fc%C3%A9", NG.articleGraph("a b/cé").getURI());
        assertThrows(IllegalArgumentException.class, () -> NG.articleGraph(""));
        assertEquals("https://w3id.org/newsgraph/id/article/a%20b%2Fc%C3%A9/comments", NG.commentsGraph("a b/cé").getURI());
        assertThrows(IllegalArgumentException.class, () -> NG.commentsGraph(""));
    }

    @Test
    void attributeAndQualifierKeys() {
        assertEquals(NG.year, NG.attribute("year"));
        assertEquals(NG.stage, NG.attribute("stage"));
        assertNull(NG.attribute("officeStatus"));
        assertEquals(NG.officeStatus, NG.qualifier("officeStatus"));
        assertNull(NG.qualifier("year"));
    }
}
