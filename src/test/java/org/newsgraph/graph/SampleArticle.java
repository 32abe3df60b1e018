package org.newsgraph.graph;

import java.time.LocalDate;
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

/** A hand-built resolved article that exercises every relation, shared by the tests of the graph stage and its readers. */
public final class SampleArticle {
    public static final String HEADLINE = "Trump endorses Tuberville in Alabama Senate runoff";
    public static final String S1 = "President Donald Trump endorsed Tommy Tuberville on Friday.";
    static final String S2 = "Tuberville faces former Attorney General Jeff Sessions in the Republican primary runoff.";
    static final String S3 = "Sessions, a Republican, recused himself from the Justice Department's Russia investigation in 2017.";
    static final String S4 = "Trump has criticized Sessions ever since.";
    public static final String TEXT = HEADLINE + "\n\n" + S1 + " " + S2 + " " + S3 + " " + S4;

    public static final Article ARTICLE = new Article("2020-03-trump-endorses-tuberville", HEADLINE, TEXT, "",
            "https://example.com/2020/03/trump-tuberville", "Example News", LocalDate.of(2020, 3, 7), "fixture");

    static final Entity TRUMP = person("donald-trump", "Donald Trump", "Trump", "President Donald Trump");
    static final Entity TUBERVILLE = person("tommy-tuberville", "Tommy Tuberville", "Tuberville");
    static final Entity SESSIONS = person("jeff-sessions", "Jeff Sessions", "Sessions");
    static final Entity PRESIDENT = new Entity(EntityType.OFFICE, "us-president", "President of the United States",
            Set.of("President"), Map.of("jurisdiction", "United States"));
    static final Entity AG = new Entity(EntityType.OFFICE, "us-attorney-general", "U.S. Attorney General",
            Set.of("Attorney General"), Map.of("jurisdiction", "United States"));
    static final Entity RACE = new Entity(EntityType.RACE, "2020-alabama-us-senate-republican-primary-runoff",
            "2020 Alabama U.S. Senate Republican primary runoff", Set.of("Republican primary runoff"),
            Map.of("year", "2020", "jurisdiction", "Alabama", "office", "U.S. Senate",
                   "stage", "primary runoff", "party", "Republican"));
    static final Entity GOP = new Entity(EntityType.PARTY, "republican-party", "Republican Party",
            Set.of("Republican"), Map.of());
    static final Entity RUSSIA = new Entity(EntityType.INVESTIGATION, "russia-investigation", "Russia investigation",
            Set.of(), Map.of());
    static final Entity DOJ = new Entity(EntityType.ORGANIZATION, "us-department-of-justice",
            "U.S. Department of Justice", Set.of("Justice Department"), Map.of());

    static final String HEADLINE_2 = "Sessions fires back at Trump";
    static final String S5 = "Trump attacked Jeff Sessions again on Friday.";
    static final String S6 = "Sessions, who served as a U.S. Senator from Alabama from 1997 to 2017, fired back at Trump.";
    static final String TEXT_2 = HEADLINE_2 + "\n\n" + S5 + " " + S6;
    public static final Article ARTICLE_2 = new Article("2020-05-sessions-fires-back", HEADLINE_2, TEXT_2, "",
            null, null, null, "fixture 2");
    static final Entity SENATOR = new Entity(EntityType.OFFICE, "us-senator", "U.S. Senator",
            Set.of(), Map.of("jurisdiction", "United States"));

    static final String C1 = "Tuberville will win this easily.";
    public static final String C2 = "Barack Obama criticized Jeff Sessions for years.";
    public static final String COMMENTS = "1. " + C1 + "\n2. " + C2;
    static final Entity OBAMA = person("barack-obama", "Barack Obama");

    private SampleArticle() {}

