package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleCleaner;
import org.newsgraph.nlp.AnnotatedArticle;
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
    private final ArticleExtractor extractor;
    private final EntityResolver resolver;

    public ArticleProcessor(NlpModels models) {
        this(models, ArticleExtractor.Layers.BOTH);
    }

    /** A processor whose facts come from these layers only (to measure what the rules or the models add). */
    public ArticleProcessor(NlpModels models, ArticleExtractor.Layers layers) {
        Objects.requireNonNull(models, "models");
        this.extractor = new ArticleExtractor(models, layers);
        this.analyzer = new ArticleAnalyzer(models);
        this.resolver = new EntityResolver(models.gazetteers());
    }

    public ResolvedArticle process(Article article) {
        return resolve(analyze(article));
    }

    /** The article cleaned and analysed: sentences and linked mentions, before extraction. */
    public AnnotatedArticle analyze(Article article) {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(article);
        return analyzer.analyze(cleaned.article(), cleaned.aliases());
    }

    /**
     * What the article's reader comments say, read apart from the article: the same stages run on an article
     * with the article's id whose text is the comments (as cleaning separates them), so evidence offsets refer
     * to the comments. Empty when the article has no comments.
     */
    public Optional<ResolvedArticle> processComments(Article article) {
        String comments = cleaner.clean(article).article().comments().strip();
        if (comments.isEmpty())
            return Optional.empty();
        // Not cleaned again: cleaning would take the comment thread for comments and move it out of the text.
        // The first line stands as the headline, as the annotator reads the first line of any text.
        String headline = comments.lines().findFirst().orElse("");
        Article thread = new Article(article.id(), headline, comments, "", article.url(), article.publisher(),
                article.published(), article.origin());
        return Optional.of(resolve(analyzer.analyze(thread, List.of())));
    }

    private ResolvedArticle resolve(AnnotatedArticle analysed) {
        return resolver.resolve(analysed, extractor.extract(analysed));
    }
}
