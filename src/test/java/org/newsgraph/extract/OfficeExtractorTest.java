package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
}
