package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/** The store's one node per person: article graphs moved onto the nodes the readings of all articles decide. */
class StoreIdentityTest {
    private static final Node DONALD = NG.person("donald-trump");
    private static final Node TRUMP = NG.person("trump");

    /** "{who} endorsed {whom}." with {@code who} read as {@code label} and, if not null, matched to {@code record}. */
    private static ResolvedArticle endorsement(String id, String who, String whom, String record) {
        Article article = TestArticles.article(id, who + " endorsed " + whom + ".");
        ResolvedArticle plain = TestArticles.endorsement(article, who, whom, 0.9);
        if (record == null)
            return plain;
        Entity subject = plain.entities().get(0);
        Entity matched = new Entity(subject.type(), subject.key(), subject.label(), subject.altLabels(), Map.of("matchesRecord", record));
        return new ResolvedArticle(article, List.of(matched, plain.entities().get(1)), plain.facts(), 1, 4);
    }

    private static List<ResolvedArticle> trumps(int donalds, int melanias, String first) {
        List<ResolvedArticle> out = new ArrayList<>();
        for (int i = 0; i < donalds; i++)
            out.add(endorsement(first + "d" + i, "Donald Trump", "Candidate D" + i, null));
        for (int i = 0; i < melanias; i++)
            out.add(endorsement(first + "m" + i, "Melania Trump", "Candidate M" + i, null));
        return out;
    }

    private static void store(ArticleStore store, List<ResolvedArticle> articles) {
        for (ResolvedArticle a : articles)
            store.replace(a, 0.5);
        store.deriveGraphs();
    }

