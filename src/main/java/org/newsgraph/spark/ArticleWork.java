package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsgraph.export.FactReader;
import org.newsgraph.export.FactRow;
import org.newsgraph.graph.store.ArticleCounts;
import org.newsgraph.graph.store.ArticleLoader;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.BuildOptions;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.ArticleProcessor;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * The work of one partition: each article through the extraction core ({@link ArticleProcessor}, one per task, on the
 * executor's shared models), its graphs written as {@code build} stores them ({@link ArticleStore#write}), and from
 * those graphs its fact table rows, read as {@code export --format csv} reads them, and its readings of its persons,
 * read by the store's own code ({@code StoreIdentity}); its counts and a failure's reason as {@code build} has them
 * ({@link ArticleCounts}, {@link ArticleLoader#failureReason}). One article's failure is its error line; the others go
 * on. Serializable: Spark sends it to the executors.
 */
final class ArticleWork implements FlatMapFunction<Iterator<ArticleInput>, ArticleOutcome> {
    private final double minConfidence;
    private final boolean comments;

    ArticleWork(double minConfidence, boolean comments) {
        this.minConfidence = minConfidence;
        this.comments = comments;
    }

    @Override
    public Iterator<ArticleOutcome> call(Iterator<ArticleInput> inputs) {
        ArticleProcessor processor = new ArticleProcessor(ExecutorModels.get());
        BuildOptions options = BuildOptions.builder().minConfidence(minConfidence).comments(comments).build();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public ArticleOutcome next() {
                ArticleInput input = inputs.next();
                if (input.article() == null)
                    return ArticleOutcome.failed(input.error());
                try {
                    return process(processor, options, input.article());
                } catch (RuntimeException e) {
                    // One article's failure must not stop the others, as in build.
                    return ArticleOutcome.failed(input.article().origin() + ": " + ArticleLoader.failureReason(e));
                }
            }
        };
    }

    private ArticleOutcome process(ArticleProcessor processor, BuildOptions options, Article article) {
        ResolvedArticle resolved = processor.process(article);
        ResolvedArticle thread = comments ? processor.processComments(article).orElse(null) : null;
        DatasetGraph graphs = DatasetGraphFactory.create();
        ArticleStore.write(new ArticleStore.Replacement(resolved, options.fingerprint(article), thread), minConfidence,
                StreamRDFLib.dataset(graphs));
        List<FactRow> factRows = new ArrayList<>();
        FactReader.readAll(graphs, fact -> factRows.add(FactTableOutputFormat.checked(fact)));
        return new ArticleOutcome(article.id(), NQuadsText.of(out -> StreamRDFOps.sendQuadsToStream(graphs, out)),
                ExecutorIdentity.get().readings(graphs), factRows, ArticleCounts.of(resolved, minConfidence), null);
    }
}
