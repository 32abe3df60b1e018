package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PersonChain;

/**
 * An invented article as the mention linker leaves it, built by hand without models: sentences of space-separated
 * tokens, person chains with their names, person mentions with the linker's attributes, and facts.
 */
final class PersonsFixture {
    private final List<String[]> sentences = new ArrayList<>();
    private final List<PersonChain> chains = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Object[]> facts = new ArrayList<>();
    private LocalDate date;

    static PersonsFixture of(String... sentences) {
        PersonsFixture f = new PersonsFixture();
        for (String s : sentences)
            f.sentences.add(s.strip().split("\\s+"));
        return f;
    }

    PersonsFixture dated(LocalDate published) {
        this.date = published;
        return this;
    }

    /** A chain of the names given, in order; its id is its position. */
    PersonsFixture chain(String gender, String... names) {
        chains.add(new PersonChain(chains.size(), List.of(names), List.of(), gender));
        return this;
    }

    /** A person name over tokens {@code start..end} of a sentence, in chain {@code chain}; attributes as pairs. */
    PersonsFixture name(int sentence, int start, int end, int chain, String... attributes) {
        mentions.add(mention(EntityType.PERSON, sentence, start, end, null, chain, attributes));
        return this;
    }

    /** A fact of chain {@code chain}'s mention {@code subject} (index among mentions) and an office or party mention. */
    PersonsFixture fact(int subject, Relation relation, int sentence, int start, int end, String value, String... attributes) {
        Mention object = mention(relation.range(), sentence, start, end, value, -1, attributes);
        mentions.add(object);
        facts.add(new Object[] {subject, relation, object});
        return this;
    }

    private Mention mention(EntityType type, int sentence, int start, int end, String value, int chain, String... attributes) {
        String[] tokens = sentences.get(sentence);
        String text = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end));
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2)
            a.put(attributes[i], attributes[i + 1]);
        return new Mention(type, Mention.Form.NAME, sentence, start, end, text, value == null ? text : value, a, 0.9, chain);
    }

    AnnotatedArticle article() {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0)
                text.append("\n\n");
            int start = text.length();
            String[] tokens = sentences.get(s);
            int[] starts = new int[tokens.length];
            int[] ends = new int[tokens.length];
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0)
                    text.append(' ');
                starts[i] = text.length();
                text.append(tokens[i]);
                ends[i] = text.length();
                tags[i] = "PROPN";
            }
            out.add(new AnnotatedSentence(s, text.substring(start), start, tokens, starts, ends, tags, s == 0));
        }
        Article article = new Article("invented", out.get(0).text(), text.toString(), "", null, null, date, "invented");
        return new AnnotatedArticle(article, out, mentions, chains, List.of());
    }

    List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        for (Object[] f : facts) {
            Mention subject = mentions.get((int) f[0]);
            out.add(new Fact(subject, (Relation) f[1], (Mention) f[2], subject.sentence(), 0.9));
        }
        return out;
    }
}
