package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.SharedModels;
import org.newsgraph.resolve.ArticleProcessor;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A store kept up to date one article at a time, its derived graphs redone only for what each article touches, is the
 * store a fresh build of the same articles makes: every named graph, the derived ones included, and the index the
 * next derivation works from. On 40 bench articles and a few written here for the cases that move other articles'
 * persons: an added article that takes a surname from the person who dominated it, the removal of the only article
 * that linked a person to the reference table, and an article changed in place.
 */
class IncrementalDerivationIT {
    private static final Path BENCH = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");
    private static final int BENCH_ARTICLES = 40;
    private static final Node QUIMBY = NG.person("quimby");
    private static final Node HAROLD_QUIMBY = NG.person("harold-quimby");
    private static final Node KHANNA = NG.person("ro-khanna");

    private static final List<ResolvedArticle> bench = new ArrayList<>();
    private static ArticleProcessor processor;

    @BeforeAll
    static void readBench() throws IOException {
        assumeTrue(Files.isReadable(BENCH), "needs the bench articles at " + BENCH.toAbsolutePath().normalize());
        processor = new ArticleProcessor(SharedModels.get());
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(BENCH)),
                StandardCharsets.UTF_8))) {
            for (int n = 1; n <= BENCH_ARTICLES; n++)
                bench.add(processor.process(reader.jsonRecord(in.readLine().getBytes(StandardCharsets.UTF_8), BENCH.toString(), n)));
        }
    }

    private static ResolvedArticle written(String id, String headline, String text) {
        return processor.process(new Article(id, headline, headline + "\n\n" + text, "", "https://example.com/" + id,
                "Example News", LocalDate.of(2019, 5, 14), "test:" + id));
    }

    /** Every quad of the store, its default graph (the derivation index) included. */
    private static DatasetGraph copy(ArticleStore store) {
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** A store built at once from these articles, in an order of their own, derived from all of them. */
    private static DatasetGraph fresh(Map<String, ResolvedArticle> articles, long seed) {
        List<ResolvedArticle> shuffled = new ArrayList<>(articles.values());
        Collections.shuffle(shuffled, new Random(seed));
        try (ArticleStore store = ArticleStore.inMemory()) {
            shuffled.forEach(a -> store.replace(a, 0));
            store.deriveGraphs(true);
            return copy(store);
        }
    }

    private static void assertSameAsFresh(ArticleStore store, Map<String, ResolvedArticle> articles, String step) {
        assertTrue(store.read(DerivationIndex::isComplete), step + ": the index stays complete, so the next step is incremental too");
        DatasetGraph kept = copy(store);
        DatasetGraph rebuilt = fresh(articles, step.hashCode());
        assertEquals(rebuilt.stream().count(), kept.stream().count(), step + ": as many quads as a fresh build");
        for (Node graph : List.of(NG.linksGraph(), NG.mergesGraph(), NG.officeHoldersGraph(), NG.candidaciesGraph()))
            assertTrue(IsoMatcher.isomorphic(rebuilt.getGraph(graph), kept.getGraph(graph)), step + ": " + graph);
        assertTrue(IsoMatcher.isomorphic(rebuilt.getDefaultGraph(), kept.getDefaultGraph()), step + ": the derivation index");
        assertTrue(IsoMatcher.isomorphic(rebuilt, kept), step + ": every graph");
    }

    private static boolean has(ArticleStore store, Node graph, Node s, Node p, Node o) {
        return store.read(dsg -> dsg.contains(graph, s, p, o));
    }

    private static boolean persons(ArticleStore store, String articleId, Node person) {
        return has(store, NG.articleGraph(articleId), person, org.apache.jena.vocabulary.RDF.Nodes.type, NG.Person);
    }

    @Test
    void articlesAddedChangedAndRemovedOneAtATimeLeaveTheStoreAFreshBuildMakes() {
        ResolvedArticle harold = written("quimby-budget", "Quimby backs the budget",
                "State senator Harold Quimby endorsed the budget plan on Tuesday. Harold Quimby said the plan was fair to farmers.");
        ResolvedArticle surname = written("quimby-governor", "Quimby attacks the governor",
                "Mr. Quimby criticized Governor Tom Wolf on Monday. Quimby said Wolf had broken his promises on taxes.");
        ResolvedArticle martha = written("martha-quimby", "Another Quimby joins the race",
                "Martha Quimby, a county commissioner, criticized the budget plan. Martha Quimby said it was unfair to cities.");
        ResolvedArticle khanna = written("khanna-endorses", "Khanna endorses Sanders",
                "Rep. Ro Khanna (D-Calif.) endorsed Bernie Sanders for president on Thursday.");
        ResolvedArticle haroldChanged = written("quimby-budget", "Quimby backs the budget",
                "State senator Harold Quimby endorsed the budget plan on Tuesday, and Rep. Ro Khanna (D-Calif.) criticized it.");

        Map<String, ResolvedArticle> articles = new LinkedHashMap<>();
        bench.forEach(a -> articles.put(a.article().id(), a));
        try (ArticleStore store = ArticleStore.inMemory()) {
            articles.values().forEach(a -> store.replace(a, 0));
            store.deriveGraphs();
            assertSameAsFresh(store, articles, "the bench articles");

            for (ResolvedArticle a : List.of(harold, surname)) {
                articles.put(a.article().id(), a);
                store.replace(a, 0);
                store.deriveGraphs();
                assertSameAsFresh(store, articles, "added " + a.article().id());
            }
            assertTrue(persons(store, "quimby-governor", HAROLD_QUIMBY), "Quimby alone is Harold Quimby, the only Quimby named");

            // An article that names only people the store has leaves its keys as they were: each stays in the group the
            // index files it under, and the groups are not made again.
            ResolvedArticle again = written("quimby-again", "Quimby and Wolf again",
                    "Harold Quimby criticized Governor Tom Wolf on Friday. Quimby said Wolf had vetoed the farm bill.");
            articles.put(again.article().id(), again);
            store.replace(again, 0);
            store.deriveGraphs();
            assertSameAsFresh(store, articles, "added quimby-again");

            // Articles that state holdings the bench articles state already are counted into them, one first in IRI
            // order (whose names the holdings then take) and one last.
            for (String id : List.of("0-trump-signs", "zz-trump-signs")) {
                ResolvedArticle president = written(id, "Trump signs the farm bill",
                        "President Donald Trump signed the farm bill on Friday. Senate Majority Leader Mitch McConnell said the bill was fair.");
                articles.put(id, president);
                store.replace(president, 0);
                store.deriveGraphs();
                assertSameAsFresh(store, articles, "added " + id);
            }
            assertTrue(has(store, NG.officeHoldersGraph(), Node.ANY, NG.holder, NG.person("donald-trump")),
                    "the articles state Donald Trump's holdings");
            // The same for a candidacy: the second article counts into the node the first made.
            for (String id : List.of("zz-warren-runs", "0-warren-runs")) {
                ResolvedArticle candidate = written(id, "Warren is running for president",
                        "Sen. Elizabeth Warren (D-Mass.) is running for president in 2020. Warren, a Democrat, is a candidate in the 2020 presidential election.");
                articles.put(id, candidate);
                store.replace(candidate, 0);
                store.deriveGraphs();
                assertSameAsFresh(store, articles, "added " + id);
            }
            assertTrue(has(store, NG.candidaciesGraph(), Node.ANY, NG.candidate, NG.person("elizabeth-warren")),
                    "the articles state Elizabeth Warren's candidacy");

            // Martha Quimby takes half the articles that name a Quimby with a first name: the surname is no one's now,
            // and the earlier article's Quimby leaves Harold Quimby's node.
            articles.put(martha.article().id(), martha);
            store.replace(martha, 0);
            store.deriveGraphs();
            assertTrue(persons(store, "quimby-governor", QUIMBY), "the earlier article's Quimby is back on its own key");
            assertFalse(persons(store, "quimby-governor", HAROLD_QUIMBY));
            assertSameAsFresh(store, articles, "added martha-quimby");

            articles.put(khanna.article().id(), khanna);
            store.replace(khanna, 0);
            store.deriveGraphs();
            assertTrue(has(store, NG.linksGraph(), KHANNA, NG.referenceRecord, Node.ANY), "the article links Ro Khanna to his record");
            assertSameAsFresh(store, articles, "added khanna-endorses");

            // Removing the one article that links Ro Khanna takes his link out; Martha's going gives Quimby back to Harold.
            for (String id : List.of("khanna-endorses", "martha-quimby")) {
                articles.remove(id);
                assertEquals(List.of(id), store.remove(List.of(id)));
                assertSameAsFresh(store, articles, "removed " + id);
            }
            assertFalse(has(store, NG.linksGraph(), KHANNA, Node.ANY, Node.ANY), "no article links Ro Khanna any more");
            assertTrue(persons(store, "quimby-governor", HAROLD_QUIMBY), "Quimby alone is Harold Quimby again");

            // An article changed in place: its old persons and statements go, its new ones come.
            articles.put(haroldChanged.article().id(), haroldChanged);
            store.replace(haroldChanged, 0);
            store.deriveGraphs();
            assertSameAsFresh(store, articles, "changed quimby-budget");

            // A bench article changed in place and one removed.
            ResolvedArticle first = bench.get(0);
            Article edited = first.article();
            ResolvedArticle changed = processor.process(new Article(edited.id(), edited.headline(),
                    edited.text() + "\n\nHarold Quimby criticized the report.", "", edited.url(), edited.publisher(), edited.published(), edited.origin()));
            articles.put(changed.article().id(), changed);
            store.replace(changed, 0);
            store.deriveGraphs();
            assertSameAsFresh(store, articles, "changed " + edited.id());
            String gone = bench.get(1).article().id();
            articles.remove(gone);
            store.remove(List.of(gone));
            assertSameAsFresh(store, articles, "removed " + gone);

            // Removing every article leaves an empty store, index and all.
            store.remove(List.copyOf(articles.keySet()));
            assertTrue(store.read(DatasetGraph::isEmpty), "nothing is left");
        }
    }

    /**
     * The group a key is resolved in depends on the other keys of the store: surnames one slip apart with the same first
     * name are one group, named by the first of them. An added article with a misspelt surname moves the keys of
     * articles that were there before into another group (and the links that group gives with them), and its removal
     * moves them back. A table row's name with its surname and a heading glued after it joins the name's group once the name is stored,
     * and the name once that is in five articles. Each step is what a fresh build makes.
     */
    @Test
    void anArticleThatRegroupsOtherArticlesKeysLeavesTheStoreAFreshBuildMakes() {
        ResolvedArticle shumer = written("shumer-budget", "Budget fight goes on",
                "Chuck Shumer criticized the budget plan on Tuesday. Chuck Shumer said the plan was unfair to cities.");
        ResolvedArticle schumer = written("schumer-endorses", "Schumer endorses Sanders",
                "Sen. Chuck Schumer (D-N.Y.) endorsed Bernie Sanders on Thursday. Chuck Schumer said he was proud to.");
        ResolvedArticle schuemr = written("schuemr-governor", "Governor under fire",
                "Chuck Schuemr criticized Governor Tom Wolf on Monday. Chuck Schuemr said Wolf had broken his promises.");
        // A table's row that ran the name into its next column's heading ("Clinton" is a first name too).
        ResolvedArticle keeps = written("clinton-keeps", "Money raised so far",
                "1 Hillary Clinton Clinton Total raised in millions $334.9 in Ohio, the filings showed on Monday. Bill Clinton campaigned in Toledo.");

        Map<String, ResolvedArticle> articles = new LinkedHashMap<>();
        bench.subList(0, 10).forEach(a -> articles.put(a.article().id(), a));
        articles.put(shumer.article().id(), shumer);
        try (ArticleStore store = ArticleStore.inMemory()) {
            articles.values().forEach(a -> store.replace(a, 0));
            store.deriveGraphs();
            assertTrue(persons(store, "shumer-budget", NG.person("chuck-shumer")), "the misspelt name is a person of its own");
            assertSameAsFresh(store, articles, "ten bench articles and chuck-shumer");

            // 'chuck-shumer' leaves the group 'shumer' for 'schumer', which the added article brings.
            articles.put(schumer.article().id(), schumer);
            store.replace(schumer, 0);
            store.deriveGraphs();
            assertTrue(has(store, NG.linksGraph(), NG.person("chuck-schumer"), NG.referenceRecord, Node.ANY),
                    "the article links Chuck Schumer to his record");
            assertSameAsFresh(store, articles, "added schumer-endorses");

            // 'schuemr' comes first: both earlier keys, and the group's link to Schumer's record, move to its group.
            articles.put(schuemr.article().id(), schuemr);
            store.replace(schuemr, 0);
            store.deriveGraphs();
            assertTrue(persons(store, "schuemr-governor", NG.person("chuck-schuemr")), "the second misspelling is a person too");
            assertSameAsFresh(store, articles, "added schuemr-governor");

            for (String id : List.of("schuemr-governor", "schumer-endorses")) {
                articles.remove(id);
                assertEquals(List.of(id), store.remove(List.of(id)));
                assertSameAsFresh(store, articles, "removed " + id);
            }
            assertTrue(persons(store, "shumer-budget", NG.person("chuck-shumer")));

            // A key with words glued after a full name is in that name's group once the name is in the store, and
            // goes onto the name once that is in five articles.
            articles.put(keeps.article().id(), keeps);
            store.replace(keeps, 0);
            store.deriveGraphs();
            assertTrue(persons(store, "clinton-keeps", NG.person("hillary-clinton-clinton-total")), "the row's name is a key of its own");
            assertSameAsFresh(store, articles, "added clinton-keeps");
            for (int n = 1; n <= 5; n++) {
                ResolvedArticle hillary = written("hillary-endorses-" + n, "Clinton endorses Brown",
                        "Hillary Clinton endorsed Sherrod Brown on Friday. Hillary Clinton said Brown had fought for workers.");
                articles.put(hillary.article().id(), hillary);
                store.replace(hillary, 0);
                store.deriveGraphs();
                assertSameAsFresh(store, articles, "added " + hillary.article().id());
            }
            assertTrue(persons(store, "clinton-keeps", NG.person("hillary-clinton")), "the row's name is Hillary Clinton's");
        }
    }

    /**
     * Names the store has never seen, the usual case of a feed: an added article's new keys are grouped with the keys
     * they reach, not with all keys again. Surnames one slip apart are one group when a surname is one slip from each,
     * though they are not from each other ('schhumer' and 'schumerr', both of 'schumer'): once Chuck Schumer is named,
     * the earlier articles' misspellings join his group and, ten times as rare as his name, his node; once he is gone,
     * they part again. Each step is what a fresh build makes.
     */
    @Test
    void articlesThatNameNewPeopleLeaveTheStoreAFreshBuildMakes() {
        ResolvedArticle schhumer = written("schhumer-budget", "Budget fight goes on",
                "Chuck Schhumer criticized the budget plan on Tuesday. Chuck Schhumer said the plan was unfair to cities.");
        ResolvedArticle schumerr = written("schumerr-governor", "Governor under fire",
                "Chuck Schumerr criticized Governor Tom Wolf on Monday. Chuck Schumerr said Wolf had broken his promises.");
        ResolvedArticle mayor = written("fenstermacher-endorses", "Duluth mayor endorses Klobuchar",
                "Mayor Wilma Fenstermacher of Duluth endorsed Sen. Amy Klobuchar (D-Minn.) on Friday.");
        Map<String, ResolvedArticle> articles = new LinkedHashMap<>();
        bench.subList(0, 10).forEach(a -> articles.put(a.article().id(), a));
        articles.put(schhumer.article().id(), schhumer);
        articles.put(schumerr.article().id(), schumerr);
        List<String> schumers = new ArrayList<>();
        try (ArticleStore store = ArticleStore.inMemory()) {
            articles.values().forEach(a -> store.replace(a, 0));
            store.deriveGraphs();
            assertTrue(persons(store, "schumerr-governor", NG.person("chuck-schumerr")), "no one else is surnamed alike yet");

            articles.put(mayor.article().id(), mayor);
            store.replace(mayor, 0);
            store.deriveGraphs();
            assertTrue(persons(store, "fenstermacher-endorses", NG.person("wilma-fenstermacher")), "a person the store did not know");
            assertSameAsFresh(store, articles, "added " + mayor.article().id());

            for (int n = 1; n <= 10; n++) {
                ResolvedArticle schumer = written("schumer-endorses-" + n, "Schumer endorses Sanders",
                        "Sen. Chuck Schumer (D-N.Y.) endorsed Bernie Sanders on Thursday. Chuck Schumer said he was proud to.");
                schumers.add(schumer.article().id());
                articles.put(schumer.article().id(), schumer);
                store.replace(schumer, 0);
                // The first brings the new key that joins the misspellings' groups; the others one derivation together.
                if (n == 1 || n == 10) {
                    store.deriveGraphs();
                    assertSameAsFresh(store, articles, "added " + schumer.article().id());
                }
            }
            assertTrue(persons(store, "schumerr-governor", NG.person("chuck-schumer")), "'schumerr' is a slip of 'schumer'");
            assertTrue(persons(store, "schhumer-budget", NG.person("chuck-schumer")), "'schhumer' is a slip of 'schumer'");

            schumers.forEach(articles::remove);
            assertEquals(new TreeSet<>(schumers), new TreeSet<>(store.remove(schumers)));
            assertTrue(persons(store, "schumerr-governor", NG.person("chuck-schumerr")), "alone again");
            assertSameAsFresh(store, articles, "removed the Schumer articles");
        }
    }
}
