package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Who is who and the derived graphs made apart, article by article and surname group by surname group, as the Spark job
 * makes them with the store's code, and bulk-loaded: the store a build makes of the same articles, index included, that
 * a later build adds to as to a built one.
 */
class DerivationApartTest {
    @TempDir
    Path dir;

    private static final List<ResolvedArticle> ARTICLES = articles();

    private static List<ResolvedArticle> articles() {
        List<ResolvedArticle> out = new ArrayList<>();
        for (int i = 0; i < 9; i++)
            out.add(TestArticles.endorsement("d" + i, "Donald Trump", "Candidate D" + i));
        out.add(TestArticles.endorsement("m", "Melania Trump", "Candidate M"));
        out.add(TestArticles.endorsement("alone", "Trump", "Luther Strange"));
        out.add(TestArticles.endorsement("formal", "Joseph Biden", "Kamala Harris"));
        out.add(TestArticles.endorsement("nick", "Joe Biden", "Cory Booker"));
        out.add(TestArticles.holding("h1", "Jeff Sessions", "Attorney General", Map.of("officeStatus", "current")));
        out.add(matched(TestArticles.endorsement("s", "Jeff Sessions", "Luther Strange"), "300088"));
        out.add(TestArticles.endorsement("j", "Jefferson Sessions", "Roy Moore"));
        out.add(TestArticles.holding("h2", "Sessions", "Attorney General", Map.of("officeStatus", "current")));
        out.add(TestArticles.candidacy("c1", "Doug Jones", "2017 Alabama US Senate special election", "Democratic Party"));
        out.add(TestArticles.candidacy("c2", "Jones", "2017 Alabama US Senate special election", null));
        return out;
    }

    /** The article with its first person matched to the record {@code id} by its context. */
    private static ResolvedArticle matched(ResolvedArticle plain, String id) {
        Entity subject = plain.entities().get(0);
        Entity matched = new Entity(subject.type(), subject.key(), subject.label(), subject.altLabels(), Map.of("matchesRecord", id));
        return new ResolvedArticle(plain.article(), List.of(matched, plain.entities().get(1)), plain.facts(), 1, 4);
    }

    /** The job's steps with the store's code, on one machine: the article graphs and the derived quads, as N-Quads. */
    private Path apart() throws IOException {
        StoreIdentity identity = IdentityRules.load().identity(MergeVetoes.NONE);
        List<DatasetGraph> graphs = new ArrayList<>();
        List<PersonIdentity.Reading> readings = new ArrayList<>();
        for (ResolvedArticle a : ARTICLES) {
            DatasetGraph g = DatasetGraphFactory.create();
            ArticleStore.write(new ArticleStore.Replacement(a, a.article().contentHash()), 0.5, StreamRDFLib.dataset(g));
            readings.addAll(identity.readings(g));
            graphs.add(g);
        }
        Set<String> keys = new HashSet<>();
        readings.forEach(r -> keys.add(r.key()));
        Map<String, String> groupOf = identity.groups(keys);
        Map<String, List<PersonIdentity.Reading>> groups = new TreeMap<>();
        readings.forEach(r -> groups.computeIfAbsent(groupOf.get(r.key()), k -> new ArrayList<>()).add(r));
        List<Quad> derived = new ArrayList<>();
        Map<PersonIdentity.Identity, PersonIdentity.Node> nodes = new HashMap<>();
        Map<String, PersonIdentity.Node> linked = new HashMap<>();
        groups.forEach((group, members) -> {
            StoreIdentity.GroupNodes result = identity.deriveGroup(group, members, derived::add);
            nodes.putAll(result.nodes());
            result.linked().forEach(n -> linked.merge(n.key(), n, StoreIdentity::firstRecord));
        });
        linked.values().forEach(n -> StoreIdentity.linkQuads(n, derived::add));
        Map<String, List<OfficeHoldingSummary.Statement>> holdings = new TreeMap<>();
        Map<String, List<CandidacySummary.Statement>> candidacies = new TreeMap<>();
        for (DatasetGraph g : graphs) {
            identity.place(g, nodes);
            OfficeHoldingSummary.statements(g).forEach(s -> holdings.computeIfAbsent(OfficeHoldingSummary.key(s), k -> new ArrayList<>()).add(s));
            CandidacySummary.statements(g).forEach(s -> candidacies.computeIfAbsent(CandidacySummary.key(s), k -> new ArrayList<>()).add(s));
        }
        holdings.values().forEach(s -> OfficeHoldingSummary.writeIndexed(s, derived::add));
        candidacies.values().forEach(s -> CandidacySummary.writeIndexed(s, derived::add));
        StoreIdentity.indexComplete(derived::add);

        Path file = dir.resolve("part-r-00000.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            graphs.forEach(g -> StreamRDFOps.sendQuadsToStream(g, writer));
            derived.forEach(writer::quad);
            writer.finish();
        }
        return file;
    }

    /** Every quad, the default graph's under one name (TDB2 names it as the quad was written). */
    private static Set<Quad> quads(ArticleStore store) {
        return store.read(dsg -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(q -> out.add(q.isDefaultGraph()
                    ? Quad.create(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject()) : q));
            return out;
        });
    }

    /** The same quads, or the failure lists those of one side only. */
    private static void assertSame(Set<Quad> built, Set<Quad> other, String what) {
        Set<Quad> missing = new HashSet<>(built);
        missing.removeAll(other);
        Set<Quad> more = new HashSet<>(other);
        more.removeAll(built);
        assertEquals("", (missing.isEmpty() ? "" : "not " + what + ": " + missing) + (more.isEmpty() ? "" : " only " + what + ": " + more));
    }

    @Test
    void theLoadedStoreIsTheBuiltOneIndexIncludedAndTakesMoreArticlesAlike() throws IOException {
        Path file = apart();
        ResolvedArticle added = TestArticles.endorsement("later", "Trump", "Roy Moore");
        try (ArticleStore built = ArticleStore.open(dir.resolve("built"));
             ArticleStore loaded = ArticleStore.open(dir.resolve("loaded"))) {
            built.replaceAll(ARTICLES.stream().map(a -> new ArticleStore.Replacement(a, a.article().contentHash())).toList(), 0.5);
            built.deriveGraphs();
            long count = loaded.bulkLoad(List.of(file), (fmt, args) -> {});
            Set<Quad> fromBuild = quads(built);
            assertEquals(fromBuild.size(), count, "every quad counted, the default graph's too");
            for (Node graph : NG.storeGraphs())
                assertTrue(fromBuild.stream().anyMatch(q -> q.getGraph().equals(graph)), "build derived nothing in " + graph);
            assertTrue(fromBuild.stream().anyMatch(q -> q.getGraph().equals(NG.articleGraph("alone")) && q.getSubject().equals(NG.person("donald-trump"))),
                    "Trump alone is Donald Trump");
            assertSame(fromBuild, quads(loaded), "loaded");
            assertFalse(loaded.derivedGraphsStale());
            assertTrue(loaded.read(DerivationIndex::isComplete), "the index a later build works from");
            assertFalse(loaded.derivationInputsChanged());

            built.replace(added, 0.5);
            built.deriveGraphs();
            loaded.replace(added, 0.5);
            loaded.deriveGraphs();
            assertSame(quads(built), quads(loaded), "an article added to each, from the index each holds");
        }
    }
}
