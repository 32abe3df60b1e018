package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;

class OfficeExtractorTest {
    private final OfficeExtractor extractor = new OfficeExtractor();

    private List<Fact> facts(AnnotatedArticle a) {
        List<Fact> out = new ArrayList<>();
        for (AnnotatedSentence s : a.sentences())
            out.addAll(extractor.extract(a, s));
        return out;
    }

    @Test
    void titleBeforeTheName() {
        AnnotatedArticle a = ArticleFixture.of("Attorney/PROPN General/PROPN Mary/PROPN Brown/PROPN spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 2, "us-attorney-general")
                .person(0, 2, 4, 0, "title", "us-attorney-general").build();
        List<Fact> facts = facts(a);
        assertEquals(List.of("Mary Brown holdsOffice Attorney General"), ArticleFixture.describe(facts));
        assertEquals(Map.of("officeStatus", "current"), facts.get(0).qualifiers());
    }

    @Test
    void anOfficeSetOffBeforeTheNamesItDescribes() {
        AnnotatedArticle a = ArticleFixture.of(
                        "His/PRON former/ADJ chief/NOUN of/ADP staff/NOUN ,/PUNCT Dan/PROPN Wade/PROPN ,/PUNCT spoke/VERB ./PUNCT",
                        "He/PRON faces/VERB two/NUM state/NOUN senators/NOUN ,/PUNCT Ann/PROPN Lee/PROPN and/CCONJ Tom/PROPN Cole/PROPN ,/PUNCT today/NOUN ./PUNCT",
                        "United/PROPN 's/PART president/NOUN ,/PUNCT Scott/PROPN Kirk/PROPN ,/PUNCT spoke/VERB ./PUNCT",
                        "His/PRON deputy/NOUN campaign/NOUN manager/NOUN ,/PUNCT Mia/PROPN Ross/PROPN ,/PUNCT spoke/VERB ./PUNCT",
                        "The/DET nominee/NOUN for/ADP attorney/NOUN general/NOUN ,/PUNCT Bo/PROPN Hart/PROPN ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 2, 5, "chief-of-staff").person(0, 6, 8, 0)
                .mention(EntityType.OFFICE, 1, 3, 5, "state-senator").person(1, 6, 8, 1).person(1, 9, 11, 2)
                .mention(EntityType.OFFICE, 2, 2, 3, "us-president").person(2, 4, 6, 3)
                .mention(EntityType.OFFICE, 3, 2, 4, "campaign-manager").person(3, 5, 7, 4)
                .mention(EntityType.OFFICE, 4, 3, 5, "us-attorney-general").person(4, 6, 8, 5).build();
        List<Fact> facts = facts(a);
        assertEquals(List.of("Dan Wade holdsOffice chief of staff", "Ann Lee holdsOffice state senators", "Tom Cole holdsOffice state senators"),
                ArticleFixture.describe(facts), "a company's head, a deputy and a nominee hold no office named");
        assertEquals(Map.of("officeStatus", "former"), facts.get(0).qualifiers());
    }

    @Test
    void anOfficeOwningThePostInAppositionIsNotTheNamesOwn() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ann/PROPN Cole/PROPN ,/PUNCT the/DET Ohio/PROPN governor/NOUN 's/PART adviser/NOUN ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 5, 6, "governor", "jurisdiction", "Ohio").person(0, 0, 2, 0).build();
        assertEquals(List.of(), ArticleFixture.describe(facts(a)));
    }

    @Test
    void formerTitleAndApposition() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Former/ADJ Gov./PROPN Tom/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                        "Ann/PROPN Cole/PROPN ,/PUNCT a/DET former/ADJ Ohio/PROPN governor/NOUN ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 1, 2, "governor", "status", "former")
                .person(0, 2, 4, 0, "title", "governor", "titleStatus", "former")
                .mention(EntityType.OFFICE, 1, 6, 7, "governor", "jurisdiction", "Ohio")
                .person(1, 0, 2, 1).build();
        List<Fact> facts = facts(a);
        assertEquals(List.of("Tom Lee holdsOffice Gov.", "Ann Cole holdsOffice governor"), ArticleFixture.describe(facts));
        assertEquals("former", facts.get(0).qualifiers().get("officeStatus"));
        assertEquals("former", facts.get(1).qualifiers().get("officeStatus"));
    }

