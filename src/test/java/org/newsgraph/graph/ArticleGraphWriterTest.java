package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graph.SampleArticle.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

class ArticleGraphWriterTest {
    private static final Node G = NG.articleGraph(ARTICLE.id());

    @Test
    void writesTheExpectedGraph() {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.source("src/test/resources/graph/sample-article.trig").parse(expected);
        QuadCollector c = QuadCollector.of(resolved(), 0.5);
        Set<String> got = strings(c.quads);
        Set<String> want = strings(all(expected));
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        assertEquals(Set.of(), missing, "quads missing");
        assertEquals(Set.of(), extra, "quads not expected");
        assertTrue(IsoMatcher.isomorphic(expected, c.dataset()));
    }

    @Test
    void commentsGoToTheirOwnMarkedGraphAndNothingIntoTheArticleGraph() {
        QuadCollector c = new QuadCollector();
        ArticleGraphWriter.writeComments(comments(), 0.5, c);
        String commentsIri = "https://w3id.org/newsgraph/id/article/2020-03-trump-endorses-tuberville/comments";
        Node cg = NodeFactory.createURI(commentsIri);
        assertEquals(cg, NG.commentsGraph(ARTICLE.id()));
        assertEquals(Set.of(cg), c.quads.stream().map(Quad::getGraph).collect(Collectors.toSet()));
        DatasetGraph d = c.dataset();
        assertTrue(d.contains(cg, cg, RDF.Nodes.type, NG.ReaderComments));
        assertTrue(d.contains(cg, cg, NG.commentsOn, G));
        assertTrue(d.contains(cg, cg, SCHEMA.mentions, NG.entity(OBAMA)));
        // The comments node is no article: no article type, headline or content hash, and nothing about the article node.
        assertFalse(d.contains(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Article));
        assertFalse(d.contains(Node.ANY, Node.ANY, SCHEMA.headline, Node.ANY));
        assertFalse(d.contains(Node.ANY, Node.ANY, NG.contentHash, Node.ANY));
        assertFalse(d.contains(Node.ANY, G, Node.ANY, Node.ANY));
        assertTrue(d.contains(cg, NG.entity(OBAMA), NG.criticizes, NG.entity(SESSIONS)));

        // Provenance points at the comments, and offsets count in the comments text.
        int start = COMMENTS.indexOf(C2);
        Node sentence = NodeFactory.createURI(commentsIri + "#char=" + start + "," + (start + C2.length()));
        List<Node> statements = d.stream(cg, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).map(Quad::getSubject).toList();
        assertEquals(1, statements.size());
        Node st = statements.get(0);
        assertTrue(st.getURI().startsWith(commentsIri + "/fact/"), st.getURI());
        assertEquals(List.of(cg), objects(d, st, PROV.wasDerivedFrom));
        assertEquals(List.of(sentence), objects(d, st, NG.evidence));
        assertEquals(List.of(cg), objects(d, sentence, NIF.referenceContext));
        assertEquals(List.of(NodeFactory.createLiteralString(C2)), objects(d, sentence, NIF.anchorOf));
    }

    @Test
    void commentsLeaveTheArticleGraphAsItIs() {
        QuadCollector both = QuadCollector.of(resolved(), 0.5);
        ArticleGraphWriter.writeComments(comments(), 0.5, both);
        Set<String> articleQuads = strings(both.quads.stream().filter(q -> q.getGraph().equals(G)).toList());
        assertEquals(strings(QuadCollector.of(resolved(), 0.5).quads), articleQuads);
    }

    @Test
    void commentsDropFactsBelowTheThresholdAndCheckTheirEvidence() {
        QuadCollector c = new QuadCollector();
        ArticleGraphWriter.writeComments(comments(), 0.8, c);
        assertFalse(c.dataset().contains(Node.ANY, Node.ANY, NG.criticizes, Node.ANY));
        ResolvedArticle c2 = comments();
        // Evidence located in the article text is not evidence in the comments.
        ResolvedArticle misplaced = new ResolvedArticle(c2.article(), c2.entities(),
                List.of(new ResolvedFact(OBAMA, Relation.CRITICIZES, SESSIONS, evidence(TEXT, S4), 0.7, Map.of())), 2, 16);
        assertThrows(ArticleGraphException.class, () -> ArticleGraphWriter.writeComments(misplaced, 0, new QuadCollector()));
    }

    private static List<Node> objects(DatasetGraph d, Node s, Node p) {
        return d.stream(Node.ANY, s, p, Node.ANY).map(Quad::getObject).toList();
    }

    @Test
    void prefixesFirstThenQuadsOnlyNoStartOrFinish() {
        QuadCollector c = QuadCollector.of(resolved(), 0);
        int firstQuad = c.events.indexOf("quad");
        assertEquals(List.copyOf(NG.PREFIXES.keySet()), c.prefixes);
        assertTrue(c.events.subList(0, firstQuad).stream().allMatch("prefix"::equals));
        assertTrue(c.events.subList(firstQuad, c.events.size()).stream().allMatch("quad"::equals));
    }

