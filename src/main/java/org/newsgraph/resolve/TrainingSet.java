package org.newsgraph.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The annotated articles, and the articles whose statements readers judged. */
    public record Read(List<RelationModelTrainer.Labelled> annotated, List<RelationModelTrainer.Judged> judged) {
        public Read {
            annotated = List.copyOf(annotated);
            judged = List.copyOf(judged);
        }
    }

    /**
     * Reads every {@code *.json} annotation in {@code annotations}, every {@code *.tsv} of judged statements in
     * {@code verdicts} (none when null), and, in one pass over {@code corpus}, the articles they name, analysed and
     * resolved as a build does; each list in the order of the articles' ids.
     *
     * @param warnings receives one line per article left out and per bad input
     * @throws NewsgraphException when a directory cannot be listed, an annotation is not one or a line is no verdict
     */
    public static Read read(Path corpus, Path annotations, Path verdicts, NlpModels models, Consumer<String> warnings) {
        Map<String, RelationAnnotation> annotated = annotations(annotations);
        Map<String, List<JudgedStatement>> judged = verdicts == null ? Map.of() : verdicts(verdicts);
        // Without relation models the analysis is the same; the models being trained must not weigh in.
        NlpModels plain = models.withoutRelationModels();
        ArticleProcessor processor = new ArticleProcessor(plain);
        EntityResolver resolver = new EntityResolver(plain.gazetteers());
        Map<String, RelationModelTrainer.Labelled> labelled = new TreeMap<>();
        Map<String, RelationModelTrainer.Judged> judgedArticles = new TreeMap<>();
        new ArticleReader(ReadOptions.defaults()).read(corpus, article -> {
            String id = article.id().toLowerCase(Locale.ROOT);
            RelationAnnotation a = annotated.get(id);
            List<JudgedStatement> v = judged.get(id);
            if (a == null && v == null)
                return;
            AnnotatedArticle analysed = processor.analyze(article);
            Map<Mention, Entity> entities = resolver.entities(analysed);
            if (v != null)
                judgedArticles.put(id, new RelationModelTrainer.Judged(analysed, v,
                        m -> entities.containsKey(m) ? entities.get(m).label() : null));
            if (a == null)
                return;
            if (!HexFormat.of().formatHex(Sha256.of(analysed.article().text())).equals(a.textSha256())) {
                warnings.accept(a.id() + ": the article's cleaned text differs from the annotated one; left out");
                return;
            }
            // An extractor may say more of a mention than the finder did ("Sen. Elizabeth Warren (D-Mass.)": the seat's
            // state): the mention it returns stands where one that resolves does, and is written as the build writes it.
            Set<String> spans = new HashSet<>();
            for (Mention m : entities.keySet())
                spans.add(span(m));
            labelled.put(a.id(), new RelationModelTrainer.Labelled(analysed, a, m -> entities.containsKey(m) || spans.contains(span(m))));
        }, e -> warnings.accept(e.getMessage()));
        for (RelationAnnotation a : annotated.values())
            if (!labelled.containsKey(a.id()))
                warnings.accept(a.id() + ": not in " + corpus + "; left out");
        for (String id : judged.keySet())
            if (!judgedArticles.containsKey(id))
                warnings.accept(id + ": judged in " + verdicts + " but not in " + corpus + "; left out");
        return new Read(new ArrayList<>(labelled.values()), new ArrayList<>(judgedArticles.values()));
    }

    private static String span(Mention m) {
        return m.type() + " " + m.sentence() + " " + m.start() + " " + m.end();
    }

    /** The judged statements of a directory's {@code *.tsv} files by their article's id in lower case. */
    private static Map<String, List<JudgedStatement>> verdicts(Path dir) {
        Map<String, List<JudgedStatement>> byId = new TreeMap<>();
        for (Path f : files(dir, ".tsv")) {
            try {
                for (JudgedStatement v : JudgedStatement.read(f))
                    byId.computeIfAbsent(v.article().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(v);
            } catch (IOException e) {
                throw new NewsgraphException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        return byId;
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