    private static Set<Quad> quads(ArticleStore store, Node graph) {
        return store.read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    private static Set<String> literals(ArticleStore store, Node graph, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        for (Quad q : quads(store, graph))
            if (q.getSubject().equals(s) && q.getPredicate().equals(p))
                out.add(q.getObject().getLiteralLexicalForm());
        return out;
    }

    @Test
    void aSurnameAloneEndsOnTheNodeOfThePersonItStandsFor() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<ResolvedArticle> articles = trumps(9, 1, "");
            articles.add(endorsement("alone", "Trump", "Luther Strange", null));
            store(store, articles);
            Node graph = NG.articleGraph("alone");
            boolean left = store.read(dsg -> dsg.getUnionGraph().contains(TRUMP, Node.ANY, Node.ANY));
            assertFalse(left, "no node person/trump is left");
            assertEquals(Set.of("Donald Trump"), literals(store, graph, DONALD, RDFS.Nodes.label), "the node's label, in every article");
            assertEquals(Set.of("Trump"), literals(store, graph, DONALD, SKOS.altLabel.asNode()), "the name the article wrote");
            assertEquals(Set.of("trump"), literals(store, graph, DONALD, NG.localKey));
            assertTrue(quads(store, graph).contains(Quad.create(graph, DONALD, NG.endorses, NG.person("luther-strange"))));
            assertTrue(quads(store, graph).stream().anyMatch(q -> q.getPredicate().equals(RDF.Nodes.subject) && q.getObject().equals(DONALD)),
                    "the statement too");
            int labels = store.read(dsg -> dsg.getUnionGraph().find(DONALD, RDFS.Nodes.label, Node.ANY).toList().size());
            assertEquals(1, labels, "one label in the union");
        }
    }

    @Test
    void addingArticlesMovesEarlierOnesAndRemovingThemMovesThemBackAsTheyWere() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<ResolvedArticle> articles = trumps(8, 2, "");
            articles.add(endorsement("alone", "Trump", "Luther Strange", null));
            store(store, articles);
            Node graph = NG.articleGraph("alone");
            Set<Quad> asWritten = quads(store, graph);
            assertTrue(asWritten.stream().anyMatch(q -> q.getSubject().equals(TRUMP)), "80% do not dominate: Trump stays apart");
            List<ResolvedArticle> more = trumps(10, 0, "more");
            store(store, more);
            assertTrue(quads(store, graph).stream().noneMatch(q -> q.getSubject().equals(TRUMP)), "now 90% name Donald Trump");
            assertEquals(Set.of("trump"), literals(store, graph, DONALD, NG.localKey));
            store.remove(more.stream().map(a -> a.article().id()).toList());
            assertEquals(asWritten, quads(store, graph), "undone exactly");
        }
    }

    @Test
    void theSameArticlesInAnyOrderAndBatchesMakeTheSameStore() {
        List<ResolvedArticle> articles = trumps(9, 1, "");
        articles.add(endorsement("alone", "Trump", "Luther Strange", null));
        articles.add(endorsement("mr", "Mr Trump", "Roy Moore", null));
        articles.add(endorsement("matched", "Trump", "Jeff Sessions", "412733"));
        articles.add(endorsement("formal", "Joseph Biden", "Kamala Harris", null));
        articles.add(endorsement("nick", "Joe Biden", "Cory Booker", "300008"));
        Set<Quad> first;
        try (ArticleStore store = ArticleStore.inMemory()) {
            store(store, articles);
            first = quads(store, Node.ANY);
        }
        List<ResolvedArticle> shuffled = new ArrayList<>(articles);
        Collections.reverse(shuffled);
        try (ArticleStore store = ArticleStore.inMemory()) {
            store(store, shuffled.subList(0, 4));
            store(store, shuffled.subList(4, shuffled.size()));
            assertEquals(first, quads(store, Node.ANY));
        }
    }

    @Test
    void twoPersonsThatOneArticleKeepsApartStayApartInIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<ResolvedArticle> articles = trumps(9, 1, "");
            Article both = TestArticles.article("both", "Trump endorsed Donald Trump.");
            Entity trump = TestArticles.person("Trump");
            Entity donald = TestArticles.person("Donald Trump");
            String sentence = "Trump endorsed Donald Trump.";
            int start = both.text().indexOf(sentence);
            articles.add(new ResolvedArticle(both, List.of(trump, donald), List.of(new ResolvedFact(trump, Relation.ENDORSES, donald,
                    new Evidence(0, sentence, start, start + sentence.length()), 0.9, Map.of())), 1, 4));
            store(store, articles);
            Set<Quad> graph = quads(store, NG.articleGraph("both"));
            assertTrue(graph.contains(Quad.create(NG.articleGraph("both"), TRUMP, NG.endorses, DONALD)), graph.toString());
        }
    }

    @Test
    void aPersonMatchedToARecordIsLinkedToWikidataAndTheReferenceGraphIsLoaded() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store(store, List.of(endorsement("s", "Jeff Sessions", "Donald Trump", "300088"),
                    endorsement("j", "Jefferson Sessions", "Luther Strange", null)));
            Node sessions = NG.person("jeff-sessions");
            Set<Quad> links = quads(store, NG.linksGraph());
            assertEquals(Set.of(Quad.create(NG.linksGraph(), sessions, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q358443")),
                    Quad.create(NG.linksGraph(), sessions, NG.referenceRecord, NG.record("300088"))), links);
            assertTrue(quads(store, NG.articleGraph("j")).stream().anyMatch(q -> q.getSubject().equals(sessions)),
                    "the formal name is the record's node");
            boolean inReference = store.read(dsg -> dsg.contains(NG.referenceGraph(), NG.record("300088"), NG.tenure, Node.ANY));
            boolean inArticle = store.read(dsg -> dsg.contains(NG.articleGraph("s"), NG.record("300088"), NG.tenure, Node.ANY));
            assertTrue(inReference);
            assertFalse(inArticle, "the record stays in its own graph");
            List<PersonMerges.Entry> merges = store.read(PersonMerges::read);
            assertTrue(merges.stream().anyMatch(m -> m.line().startsWith("jeff-sessions -> Q358443\t[record]\t1 article")), merges.toString());
            assertTrue(merges.stream().anyMatch(m -> m.line().startsWith("jefferson-sessions -> jeff-sessions\t[record name]")), merges.toString());
        }
    }

    @Test
    void aVetoInTheStoreDirectoryIsHonouredByTheNextDerivation(@TempDir Path dir) throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            List<ResolvedArticle> articles = trumps(9, 1, "");
            articles.add(endorsement("alone", "Trump", "Luther Strange", null));
            store(store, articles);
            assertFalse(store.derivationInputsChanged());
            Files.writeString(dir.resolve("store").resolve(MergeVetoes.FILE), "trump -> donald-trump\n");
            assertTrue(store.derivationInputsChanged(), "the vetoes changed");
            assertFalse(store.derivedGraphsStale(), "no article was written since the last derivation");
            store.deriveGraphs();
            assertFalse(store.derivationInputsChanged());
            assertTrue(quads(store, NG.articleGraph("alone")).stream().anyMatch(q -> q.getSubject().equals(TRUMP)));
            assertTrue(store.read(PersonMerges::read).stream().anyMatch(m -> m.from().equals("trump") && m.vetoed()));
        }
    }

    @Test
    void writingArticlesLeavesTheDerivedGraphsDueUntilDerived(@TempDir Path dir) {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            store.replace(endorsement("a", "Donald Trump", "Roy Moore", null), 0.5);
            assertTrue(store.derivedGraphsStale(), "a build stopped here derives when run again");
            store.deriveGraphs();
            assertFalse(store.derivedGraphsStale());
        }
    }
}
