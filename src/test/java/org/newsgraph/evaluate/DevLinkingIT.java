package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.SharedModels;
import org.newsgraph.resolve.ArticleProcessor;

/**
 * Linking to Wikidata on the development set: each article built alone into a store, as {@code newsgraph build} does,
 * and every person node's {@code owl:sameAs} Wikidata item held against the ids read by hand for the gold persons
 * ({@code src/test/resources/evaluate/dev-wikidata.tsv}). Precision counts every link made (a link on a node that
 * matches no gold person with that id is wrong); recall counts the listed persons that are neither noise nor optional.
 */
class DevLinkingIT {
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");
    private static final String EXPECTED = "/evaluate/dev-wikidata.tsv";

    @Test
    void linksTheDevelopmentSetsPeopleToWikidata() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "../shared/eval/dev is absent: linking is not measured");
        Map<String, Map<String, String>> expected = expected();
        ArticleProcessor processor = new ArticleProcessor(SharedModels.get());
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        int links = 0;
        int right = 0;
        int linkable = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Path> golds;
        try (var files = Files.list(DEV)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            String article = goldFile.getFileName().toString().replace(".gold.json", "");
            GoldStandard gold = GoldStandard.read(List.of(goldFile));
            Map<String, String> ids = expected.getOrDefault(article, Map.of());
            try (ArticleStore store = ArticleStore.inMemory()) {
                reader.read(DEV.resolve(article + ".txt"), a -> store.replace(processor.process(a), 0.5), e -> {
                    throw e;
                });
                store.deriveGraphs();
                Map<Node, Set<String>> entities = store.read(dsg -> goldEntities(dsg, gold));
                Map<Node, String> sameAs = store.read(DevLinkingIT::wikidata);
                for (Map.Entry<Node, String> link : sameAs.entrySet()) {
                    links++;
                    Set<String> matched = entities.getOrDefault(link.getKey(), Set.of());
                    if (matched.stream().anyMatch(id -> link.getValue().equals(ids.get(id))))
                        right++;
                    else
                        wrong.add(article + ": " + NG.entityKey(link.getKey()) + " -> " + link.getValue() + " (gold " + matched + ")");
                }
                for (Map.Entry<String, String> e : ids.entrySet()) {
                    GoldEntity entity = gold.entities().get(e.getKey());
                    if (entity.noise() || entity.optional())
                        continue;
                    linkable++;
                    boolean hit = sameAs.entrySet().stream().anyMatch(l -> l.getValue().equals(e.getValue())
                            && entities.getOrDefault(l.getKey(), Set.of()).contains(e.getKey()));
                    if (hit)
                        found++;
                    else
                        missed.add(article + ": " + e.getKey() + " " + e.getValue());
                }
            }
        }
        double precision = links == 0 ? 0 : right / (double) links;
        double recall = linkable == 0 ? 0 : found / (double) linkable;
        String report = String.format("links %d, right %d: precision %.3f; linkable %d, linked %d: recall %.3f%nwrong: %s%nmissed: %s",
                links, right, precision, linkable, found, recall, wrong, missed);
        System.out.println(report);
        assertTrue(precision >= 0.98, report);
        assertTrue(recall >= 0.9, report);
    }

    /** Article -> gold entity id -> Wikidata id. */
    private static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (InputStream in = DevLinkingIT.class.getResourceAsStream(EXPECTED)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2]);
            }
        }
        return out;
    }

    /** The gold entities each person node matches, by the scorer's rules on labels. */
    private static Map<Node, Set<String>> goldEntities(DatasetGraph dsg, GoldStandard gold) {
        Map<Node, Set<String>> labels = new HashMap<>();
        for (Node p : List.of(RDFS.Nodes.label, SKOS.altLabel.asNode()))
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral())
                    labels.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(Scorer.norm(q.getObject().getLiteralLexicalForm()));
            });
        Map<Node, Set<String>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Person).forEachRemaining(q -> {
            Set<String> ids = new HashSet<>();
            for (GoldEntity e : gold.entities().values())
                if (Scorer.matches(e, labels.getOrDefault(q.getSubject(), Set.of()), Set.of("Person")))
                    ids.add(e.id());
            out.put(q.getSubject(), ids);
        });
        return out;
    }

    /** Person node -> Wikidata id, from the links graph. */
    private static Map<Node, String> wikidata(DatasetGraph dsg) {
        Map<Node, String> out = new HashMap<>();
        dsg.find(NG.linksGraph(), Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining((Quad q) ->
                out.put(q.getSubject(), q.getObject().getURI().substring(q.getObject().getURI().lastIndexOf('/') + 1)));
        return out;
    }
}
