package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.Officeholders;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/**
 * The canned query ontology/queries/contradictions.rq, which {@code newsgraph check} runs, over invented articles whose
 * people are matched to records of the reference table: a contradiction is found only where the sentence makes the
 * claim at the person's name and the record, on the article's date, says otherwise.
 */
class ContradictionsQueryTest {
    private static final Officeholders TABLE = Officeholders.load();
    private static final Entity SENATOR = office("us-senator", "U.S. Senator");
    private static final Entity REPRESENTATIVE = office("us-representative", "U.S. Representative");
    private static final Entity PRESIDENT = office("us-president", "President of the United States");
    private static final Entity SENATE_MINORITY_LEADER = office("senate-minority-leader", "Senate Minority Leader");
    private static final Entity SENATE_MAJORITY_LEADER = office("senate-majority-leader", "Senate Majority Leader");
    private static final Entity REPUBLICANS = new Entity(EntityType.PARTY, "republican-party", "Republican Party", Set.of(), Map.of());
    private static final Entity LIBERTARIANS = new Entity(EntityType.PARTY, "libertarian-party", "Libertarian Party", Set.of(), Map.of());
    private static final Entity DEMOCRATS = new Entity(EntityType.PARTY, "democratic-party", "Democratic Party", Set.of(), Map.of());
    private static Map<String, String> rows;

    private static Entity office(String key, String label) {
        return new Entity(EntityType.OFFICE, key, label, Set.of(), Map.of());
    }

    /** An article of one sentence in which {@code name}, matched to the record of that name, holds or belongs to {@code object}. */
    private static ResolvedArticle claim(String id, LocalDate date, String sentence, String name, Relation relation, Entity object,
                                         String status) {
        Article article = new Article(id, "News " + id, "News " + id + "\n\n" + sentence, "", null, null, date, id);
        String record = TABLE.withNameKey(Entity.slug(name)).get(0).id();
        Entity person = new Entity(EntityType.PERSON, Entity.slug(name), name, Set.of(), Map.of("matchesRecord", record));
        int start = article.text().indexOf(sentence);
        ResolvedFact fact = new ResolvedFact(person, relation, object, new Evidence(0, sentence, start, start + sentence.length()), 0.9,
                status == null ? Map.of() : Map.of("officeStatus", status));
        return new ResolvedArticle(article, List.of(person, object), List.of(fact), 1, 10);
    }

