package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.PersonChain;

class RecordLinkerTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();
    private static final Officeholders TABLE = Officeholders.load();
    private final EntityResolver resolver = new EntityResolver(GAZETTEERS);
    private final RecordLinker linker = new RecordLinker(TABLE, new NameForms(GAZETTEERS), GAZETTEERS, resolver);

    private RecordLinker.Links link(PersonsFixture f) {
        return linker.link(f.article(), f.facts());
    }

    /** The name of the record chain 0 is matched to, with its year of birth; null when none. */
    private String record(PersonsFixture f) {
        Officeholder r = link(f).records().get(0);
        return r == null ? null : r.name() + " " + r.birthYear();
    }

    @Test
    void aFullNameWithAFederalTitleIsItsRecord() {
        assertEquals("Ted Cruz 1970", record(PersonsFixture.of("Sen. Ted Cruz said so .").chain("male", "Ted Cruz")
                .name(0, 1, 3, 0, "title", "us-senator")));
    }

    @Test
    void aFullNameThatOnlyOneRecordHasNeedsNoContext() {
        assertEquals("Jeff Sessions 1946", record(PersonsFixture.of("Jeff Sessions said so .").chain("male", "Jeff Sessions")
                .name(0, 0, 2, 0)));
        assertEquals("Jeff Sessions 1946", record(PersonsFixture.of("Jefferson Sessions said so .").chain("male", "Jefferson Sessions")
                .name(0, 0, 2, 0)), "the formal first name");
    }

    @Test
    void theContextDecidesBetweenTwoPeopleOfOneName() {
        assertEquals("John Kennedy 1917", record(PersonsFixture.of("President John F. Kennedy said so .")
                .chain("male", "John F. Kennedy").name(0, 1, 4, 0, "title", "us-president")), "the middle initial and the office");
        assertEquals("John Kennedy 1951", record(PersonsFixture.of("Sen. John Kennedy ( R-La. ) said so .")
                .chain("male", "John Kennedy").name(0, 1, 3, 0, "title", "us-senator")), "the office, party and state");
        assertNull(record(PersonsFixture.of("John Kennedy said so .").chain("male", "John Kennedy").name(0, 0, 2, 0)),
                "nothing decides");
    }

    @Test
    void aSurnameAloneNeedsContextThatOnlyOneRecordAgreesWith() {
        assertEquals("Donald Trump 1946", record(PersonsFixture.of("President Trump said so .").chain(null, "Trump")
                .name(0, 1, 2, 0, "title", "us-president")));
        assertNull(record(PersonsFixture.of("Sanders said so .").chain(null, "Sanders").name(0, 0, 1, 0)), "no context at all");
        assertNull(record(PersonsFixture.of("Sen. Johnson said so .").chain(null, "Johnson")
                .name(0, 1, 2, 0, "title", "us-senator")), "several senators Johnson");
        assertEquals("Ron Johnson 1955", record(PersonsFixture.of("Sen. Johnson , R-Wis. , said so .").chain(null, "Johnson")
                .name(0, 1, 2, 0, "title", "us-senator")), "one senator Johnson from Wisconsin");
        assertNull(record(PersonsFixture.of("Sen. Vin Johnson , R-Wis. , said so .").chain("male", "Vin Johnson", "Johnson")
                .name(0, 1, 3, 0, "title", "us-senator")), "a first name that is no Senator Johnson's");
    }

    @Test
    void aDatedArticleNeedsARecordWhoseServiceHadBegun() {
        PersonsFixture early = PersonsFixture.of("Mitt Romney said so .").chain("male", "Mitt Romney").name(0, 0, 2, 0)
                .dated(LocalDate.of(2012, 6, 1));
        assertNull(record(early), "a senator only from 2019");
        assertEquals("Mitt Romney 1947", record(PersonsFixture.of("Mitt Romney said so .").chain("male", "Mitt Romney")
                .name(0, 0, 2, 0).dated(LocalDate.of(2018, 11, 20))), "a senator-elect");
    }

    @Test
    void aContextThatSpeaksAgainstTheRecordLeavesThePersonUnmatched() {
        assertNull(record(PersonsFixture.of("Rep. Mike Lee ( D-Calif. ) said so .").chain("male", "Mike Lee")
                .name(0, 1, 3, 0, "title", "us-representative")), "another Mike Lee: office, party and state disagree");
    }

    @Test
    void theFactsOfAPersonOnlySpeakForARecord() {
        assertEquals("Jeff Sessions 1946", record(PersonsFixture.of("Jeff Sessions is the president .").chain("male", "Jeff Sessions")
                .name(0, 0, 2, 0).fact(0, Relation.HOLDS_OFFICE, 0, 4, 5, "us-president")), "a misread fact is no evidence against");
    }

    @Test
    void twoChainsOfOneRecordAreJoinedAndTheEntityCarriesTheRecord() {
        PersonsFixture f = PersonsFixture.of("President Trump said so .", "Donald Trump spoke .")
                .chain(null, "Trump").name(0, 1, 2, 0, "title", "us-president")
                .chain("male", "Donald Trump").name(1, 0, 2, 1);
        RecordLinker.Links links = link(f);
        List<PersonChain> chains = links.article().chains();
        assertEquals(chains.get(0).names(), chains.get(1).names(), "one person: the same names");
        ResolvedArticle resolved = linker.tag(links, resolver.resolve(links.article(), f.facts()));
        Entity trump = resolved.entities().stream().filter(e -> e.key().equals("donald-trump")).findFirst().orElseThrow();
        assertEquals(Map.of("matchesRecord", "412733"), trump.attributes());
        assertEquals(1, resolved.entities().size());
    }
}
