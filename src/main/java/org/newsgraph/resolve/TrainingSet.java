package org.newsgraph.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.JudgedStatement;
import org.newsgraph.extract.RelationAnnotation;
import org.newsgraph.extract.RelationModelTrainer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.Sha256;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpModels;

/**
 * The annotated articles the relation models learn from: each stored annotation ({@code src/train/README.md})
 * joined to its article, read from the corpus and analysed as a build analyses it, with the mentions that resolve
 * to entities. An article whose cleaned text is no longer the annotated one (its SHA-256 differs) is left out with a
 * warning, as offsets into another text would teach nonsense.
 */
public final class TrainingSet {
    private TrainingSet() {
    }

    /**
     * Reads every {@code *.json} annotation in {@code annotations} and the articles they annotate from {@code corpus},
     * in the order of the annotations' ids.
     *
     * @param warnings receives one line per annotation left out and per bad input
     * @throws NewsgraphException when the directory cannot be listed or an annotation is not one
     */
    public static List<RelationModelTrainer.Labelled> read(Path corpus, Path annotations, NlpModels models,
                                                           Consumer<String> warnings) {
        Map<String, RelationAnnotation> byId = annotations(annotations);
        // Without relation models the analysis is the same; the models being trained must not weigh in.
        NlpModels plain = models.withoutRelationModels();
        ArticleProcessor processor = new ArticleProcessor(plain);
        EntityResolver resolver = new EntityResolver(plain.gazetteers());
        Map<String, RelationModelTrainer.Labelled> out = new TreeMap<>();
        new ArticleReader(ReadOptions.defaults()).read(corpus, article -> {
            RelationAnnotation a = byId.get(article.id().toLowerCase(Locale.ROOT));
            if (a == null)
                return;
            AnnotatedArticle analysed = processor.analyze(article);
            if (!HexFormat.of().formatHex(Sha256.of(analysed.article().text())).equals(a.textSha256())) {
                warnings.accept(a.id() + ": the article's cleaned text differs from the annotated one; left out");
                return;
            }
            Map<Mention, Entity> entities = resolver.entities(analysed);
            out.put(a.id(), new RelationModelTrainer.Labelled(analysed, a, entities::containsKey));
        }, e -> warnings.accept(e.getMessage()));
        for (RelationAnnotation a : byId.values())
            if (!out.containsKey(a.id()))
                warnings.accept(a.id() + ": not in " + corpus + "; left out");
        return new ArrayList<>(out.values());
    }

    /**
     * Reads every {@code *.tsv} of judged statements in {@code verdicts} and the articles they judge from
     * {@code corpus}, analysed and resolved as a build does, in the order of the articles' ids.
     *
     * @param warnings receives one line per article not found and per bad input
     * @throws NewsgraphException when the directory cannot be listed or a file holds a line that is not a verdict
     */
    public static List<RelationModelTrainer.Judged> judged(Path corpus, Path verdicts, NlpModels models,
                                                           Consumer<String> warnings) {
        Map<String, List<JudgedStatement>> byId = new TreeMap<>();
        for (Path f : files(verdicts, ".tsv")) {
            try {
                for (JudgedStatement v : JudgedStatement.read(f))
                    byId.computeIfAbsent(v.article().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(v);
            } catch (IOException e) {
                throw new NewsgraphException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        if (byId.isEmpty())
            return List.of();
        NlpModels plain = models.withoutRelationModels();
        ArticleProcessor processor = new ArticleProcessor(plain);
        EntityResolver resolver = new EntityResolver(plain.gazetteers());
        Map<String, RelationModelTrainer.Judged> out = new TreeMap<>();
        new ArticleReader(ReadOptions.defaults()).read(corpus, article -> {
            String id = article.id().toLowerCase(Locale.ROOT);
            List<JudgedStatement> judged = byId.get(id);
            if (judged == null)
                return;
            AnnotatedArticle analysed = processor.analyze(article);
            Map<Mention, Entity> entities = resolver.entities(analysed);
            out.put(id, new RelationModelTrainer.Judged(analysed, judged,
                    m -> entities.containsKey(m) ? entities.get(m).label() : null));
        }, e -> warnings.accept(e.getMessage()));
        for (String id : byId.keySet())
            if (!out.containsKey(id))
                warnings.accept(id + ": judged in " + verdicts + " but not in " + corpus + "; left out");
        return new ArrayList<>(out.values());
    }

    /** The annotations of a directory by their article's id in lower case (the reader's ids are case-blind keys). */
    private static Map<String, RelationAnnotation> annotations(Path dir) {
        ObjectMapper json = new ObjectMapper();
        Map<String, RelationAnnotation> byId = new TreeMap<>();
        for (Path f : files(dir, ".json")) {
            try {
                RelationAnnotation a = RelationAnnotation.read(f, json);
                byId.put(a.id().toLowerCase(Locale.ROOT), a);
            } catch (JacksonException e) {
                throw new NewsgraphException(f + ": not an annotation: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new NewsgraphException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        return byId;
    }

    /** The files of a directory whose names end so, sorted. */
    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new NewsgraphException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