    @BeforeAll
    static void build() throws IOException {
        List<ResolvedArticle> articles = new ArrayList<>();
        articles.add(claim("code", LocalDate.of(2017, 4, 7), "Sen. Dianne Feinstein, R-Calif., said the strikes were limited.",
                "Dianne Feinstein", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("elsewhere", LocalDate.of(2015, 5, 15), "Republicans slam Barack Obama for his Iran deal.",
                "Barack Obama", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("former", LocalDate.of(2016, 5, 1), "Former Sen. Jeff Sessions endorsed him.",
                "Jeff Sessions", Relation.HOLDS_OFFICE, SENATOR, "former"));
        articles.add(claim("formerlater", LocalDate.of(2018, 1, 1), "Former Sen. Jeff Sessions endorsed him.",
                "Jeff Sessions", Relation.HOLDS_OFFICE, SENATOR, "former"));
        articles.add(claim("current", LocalDate.of(2019, 8, 9), "Texas Rep. Beto O'Rourke says Trump is to blame.",
                "Beto O'Rourke", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("past", LocalDate.of(2019, 8, 9), "In 2012 he defeated Rep. Beto O'Rourke in a primary.",
                "Beto O'Rourke", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("never", LocalDate.of(2013, 12, 12), "Rep. Patty Murray of Washington says the deal is close.",
                "Patty Murray", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("imagined", LocalDate.of(2015, 4, 14), "A President Marco Rubio would wait.",
                "Marco Rubio", Relation.HOLDS_OFFICE, PRESIDENT, "current"));
        articles.add(claim("caucus", LocalDate.of(2016, 4, 5), "Voters gave both Sens. Ted Cruz, R-Texas, and Bernie Sanders, D-Vt., victories.",
                "Bernie Sanders", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("wrongparty", LocalDate.of(2017, 10, 1), "Sen. Dan Sullivan (D-Alaska) said the talks could help.",
                "Dan Sullivan", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("switch", LocalDate.of(2019, 12, 18), "Rep. Jeff Van Drew, a conservative Democrat from New Jersey, is planning to become a Republican.",
                "Jefferson Van Drew", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("noswitch", LocalDate.of(2019, 12, 18), "Rep. Jeff Van Drew, a conservative Democrat from New Jersey, voted no.",
                "Jefferson Van Drew", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("resigned", LocalDate.of(2019, 12, 26), "Former Rep. Katie Hill, California Democrat, had championed the bill.",
                "Katie Hill", Relation.HOLDS_OFFICE, REPRESENTATIVE, "former"));
        articles.add(claim("housemidterm", LocalDate.of(2016, 6, 1), "Former Rep. Ron DeSantis spoke first.",
                "Ron DeSantis", Relation.HOLDS_OFFICE, REPRESENTATIVE, "former"));
        articles.add(claim("creed", LocalDate.of(2015, 4, 7), "Can Libertarian Rand Paul Win A Republican Primary?",
                "Rand Paul", Relation.MEMBER_OF, LIBERTARIANS, null));
        articles.add(claim("party", LocalDate.of(2015, 4, 7), "Sen. Rand Paul, a Libertarian, spoke in Iowa.",
                "Rand Paul", Relation.MEMBER_OF, LIBERTARIANS, null));
        articles.add(claim("moved", LocalDate.of(2015, 2, 22), "Rep. Steve Daines has become the first Republican to represent Montana in the U.S. Senate.",
                "Steve Daines", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("wrongstate", LocalDate.of(2019, 6, 22), "Rep. Ilhan Omar (D-MI) discussed the crisis.",
                "Ilhan Omar", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("endash", LocalDate.of(2020, 4, 1), "A bill was introduced by Senators Tom Cotton (R–AK) and others.",
                "Tom Cotton", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("rightstate", LocalDate.of(2019, 6, 22), "Rep. Ilhan Omar (D-Minn.) discussed the crisis.",
                "Ilhan Omar", Relation.MEMBER_OF, DEMOCRATS, null));
        articles.add(claim("othermiller", LocalDate.of(2014, 11, 19), "The new chairs: Candice Miller, R-Mich., and Jeff Miller, R-Fla.",
                "Jeff Miller", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("beforecongress", LocalDate.of(2014, 1, 6), "Mitt Romney, R-Mass., spoke at the dinner.",
                "Mitt Romney", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("descriptor", LocalDate.of(2013, 12, 24), "Senate Majority Leader Harry Reid, Nevada Republican, said he would act.",
                "Harry Reid", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("plural", LocalDate.of(2017, 10, 5), "Sens. John Conyers (R-Texas) and Chuck Grassley (R-Iowa) supported hearings.",
                "John Conyers", Relation.HOLDS_OFFICE, SENATOR, "current"));
        articles.add(claim("stateafter", LocalDate.of(2019, 12, 18), "\u201cWe face this horror,\u201d said Rep. Clay Higgins of Alabama before a poster.",
                "Clay Higgins", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("stateafterright", LocalDate.of(2015, 8, 31), "Sen. Ted Cruz of Texas touted himself on Monday.",
                "Ted Cruz", Relation.HOLDS_OFFICE, SENATOR, "current"));
        articles.add(claim("statebefore", LocalDate.of(2016, 4, 1), "Colorado Sen. Lindsey Graham called the plan incompetent.",
                "Lindsey Graham", Relation.HOLDS_OFFICE, SENATOR, "current"));
        articles.add(claim("stateplace", LocalDate.of(2015, 10, 29), "At the Republican debates in Colorado Sen. Lindsey Graham called the plan incompetent.",
                "Lindsey Graham", Relation.HOLDS_OFFICE, SENATOR, "current"));
        articles.add(claim("leader", LocalDate.of(2020, 7, 16), "Senate Minority Leader Kevin McCarthy, California Republican, told The Times it must stop.",
                "Kevin McCarthy", Relation.HOLDS_OFFICE, SENATE_MINORITY_LEADER, "current"));
        articles.add(claim("stateleader", LocalDate.of(2019, 6, 21), "The law stands, said Senate Majority Leader Scott Fitzgerald.",
                "Scott Fitzgerald", Relation.HOLDS_OFFICE, SENATE_MAJORITY_LEADER, "current"));
        articles.add(claim("nowplural", LocalDate.of(2019, 6, 26), "Others, including Rep. John Delaney of Maryland, have raised questions about it.",
                "John Delaney", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("nowlist", LocalDate.of(2019, 4, 30), "Sen. Cory Booker, D-N.J., Rep. John Delaney, D-Md., and Sen. Amy Klobuchar are backing it.",
                "John Delaney", Relation.HOLDS_OFFICE, REPRESENTATIVE, "current"));
        articles.add(claim("nowobject", LocalDate.of(2020, 6, 6), "Cindy McCain, the widow of Sen. John McCain, is almost certain to support Biden.",
                "John McCain", Relation.HOLDS_OFFICE, SENATOR, "current"));
        articles.add(claim("undatedcode", null, "A bill has been introduced by Senators Tom Cotton (R\u2013AK) and Josh Hawley.",
                "Tom Cotton", Relation.MEMBER_OF, REPUBLICANS, null));
        articles.add(claim("undatednotitle", null, "A bill has been introduced by Tom Cotton (R\u2013AK) and Josh Hawley.",
                "Tom Cotton", Relation.MEMBER_OF, REPUBLICANS, null));
        try (ArticleStore store = ArticleStore.inMemory()) {
            for (ResolvedArticle a : articles)
                store.replace(a, 0.5);
            store.deriveGraphs();
            String text = Files.readString(Path.of("ontology", "queries", "contradictions.rq"));
            rows = store.query(ArticleStore.parseQuery(text), 0, exec -> {
                Map<String, String> out = new TreeMap<>();
                exec.execSelect().forEachRemaining(r -> out.put(r.getResource("article").getURI().replaceAll(".*/", ""),
                        r.getLiteral("kind").getLexicalForm() + " | " + r.getLiteral("record").getLexicalForm()));
                return out;
            });
        }
    }

    @Test
    void aPartyTheRecordNeverHasIsAContradictionWhenTheSentenceGivesItAtTheName() {
        assertEquals("party-never-held | us-senator California democratic-party 1992-11-10..2023-10-03", rows.get("code"));
        assertEquals(null, rows.get("elsewhere"), "the party is not said of him");
    }

    @Test
    void aMajorPartyIsNotHeldAgainstAnIndependentWhoseCaucusTheRecordDoesNotKeep() {
        assertEquals(null, rows.get("caucus"));
        assertEquals("party-never-held | us-senator Alaska republican-party 2015-01-06..2027-01-03", rows.get("wrongparty"));
    }

    @Test
    void aPartyCodesStateTheRecordNeverHasIsAContradictionOnceThePersonIsInCongress() {
        assertEquals("state-never-held | us-representative Minnesota democratic-party 2019-01-03..2027-01-03", rows.get("wrongstate"));
        assertEquals("state-never-held | us-representative Arkansas republican-party 2013-01-03..2015-01-03; "
                + "us-senator Arkansas republican-party 2015-01-06..2027-01-03", rows.get("endash"),
                "a code set with an en dash");
        assertEquals(null, rows.get("rightstate"));
        assertEquals(null, rows.get("othermiller"), "the code after another Miller is not his");
        assertEquals(null, rows.get("beforecongress"), "years before his first term the record cannot say where he lived");
    }

    @Test
    void aPartyAfterTheNameWithTheStateAndAPluralTitleAreSaidAtTheName() {
        assertEquals("party-never-held | us-representative Nevada democratic-party 1983-01-03..1987-01-03; "
                + "us-senator Nevada democratic-party 1987-01-06..2017-01-03", rows.get("descriptor"));
        assertEquals("office-never-held | us-representative Michigan democratic-party 1965-01-04..2019-01-03", rows.get("plural"));
    }

    @Test
    void aPartyInASentenceThatTellsOfAChangeOfPartyIsNotHeld() {
        assertEquals(null, rows.get("switch"));
        // The record gives his first term the party he ended it with: without the switch told, the claim is held.
        assertEquals("party-never-held | us-representative New Jersey republican-party 2019-01-03..2027-01-03", rows.get("noswitch"));
    }

    @Test
    void formerInTheLastYearOfAHouseTenureIsNotHeldForTheRecordKeepsTheScheduledEnd() {
        assertEquals(null, rows.get("resigned"), "she resigned in 2019; the record's end is her successor's start in 2020");
        assertEquals("former-but-serving | us-representative Florida republican-party 2013-01-03..2019-01-03", rows.get("housemidterm"));
    }

    @Test
    void aCreedThatIsAPartysNameIsNoClaimInAHeadlineInTitleCase() {
        assertEquals(null, rows.get("creed"));
        assertEquals("party-never-held | us-senator Kentucky republican-party 2011-01-05..2029-01-03", rows.get("party"));
    }

    @Test
    void aTitleInASentenceThatTellsOfAMoveToAnotherOfficeIsNoClaimThatThePersonHoldsItNow() {
        assertEquals(null, rows.get("moved"));
    }

    @Test
    void formerWhileATenureCoversTheDateIsAContradiction() {
        assertEquals("former-but-serving | us-senator Alabama republican-party 1997-01-07..2017-02-09", rows.get("former"));
        assertEquals(null, rows.get("formerlater"), "he had left the Senate by then");
    }

    @Test
    void aTitleAfterTheTermEndedIsAContradictionOnlyWhenThePersonActsNow() {
        assertEquals("current-but-ended | us-representative Texas democratic-party 2013-01-03..2019-01-03", rows.get("current"));
        assertEquals(null, rows.get("past"), "the title dates to the events told");
    }

    @Test
    void aSeatInCongressTheRecordNeverHasIsAContradictionButAnImaginedPresidentIsNot() {
        assertEquals("office-never-held | us-senator Washington democratic-party 1993-01-05..2029-01-03", rows.get("never"));
        assertEquals(null, rows.get("imagined"));
        assertEquals(Set.of("code", "former", "current", "never", "wrongparty", "noswitch", "housemidterm", "party", "wrongstate",
                "endash", "descriptor", "plural", "stateafter", "statebefore", "leader", "nowplural", "nowlist", "undatedcode"),
                rows.keySet());
    }
    @Test
    void aStateNamedAtACongressionalTitleThatTheRecordNeverHasIsAContradiction() {
        assertEquals("state-never-held | us-representative Louisiana republican-party 2017-01-03..2027-01-03", rows.get("stateafter"));
        assertEquals(null, rows.get("stateafterright"));
        assertEquals("state-never-held | us-representative South Carolina republican-party 1995-01-04..2003-01-03; "
                + "us-senator South Carolina republican-party 2003-01-07..2027-01-03", rows.get("statebefore"));
        assertEquals(null, rows.get("stateplace"), "after \"in\" the state is where the debates were");
    }

    @Test
    void aChamberLeadersPostIsASeatInThatChamber() {
        assertEquals("office-never-held | us-representative California republican-party 2007-01-04..2024-06-03", rows.get("leader"));
        assertEquals(null, rows.get("stateleader"), "a state senate's leader, years before his term in the House");
    }

    @Test
    void aVerbInThePresentAfterTheNameItsCodeOrItsStateMakesATitleAClaimOfNow() {
        assertEquals("current-but-ended | us-representative Maryland democratic-party 2013-01-03..2019-01-03", rows.get("nowplural"));
        assertEquals("current-but-ended | us-representative Maryland democratic-party 2013-01-03..2019-01-03", rows.get("nowlist"));
        assertEquals(null, rows.get("nowobject"), "the senator is named after \"of\": the verb is the widow's");
    }

    @Test
    void anUndatedArticlesPartyCodeIsHeldWhenTheSentenceGivesACongressionalTitleAtTheName() {
        assertEquals("state-never-held | us-representative Arkansas republican-party 2013-01-03..2015-01-03; "
                + "us-senator Arkansas republican-party 2015-01-06..2027-01-03", rows.get("undatedcode"));
        assertEquals(null, rows.get("undatednotitle"), "undated and no title: the record cannot say he was in Congress then");
    }
}