    @Test
    void everyQuadInTheArticleGraphNoBlankNodesNoDuplicates() {
        QuadCollector c = QuadCollector.of(resolved(), 0);
        for (Quad q : c.quads) {
            assertEquals(G, q.getGraph(), q.toString());
            for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()})
                assertFalse(n.isBlank(), q.toString());
        }
        assertEquals(c.quads.size(), new HashSet<>(c.quads).size());
    }

    @Test
    void deterministic() {
        assertEquals(QuadCollector.of(resolved(), 0).quads, QuadCollector.of(resolved(), 0).quads);
    }

    @Test
    void symmetricFactWrittenOnceInCanonicalOrder() {
        DatasetGraph ds = QuadCollector.of(resolved(), 0).dataset();
        Node sessions = NG.entity(SESSIONS);
        Node tuberville = NG.entity(TUBERVILLE);
        assertEquals(1, count(ds, Node.ANY, NG.runsAgainst, Node.ANY));
        assertTrue(ds.contains(G, sessions, NG.runsAgainst, tuberville));
        assertFalse(ds.contains(G, tuberville, NG.runsAgainst, sessions));
        // One statement, keeping the more confident of the two readings.
        List<Node> st = subjects(ds, RDF.Nodes.predicate, NG.runsAgainst);
        assertEquals(1, st.size());
        assertTrue(ds.contains(G, st.get(0), RDF.Nodes.subject, sessions));
        assertTrue(ds.contains(G, st.get(0), ITSRDF.taConfidence, NodeFactory.createLiteralDT("0.85e0",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble)));
    }

    @Test
    void thresholdDropsFactsButKeepsEntities() {
        Node tuberville = NG.entity(TUBERVILLE);
        Node sessions = NG.entity(SESSIONS);
        DatasetGraph all = QuadCollector.of(resolved(), 0).dataset();
        assertTrue(all.contains(G, tuberville, NG.criticizes, sessions));
        assertEquals(10, count(all, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement));
        // ResolvedArticle.write(a, out) keeps everything too.
        QuadCollector plain = new QuadCollector();
        ArticleGraphWriter.write(resolved(), plain);
        assertEquals(QuadCollector.of(resolved(), 0).quads, plain.quads);

        DatasetGraph half = QuadCollector.of(resolved(), 0.5).dataset();
        assertFalse(half.contains(G, tuberville, NG.criticizes, sessions));
        assertEquals(9, count(half, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement));

        // At 0.9 only the recusal (0.95) and the endorsement (0.9, at the threshold) remain.
        DatasetGraph high = QuadCollector.of(resolved(), 0.9).dataset();
        assertEquals(2, count(high, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement));
        assertTrue(high.contains(G, NG.entity(SESSIONS), NG.recusedFrom, NG.entity(RUSSIA)));
        assertTrue(high.contains(G, NG.entity(TRUMP), NG.endorses, tuberville));
        assertEquals(9, count(high, G, SCHEMA.mentions, Node.ANY));
        assertEquals(9, count(high, Node.ANY, RDFS.Nodes.label, Node.ANY));
        // Sentences that evidence no kept fact are not written.
        assertEquals(2, count(high, Node.ANY, RDF.Nodes.type, NIF.Sentence));
    }

    @Test
    void sentenceOffsetsPointIntoTheArticleText() {
        DatasetGraph ds = QuadCollector.of(resolved(), 0).dataset();
        List<Node> sentences = subjects(ds, RDF.Nodes.type, NIF.Sentence);
        assertEquals(4, sentences.size());
        for (Node s : sentences) {
            int begin = Integer.parseInt(object(ds, s, NIF.beginIndex).getLiteralLexicalForm());
            int end = Integer.parseInt(object(ds, s, NIF.endIndex).getLiteralLexicalForm());
            assertEquals(TEXT.substring(begin, end), object(ds, s, NIF.anchorOf).getLiteralLexicalForm());
            assertEquals(G.getURI() + "#char=" + begin + "," + end, s.getURI());
        }
        Node s3 = NodeFactory.createURI(G.getURI() + "#char=201,300");
        assertEquals(S3, object(ds, s3, NIF.anchorOf).getLiteralLexicalForm());
    }

    @Test
    void evidenceThatIsNotTheTextIsRefused() {
        ResolvedArticle a = resolved();
        ResolvedFact bad = new ResolvedFact(TRUMP, Relation.ENDORSES, TUBERVILLE,
                new Evidence(0, S1, 53, 53 + S1.length()), 0.9, Map.of());
        ResolvedArticle broken = new ResolvedArticle(ARTICLE, a.entities(), List.of(bad), 1, 1);
        ArticleGraphException e = assertThrows(ArticleGraphException.class,
                () -> ArticleGraphWriter.write(broken, new QuadCollector()));
        assertEquals(ARTICLE.id(), e.articleId());
        assertTrue(e.reason().contains("53..112"), e.reason());
        ResolvedFact beyond = new ResolvedFact(TRUMP, Relation.ENDORSES, TUBERVILLE,
                new Evidence(0, "x", TEXT.length(), TEXT.length() + 1), 0.9, Map.of());
        assertThrows(ArticleGraphException.class, () -> ArticleGraphWriter.write(
                new ResolvedArticle(ARTICLE, List.of(), List.of(beyond), 1, 1), new QuadCollector()));
    }

    @Test
    void contractBreachesAreRefused() {
        ResolvedFact wrongRange = fact(TRUMP, Relation.ENDORSES, RACE, S1, 0.9, Map.of());
        ResolvedFact badStatus = fact(TRUMP, Relation.HOLDS_OFFICE, PRESIDENT, S1, 0.9, Map.of("officeStatus", "past"));
        ResolvedFact badKey = fact(TRUMP, Relation.HOLDS_OFFICE, PRESIDENT, S1, 0.9,
                Map.of("officeStatus", "current", "since", "2017"));
        ResolvedFact noStatus = fact(TRUMP, Relation.HOLDS_OFFICE, PRESIDENT, S1, 0.9, Map.of());
        ResolvedFact badDate = fact(TRUMP, Relation.HOLDS_OFFICE, PRESIDENT, S1, 0.9,
                Map.of("officeStatus", "current", "startDate", "January 2017"));
        ResolvedFact nan = fact(TRUMP, Relation.ENDORSES, TUBERVILLE, S1, Double.NaN, Map.of());
        ResolvedFact statusOnEndorsement = fact(TRUMP, Relation.ENDORSES, TUBERVILLE, S1, 0.9, Map.of("officeStatus", "current"));
        for (ResolvedFact f : List.of(wrongRange, badStatus, badKey, noStatus, badDate, nan, statusOnEndorsement)) {
            assertThrows(ArticleGraphException.class, () -> ArticleGraphWriter.write(
                    new ResolvedArticle(ARTICLE, List.of(), List.of(f), 1, 1), new QuadCollector()), f.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> ArticleGraphWriter.write(resolved(), 1.5, new QuadCollector()));
        assertThrows(IllegalArgumentException.class, () -> ArticleGraphWriter.write(resolved(), Double.NaN, new QuadCollector()));
    }

    @Test
    void listedEntitiesWinOverFactCopiesAndUnlistedFactEndsAreWritten() {
        Entity oldTrump = new Entity(EntityType.PERSON, "donald-trump", "Donald Trump", Set.of(), Map.of());
        ResolvedFact f = fact(oldTrump, Relation.ENDORSES, TUBERVILLE, S1, 0.9, Map.of());
        DatasetGraph ds = QuadCollector.of(new ResolvedArticle(ARTICLE, List.of(TRUMP), List.of(f), 1, 1), 0).dataset();
        assertEquals(2, count(ds, NG.entity(TRUMP), SKOS.altLabel.asNode(), Node.ANY));
        assertTrue(ds.contains(G, NG.entity(TUBERVILLE), RDFS.Nodes.label, NodeFactory.createLiteralString("Tommy Tuberville")));
        assertEquals(2, count(ds, G, SCHEMA.mentions, Node.ANY));

        Entity otherTrump = new Entity(EntityType.PERSON, "donald-trump", "Donald J. Trump", Set.of(), Map.of());
        assertThrows(ArticleGraphException.class, () -> ArticleGraphWriter.write(
                new ResolvedArticle(ARTICLE, List.of(TRUMP, otherTrump), List.of(), 1, 1), new QuadCollector()));
    }

    @Test
    void holdsOfficeQualifiersAreTyped() {
        DatasetGraph ds = QuadCollector.of(resolved(), 0).dataset();
        Node st = subjects(ds, RDF.Nodes.object, NG.entity(AG)).get(0);
        assertEquals("former", object(ds, st, NG.officeStatus).getLiteralLexicalForm());
        Node end = object(ds, st, NG.endDate);
        assertEquals("2018", end.getLiteralLexicalForm());
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear.getURI(), end.getLiteralDatatypeURI());
        assertEquals(0, count(ds, st, NG.startDate, Node.ANY));
    }

    private static List<Quad> all(DatasetGraph dsg) {
        return dsg.stream().toList();
    }

    private static Set<String> strings(List<Quad> quads) {
        return quads.stream().map(Quad::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static long count(DatasetGraph ds, Node s, Node p, Node o) {
        return ds.stream(G, s, p, o).count();
    }

    private static List<Node> subjects(DatasetGraph ds, Node p, Node o) {
        return ds.stream(G, Node.ANY, p, o).map(Quad::getSubject).toList();
    }

    private static Node object(DatasetGraph ds, Node s, Node p) {
        List<Node> objects = ds.stream(G, s, p, Node.ANY).map(Quad::getObject).toList();
        assertEquals(1, objects.size(), s + " " + p);
        return objects.get(0);
    }
}
