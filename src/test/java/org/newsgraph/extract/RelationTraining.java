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
        if (folds == -2)
            factRecall(labelled, args.length > 3 ? args[3] : "");
        if (folds == -3)
            heldOut(labelled);
        if (folds == -4)
            calibration(labelled);
        // Models are written only after cross-validation (FOLDS > 1) or training alone (FOLDS = 1): for -2 the fourth
        // argument is a relation, not a directory.
        if (folds >= 1 && args.length > 3) {
            RelationModelTrainer.Trained trained = RelationModelTrainer.trainAll(labelled, List.of(), 5);
            trained.write(Path.of(args[3]));
            System.out.println("wrote " + trained.classifiers().keySet() + " and the confidence table to " + args[3]);
        }
    }

    static List<RelationModelTrainer.Labelled> labelled(Path corpus, Path dir) {
        return org.newsgraph.resolve.TrainingSet.read(corpus, dir, null, NlpModels.load(), System.err::println).annotated();
    }

    /**
     * Article-level facts, as the gold scorer counts them: the annotated facts (subject, relation, object entity) an
     * article states in some sentence, against the ones the rules make of it, mapped to annotated entities. Articles
     * whose id's SHA-1 starts with 0-3 are the held part (a quarter, fixed as annotations grow), whose errors are
     * not printed; the others' misses and wrong facts of relation {@code show} are.
     */
    private static void factRecall(List<RelationModelTrainer.Labelled> all, String show) {
        Map<String, int[]> tune = new TreeMap<>();
        Map<String, int[]> held = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            RelationModelTrainer.Labelled l = all.get(i);
            boolean isHeld = held(l.annotation().id());
            java.util.Set<String> gold = new java.util.TreeSet<>();
            java.util.Set<String> optional = new java.util.TreeSet<>();
            for (RelationAnnotation.SentenceRelation r : l.annotation().relations())
                (r.optional() ? optional : gold).add(key(r.subject(), r.relation(), r.object()));
            optional.removeAll(gold);
            List<Fact> facts = new ArrayList<>();
            for (var s : l.article().sentences())
                for (Extractor rule : Extractor.rules())
                    facts.addAll(rule.extract(l.article(), s));
            java.util.Set<String> found = new java.util.TreeSet<>();
            Map<String, String> evidence = new HashMap<>();
            for (FactScorer.Statement st : FactScorer.statements(facts, List.of())) {
                Fact f = st.fact();
                if (!l.written(f))
                    continue;
                var s = l.article().sentences().get(f.sentence());
                String subj = RelationModelTrainer.chainEntity(l, f.subject());
                String obj = f.object().type() == org.newsgraph.nlp.EntityType.PERSON ? RelationModelTrainer.chainEntity(l, f.object())
                        : RelationModelTrainer.entity(l.annotation(), s, f.object());
                String k = key(subj, f.relation().localName(), obj);
                found.add(k);
                evidence.putIfAbsent(k, f.subject().text() + " -> " + f.object().text() + " | " + s.text());
            }
            Map<String, int[]> table = isHeld ? held : tune;
            for (String g : gold) {
                String rel = g.split(" ")[1];
                int[] c = table.computeIfAbsent(rel, k -> new int[3]);
                c[2]++;
                if (found.contains(g) || found.contains(swap(g)))
                    c[0]++;
                else if (!isHeld && rel.equals(show))
                    System.out.println("MISSED " + l.annotation().id() + " " + g + " | " + firstSentence(l, g));
            }
            for (String f : found) {
                if (optional.contains(f) || optional.contains(swap(f)))
                    continue;
                String rel = f.split(" ")[1];
                if (!gold.contains(f) && !gold.contains(swap(f))) {
                    table.computeIfAbsent(rel, k -> new int[3])[1]++;
                    if (!isHeld && rel.equals(show))
                        System.out.println("WRONG  " + l.annotation().id() + " " + f + " | " + evidence.get(f));
                }
            }
        }
        for (var e : List.of(Map.entry("tune", tune), Map.entry("held", held))) {
            int tp = 0, fp = 0, g = 0;
            for (Map.Entry<String, int[]> r : e.getValue().entrySet()) {
                int[] c = r.getValue();
                tp += c[0];
                fp += c[1];
                g += c[2];
                System.out.printf("%-5s %-12s P=%.3f R=%.3f (tp=%d fp=%d gold=%d)%n", e.getKey(), r.getKey(),
                        c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[2]), c[0], c[1], c[2]);
            }
            System.out.printf("%-5s micro        P=%.3f R=%.3f (tp=%d fp=%d gold=%d)%n", e.getKey(), tp / (double) Math.max(1, tp + fp),
                    tp / (double) Math.max(1, g), tp, fp, g);
        }
    }

    /**
     * The held quarter of the annotated articles scored at the article level, as factRecall does, with models trained
     * on the other three quarters only: the rules with their own confidences (no model at all), and the rules, the
     * classifiers and both, weighed by the confidence table.
     */
    private static void heldOut(List<RelationModelTrainer.Labelled> all) throws IOException {
        List<RelationModelTrainer.Labelled> tune = all.stream().filter(l -> !held(l.annotation().id())).toList();
        List<RelationModelTrainer.Labelled> test = all.stream().filter(l -> held(l.annotation().id())).toList();
        RelationModelTrainer.Trained t = RelationModelTrainer.trainAll(tune, List.of(), 5);
        NlpModels trained = NlpModels.load().withRelationModels(t.classifiers(), t.confidenceTable());
        NlpModels none = trained.withoutRelationModels();
        record Setup(String name, NlpModels models, ArticleExtractor.Layers layers, double min) {}
        NlpModels untabled = trained.withoutConfidenceTable();
        for (Setup setup : List.of(new Setup("rules, own confidence", none, ArticleExtractor.Layers.RULES, 0),
                new Setup("model alone, from 0.5", untabled, ArticleExtractor.Layers.MODEL, 0),
                new Setup("every statement of either", untabled, ArticleExtractor.Layers.BOTH, 0),
                new Setup("as built", trained, ArticleExtractor.Layers.BOTH, 0),
                new Setup("as built, from 0.5", trained, ArticleExtractor.Layers.BOTH, 0.5),
                new Setup("as built, from 0.7", trained, ArticleExtractor.Layers.BOTH, 0.7))) {
            ArticleExtractor extractor = new ArticleExtractor(setup.models(), setup.layers());
            Map<String, int[]> table = new TreeMap<>();
            for (RelationModelTrainer.Labelled l : test) {
                List<Fact> facts = extractor.extract(l.article()).stream().filter(f -> f.confidence() >= setup.min()).toList();
                score(l, facts, table);
            }
            print(setup.name(), table);
        }
    }

    /**
     * How the confidence table's probabilities on the held quarter's statements compare with how often they are
     * right, by relation and band of probability, the models trained on the other three quarters.
     */
    private static void calibration(List<RelationModelTrainer.Labelled> all) throws IOException {
        List<RelationModelTrainer.Labelled> tune = all.stream().filter(l -> !held(l.annotation().id())).toList();
        List<RelationModelTrainer.Labelled> test = all.stream().filter(l -> held(l.annotation().id())).toList();
        RelationModelTrainer.Trained t = RelationModelTrainer.trainAll(tune, List.of(), 5);
        ModelRelationExtractor classifiers = new ModelRelationExtractor(t.classifiers());
        FactScorer scorer = new FactScorer(ConfidenceTable.parse(t.confidenceTable()));
        Map<String, int[]> bands = new TreeMap<>();
        for (RelationModelTrainer.Labelled l : test) {
            List<Fact> ruleFacts = new ArrayList<>();
            List<Fact> modelFacts = new ArrayList<>();
            for (var s : l.article().sentences()) {
                for (Extractor rule : Extractor.rules())
                    ruleFacts.addAll(rule.extract(l.article(), s));
                modelFacts.addAll(classifiers.extract(l.article(), s));
            }
            for (Fact f : scorer.score(ruleFacts, modelFacts)) {
                if (!l.written(f))
                    continue;
                Boolean right = RelationModelTrainer.judge(l, f);
                if (right == null)
                    continue;
                boolean fromRule = ruleFacts.stream().anyMatch(r -> r.sentence() == f.sentence() && r.relation() == f.relation()
                        && r.subject().chain() == f.subject().chain());
                String key = String.format(Locale.ROOT, "%-12s %s %.1f", f.relation().localName(), fromRule ? "rule " : "model",
                        Math.floor(f.confidence() * 10) / 10);
                int[] c = bands.computeIfAbsent(key, k -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
            }
        }
        bands.forEach((k, c) -> System.out.printf("%s  %3d/%-3d %.2f%n", k, c[0], c[1], c[0] / (double) c[1]));
    }

    /** Adds one article's article-level true positives, false positives and gold facts to the table. */
    private static void score(RelationModelTrainer.Labelled l, List<Fact> facts, Map<String, int[]> table) {
        java.util.Set<String> gold = new java.util.TreeSet<>();
        java.util.Set<String> optional = new java.util.TreeSet<>();
        for (RelationAnnotation.SentenceRelation r : l.annotation().relations())
            (r.optional() ? optional : gold).add(key(r.subject(), r.relation(), r.object()));
        optional.removeAll(gold);
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (Fact f : facts) {
            if (!l.written(f))
                continue;
            var s = l.article().sentences().get(f.sentence());
            String obj = f.object().type() == org.newsgraph.nlp.EntityType.PERSON ? RelationModelTrainer.chainEntity(l, f.object())
                    : RelationModelTrainer.entity(l.annotation(), s, f.object());
            found.add(key(RelationModelTrainer.chainEntity(l, f.subject()), f.relation().localName(), obj));
        }
        for (String g : gold) {
            int[] c = table.computeIfAbsent(g.split(" ")[1], k -> new int[3]);
            c[2]++;
            if (found.contains(g) || found.contains(swap(g)))
                c[0]++;
        }
        for (String f : found)
            if (!gold.contains(f) && !gold.contains(swap(f)) && !optional.contains(f) && !optional.contains(swap(f)))
                table.computeIfAbsent(f.split(" ")[1], k -> new int[3])[1]++;
    }

    private static void print(String name, Map<String, int[]> table) {
        int tp = 0, fp = 0, g = 0;
        StringBuilder per = new StringBuilder();
        for (Map.Entry<String, int[]> r : table.entrySet()) {
            int[] c = r.getValue();
            tp += c[0];
            fp += c[1];
            g += c[2];
            per.append(String.format("  %s P=%.2f R=%.2f", r.getKey(), c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[2])));
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, g);
        System.out.printf("%-20s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d gold=%d)%n%s%n", name, p, r, 2 * p * r / Math.max(1e-9, p + r), tp, fp, g, per);
    }

    /** The first sentence the annotation states the fact in, with what the pipeline found there. */
    private static String firstSentence(RelationModelTrainer.Labelled l, String fact) {
        for (RelationAnnotation.SentenceRelation r : l.annotation().relations()) {
            if (r.optional() || !fact.equals(key(r.subject(), r.relation(), r.object())))
                continue;
            for (var s : l.article().sentences()) {
                if (s.start() >= r.end() || s.end() <= r.start())
                    continue;
                StringBuilder b = new StringBuilder(s.text().replace('\n', ' '));
                b.append("  [");
                for (var m : l.article().mentionsIn(s.index())) {
                    String e = m.type() == org.newsgraph.nlp.EntityType.PERSON ? RelationModelTrainer.chainEntity(l, m)
                            : RelationModelTrainer.entity(l.annotation(), s, m);
                    if (e != null && (e.equals(r.subject()) || e.equals(r.object())))
                        b.append(m.text()).append("=").append(e).append(l.resolves().test(m) ? "" : "(unresolved)").append("; ");
                }
                return b.append("]").toString();
            }
        }
        return "";
    }

    static boolean held(String id) {
        byte[] digest = org.newsgraph.ingest.Sha256.of(id);
        return (digest[0] & 0xff) >> 6 == 0;
    }

    private static String key(String s, String r, String o) {
        return s + " " + r + " " + o;
    }

    /** runsAgainst either way. */
    private static String swap(String k) {
        String[] p = k.split(" ");
        return p[1].equals("runsAgainst") ? p[2] + " " + p[1] + " " + p[0] : k;
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
                if (!l.written(st.fact()))
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
