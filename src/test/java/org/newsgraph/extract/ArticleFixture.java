package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PersonChain;
import org.newsgraph.nlp.Quote;

/**
 * Builds an analysed article by hand, without models: sentences written as "word/TAG" tokens, and the
 * mentions, chains and quotes the NLP stage would have found.
 */
final class ArticleFixture {
    private final List<String[]> tokens = new ArrayList<>();
    private final List<String[]> tags = new ArrayList<>();
    private final List<Object[]> mentionSpecs = new ArrayList<>();
    private final List<int[]> quoteSpecs = new ArrayList<>();

    static ArticleFixture of(String... taggedSentences) {
        ArticleFixture f = new ArticleFixture();
        for (String sentence : taggedSentences) {
            String[] parts = sentence.trim().split("\\s+");
            String[] toks = new String[parts.length];
            String[] tgs = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                int slash = parts[i].lastIndexOf('/');
                toks[i] = parts[i].substring(0, slash);
                tgs[i] = parts[i].substring(slash + 1);
            }
            f.tokens.add(toks);
            f.tags.add(tgs);
        }
        return f;
    }

    /** A person mention linked to {@code chain}; attributes as key, value pairs. */
    ArticleFixture person(int sentence, int start, int end, int chain, String... attributes) {
        return add(EntityType.PERSON, Mention.Form.NAME, sentence, start, end, null, chain, attributes);
    }

    /** A description standing for a named person ("the Ohio Republican"). */
    ArticleFixture description(int sentence, int start, int end, int chain, String... attributes) {
        return add(EntityType.PERSON, Mention.Form.TITLE, sentence, start, end, null, chain, attributes);
    }

    ArticleFixture pronoun(int sentence, int at, int chain, String... attributes) {
        return add(EntityType.PERSON, Mention.Form.PRONOUN, sentence, at, at + 1, null, chain, attributes);
    }

    ArticleFixture mention(EntityType type, int sentence, int start, int end, String value, String... attributes) {
        return add(type, Mention.Form.NAME, sentence, start, end, value, -1, attributes);
    }

    /** A quote over tokens {@code start..end} of one sentence, said by {@code speakerChain}. */
    ArticleFixture quote(int sentence, int start, int end, int speakerChain) {
        quoteSpecs.add(new int[] {sentence, start, end, speakerChain});
        return this;
    }

    private ArticleFixture add(EntityType type, Mention.Form form, int sentence, int start, int end, String value, int chain,
                               String... attributes) {
        mentionSpecs.add(new Object[] {type, form, sentence, start, end, value, chain, attributes});
        return this;
    }

    AnnotatedArticle build() {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            if (s > 0)
                text.append("\n\n");
            int start = text.length();
            String[] toks = tokens.get(s);
            int[] starts = new int[toks.length];
            int[] ends = new int[toks.length];
            for (int i = 0; i < toks.length; i++) {
                if (i > 0)
                    text.append(' ');
                starts[i] = text.length();
                text.append(toks[i]);
                ends[i] = text.length();
            }
            sentences.add(new AnnotatedSentence(s, text.substring(start), start, toks, starts, ends, tags.get(s), s == 0));
        }
        List<Mention> mentions = new ArrayList<>();
        Map<Integer, List<String>> names = new TreeMap<>();
        for (Object[] spec : mentionSpecs) {
            AnnotatedSentence s = sentences.get((int) spec[2]);
            int start = (int) spec[3];
            int end = (int) spec[4];
            String cover = s.cover(start, end);
            Map<String, String> attributes = new HashMap<>();
            String[] pairs = (String[]) spec[7];
            for (int i = 0; i + 1 < pairs.length; i += 2)
                attributes.put(pairs[i], pairs[i + 1]);
            String value = spec[5] != null ? (String) spec[5] : spec[1] == Mention.Form.PRONOUN ? cover.toLowerCase(Locale.ROOT) : cover;
            int chain = (int) spec[6];
            mentions.add(new Mention((EntityType) spec[0], (Mention.Form) spec[1], s.index(), start, end, cover, value,
                    attributes, 0.9, chain));
            if (chain >= 0)
                names.computeIfAbsent(chain, k -> new ArrayList<>()).add(cover);
        }
        List<PersonChain> chains = new ArrayList<>();
        for (int id = 0; id <= names.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1); id++)
            chains.add(new PersonChain(id, names.getOrDefault(id, List.of("Person " + id)), List.of(), null));
        List<Quote> quotes = new ArrayList<>();
        for (int[] q : quoteSpecs) {
            AnnotatedSentence s = sentences.get(q[0]);
            quotes.add(new Quote(s.tokenStart(q[1]), s.tokenEnd(q[2] - 1), q[3]));
        }
        String body = text.toString();
        String headline = sentences.get(0).text();
        Article article = new Article("fixture", headline, body, "", null, null, null, "fixture");
        return new AnnotatedArticle(article, sentences, mentions, chains, quotes);
    }

    /** Facts as "subjectText relation objectText" strings, for exact comparison. */
    static List<String> describe(List<Fact> facts) {
        List<String> out = new ArrayList<>();
        for (Fact f : facts)
            out.add(f.subject().text() + " " + f.relation().localName() + " " + f.object().text());
        return out;
    }

    /** Runs one extractor over every sentence of the article. */
    static List<String> run(Extractor extractor, AnnotatedArticle article) {
        List<Fact> facts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences())
            facts.addAll(extractor.extract(article, s));
        return describe(facts);
    }
}
