package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.ingest.Article;

/**
 * An article after the NLP stage: its sentences, every mention found in them (person mentions linked
 * into chains), the person chains and the quoted passages with their speakers. Immutable.
 */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences, List<Mention> mentions,
                               List<PersonChain> chains, List<Quote> quotes) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        chains = List.copyOf(chains);
        quotes = List.copyOf(quotes);
    }

    /** The mentions of one sentence, in token order. */
    public List<Mention> mentionsIn(int sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (m.sentence() == sentence)
                out.add(m);
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    /** The quote around a character offset, if any. */
    public Optional<Quote> quoteAt(int offset) {
        for (Quote q : quotes)
            if (q.contains(offset))
                return Optional.of(q);
        return Optional.empty();
    }

    public int tokenCount() {
        int n = 0;
        for (AnnotatedSentence s : sentences)
            n += s.size();
        return n;
    }
}
