package org.newsgraph.extract;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Trains the relation classifiers from annotated articles: each candidate pair of each sentence
 * ({@link RelationCandidates}) becomes a training event whose features are {@link PairFeatures}' and whose outcome
 * is the relation the annotation marks between the two mentions' entities in that sentence, or none. A pair whose
 * relation the annotation calls optional is left out. Mentions are matched to the annotation's by overlapping
 * character offsets and type. Training is deterministic: the same annotations give the same models.
 */
public final class RelationModelTrainer {
    /**
     * An analysed article, its annotation, and which mentions resolve to an entity (a fact whose end resolves to none
     * is dropped before the graph, so it is neither right nor wrong there and does not teach the confidence table).
     */
    public record Labelled(AnnotatedArticle article, RelationAnnotation annotation, Predicate<Mention> resolves) {
        public Labelled {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(resolves, "resolves");
        }

        /** True when both ends of the fact resolve to entities, so that the fact is written. */
        boolean written(Fact f) {
            return resolves.test(f.subject()) && resolves.test(f.object());
        }
    }

    /**
     * An analysed article that nobody annotated, the statements of it that readers judged, and the label of the
     * entity each mention resolves to (null for none), by which a judged statement is found again.
     */
    public record Judged(AnnotatedArticle article, List<JudgedStatement> verdicts, Function<Mention, String> labels) {
        public Judged {
            Objects.requireNonNull(article, "article");
            verdicts = List.copyOf(verdicts);
            Objects.requireNonNull(labels, "labels");
        }
    }

    private RelationModelTrainer() {
    }

