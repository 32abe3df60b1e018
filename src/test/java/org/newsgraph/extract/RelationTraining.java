package org.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.resolve.ArticleProcessor;

/**
 * Cross-validates the relation models on the annotated articles (K folds by article) and prints, per relation,
 * precision and recall of the candidate pairs at several probability thresholds; with an output directory, then
 * trains on all articles and writes the models there.
 *
 * <p>Arguments: {@code CORPUS.jsonl.gz ANNOTATIONS_DIR FOLDS [OUT_DIR]}
 */
public final class RelationTraining {
    private RelationTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path annotationsDir = Path.of(args[1]);
        int folds = Integer.parseInt(args[2]);
        List<RelationModelTrainer.Labelled> labelled = labelled(corpus, annotationsDir);
        System.out.println(labelled.size() + " annotated articles");
        if (folds > 1)
            crossValidate(labelled, folds);
        if (folds == -1)
            ruleTable(labelled);
        if (args.length > 3) {
            Map<String, MaxentModel> models = RelationModelTrainer.trainAll(labelled, 5);
            RelationModelTrainer.write(models, Path.of(args[3]));
            System.out.println("wrote " + models.keySet() + " to " + args[3]);
        }
    }

    static List<RelationModelTrainer.Labelled> labelled(Path corpus, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, RelationAnnotation> byId = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                RelationAnnotation a = RelationAnnotation.read(f, json);
                byId.put(a.id().toLowerCase(Locale.ROOT), a);
            }
        }
        NlpModels models = NlpModels.load().withRelationModels(Map.of());
        ArticleProcessor processor = new ArticleProcessor(models);
        org.newsgraph.resolve.EntityResolver resolver = new org.newsgraph.resolve.EntityResolver(models.gazetteers());
        Map<String, RelationModelTrainer.Labelled> out = new TreeMap<>();
        new ArticleReader(ReadOptions.defaults()).read(corpus, article -> {
            RelationAnnotation a = byId.get(article.id());
            if (a == null)
                return;
            AnnotatedArticle analysed = processor.analyze(article);
            if (!java.util.HexFormat.of().formatHex(org.newsgraph.ingest.Sha256.of(analysed.article().text())).equals(a.textSha256()))
                System.err.println(a.id() + ": the cleaned text changed since it was annotated; skipped");
            else
            {
                var entities = resolver.entities(analysed);
                out.put(a.id(), new RelationModelTrainer.Labelled(analysed, a,
                        f -> entities.containsKey(f.subject()) && entities.containsKey(f.object())));
            }
        }, e -> System.err.println(e.getMessage()));
        return new ArrayList<>(out.values());
    }

    /** How often each rule cue (relation and the rule's confidence) is right on the annotated articles. */
    private static void ruleTable(List<RelationModelTrainer.Labelled> all) {
        Map<String, int[]> table = new TreeMap<>();
        ModelRelationExtractor none = new ModelRelationExtractor(Map.of());
        for (RelationModelTrainer.Labelled l : all) {
            List<Fact> facts = new ArrayList<>();
            for (var s : l.article().sentences())
                for (Extractor rule : Extractor.rules())
                    facts.addAll(rule.extract(l.article(), s));
            for (FactScorer.Statement st : FactScorer.statements(facts, List.of())) {
                if (!l.written().test(st.fact()))
                    continue;
                Boolean right = RelationModelTrainer.judge(l, st.fact());
                if (right == null)
                    continue;
                String key = String.format(Locale.ROOT, "%s %.2f", st.relation().localName(), st.rule().confidence());
                int[] c = table.computeIfAbsent(key, k -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
                if (System.getProperty("show") != null && key.startsWith(System.getProperty("show")))
                    System.out.println((right ? "RIGHT " : "WRONG ") + key + " | " + st.fact().subject().text() + " -> "
                            + st.fact().object().text() + " | " + l.article().sentences().get(st.fact().sentence()).text());
            }
        }
        table.forEach((k, c) -> System.out.printf("%-22s %4d/%-4d %.2f%n", k, c[0], c[1], c[0] / (double) c[1]));
    }

    private static void crossValidate(List<RelationModelTrainer.Labelled> all, int folds) throws IOException {
        double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        Map<String, int[][]> counts = new TreeMap<>(); // outcome -> threshold -> tp, fp, fn
        for (int fold = 0; fold < folds; fold++) {
            List<RelationModelTrainer.Labelled> train = new ArrayList<>();
            List<RelationModelTrainer.Labelled> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++)
                (i % folds == fold ? test : train).add(all.get(i));
            Map<String, MaxentModel> models = RelationModelTrainer.train(train, RelationModelTrainer.parameters());
            Map<PairKind, List<Event>> events = RelationModelTrainer.events(test);
            for (Map.Entry<PairKind, List<Event>> e : events.entrySet()) {
                MaxentModel model = models.get(e.getKey().modelName());
                for (Event event : e.getValue()) {
                    double[] p = model == null ? null : model.eval(event.getContext());
                    for (int o = 0; model != null && o < model.getNumOutcomes(); o++) {
                        String outcome = model.getOutcome(o);
                        if (outcome.equals(PairKind.NONE))
                            continue;
                        int[][] c = counts.computeIfAbsent(outcome, k -> new int[thresholds.length][3]);
                        boolean gold = event.getOutcome().equals(outcome);
                        for (int t = 0; t < thresholds.length; t++) {
                            boolean predicted = p[o] >= thresholds[t];
                            if (predicted && gold)
                                c[t][0]++;
                            else if (predicted)
                                c[t][1]++;
                            else if (gold)
                                c[t][2]++;
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, int[][]> e : counts.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-14s gold=%-4d", e.getKey(), e.getValue()[0][0] + e.getValue()[0][2]));
            for (int t = 0; t < thresholds.length; t++) {
                int[] c = e.getValue()[t];
                double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
                double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
                line.append(String.format("  %.1f:P%.2f/R%.2f", thresholds[t], p, r));
            }
            System.out.println(line);
        }
    }
}
