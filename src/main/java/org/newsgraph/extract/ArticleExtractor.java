package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.NlpModels;

/**
 * Reads the facts of one analysed article: the hand-written rules and the relation classifiers propose
 * statements sentence by sentence, and the {@link FactScorer} gives each statement its confidence. Not
 * thread-safe (the classifiers' feature maker keeps a stemmer): one per worker thread, as
 * {@code ArticleProcessor} makes it.
 */
public final class ArticleExtractor {
    /** Which layers propose statements; both by default, one alone to measure what each adds. */
    public enum Layers { RULES, MODEL, BOTH }

    private final List<Extractor> rules;
    private final ModelRelationExtractor classifiers;
    private final FactScorer scorer;

    public ArticleExtractor(NlpModels models) {
        this(models, Layers.BOTH);
    }

    public ArticleExtractor(NlpModels models, Layers layers) {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(layers, "layers");
        this.rules = layers == Layers.MODEL ? List.of() : Extractor.rules();
        ModelRelationExtractor c = new ModelRelationExtractor(models);
        this.classifiers = layers == Layers.RULES || !c.hasModels() ? null : c;
        this.scorer = new FactScorer(models.confidenceTable().isEmpty() ? null : ConfidenceTable.parse(models.confidenceTable()));
    }

    public List<Fact> extract(AnnotatedArticle article) {
        List<Fact> ruleFacts = new ArrayList<>();
        List<Fact> modelFacts = new ArrayList<>();
        for (AnnotatedSentence sentence : article.sentences()) {
            for (Extractor extractor : rules)
                ruleFacts.addAll(extractor.extract(article, sentence));
            if (classifiers != null)
                modelFacts.addAll(classifiers.extract(article, sentence));
        }
        return scorer.score(ruleFacts, modelFacts);
    }
}
