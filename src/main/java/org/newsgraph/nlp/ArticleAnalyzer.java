package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.util.Span;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleCleaner;

/**
 * Runs the NLP stage over one cleaned article: annotates its sentences, runs every mention finder (and
 * the user's name-finder models), and links person mentions into chains. Owns an {@link Annotator}, so
 * not thread-safe: one per thread.
 */
public final class ArticleAnalyzer {
    private final Annotator annotator;
    private final List<MentionFinder> finders;
    private final MentionLinker linker;

    public ArticleAnalyzer(NlpModels models) {
        Objects.requireNonNull(models, "models");
        Gazetteers g = models.gazetteers();
        this.annotator = models.newAnnotator();
        this.finders = List.of(new PersonFinder(g), new OfficeFinder(g), new PartyFinder(g), new RaceFinder(g),
                new InvestigationFinder(g));
        this.linker = new MentionLinker(g);
    }

    public AnnotatedArticle analyze(Article article, List<ArticleCleaner.NameAlias> aliases) {
        List<AnnotatedSentence> sentences = annotator.annotate(article.text());
        List<Mention> mentions = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            List<Mention> found = new ArrayList<>();
            for (MentionFinder finder : finders)
                found.addAll(finder.find(s));
            for (Span span : annotator.findNames(s))
                addModelPerson(s, span, found);
            mentions.addAll(found);
        }
        annotator.clearAdaptiveData();
        return linker.link(article, sentences, InvestigationFinder.withKnownTopics(mentions), aliases);
    }

    /** A person the user's model found; it replaces the pattern finder's mentions it overlaps. */
    private static void addModelPerson(AnnotatedSentence s, Span span, List<Mention> found) {
        if (span.getType() != null && !span.getType().equalsIgnoreCase("person") && !span.getType().equalsIgnoreCase("default"))
            return;
        Mention m = new Mention(EntityType.PERSON, Mention.Form.NAME, s.index(), span.getStart(), span.getEnd(),
                s.cover(span.getStart(), span.getEnd()), s.cover(span.getStart(), span.getEnd()),
                new HashMap<>(Map.of(PersonFinder.STRENGTH, PersonFinder.STRONG, "source", "model")),
                Math.max(0.5, Math.min(1.0, span.getProb() > 0 ? span.getProb() : 0.8)));
        found.removeIf(other -> other.type() == EntityType.PERSON && other.form() == Mention.Form.NAME && other.overlaps(m));
        found.add(m);
    }
}