    @Test
    void aNomineeForAnOfficeDoesNotHoldIt() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN ,/PUNCT the/DET nominee/NOUN for/ADP attorney/NOUN general/NOUN ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 6, 8, "us-attorney-general").build();
        assertEquals(List.of(), ArticleFixture.run(extractor, a));
    }

    @Test
    void yearsOfHoldingBecomeDates() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN ,/PUNCT who/PRON held/VERB a/DET House/PROPN seat/NOUN from/ADP 2008/NUM to/ADP 2010/NUM ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 6, 8, "us-representative").build();
        List<Fact> facts = facts(a);
        assertEquals(List.of("Tom Lee holdsOffice House seat"), ArticleFixture.describe(facts));
        assertEquals(Map.of("officeStatus", "former", "startDate", "2008", "endDate", "2010"), facts.get(0).qualifiers());
    }

    /** The fixture's article, published on {@code day}. */
    private static AnnotatedArticle publishedOn(AnnotatedArticle a, String day) {
        Article x = a.article();
        Article dated = new Article(x.id(), x.headline(), x.text(), x.comments(), x.url(), x.publisher(),
                day == null ? null : LocalDate.parse(day), x.origin());
        return new AnnotatedArticle(dated, a.sentences(), a.mentions(), a.chains(), a.quotes());
    }

    /** The qualifiers of the only fact found in the one-sentence article, published on {@code day} (or undated). */
    private Map<String, String> onlyQualifiers(AnnotatedArticle a, String day) {
        List<Fact> facts = facts(publishedOn(a, day));
        assertEquals(1, facts.size(), ArticleFixture.describe(facts).toString());
        return facts.get(0).qualifiers();
    }

    private static final String SENATOR = "Sen./PROPN Ann/PROPN Cole/PROPN ,/PUNCT who/PRON ";

    /** "Sen. Ann Cole, who WORDS, spoke.": a title fact whose relative clause is {@code tagged}. */
    private static AnnotatedArticle senator(String tagged) {
        return ArticleFixture.of(SENATOR + tagged + " ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator")
                .person(0, 1, 3, 0, "title", "us-senator").build();
    }

    @Test
    void thePlaceOfTheOfficeComesBeforeItsYears() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN was/AUX governor/NOUN of/ADP New/PROPN Mexico/PROPN from/ADP 1999/NUM to/ADP 2007/NUM ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 3, 4, "governor").build();
        assertEquals(Map.of("officeStatus", "former", "startDate", "1999", "endDate", "2007"), onlyQualifiers(a, "2015-01-01"));
    }

    @Test
    void presentPerfectHoldingIsCurrentAndSinceGivesItsStart() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN ,/PUNCT who/PRON has/AUX held/VERB a/DET House/PROPN seat/NOUN since/ADP 2010/NUM ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 7, 9, "us-representative").build();
        assertEquals(Map.of("officeStatus", "current", "startDate", "2010"), onlyQualifiers(a, "2018-05-01"));
        assertEquals(Map.of("officeStatus", "current", "startDate", "2010"), onlyQualifiers(a, null));
    }

    @Test
    void aDurationInThePresentPerfectCountsBackFromTheArticlesDate() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN has/AUX served/VERB as/ADP governor/NOUN for/ADP a/DET decade/NOUN ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 5, 6, "governor").build();
        assertEquals(Map.of("officeStatus", "current", "startDate", "2008"), onlyQualifiers(a, "2018-05-01"));
        // Without the article's date the start cannot be computed.
        assertEquals(Map.of("officeStatus", "current"), onlyQualifiers(a, null));
        AnnotatedArticle twenty = ArticleFixture.of(
                        "Sen./PROPN Ann/PROPN Cole/PROPN has/AUX served/VERB for/ADP 20/NUM years/NOUN ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator")
                .person(0, 1, 3, 0, "title", "us-senator").build();
        assertEquals(Map.of("officeStatus", "current", "startDate", "1999"), onlyQualifiers(twenty, "2019-02-01"));
    }

    @Test
    void aPastDurationNeedsAnEndOrStartToDateTheHolding() {
        AnnotatedArticle anchored = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN held/VERB the/DET House/PROPN seat/NOUN for/ADP 20/NUM years/NOUN until/ADP 2019/NUM ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 4, 6, "us-representative").build();
        assertEquals(Map.of("officeStatus", "former", "startDate", "1999", "endDate", "2019"), onlyQualifiers(anchored, "2020-01-10"));
        AnnotatedArticle loose = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN held/VERB the/DET House/PROPN seat/NOUN for/ADP 20/NUM years/NOUN ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 4, 6, "us-representative").build();
        assertEquals(Map.of("officeStatus", "former"), onlyQualifiers(loose, "2020-01-10"));
    }

    @Test
    void termsCountOnlyForOfficesWithAFixedTerm() {
        AnnotatedArticle senate = ArticleFixture.of(
                        "Ann/PROPN Cole/PROPN served/VERB two/NUM terms/NOUN as/ADP senator/NOUN until/ADP 2019/NUM ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 6, 7, "us-senator").build();
        assertEquals(Map.of("officeStatus", "former", "startDate", "2007", "endDate", "2019"), onlyQualifiers(senate, null));
        // A governor's term differs from state to state: no start is made up.
        AnnotatedArticle governor = ArticleFixture.of(
                        "Ann/PROPN Cole/PROPN served/VERB two/NUM terms/NOUN as/ADP governor/NOUN until/ADP 2019/NUM ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 6, 7, "governor").build();
        assertEquals(Map.of("officeStatus", "former", "endDate", "2019"), onlyQualifiers(governor, null));
    }

    @Test
    void untilGivesTheEndWhichBeforeTheArticlesDateMakesTheHoldingFormer() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN ,/PUNCT the/DET governor/NOUN until/ADP 2019/NUM ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 4, 5, "governor").build();
        assertEquals(Map.of("officeStatus", "former", "endDate", "2019"), onlyQualifiers(a, "2020-03-01"));
        // Not yet over on the article's date, or no date to compare with: the cues decide.
        assertEquals(Map.of("officeStatus", "current", "endDate", "2019"), onlyQualifiers(a, "2019-06-01"));
        assertEquals(Map.of("officeStatus", "current", "endDate", "2019"), onlyQualifiers(a, null));
        // Told in the past tense, it is over whatever the date.
        assertEquals(Map.of("officeStatus", "former", "endDate", "2019"),
                onlyQualifiers(senator("served/VERB until/ADP 2019/NUM"), null));
    }

    @Test
    void beingInOfficeOrInTheChamberIsTheHolding() {
        assertEquals(Map.of("officeStatus", "current", "startDate", "1987"),
                onlyQualifiers(senator("has/AUX been/AUX in/ADP office/NOUN since/ADP 1987/NUM"), "2018-05-01"));
        assertEquals(Map.of("officeStatus", "former", "startDate", "2009", "endDate", "2015"),
                onlyQualifiers(senator("served/VERB in/ADP the/DET Senate/PROPN from/ADP 2009/NUM to/ADP 2015/NUM"), null));
        // Being something else since a year says nothing of the office.
        assertEquals(Map.of("officeStatus", "current"),
                onlyQualifiers(senator("has/AUX been/AUX a/DET critic/NOUN since/ADP 2015/NUM"), "2018-05-01"));
        assertEquals(Map.of("officeStatus", "current"),
                onlyQualifiers(senator("in/ADP office/NOUN since/ADP 2015/NUM"), "2018-05-01"));
    }

    @Test
    void leavingOfficeEndsTheHolding() {
        assertEquals(Map.of("officeStatus", "former", "endDate", "2019"),
                onlyQualifiers(senator("left/VERB office/NOUN in/ADP 2019/NUM"), "2019-06-01"));
        assertEquals(Map.of("officeStatus", "former", "endDate", "2017-01"),
                onlyQualifiers(senator("stepped/VERB down/ADP in/ADP January/PROPN 2017/NUM"), null));
        // Leaving for somewhere, or resigning from something else, is not leaving office.
        assertEquals(Map.of("officeStatus", "current"), onlyQualifiers(senator("left/VERB for/ADP Iowa/PROPN in/ADP 2019/NUM"), null));
        assertEquals(Map.of("officeStatus", "current"),
                onlyQualifiers(senator("resigned/VERB from/ADP the/DET board/NOUN in/ADP 2019/NUM"), null));
        assertEquals(Map.of("officeStatus", "former", "endDate", "2015"),
                onlyQualifiers(senator("left/VERB the/DET post/NOUN in/ADP 2015/NUM"), null));
    }

    @Test
    void electionAndTakingOfficeGiveTheStart() {
        assertEquals(Map.of("officeStatus", "current", "startDate", "2010"),
                onlyQualifiers(senator("was/AUX elected/VERB in/ADP 2010/NUM"), "2018-05-01"));
        assertEquals(Map.of("officeStatus", "current", "startDate", "2017-01"),
                onlyQualifiers(senator("took/VERB office/NOUN in/ADP January/PROPN"), "2017-03-10"));
        // A bare month before the article's month is last year's.
        assertEquals(Map.of("officeStatus", "current", "startDate", "2016-11"),
                onlyQualifiers(senator("took/VERB office/NOUN in/ADP November/PROPN"), "2017-03-10"));
        assertEquals(Map.of("officeStatus", "current"), onlyQualifiers(senator("took/VERB office/NOUN in/ADP January/PROPN"), null));
    }

    @Test
    void yearsThatBelongToSomethingElseSetNoDate() {
        Map<String, String> current = Map.of("officeStatus", "current");
        assertEquals(current, onlyQualifiers(senator("was/AUX reelected/VERB in/ADP 2016/NUM"), "2018-05-01"));
        assertEquals(current, onlyQualifiers(senator("served/VERB in/ADP the/DET Army/PROPN for/ADP 20/NUM years/NOUN"), "2018-05-01"));
        assertEquals(current, onlyQualifiers(senator("said/VERB in/ADP 2012/NUM that/SCONJ taxes/NOUN rose/VERB"), "2018-05-01"));
        assertEquals(current, onlyQualifiers(senator("since/ADP 2015/NUM has/AUX pushed/VERB for/ADP lower/ADJ taxes/NOUN"), "2018-05-01"));
        AnnotatedArticle said = ArticleFixture.of(
                        "Sen./PROPN Ann/PROPN Cole/PROPN said/VERB in/ADP 2012/NUM that/SCONJ the/DET 2016/NUM race/NOUN mattered/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator")
                .person(0, 1, 3, 0, "title", "us-senator").build();
        assertEquals(current, onlyQualifiers(said, "2018-05-01"));
        AnnotatedArticle later = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN held/VERB the/DET House/PROPN seat/NOUN ,/PUNCT and/CCONJ in/ADP 2012/NUM he/PRON ran/VERB again/ADV ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 4, 6, "us-representative").build();
        assertEquals(Map.of("officeStatus", "former"), onlyQualifiers(later, "2018-05-01"));
        // "in" with no verb saying whether the holding began or ended then.
        AnnotatedArticle during = ArticleFixture.of(
                        "Tom/PROPN Lee/PROPN ,/PUNCT the/DET governor/NOUN in/ADP 2010/NUM ,/PUNCT spoke/VERB ./PUNCT")
                .person(0, 0, 2, 0).mention(EntityType.OFFICE, 0, 4, 5, "governor").build();
        assertEquals(Map.of("officeStatus", "current"), onlyQualifiers(during, "2018-05-01"));
    }

    @Test
    void anotherOfficeInTheClauseTakesItsDates() {
        AnnotatedArticle a = ArticleFixture.of(SENATOR + "was/AUX elected/VERB governor/NOUN in/ADP 2010/NUM ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator")
                .person(0, 1, 3, 0, "title", "us-senator")
                .mention(EntityType.OFFICE, 0, 7, 8, "governor").build();
        List<Fact> facts = facts(publishedOn(a, "2018-05-01"));
        assertEquals(List.of("Ann Cole holdsOffice Sen.", "Ann Cole holdsOffice governor"), ArticleFixture.describe(facts));
        assertEquals(Map.of("officeStatus", "current"), facts.get(0).qualifiers());
        assertEquals(Map.of("officeStatus", "current", "startDate", "2010"), facts.get(1).qualifiers());
        // Dates before another office may be that office's: the senator's holding gets none.
        AnnotatedArticle mayor = ArticleFixture.of(SENATOR + "served/VERB from/ADP 2008/NUM to/ADP 2010/NUM as/ADP mayor/NOUN ,/PUNCT spoke/VERB ./PUNCT")
                .mention(EntityType.OFFICE, 0, 0, 1, "us-senator")
                .person(0, 1, 3, 0, "title", "us-senator")
                .mention(EntityType.OFFICE, 0, 11, 12, "mayor").build();
        List<Fact> mayorFacts = facts(publishedOn(mayor, "2018-05-01"));
        assertEquals("Ann Cole holdsOffice Sen.", ArticleFixture.describe(mayorFacts).get(0));
        assertEquals(Map.of("officeStatus", "current"), mayorFacts.get(0).qualifiers());
    }
}
