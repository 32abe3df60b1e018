package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.resolve.ArticleProcessor;

/**
 * Scores the development set in one JVM, each article built alone as {@code score-set.sh} builds it, and prints
 * precision and recall per relation for the whole set and for its two fixed halves: sorted by file name, the
 * articles at even positions are the open half, those at odd positions the blind half. With the argument {@code open} it also
 * prints the open half's missed and wrong facts, article by article; the blind half's are never printed.
 *
 * <p>{@code mvn -q -o -Pdev-report process-test-classes [-Ddev.args=open]}
 */
public final class DevSetReport {
    static final List<String> RELATIONS = List.of("endorses", "recusedFrom", "runsAgainst", "candidateIn",
            "holdsOffice", "criticizes", "memberOf");

    /** The build's default: the graph a user gets. */
    private static final double MIN_CONFIDENCE = Double.parseDouble(System.getProperty("dev.minConfidence",
            Double.toString(BuildOptions.Builder.DEFAULT_MIN_CONFIDENCE)));

    private DevSetReport() {
    }

    public static void main(String[] argv) throws IOException {
        // Maven passes -Ddev.args as one argument: "raw,open" or "raw open" are both read as two.
        String[] args = String.join(" ", argv).split("[\\s,]+");
        boolean showOpen = List.of(args).contains("open");
        Path dev = Path.of(System.getProperty("dev.dir", "../shared/eval/dev"));
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        // "raw": without any trained model, the rules with their own confidences, as before the models existed.
        // "untabled": the classifiers' facts from probability 0.5 and the rules' with their own confidences, unweighed.
        NlpModels models = List.of(args).contains("raw") ? NlpModels.load().withoutRelationModels()
                : List.of(args).contains("untabled") ? NlpModels.load().withoutConfidenceTable() : NlpModels.load();
        // "rules" or "model" measure one layer alone; by default both run, as in a build.
        ArticleExtractor.Layers layers = List.of(args).contains("rules") ? ArticleExtractor.Layers.RULES
                : List.of(args).contains("model") ? ArticleExtractor.Layers.MODEL : ArticleExtractor.Layers.BOTH;
        ArticleProcessor processor = new ArticleProcessor(models, layers);
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        Map<String, Counts> halves = new LinkedHashMap<>();
        halves.put("dev", new Counts());
        halves.put("open", new Counts());
        halves.put("blind", new Counts());
        for (int i = 0; i < golds.size(); i++) {
            Path gold = golds.get(i);
            Path text = Path.of(gold.toString().replace(".gold.json", ".txt"));
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            reader.read(text, a -> ArticleGraphWriter.write(processor.process(a), MIN_CONFIDENCE, StreamRDFLib.dataset(dsg)), e -> {
                throw e;
            });
            ScoreReport r = Scorer.score(dsg, GoldStandard.read(List.of(gold)));
            boolean open = i % 2 == 0;
            halves.get("dev").add(r, gold);
            halves.get(open ? "open" : "blind").add(r, gold);
            if (open && showOpen && (!r.missed().isEmpty() || !r.wrong().isEmpty())) {
                System.out.println("== " + gold.getFileName());
                r.missed().forEach(m -> System.out.println("  missed " + m));
                r.wrong().forEach(w -> System.out.println("  wrong  " + w));
                r.entities().forEach((kind, e) -> {
                    if (!e.missing().isEmpty() || !e.split().isEmpty())
                        System.out.println("  " + kind + " missing " + e.missing() + " split " + e.split());
                });
                if (!r.spuriousPersons().isEmpty())
                    System.out.println("  spurious persons " + r.spuriousPersons());
            }
        }
        halves.forEach((name, c) -> c.print(name));
    }

    private static final class Counts {
        final Map<String, int[]> byRelation = new LinkedHashMap<>(); // tp, fp, gold
        int tp;
        int fp;
        int gold;
        final List<String> forbidden = new ArrayList<>();

        Counts() {
            RELATIONS.forEach(r -> byRelation.put(r, new int[3]));
        }

        void add(ScoreReport r, Path goldFile) {
            tp += r.truePositives();
            fp += r.falsePositives();
            gold += r.goldFacts();
            GoldStandard g = GoldStandard.read(List.of(goldFile));
            for (GoldFact f : g.facts())
                byRelation.computeIfAbsent(f.predicate(), k -> new int[3])[2]++;
            for (String m : r.missed())
                byRelation.get(m.split(" ")[1])[0]--;
            for (GoldFact f : g.facts())
                byRelation.get(f.predicate())[0]++;
            for (String w : r.wrong())
                for (String t : w.split(" "))
                    if (byRelation.containsKey(t)) {
                        byRelation.get(t)[1]++;
                        break;
                    }
            r.forbidden().forEach(f -> forbidden.add(goldFile.getFileName() + ": " + f));
        }

        void print(String name) {
            System.out.println();
            for (Map.Entry<String, int[]> e : byRelation.entrySet()) {
                int[] c = e.getValue();
                System.out.println(String.format("  %-5s %-12s %s (tp=%d fp=%d gold=%d)", name, e.getKey(),
                        prf(c[0], c[1], c[2]), c[0], c[1], c[2]));
            }
            System.out.println(String.format("%s micro %s (tp=%d fp=%d gold=%d) forbidden=%d", name, prf(tp, fp, gold),
                    tp, fp, gold, forbidden.size()));
        }

        static String prf(int tp, int fp, int gold) {
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = gold == 0 ? 0 : tp / (double) gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("P=%.3f R=%.3f F1=%.3f", p, r, f);
        }
    }
}