    /** The first article's reader comments as processing gives them: the article's id, the comments as text. */
    public static ResolvedArticle comments() {
        Article thread = new Article(ARTICLE.id(), "1. " + C1, COMMENTS, "", ARTICLE.url(), ARTICLE.publisher(),
                ARTICLE.published(), ARTICLE.origin());
        List<ResolvedFact> facts = List.of(
                new ResolvedFact(OBAMA, Relation.CRITICIZES, SESSIONS, evidence(COMMENTS, C2), 0.7, Map.of()));
        return new ResolvedArticle(thread, List.of(TUBERVILLE, OBAMA, SESSIONS), facts, 2, 16);
    }

    /** A second article about two of the same people, without url, publisher or date. */
    public static ResolvedArticle second() {
        List<ResolvedFact> facts = List.of(
                new ResolvedFact(TRUMP, Relation.CRITICIZES, SESSIONS, evidence(TEXT_2, S5), 0.8, Map.of()),
                new ResolvedFact(SESSIONS, Relation.CRITICIZES, TRUMP, evidence(TEXT_2, S6), 0.75, Map.of()),
                new ResolvedFact(SESSIONS, Relation.HOLDS_OFFICE, SENATOR, evidence(TEXT_2, S6), 0.7,
                        Map.of("officeStatus", "former", "startDate", "1997", "endDate", "2017", "jurisdiction", "Alabama")));
        return new ResolvedArticle(ARTICLE_2, List.of(TRUMP, SESSIONS, SENATOR), facts, 3, 30);
    }

    /** The article with all its facts; one of them (Tuberville criticizes Sessions) has confidence 0.3. */
    public static ResolvedArticle resolved() {
        List<ResolvedFact> facts = new ArrayList<>();
        facts.add(fact(TRUMP, Relation.ENDORSES, TUBERVILLE, S1, 0.9, Map.of()));
        facts.add(fact(TRUMP, Relation.HOLDS_OFFICE, PRESIDENT, S1, 0.8, Map.of("officeStatus", "current")));
        facts.add(fact(TUBERVILLE, Relation.RUNS_AGAINST, SESSIONS, S2, 0.85, Map.of()));
        // The same pair the other way round, less sure: one fact, one statement, confidence 0.85.
        facts.add(fact(SESSIONS, Relation.RUNS_AGAINST, TUBERVILLE, S2, 0.7, Map.of()));
        facts.add(fact(TUBERVILLE, Relation.CANDIDATE_IN, RACE, S2, 0.8, Map.of()));
        facts.add(fact(SESSIONS, Relation.CANDIDATE_IN, RACE, S2, 0.8, Map.of()));
        facts.add(fact(SESSIONS, Relation.HOLDS_OFFICE, AG, S2, 0.75, Map.of("officeStatus", "former", "endDate", "2018")));
        facts.add(fact(TUBERVILLE, Relation.CRITICIZES, SESSIONS, S2, 0.3, Map.of()));
        facts.add(fact(SESSIONS, Relation.MEMBER_OF, GOP, S3, 0.7, Map.of()));
        facts.add(fact(SESSIONS, Relation.RECUSED_FROM, RUSSIA, S3, 0.95, Map.of()));
        facts.add(fact(TRUMP, Relation.CRITICIZES, SESSIONS, S4, 0.6, Map.of()));
        return new ResolvedArticle(ARTICLE,
                List.of(TRUMP, TUBERVILLE, SESSIONS, PRESIDENT, AG, RACE, GOP, RUSSIA, DOJ), facts, 5, 60);
    }

    static ResolvedFact fact(Entity s, Relation r, Entity o, String sentence, double confidence, Map<String, String> q) {
        return new ResolvedFact(s, r, o, evidence(sentence), confidence, q);
    }

    static Evidence evidence(String sentence) {
        return evidence(TEXT, sentence);
    }

    static Evidence evidence(String text, String sentence) {
        int start = text.indexOf(sentence);
        if (start < 0)
            throw new IllegalArgumentException("Not in the text: " + sentence);
        return new Evidence(0, sentence, start, start + sentence.length());
    }

    private static Entity person(String key, String label, String... alt) {
        return new Entity(EntityType.PERSON, key, label, Set.of(alt), Map.of());
    }
}