    /** Maxent trained by L-BFGS with an L2 penalty, on one thread so that training is deterministic. */
    public static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("L2Cost", 1.0);
        return p;
    }

    /** The training events of the articles, by pair kind, in article, sentence and pair order. */
    public static Map<PairKind, List<Event>> events(List<Labelled> articles) {
        Map<PairKind, List<Event>> events = new EnumMap<>(PairKind.class);
        PairFeatures features = new PairFeatures();
        for (Labelled l : articles)
            for (AnnotatedSentence s : l.article().sentences())
                for (RelationCandidates.Pair pair : RelationCandidates.of(l.article(), s))
                    for (String outcome : outcomes(l, s, pair)) {
                        String[] context = features.of(l.article(), s, pair.first(), pair.second());
                        events.computeIfAbsent(pair.kind(), k -> new ArrayList<>()).add(new Event(outcome, context));
                    }
        return events;
    }

    /** Trains one model per pair kind that has events of at least two outcomes. */
    public static Map<String, MaxentModel> train(List<Labelled> articles, TrainingParameters parameters) throws IOException {
        Map<String, MaxentModel> models = new HashMap<>();
        for (Map.Entry<PairKind, List<Event>> e : events(articles).entrySet()) {
            if (e.getValue().stream().map(Event::getOutcome).distinct().count() < 2)
                continue;
            EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
            models.put(e.getKey().modelName(), trainer.train(ObjectStreamUtils.createObjectStream(e.getValue())));
        }
        return models;
    }

    /**
     * Trains the classifiers on all articles, and measures the confidence table on statements whose classifier
     * probabilities come from models that did not see their article ({@code folds}-fold, by article order), beside
     * the rules' statements; each statement is right when the annotation marks its relation between the entities of
     * its ends in its sentence, as a reader judging the graph's statement would. The judged statements of other
     * articles count too, each as its reader judged it, with the probabilities of the classifiers trained on all.
     */
    public static Trained trainAll(List<Labelled> articles, List<Judged> judged, int folds) throws IOException {
        ConfidenceTable.Builder table = new ConfidenceTable.Builder();
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> train = new ArrayList<>();
            List<Labelled> test = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++)
                (i % folds == fold ? test : train).add(articles.get(i));
            ModelRelationExtractor classifiers = new ModelRelationExtractor(train(train, parameters()));
            for (Labelled l : test)
                judgeStatements(l, classifiers, table);
        }
        Map<String, MaxentModel> classifiers = train(articles, parameters());
        ModelRelationExtractor all = new ModelRelationExtractor(classifiers);
        int found = 0;
        for (Judged j : judged)
            found += countVerdicts(j, all, table);
        return new Trained(classifiers, table.lines(), found);
    }

    /**
     * The classifiers by name, the confidence table's lines, and how many judged statements were found again (the
     * others the rules and classifiers no longer make, or make between other entities).
     */
    public record Trained(Map<String, MaxentModel> classifiers, List<String> confidenceTable, int verdictsFound) {
        public Trained {
            classifiers = Map.copyOf(classifiers);
            confidenceTable = List.copyOf(confidenceTable);
        }

        /** The files this training makes, in the order written: each classifier's, sorted, then the table's. */
        public List<String> fileNames() {
            List<String> names = new ArrayList<>(classifiers.keySet().stream().sorted().map(RelationModelTrainer::classifierFile).toList());
            names.add(ConfidenceTable.FILE);
            return names;
        }

        /** Writes the file of this name: a classifier as OpenNLP writes a model, or the table as tab-separated lines. */
        public void writeFile(String name, OutputStream out) throws IOException {
            if (name.equals(ConfidenceTable.FILE)) {
                ConfidenceTable.write(confidenceTable, out);
                return;
            }
            for (Map.Entry<String, MaxentModel> e : classifiers.entrySet()) {
                if (classifierFile(e.getKey()).equals(name)) {
                    new GenericModelWriter((opennlp.tools.ml.model.AbstractModel) e.getValue(), new DataOutputStream(out)).persist();
                    return;
                }
            }
            throw new IllegalArgumentException("no file " + name + " in this training");
        }

        /** Writes every file into {@code dir}, as the jar bundles them. */
        public void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            for (String name : fileNames())
                try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                    writeFile(name, out);
                }
        }
    }

    /** Every file a training may make, whichever classifiers it has examples for. */
    public static List<String> possibleFileNames() {
        List<String> names = new ArrayList<>();
        for (PairKind kind : PairKind.values())
            names.add(classifierFile(kind.modelName()));
        names.add(ConfidenceTable.FILE);
        return names;
    }

    /** {@code relation-NAME.bin}, the name a classifier's model has among the bundled ones. */
    private static String classifierFile(String name) {
        return "relation-" + name + ".bin";
    }

    /** Counts the statements the rules and these classifiers make of one article, right or wrong, into the table. */
    static void judgeStatements(Labelled l, ModelRelationExtractor classifiers, ConfidenceTable.Builder table) {
        for (FactScorer.Statement st : statements(l.article(), classifiers)) {
            if (!l.written(st.fact()))
                continue;
            Boolean right = judge(l, st.fact());
            if (right != null)
                table.add(st, right);
        }
    }

    /**
     * Counts each statement of the article that a reader judged, as judged, into the table: same sentence, relation
     * and end labels (either way round for a symmetric relation). Returns how many verdicts were found.
     */
    static int countVerdicts(Judged j, ModelRelationExtractor classifiers, ConfidenceTable.Builder table) {
        List<JudgedStatement> left = new ArrayList<>(j.verdicts());
        int found = 0;
        for (FactScorer.Statement st : statements(j.article(), classifiers)) {
            Fact f = st.fact();
            String sentence = JudgedStatement.sentenceHash(j.article().sentences().get(f.sentence()).text());
            String subject = j.labels().apply(f.subject());
            String object = j.labels().apply(f.object());
            for (Iterator<JudgedStatement> it = left.iterator(); it.hasNext(); ) {
                JudgedStatement v = it.next();
                if (!v.sentenceHash().equals(sentence) || !v.relation().equals(f.relation().localName()))
                    continue;
                if (v.subject().equals(subject) && v.object().equals(object)
                        || f.relation().isSymmetric() && v.subject().equals(object) && v.object().equals(subject)) {
                    table.add(st, v.right());
                    it.remove();
                    found++;
                }
            }
        }
        return found;
    }

    /** The statements the rules and these classifiers make of one article, theirs for the same ends merged. */
    private static List<FactScorer.Statement> statements(AnnotatedArticle article, ModelRelationExtractor classifiers) {
        List<Fact> ruleFacts = new ArrayList<>();
        List<Fact> modelFacts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            for (Extractor rule : Extractor.rules())
                ruleFacts.addAll(rule.extract(article, s));
            modelFacts.addAll(classifiers.extract(article, s));
        }
        return FactScorer.statements(ruleFacts, modelFacts);
    }

    /**
     * Whether the annotation marks the fact's relation between the entities its ends stand for in its sentence:
     * a person end stands for the entity most of its chain's mentions are annotated as, so that a pronoun linked to
     * the wrong person makes the statement wrong, as it is in the graph. Null when the annotation calls it optional.
     */
    static Boolean judge(Labelled l, Fact f) {
        AnnotatedSentence s = l.article().sentences().get(f.sentence());
        String subject = chainEntity(l, f.subject());
        String object = f.object().type() == EntityType.PERSON ? chainEntity(l, f.object()) : entity(l.annotation(), s, f.object());
        if (subject == null || object == null)
            return false;
        for (RelationAnnotation.SentenceRelation r : l.annotation().relations()) {
            if (r.start() >= s.end() || r.end() <= s.start() || !r.relation().equals(f.relation().localName()))
                continue;
            boolean match = r.subject().equals(subject) && r.object().equals(object)
                    || f.relation().isSymmetric() && r.subject().equals(object) && r.object().equals(subject);
            if (match)
                return r.optional() ? null : true;
        }
        return false;
    }

    /** The annotated entity most mentions of the person's chain stand for (names count double), or null. */
    static String chainEntity(Labelled l, Mention person) {
        if (person.chain() < 0)
            return entity(l.annotation(), l.article().sentences().get(person.sentence()), person);
        Map<String, Integer> votes = new HashMap<>();
        String best = null;
        for (Mention m : l.article().mentions()) {
            if (m.type() != EntityType.PERSON || m.chain() != person.chain())
                continue;
            String e = entity(l.annotation(), l.article().sentences().get(m.sentence()), m);
            if (e == null)
                continue;
            int v = votes.merge(e, m.form() == Mention.Form.NAME ? 2 : 1, Integer::sum);
            if (best == null || v > votes.get(best))
                best = e;
        }
        return best;
    }

    /**
     * The outcomes of a pair: the relations the annotation marks between the entities of its two mentions in this
     * sentence, {@link PairKind#NONE} when it marks none, and no outcome at all when a relation between them is
     * optional or the two are one entity.
     */
    static List<String> outcomes(Labelled l, AnnotatedSentence s, RelationCandidates.Pair pair) {
        String first = entity(l.annotation(), s, pair.first());
        String second = entity(l.annotation(), s, pair.second());
        if (first == null || second == null)
            return List.of(PairKind.NONE);
        if (first.equals(second))
            return List.of();
        List<String> out = new ArrayList<>();
        for (RelationAnnotation.SentenceRelation r : l.annotation().relations()) {
            if (r.start() >= s.end() || r.end() <= s.start())
                continue;
            Relation relation = relation(r.relation());
            if (relation == null || !pair.kind().relations().contains(relation))
                continue;
            boolean forward = r.subject().equals(first) && r.object().equals(second);
            boolean backward = r.subject().equals(second) && r.object().equals(first);
            if (!forward && !backward)
                continue;
            if (r.optional())
                return List.of();
            if (pair.kind() == PairKind.PERSON_PERSON)
                out.add(PairKind.outcome(relation, forward));
            else if (pair.person() == (forward ? pair.first() : pair.second()))
                out.add(relation.localName());
        }
        return out.isEmpty() ? List.of(PairKind.NONE) : out.stream().distinct().toList();
    }

    /** The annotated entity of the annotated mention that overlaps most of ours, of a matching type; or null. */
    static String entity(RelationAnnotation a, AnnotatedSentence s, Mention m) {
        int start = s.tokenStart(m.start());
        int end = s.tokenEnd(m.end() - 1);
        String best = null;
        int bestOverlap = 0;
        for (RelationAnnotation.MentionSpan span : a.mentions()) {
            int overlap = Math.min(end, span.end()) - Math.max(start, span.start());
            if (overlap > bestOverlap && span.type().equals(m.type().localName())) {
                best = span.entity();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static Relation relation(String name) {
        for (Relation r : Relation.values())
            if (r.localName().equals(name))
                return r;
        return null;
    }

}
