package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.graph.store.PersonIdentity.Identity;
import org.newsgraph.graph.store.PersonIdentity.Merge;
import org.newsgraph.graph.store.PersonIdentity.Reading;
import org.newsgraph.graph.store.PersonIdentity.Result;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.resolve.NameForms;
import org.newsgraph.resolve.Officeholders;
import org.newsgraph.resolve.PersonLabeler;

class PersonIdentityTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();
    private static final Officeholders TABLE = Officeholders.load();
    private static final String TRUMP = "412733";
    private static final String BIDEN = "300008";
    private static final String W_BUSH = "412375";
    private static final String HW_BUSH = "402108";

    private static PersonIdentity identity(MergeVetoes vetoes) {
        return new PersonIdentity(TABLE, new NameForms(GAZETTEERS), new PersonLabeler(GAZETTEERS), vetoes);
    }

    private static Result resolve(List<Reading> readings) {
        return identity(MergeVetoes.NONE).resolve(readings);
    }

    /** {@code n} articles, numbered from {@code first}, that read the person as {@code key}. */
    private static List<Reading> articles(int first, int n, String key, String record) {
        List<Reading> out = new ArrayList<>();
        for (int i = first; i < first + n; i++)
            out.add(new Reading("a" + i, key, record, true));
        return out;
    }

    private static List<Reading> all(List<List<Reading>> parts) {
        List<Reading> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }

    private static String node(Result r, String key) {
        return r.nodes().get(new Identity(key, null)).key();
    }

    private static Merge merge(Result r, String from) {
        return r.merges().stream().filter(m -> m.from().equals(from)).findFirst().orElseThrow();
    }

    @Test
    void aSurnameAloneIsTheFullNameThatNineTenthsOfTheArticlesGive() {
        Result r = resolve(all(List.of(articles(0, 9, "donald-trump", null), articles(9, 1, "melania-trump", null),
                articles(10, 3, "trump", null))));
        assertEquals("donald-trump", node(r, "trump"));
        Merge m = merge(r, "trump");
        assertEquals("surname", m.rule());
        assertEquals(3, m.articles());
        assertEquals("a10", m.example());
        assertTrue(m.evidence().contains("of the 10 articles that name a Trump with a first name, 9 (90%) name Donald Trump"),
                m.evidence());
    }

    @Test
    void aSurnameThatNoFullNameDominatesStaysOnItsOwnNode() {
        Result r = resolve(all(List.of(articles(0, 8, "donald-trump", null), articles(8, 2, "melania-trump", null),
                articles(10, 3, "trump", null))));
        assertEquals("trump", node(r, "trump"));
        assertTrue(r.merges().stream().noneMatch(m -> m.from().equals("trump")));
    }

    @Test
    void readerCommentsDoNotCountTowardsDominance() {
        List<Reading> readings = all(List.of(articles(0, 8, "donald-trump", null), articles(8, 2, "melania-trump", null),
                articles(10, 1, "trump", null)));
        for (int i = 0; i < 5; i++)
            readings.add(new Reading("a" + i + "/comments", "donald-trump", null, false));
        assertEquals("trump", node(resolve(readings), "trump"));
    }

    @Test
    void aFirstNameAloneTakesTheOneFullNameEndingInItOnlyWhenFiveArticlesOrMoreNameIt() {
        // "Prince William" of nine articles is no surname of the headline's "Royal Baby Prince William".
        Result r = resolve(all(List.of(articles(0, 1, "royal-baby-prince-william", null), articles(1, 9, "william", null))));
        assertEquals("william", node(r, "william"));
        assertTrue(r.merges().stream().noneMatch(m -> m.from().equals("william")));
        // A first name that is a surname too, where five articles give the full name: "Justice" is Jim Justice.
        Result justice = resolve(all(List.of(articles(0, 5, "james-justice", null), articles(5, 3, "justice", null))));
        assertEquals("james-justice", node(justice, "justice"));
        // A surname that is no first name needs no more than one article that names its one full name.
        Result schiff = resolve(all(List.of(articles(0, 1, "adam-schiff", null), articles(1, 2, "schiff", null))));
        assertEquals("adam-schiff", node(schiff, "schiff"));
    }

    @Test
    void aSurnameOfTwoWordsIsOneWhenAFirstNameStandsBeforeIt() {
        Result r = resolve(all(List.of(articles(0, 5, "debbie-wasserman-schultz", null), articles(5, 2, "wasserman-schultz", null))));
        assertEquals("debbie-wasserman-schultz", node(r, "wasserman-schultz"));
        Result junk = resolve(all(List.of(articles(0, 5, "barack-obama", null), articles(5, 1, "macguffinized-barack-obama", null),
                articles(6, 1, "michelle-obama", null))));
        assertEquals("barack-obama", node(junk, "barack-obama"), "a headline's words before a name make it no surname");
    }

    @Test
    void aReadingMatchedToARecordIsThatRecordsNodeWithItsRecord() {
        Result r = resolve(all(List.of(articles(0, 2, "trump", TRUMP), articles(2, 1, "donald-trump", null))));
        PersonIdentity.Node node = r.nodes().get(new Identity("trump", TRUMP));
        assertEquals("donald-trump", node.key());
        assertEquals("Donald Trump", node.label());
        assertEquals("Q22686", node.record().wikidata());
        assertEquals(node, r.nodes().get(new Identity("donald-trump", null)), "the only Donald Trump of the record");
        assertEquals("record", merge(r, "trump").rule());
    }

    @Test
    void aFormalNameOfARecordIsItsNodeOnceAnArticleMatchedTheRecord() {
        Result r = resolve(all(List.of(articles(0, 1, "joe-biden", BIDEN), articles(1, 4, "joseph-biden", null))));
        assertEquals("joe-biden", node(r, "joseph-biden"));
        assertEquals("record name", merge(r, "joseph-biden").rule());
        Result unmatched = resolve(articles(0, 4, "joseph-biden", null));
        assertEquals("joseph-biden", node(unmatched, "joseph-biden"));
        assertNull(unmatched.nodes().get(new Identity("joseph-biden", null)).record(), "no article's context named the record");
    }

    @Test
    void aNameSeveralRecordsHaveIsTheOneNineTenthsOfTheMatchedArticlesMean() {
        List<Reading> decided = all(List.of(articles(0, 19, "george-bush", W_BUSH), articles(19, 1, "george-bush", HW_BUSH),
                articles(20, 5, "george-bush", null)));
        Result r = resolve(decided);
        assertEquals("george-bush-1946", node(r, "george-bush"));
        assertEquals("george-bush-1924", r.nodes().get(new Identity("george-bush", HW_BUSH)).key());
        assertTrue(r.merges().stream().anyMatch(m -> m.from().equals("george-bush") && m.rule().equals("ambiguous name")
                && m.into().equals("george-bush-1946") && m.articles() == 5), r.merges().toString());
        Result even = resolve(all(List.of(articles(0, 3, "george-bush", W_BUSH), articles(3, 3, "george-bush", HW_BUSH),
                articles(6, 5, "george-bush", null))));
        assertEquals("george-bush", node(even, "george-bush"), "undecided readings stay apart from both");
    }

    @Test
    void titlesRepeatsAndWordsBeforeANameAreDropped() {
        Result r = resolve(all(List.of(articles(0, 1, "justice-sonia-sotomayor", null), articles(1, 1, "bernie-sanders-sanders", null),
                articles(2, 5, "marco-rubio", null), articles(7, 1, "enter-marco-rubio", null))));
        assertEquals("sonia-sotomayor", node(r, "justice-sonia-sotomayor"));
        assertEquals("title", merge(r, "justice-sonia-sotomayor").rule());
        assertEquals("bernie-sanders", node(r, "bernie-sanders-sanders"));
        assertEquals("marco-rubio", node(r, "enter-marco-rubio"));
        assertEquals("words before the name", merge(r, "enter-marco-rubio").rule());
    }

    @Test
    void aTitleBeforeASurnameThatIsAFirstNameGoesWhenTheGroupKnowsTheSurname() {
        Result r = resolve(all(List.of(articles(0, 5, "john-kerry", null), articles(5, 1, "secretary-kerry", null))));
        assertEquals("john-kerry", node(r, "secretary-kerry"));
        Result alone = resolve(articles(0, 1, "prince-harry", null));
        assertEquals("prince-harry", node(alone, "prince-harry"));
    }

    @Test
    void aNicknameJoinsTheFormalNameOnlyWithEvidence() {
        Result common = resolve(all(List.of(articles(0, 10, "robert-mueller", null), articles(10, 2, "bob-mueller", null))));
        assertEquals("robert-mueller", node(common, "bob-mueller"), "a name five times as common");
        assertEquals("first name", merge(common, "bob-mueller").rule());
        Result rare = resolve(all(List.of(articles(0, 1, "robert-johnson", null), articles(1, 1, "bert-johnson", null))));
        assertEquals("bert-johnson", node(rare, "bert-johnson"), "a judge and a state senator");
        List<Reading> together = new ArrayList<>(articles(0, 1, "robert-johnson", null));
        together.add(new Reading("a1", "bert-johnson", null, true, Set.of("robert-johnson")));
        Result named = resolve(together);
        assertEquals(node(named, "robert-johnson"), node(named, "bert-johnson"), "one article calls one person both");
    }

    @Test
    void aPluralOrAnApostropheLessPossessiveOfAFarMoreCommonNameIsThatName() {
        List<Reading> readings = all(List.of(articles(0, 10, "rand-paul", null), articles(10, 1, "rand-pauls", null),
                articles(11, 6, "kamala-harris", null), articles(17, 1, "kamala-harrises", null),
                articles(18, 2, "pat-jones", null), articles(20, 1, "pat-jone", null)));
        Result r = resolve(readings);
        assertEquals("rand-paul", node(r, "rand-pauls"));
        assertEquals("plural", merge(r, "rand-pauls").rule());
        assertTrue(PersonMerges.RULES.contains("plural"), "merges --rule plural");
        assertEquals("kamala-harris", node(r, "kamala-harrises"));
        assertEquals("pat-jones", node(r, "pat-jones"), "a name that ends in s is no plural of a rarer one");
        assertEquals("bernie-sanders", node(resolve(all(List.of(articles(0, 1, "bernie-sanders", null)))), "bernie-sanders"));
        assertEquals(PersonIdentity.group("donald-trump"), PersonIdentity.group("donald-trumps"));
        assertEquals(PersonIdentity.group("kamala-harris"), PersonIdentity.group("kamala-harrises"));
    }

    @Test
    void aSurnameOneSlipFromATenTimesCommonerOneIsThatOneUnlessARecordHasIt() {
        Result r = resolve(all(List.of(articles(0, 10, "chuck-schumer", null), articles(10, 1, "chuck-shumer", null),
                articles(11, 10, "rudy-giuliani", null), articles(21, 1, "rudy-guiliani", null),
                articles(22, 20, "james-comey", null), articles(42, 1, "james-comer", null),
                articles(43, 5, "ted-cruz", null), articles(48, 1, "ted-crux", null),
                articles(49, 10, "tom-wolf", null), articles(59, 1, "tom-wolfe", null))));
        assertEquals("chuck-schumer", node(r, "chuck-shumer"));
        assertEquals("misspelt surname", merge(r, "chuck-shumer").rule());
        assertTrue(PersonMerges.RULES.contains("misspelt surname"), "merges --rule 'misspelt surname'");
        assertEquals("rudy-giuliani", node(r, "rudy-guiliani"), "two letters swapped");
        assertEquals("james-comer", node(r, "james-comer"), "Rep. James Comer is in the record");
        assertEquals("ted-crux", node(r, "ted-crux"), "a short surname");
        assertEquals("tom-wolfe", node(r, "tom-wolfe"), "the writer is not the governor: a final e makes another name");
        var groups = identity(MergeVetoes.NONE).groups(List.of("chuck-schumer", "chuck-shumer", "schumer", "james-comey", "james-comer", "amy-shumer"));
        assertEquals(groups.get("chuck-schumer"), groups.get("chuck-shumer"));
        assertEquals(groups.get("schumer"), groups.get("amy-shumer"));
        assertTrue(!groups.get("james-comey").equals(groups.get("james-comer")), "one letter for another is no slip");
        // 'schhumer' and 'schumerr' are no slip of each other, but each is of 'schumer': all three are one group, whatever
        // sorts first among the surnames one letter from 'schumer'.
        var chain = identity(MergeVetoes.NONE).groups(List.of("chuck-schhumer", "chuck-schumer", "chuck-schumerr"));
        assertEquals(chain.get("chuck-schumer"), chain.get("chuck-schhumer"));
        assertEquals(chain.get("chuck-schumer"), chain.get("chuck-schumerr"));
    }

    @Test
    void wordsGluedAfterAFarCommonerNameAreNoPartOfIt() {
        PersonIdentity identity = identity(MergeVetoes.NONE);
        List<String> keys = List.of("hillary-clinton", "hillary-clinton-keeps", "paul-ryan", "paul-ryan-paul-davis-ryan-retirees",
                "donald-trump", "donald-trump-kellyanne-conway", "kellyanne-conway", "bill-clinton", "tim-ryan", "melania-trump",
                "kim-jong", "kim-jong-un", "george-bush", "george-bush-snr", "jeb-bush");
        var groups = identity.groups(keys);
        assertEquals(groups.get("hillary-clinton"), groups.get("hillary-clinton-keeps"));
        assertEquals(groups.get("paul-ryan"), groups.get("paul-ryan-paul-davis-ryan-retirees"));
        assertTrue(!groups.get("donald-trump").equals(groups.get("donald-trump-kellyanne-conway")), "Kellyanne begins another name");
        assertTrue(!groups.get("kim-jong").equals(groups.get("kim-jong-un")), "'jong' is nobody else's surname");
        assertTrue(!groups.get("george-bush").equals(groups.get("george-bush-snr")), "a suffix is part of the name");
        var slipAfterGlue = identity.groups(List.of("hillary-clinton", "bill-clinton", "hillary-clinton-keeps", "hillary-kepes"));
        assertEquals(slipAfterGlue.get("hillary-clinton"), slipAfterGlue.get("hillary-kepes"),
                "'kepes' is a slip of 'keeps', whose key is in Clinton's group");
        Result r = resolve(all(List.of(articles(0, 10, "hillary-clinton", null), articles(10, 1, "hillary-clinton-keeps", null),
                articles(11, 5, "paul-ryan", null), articles(16, 3, "paul-ryan-paul-davis-ryan-retirees", null),
                articles(19, 2, "bill-clinton", null), articles(21, 2, "tim-ryan", null))));
        assertEquals("hillary-clinton", node(r, "hillary-clinton-keeps"));
        assertEquals("words after the name", merge(r, "hillary-clinton-keeps").rule());
        assertTrue(PersonMerges.RULES.contains("words after the name"), "merges --rule 'words after the name'");
        assertEquals("paul-ryan-paul-davis-ryan-retirees", node(r, "paul-ryan-paul-davis-ryan-retirees"),
                "Paul Ryan is not three times as common here");
    }

    @Test
    void aSurnameThatIsAFirstNameTooWrittenAgainAfterTheNameBeginsNoOtherName() {
        // A table's row: the name, then its surname heading the next column ("Mary Kerry Kerry Total raised ...").
        PersonIdentity identity = identity(MergeVetoes.NONE);
        var groups = identity.groups(List.of("mary-kerry", "john-kerry", "mary-kerry-kerry-total", "kerry-washington"));
        assertEquals(groups.get("mary-kerry"), groups.get("mary-kerry-kerry-total"));
        Result r = resolve(all(List.of(articles(0, 10, "mary-kerry", null), articles(10, 1, "mary-kerry-kerry-total", null),
                articles(11, 2, "john-kerry", null))));
        assertEquals("mary-kerry", node(r, "mary-kerry-kerry-total"));
        assertEquals("words after the name", merge(r, "mary-kerry-kerry-total").rule());
    }

    @Test
    void aFirstNameOfTheOtherSexJoinsNobody() {
        String chrisSmith = "400380";
        Result r = resolve(all(List.of(articles(0, 5, "chris-smith", chrisSmith), articles(5, 1, "christie-smith", null),
                articles(6, 5, "chris-johnson", null), articles(11, 1, "christopher-johnson", null))));
        assertEquals("christie-smith", node(r, "christie-smith"), "the record of Chris Smith is a man's; Christie is a woman's name");
        assertEquals("chris-johnson", node(r, "christopher-johnson"), "Chris may be a man's");
    }

    @Test
    void middleNamesAndInitialsGoWhereTheyLeaveNoDoubt() {
        Result r = resolve(all(List.of(articles(0, 5, "hillary-clinton", null), articles(5, 2, "hillary-rodham-clinton", null))));
        assertEquals("hillary-clinton", node(r, "hillary-rodham-clinton"));
        assertEquals("middle name", merge(r, "hillary-rodham-clinton").rule());
        Result bushes = resolve(all(List.of(articles(0, 5, "george-bush", W_BUSH), articles(5, 2, "george-w-bush", null),
                articles(7, 1, "george-hw-bush", HW_BUSH), articles(8, 1, "george-herbert-walker-bush", null))));
        assertEquals("george-bush-1946", node(bushes, "george-w-bush"), "the middle initial is the record's");
        assertEquals("george-bush-1924", node(bushes, "george-herbert-walker-bush"), "not the other George Bush");
    }

    @Test
    void anAmbiguousNicknameJoinsNobody() {
        Result r = resolve(all(List.of(articles(0, 10, "patrick-smith", null), articles(10, 10, "patricia-smith", null),
                articles(20, 1, "pat-smith", null))));
        assertEquals("pat-smith", node(r, "pat-smith"));
    }

    @Test
    void aVetoedMergeIsNotMadeAndIsRecordedAsVetoed() {
        List<Reading> readings = all(List.of(articles(0, 9, "donald-trump", null), articles(9, 3, "trump", null),
                articles(12, 2, "joe-biden", BIDEN)));
        Result r = identity(MergeVetoes.parse(List.of("trump -> donald-trump", "joe-biden -> Q6279"), "v")).resolve(readings);
        assertEquals("trump", node(r, "trump"));
        assertTrue(merge(r, "trump").vetoed());
        PersonIdentity.Node biden = r.nodes().get(new Identity("joe-biden", BIDEN));
        assertNull(biden.record(), "a vetoed match leaves no link to the record");
        assertTrue(merge(r, "joe-biden").vetoed());
        assertEquals("Q6279", merge(r, "joe-biden").into(), "listed as the veto names it, so `merges --vetoed` shows the veto");
    }

    @Test
    void theSameReadingsInAnyOrderGiveTheSameNodesAndMerges() {
        List<Reading> readings = all(List.of(articles(0, 9, "donald-trump", null), articles(9, 1, "melania-trump", null),
                articles(10, 3, "trump", null), articles(13, 2, "trump", TRUMP), articles(15, 1, "mr-trump", null),
                articles(16, 1, "businessman-donald-trump", null)));
        Result first = resolve(readings);
        Random random = new Random(15);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(readings, random);
            Result again = resolve(readings);
            assertEquals(first.nodes(), again.nodes());
            assertEquals(first.merges(), again.merges());
        }
        assertEquals("donald-trump", node(first, "mr-trump"));
        assertEquals("donald-trump", node(first, "businessman-donald-trump"));
    }
}
