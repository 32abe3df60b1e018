package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleCleaner;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.ArticleAnalyzer;
import org.newsgraph.nlp.NlpModels;

/**
 * Clean, analyse, extract, resolve: one article in, its entities and facts out. Does nothing itself but
 * wire the stages. A pure function of the article; holds per-thread OpenNLP objects, so not thread-safe:
 * make one per worker thread (cheap, the models are shared).
 */
public final class ArticleProcessor {
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticleAnalyzer analyzer;
    private final List<Extractor> extractors;
    private final EntityResolver resolver;

    public ArticleProcessor(NlpModels models) {
        Objects.requireNonNull(models, "models");
        this.analyzer = new ArticleAnalyzer(models);
        this.extractors = Extractor.standard();
        this.resolver = new EntityResolver(models.gazetteers());
    }

    public ResolvedArticle process(Article article) {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(article);
        AnnotatedArticle analysed = analyzer.analyze(cleaned.article(), cleaned.aliases());
        List<Fact> facts = new ArrayList<>();
        for (AnnotatedSentence sentence : analysed.sentences())
            for (Extractor extractor : extractors)
                facts.addAll(extractor.extract(analysed, sentence));
        return resolver.resolve(analysed, facts);
    }
}
