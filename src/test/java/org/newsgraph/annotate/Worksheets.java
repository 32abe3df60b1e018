package org.newsgraph.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.Sha256;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.resolve.ArticleProcessor;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityResolver;

/**
 * Writes annotation worksheets for articles of a JSON Lines corpus: for each article, {@code ID.txt} shows every
 * sentence as the pipeline splits it with the mentions the pipeline finds in it (numbered, with the entity each
 * resolves to), for an annotator to correct and to add relations to; {@code ID.json} keeps the sentences' and
 * mentions' character offsets in the cleaned text and its SHA-256, so that the annotator's answer, which names
 * mentions by number and sentences by index, can be turned into offsets (see src/train/README.md).
 *
 * <p>Arguments: {@code CORPUS.jsonl[.gz] OUT_DIR ID...}
 */
public final class Worksheets {
    private Worksheets() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        // The reader turns ids into IRI-safe keys (lower case); the corpus's own id names the files.
        Map<String, String> ids = new LinkedHashMap<>();
        for (String id : List.of(args).subList(2, args.length))
            ids.put(id.toLowerCase(java.util.Locale.ROOT), id);
        Files.createDirectories(out);
        NlpModels models = NlpModels.load();
        ArticleProcessor processor = new ArticleProcessor(models);
        EntityResolver resolver = new EntityResolver(models.gazetteers());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        new ArticleReader(ReadOptions.defaults()).read(corpus, article -> {
            String id = ids.get(article.id());
            if (id == null)
                return;
            AnnotatedArticle analysed = processor.analyze(article);
            Map<Mention, Entity> entities = resolver.entities(analysed);
            try {
                Files.writeString(out.resolve(id + ".txt"), sheet(id, article, analysed, entities));
                json.writeValue(out.resolve(id + ".json").toFile(), offsets(id, analysed, entities));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, e -> System.err.println(e.getMessage()));
    }

    static String entityId(Entity e) {
        return switch (e.type()) {
            case PERSON -> e.key();
            default -> e.type().pathSegment() + ":" + e.key();
        };
    }

    private static String sheet(String id, Article article, AnnotatedArticle analysed, Map<Mention, Entity> entities) {
        StringBuilder b = new StringBuilder();
        b.append("ARTICLE ").append(id).append("  date ").append(article.published()).append("  source ")
                .append(article.publisher()).append('\n');
        b.append("\nENTITIES the pipeline resolved (reuse these ids where right):\n");
        Map<String, Entity> byId = new TreeMap<>();
        entities.values().forEach(e -> byId.put(entityId(e), e));
        for (Map.Entry<String, Entity> e : byId.entrySet()) {
            Entity entity = e.getValue();
            b.append("  ").append(e.getKey()).append("  ").append(entity.type().localName()).append(" \"")
                    .append(entity.label()).append('"');
            if (!entity.attributes().isEmpty())
                b.append("  ").append(entity.attributes());
            b.append('\n');
        }
        b.append("\nSENTENCES with the mentions found in them (id, type, form, text -> entity):\n");
        for (AnnotatedSentence s : analysed.sentences()) {
            b.append("\nS").append(s.index()).append(": ").append(s.text().replace('\n', ' ')).append('\n');
            for (Mention m : analysed.mentionsIn(s.index())) {
                Entity e = entities.get(m);
                b.append("    m").append(mentionId(analysed, m)).append("  ").append(m.type().localName()).append(' ')
                        .append(m.form().name().toLowerCase()).append("  \"").append(s.cover(m.start(), m.end())).append("\" -> ")
                        .append(e == null ? "(none)" : entityId(e)).append('\n');
            }
        }
        return b.toString();
    }

    /** A mention's number: its position in the article's mentions in text order. */
    private static int mentionId(AnnotatedArticle analysed, Mention m) {
        return ordered(analysed).indexOf(m);
    }

    private static List<Mention> ordered(AnnotatedArticle analysed) {
        List<Mention> all = new ArrayList<>();
        for (AnnotatedSentence s : analysed.sentences())
            all.addAll(analysed.mentionsIn(s.index()));
        return all;
    }

    private static Map<String, Object> offsets(String id, AnnotatedArticle analysed, Map<Mention, Entity> entities) {
        Map<String, Object> root = new LinkedHashMap<>();
        String text = analysed.article().text();
        root.put("id", id);
        root.put("textSha256", HexFormat.of().formatHex(Sha256.of(text)));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (AnnotatedSentence s : analysed.sentences()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("start", s.start());
            o.put("end", s.end());
            o.put("text", s.text());
            sentences.add(o);
        }
        root.put("sentences", sentences);
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Mention> all = ordered(analysed);
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            AnnotatedSentence s = analysed.sentences().get(m.sentence());
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", "m" + i);
            o.put("sentence", m.sentence());
            o.put("type", m.type().localName());
            o.put("form", m.form().name().toLowerCase());
            o.put("start", s.tokenStart(m.start()));
            o.put("end", s.tokenEnd(m.end() - 1));
            o.put("text", s.cover(m.start(), m.end()));
            Entity e = entities.get(m);
            o.put("entity", e == null ? null : entityId(e));
            mentions.add(o);
        }
        root.put("mentions", mentions);
        Map<String, Object> resolved = new TreeMap<>();
        for (Entity e : entities.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("type", e.type().localName());
            o.put("name", e.label());
            o.putAll(e.attributes());
            resolved.put(entityId(e), o);
        }
        root.put("entities", resolved);
        return root;
    }
}
