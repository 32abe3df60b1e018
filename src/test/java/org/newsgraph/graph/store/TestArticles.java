package org.newsgraph.graph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/** Small hand-built resolved articles: one endorsement sentence each. */
public final class TestArticles {
    private TestArticles() {
    }

    /** A store at {@code dir} holding these articles (facts from 0.5) as a build leaves it: the graphs derived. */
    public static Path store(Path dir, ResolvedArticle... articles) {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (ResolvedArticle a : articles)
                store.replace(a, 0.5);
            store.deriveGraphs();
        }
        return dir;
    }

    public static Entity person(String label) {
        return new Entity(EntityType.PERSON, label.toLowerCase().replace(' ', '-'), label, Set.of(), Map.of());
    }

    public static Article article(String id, String body) {
        String headline = "News " + id;
        return new Article(id, headline, headline + "\n\n" + body, "", null, null, null, id + ".txt");
    }

    /** An article whose only sentence says that {@code who} endorsed {@code whom}, at the given confidence. */
    public static ResolvedArticle endorsement(String id, String who, String whom, double confidence) {
        return endorsement(article(id, who + " endorsed " + whom + "."), who, whom, confidence);
    }

    /** {@code article} resolved as saying that {@code who} endorsed {@code whom}, in a sentence of its text. */
    public static ResolvedArticle endorsement(Article article, String who, String whom, double confidence) {
        String sentence = who + " endorsed " + whom + ".";
        int start = article.text().indexOf(sentence);
        if (start < 0)
            throw new IllegalArgumentException("Not in the text: " + sentence);
        Entity subject = person(who);
        Entity object = person(whom);
        List<ResolvedFact> facts = new ArrayList<>();
        facts.add(new ResolvedFact(subject, Relation.ENDORSES, object,
                new Evidence(0, sentence, start, start + sentence.length()), confidence, Map.of()));
        return new ResolvedArticle(article, List.of(subject, object), facts, 1, 4);
    }

    public static ResolvedArticle endorsement(String id, String who, String whom) {
        return endorsement(id, who, whom, 0.9);
    }

    /**
     * {@code article} resolved as saying, in the sentence "{who} is {office}.", that {@code who} holds the office,
     * with these qualifiers ({@code officeStatus} and optional dates).
     */
    public static ResolvedArticle holding(Article article, String who, String office, Map<String, String> qualifiers) {
        String sentence = who + " is " + office + ".";
        int start = article.text().indexOf(sentence);
        if (start < 0)
            throw new IllegalArgumentException("Not in the text: " + sentence);
        Entity person = person(who);
        Entity post = new Entity(EntityType.OFFICE, office.toLowerCase().replace(' ', '-'), office, Set.of(), Map.of());
        ResolvedFact fact = new ResolvedFact(person, Relation.HOLDS_OFFICE, post,
                new Evidence(0, sentence, start, start + sentence.length()), 0.9, qualifiers);
        return new ResolvedArticle(article, List.of(person, post), List.of(fact), 1, 4);
    }

    /**
     * An article saying "{who} runs in the {race}." and, when {@code party} is not null, "{who} is a {party}.", resolved
     * as that candidacy and that membership.
     */
    public static ResolvedArticle candidacy(String id, String who, String race, String party) {
        String runs = who + " runs in the " + race + ".";
        String member = party == null ? "" : " " + who + " is a " + party + ".";
        Article article = article(id, runs + member);
        int start = article.text().indexOf(runs);
        Entity person = person(who);
        Entity contest = new Entity(EntityType.RACE, race.toLowerCase().replace(' ', '-'), race, Set.of(), Map.of());
        List<Entity> entities = new ArrayList<>(List.of(person, contest));
        List<ResolvedFact> facts = new ArrayList<>();
        facts.add(new ResolvedFact(person, Relation.CANDIDATE_IN, contest,
                new Evidence(0, runs, start, start + runs.length()), 0.9, Map.of()));
        if (party != null) {
            Entity organisation = new Entity(EntityType.PARTY, party.toLowerCase().replace(' ', '-'), party, Set.of(), Map.of());
            entities.add(organisation);
            int at = article.text().indexOf(member.strip());
            facts.add(new ResolvedFact(person, Relation.MEMBER_OF, organisation,
                    new Evidence(1, member.strip(), at, at + member.strip().length()), 0.9, Map.of()));
        }
        return new ResolvedArticle(article, entities, facts, party == null ? 1 : 2, 8);
    }

    public static ResolvedArticle holding(String id, String who, String office, Map<String, String> qualifiers) {
        return holding(article(id, who + " is " + office + "."), who, office, qualifiers);
    }
}
