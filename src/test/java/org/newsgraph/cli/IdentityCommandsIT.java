package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Who is who from the command line, on invented dated articles built with the real models: one node per person across
 * articles (surname alone, nickname and formal name), Wikidata links, {@code merges}, {@code check}, {@code show}, and
 * a veto in the store honoured by the next build, a malformed veto line reported.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityCommandsIT {
    @TempDir
    static Path tmp;
    private static Path articles;
    private static Path store;

    private static void article(String name, String date, String text) throws IOException {
        Files.writeString(articles.resolve(name + ".txt"), text);
        Files.writeString(articles.resolve(name + ".json"), "{\"date\": \"" + date + "\", \"source\": \"Example Times\"}");
    }

    @BeforeAll
    static void build() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        store = tmp.resolve("store");
        article("moore", "2017-12-04", "Trump backs Moore in Alabama\n\nPresident Trump endorsed Roy Moore on Monday. "
                + "Trump said Moore would be a strong voice in the Senate.\n");
        article("recusal", "2017-03-02", "Attorney General Jeff Sessions recuses himself\n\nAttorney General Jeff Sessions "
                + "recused himself from the Russia investigation on Thursday. President Donald Trump criticized Sessions for "
                + "the decision.\n");
        article("formal", "2019-04-25", "Biden opens his campaign\n\nFormer Vice President Joseph Biden said he would run "
                + "for president. Joseph Biden spoke in Des Moines.\n");
        article("nickname", "2019-05-01", "Biden leads the field\n\nFormer Vice President Joe Biden leads the Democratic "
                + "field, a poll found. Joe Biden said he was grateful.\n");
        article("strikes", "2017-04-07", "Senators react to the strikes\n\nSen. Dianne Feinstein, R-Calif., said the strikes "
                + "were a limited but necessary response.\n");
        article("mobile", "2016-05-03", "Sessions speaks in Mobile\n\nFormer Sen. Jeff Sessions of Alabama said on Tuesday "
                + "that he backs the plan.\n");
        CommandRun.succeeding("build", articles.toString(), "--store", store.toString(), "--out", tmp.resolve("graph.ttl").toString());
    }

    private static boolean ask(String sparql) {
        try (ArticleStore s = ArticleStore.openExisting(store)) {
            return s.query(ArticleStore.parseQuery(sparql), 30, exec -> exec.execAsk());
        }
    }

    @Test
    @Order(1)
    void everyPersonIsOneNodeLinkedToWikidata() {
        assertFalse(ask("ASK { <https://w3id.org/newsgraph/id/person/trump> ?p ?o }"), "Trump alone is Donald Trump");
        assertTrue(ask("ASK { <https://w3id.org/newsgraph/id/person/donald-trump> ng:endorses <https://w3id.org/newsgraph/id/person/roy-moore> ;"
                + " owl:sameAs <http://www.wikidata.org/entity/Q22686> }"));
        assertFalse(ask("ASK { <https://w3id.org/newsgraph/id/person/joseph-biden> ?p ?o }"), "Joseph Biden is Joe Biden");
        assertTrue(ask("ASK { <https://w3id.org/newsgraph/id/person/joe-biden> owl:sameAs <http://www.wikidata.org/entity/Q6279> ;"
                + " skos:altLabel \"Joseph Biden\" }"));
        assertFalse(ask("ASK { ?a owl:sameAs ?w . ?b owl:sameAs ?w . ?a a ng:Person . ?b a ng:Person . FILTER (?a != ?b) }"));
        CommandRun validate = CommandRun.of("validate", "--store", store.toString());
        assertEquals(0, validate.status(), validate.out() + validate.err());
    }

    @Test
    @Order(2)
    void mergesListsEachMergeWithItsEvidenceAndHowToVetoIt() {
        CommandRun merges = CommandRun.of("merges", "--store", store.toString());
        assertEquals(0, merges.status(), merges.err());
        assertTrue(merges.out().lines().anyMatch(l -> l.startsWith("trump -> donald-trump\t[record]\t1 article\tthe context of these"
                + " articles matches Donald Trump (Wikidata Q22686")), merges.out());
        assertTrue(merges.out().lines().anyMatch(l -> l.startsWith("joseph-biden -> joe-biden\t[record]")), merges.out());
        assertTrue(merges.err().contains("to veto one, add its 'FROM -> TO' to"), merges.err());
        CommandRun filtered = CommandRun.of("merges", "biden", "--store", store.toString());
        assertTrue(filtered.out().lines().allMatch(l -> l.contains("biden")), filtered.out());
        CommandRun bad = CommandRun.of("merges", "--rule", "nonsense", "--store", store.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("newsgraph: merges: unknown rule 'nonsense'"), bad.err());
    }

    @Test
    @Order(3)
    void checkListsTheClaimsTheRecordContradicts() {
        CommandRun check = CommandRun.of("check", "--store", store.toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("2017-04-07 strikes: Dianne Feinstein (Q230733): member of Republican Party, a party the"
                + " record never has [record: us-senator California democratic-party 1992-11-10..2023-10-03] \"Sen. Dianne Feinstein,"
                + " R-Calif., said"), check.out());
        assertTrue(check.out().contains("2016-05-03 mobile: Jeff Sessions (Q358443): former U.S. Senator, but on the article's date"
                + " the record has the term running [record: us-senator Alabama republican-party 1997-01-07..2017-02-09]"), check.out());
        assertEquals(2, check.out().lines().count(), check.out());
        assertTrue(check.err().contains("2 contradictions (former-but-serving 1, party-never-held 1) in 2 articles about 2 people"),
                check.err());
        CommandRun tsv = CommandRun.of("check", "--kind", "party-never-held", "--format", "tsv", "--store", store.toString());
        assertEquals(2, tsv.out().lines().count(), "a header and one row: " + tsv.out());
    }

    @Test
    @Order(4)
    void showFindsAPersonByAnyFormOfTheName() {
        for (String name : new String[] {"sessions", "Jeff Sessions", "jefferson beauregard sessions", "Senator Sessions"}) {
            CommandRun show = CommandRun.of("show", name, "--store", store.toString());
            assertEquals(0, show.status(), name + ": " + show.err());
            assertTrue(show.out().startsWith("Jeff Sessions\n  node:      https://w3id.org/newsgraph/id/person/jeff-sessions\n"
                    + "  wikidata:  http://www.wikidata.org/entity/Q358443\n"), name + ": " + show.out());
            assertTrue(show.out().contains("recusedFrom"), show.out());
            assertTrue(show.out().contains("<- criticizes by Donald Trump"), show.out());
            assertTrue(show.out().contains("Attorney General Jeff Sessions recuses himself, Example Times [recusal]"), show.out());
        }
        CommandRun nobody = CommandRun.of("show", "Nobody Atall", "--store", store.toString());
        assertEquals(1, nobody.status());
        assertEquals(1, nobody.err().lines().count(), nobody.err());
        assertTrue(nobody.err().startsWith("newsgraph: show: no person in " + store + " goes by 'Nobody Atall'"), nobody.err());
        CommandRun none = CommandRun.of("show", "--store", store.toString());
        assertEquals(2, none.status());
    }

    @Test
    @Order(5)
    void aVetoInTheStoreIsHonouredByTheNextBuildAndABadLineIsReported() throws IOException {
        Files.writeString(store.resolve("merge-vetoes.txt"), "# not this one\ntrump -> donald-trump\nTrump is not Donald\n");
        CommandRun again = CommandRun.of("build", articles.toString(), "--store", store.toString(), "--out",
                tmp.resolve("graph.ttl").toString());
        assertEquals(1, again.status(), again.err());
        assertTrue(again.err().contains("merge-vetoes.txt:3: not a merge to veto: 'Trump is not Donald'"), again.err());
        assertTrue(again.out().contains("0 built, 6 unchanged"), again.out());
        assertTrue(ask("ASK { <https://w3id.org/newsgraph/id/person/trump> ng:endorses <https://w3id.org/newsgraph/id/person/roy-moore> }"));
        CommandRun merges = CommandRun.of("merges", "--vetoed", "--store", store.toString());
        assertTrue(merges.out().startsWith("trump -> donald-trump\t[record]"), merges.out());
        assertTrue(merges.out().strip().endsWith("VETOED"), merges.out());
        assertEquals(1, merges.status(), "the bad line is reported again");
    }
}
