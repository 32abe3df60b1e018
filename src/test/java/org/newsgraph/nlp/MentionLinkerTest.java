package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MentionLinkerTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.load();

    private static AnnotatedArticle link(TaggedText t) {
        List<MentionFinder> finders = List.of(new PersonFinder(GAZETTEERS), new OfficeFinder(GAZETTEERS));
        List<Mention> mentions = new ArrayList<>();
        for (AnnotatedSentence s : t.sentences())
            for (MentionFinder f : finders)
                mentions.addAll(f.find(s));
        return new MentionLinker(GAZETTEERS).link(t.article(), t.sentences(), mentions, List.of());
    }

    private static int chainOf(AnnotatedArticle a, int sentence, String text) {
        return a.mentionsIn(sentence).stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no linked mention " + text)).chain();
    }

    /** The one person mention of a sentence that is an office description with this text. */
    private static Mention description(AnnotatedArticle a, int sentence, String text) {
        List<Mention> described = a.mentionsIn(sentence).stream()
                .filter(m -> m.type() == EntityType.PERSON && m.form() == Mention.Form.TITLE && m.text().equals(text)).toList();
        assertEquals(1, described.size(), described.toString());
        return described.get(0);
    }

    @Test
    void surnamesTitlesAndPronounsJoinTheNamedPerson() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Attorney/PROPN General/PROPN Jane/PROPN Doe/PROPN met/VERB Governor/PROPN Tom/PROPN Lee/PROPN ./PUNCT",
                "Doe/PROPN said/VERB she/PRON would/AUX stay/VERB ./PUNCT",
                "The/DET attorney/NOUN general/NOUN left/VERB early/ADV ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(2, a.chains().size());
        int doe = chainOf(a, 1, "Jane Doe");
        assertEquals(doe, chainOf(a, 2, "Doe"));
        assertEquals(doe, chainOf(a, 2, "she"));
        assertEquals(doe, chainOf(a, 3, "attorney general"));
        assertTrue(chainOf(a, 1, "Tom Lee") != doe);
    }

    @Test
    void aBareSurnameTheRecordGivesToAPresidentIsThatPresident() {
        TaggedText t = TaggedText.of("Headline/NOUN", "Trump/VERB unexpectedly/ADV weighed/VERB in/ADP on/ADP the/DET race/NOUN ./PUNCT",
                "Smith/PROPN said/VERB nothing/PRON ./PUNCT").published(java.time.LocalDate.of(2018, 7, 20));
        AnnotatedArticle a = link(t);
        assertEquals(1, a.chains().size(), "Smith matches nobody and is dropped");
        assertEquals(List.of("Donald Trump"), a.chains().get(chainOf(a, 1, "Trump")).aliases());
    }

    @Test
    void aBareSurnameOfAPresidentOfLongAgoIsHeOnlyWhereTheArticleWritesItAsAPerson() {
        TaggedText places = TaggedText.of("Headline/NOUN",
                "The/DET convention/NOUN in/ADP Cleveland/PROPN drew/VERB crowds/NOUN ./PUNCT",
                "Officials/NOUN in/ADP the/DET Dallas/PROPN area/NOUN worried/VERB ./PUNCT").published(java.time.LocalDate.of(2016, 7, 20));
        assertEquals(List.of(), link(places).chains(), "Grover Cleveland and George M. Dallas are nobody here");

        TaggedText person = TaggedText.of("Headline/NOUN",
                "The/DET Reagan/PROPN area/NOUN grew/VERB ./PUNCT",
                "Reagan/PROPN ~'s/PART tax/NOUN cuts/NOUN lasted/VERB ./PUNCT").published(java.time.LocalDate.of(2016, 7, 20));
        AnnotatedArticle a = link(person);
        assertEquals(1, a.chains().size());
        assertEquals(List.of("Ronald Reagan"), a.chains().get(chainOf(a, 2, "Reagan")).aliases());
        assertEquals(chainOf(a, 2, "Reagan"), chainOf(a, 1, "Reagan"), "once the article writes him as a person, every Reagan is he");

        TaggedText years = TaggedText.of("Headline/NOUN", "The/DET Nixon/PROPN years/NOUN ended/VERB in/ADP Ford/PROPN ./PUNCT")
                .published(java.time.LocalDate.of(2016, 7, 20));
        AnnotatedArticle y = link(years);
        assertEquals(1, y.chains().size(), "Gerald Ford is nobody here");
        assertEquals(List.of("Richard Nixon"), y.chains().get(chainOf(y, 1, "Nixon")).aliases());

        TaggedText said = TaggedText.of("Headline/NOUN", "They/PRON say/VERB Lincoln/PROPN was/AUX a/DET Republican/PROPN ./PUNCT")
                .published(java.time.LocalDate.of(2016, 7, 20));
        AnnotatedArticle b = link(said);
        assertEquals(List.of("Abraham Lincoln"), b.chains().get(chainOf(b, 1, "Lincoln")).aliases());
    }

    @Test
    void aDescriptionInAppositionIsTheNameBeforeItsComma() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Speaker/PROPN Paul/PROPN Ryan/PROPN spoke/VERB ./PUNCT",
                "Tom/PROPN Cole/PROPN ,/PUNCT the/DET former/ADJ House/PROPN speaker/NOUN ,/PUNCT agreed/VERB ./PUNCT",
                "After/ADP a/DET talk/NOUN with/ADP Tom/PROPN Cole/PROPN ,/PUNCT the/DET House/PROPN speaker/NOUN left/VERB ./PUNCT",
                "Anne/PROPN Lee/PROPN ,/PUNCT the/DET speaker/NOUN 's/PART aide/NOUN ,/PUNCT left/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(chainOf(a, 2, "Tom Cole"), chainOf(a, 2, "House speaker"));
        assertTrue(chainOf(a, 1, "Paul Ryan") != chainOf(a, 2, "House speaker"));
        assertEquals(chainOf(a, 1, "Paul Ryan"), chainOf(a, 4, "speaker"), "a possessive description is no apposition");
        assertEquals(chainOf(a, 1, "Paul Ryan"), chainOf(a, 3, "House speaker"), "followed by its verb it is the clause's subject");
    }

    @Test
    void aPartysNomineeIsTheOnePersonTheArticleNamesSoNearBefore() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "GOP/PROPN nominee/NOUN Tom/PROPN Cole/PROPN spoke/VERB in/ADP Ohio/PROPN ./PUNCT",
                "Lee/PROPN met/VERB the/DET Republican/ADJ nominee/NOUN on/ADP Monday/PROPN ./PUNCT",
                "Lee/PROPN hoped/VERB to/PART become/VERB the/DET Democratic/ADJ nominee/NOUN ./PUNCT",
                "Ann/PROPN Dunn/PROPN ,/PUNCT the/DET Democratic/ADJ nominee/NOUN ,/PUNCT spoke/VERB ./PUNCT",
                "The/DET Democratic/ADJ nominee/NOUN 's/PART plan/NOUN is/AUX new/ADJ ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(chainOf(a, 1, "Tom Cole"), chainOf(a, 2, "Republican nominee"));
        assertEquals(chainOf(a, 4, "Ann Dunn"), chainOf(a, 5, "Democratic nominee"), "named so in apposition");
        assertTrue(a.mentionsIn(3).stream().noneMatch(m -> m.form() == Mention.Form.TITLE), "a predicate stands for no one");
    }

    @Test
    void aCourtesyTitleKeepsAWifeFromHerHusbandsChain() {
        TaggedText t = TaggedText.of("Headline/NOUN", "President/PROPN Bill/PROPN Clinton/PROPN spoke/VERB ./PUNCT",
                "Mr./PROPN Obama/PROPN defeated/VERB Mrs./PROPN Clinton/PROPN in/ADP 2008/NUM ./PUNCT",
                "Mr./PROPN Clinton/PROPN left/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        int bill = chainOf(a, 1, "Bill Clinton");
        assertTrue(chainOf(a, 2, "Clinton") != bill, "Mrs. Clinton is not Bill Clinton");
        assertEquals(bill, chainOf(a, 3, "Clinton"), "Mr. Clinton is");
    }

    @Test
    void aWeakNameThatMatchesNobodyIsDropped() {
        TaggedText t = TaggedText.of("Headline/NOUN", "Jane/PROPN Doe/PROPN visited/VERB Springfield/PROPN ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(1, a.chains().size());
        assertTrue(a.mentionsIn(1).stream().noneMatch(m -> m.text().equals("Springfield")));
    }

    @Test
    void firstPersonInAQuoteIsItsSpeaker() {
        TaggedText t = TaggedText.of("Headline/NOUN", "\"/PUNCT I/PRON will/AUX win/VERB ,/PUNCT \"/PUNCT Jane/PROPN Doe/PROPN said/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(1, a.quotes().size());
        assertEquals(chainOf(a, 1, "Jane Doe"), a.quotes().get(0).speakerChain());
        assertEquals(chainOf(a, 1, "Jane Doe"), chainOf(a, 1, "I"));
    }

    @Test
    void thePronounAVerbOfSayingReportsIsItsSayer() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Tom/PROPN Lee/PROPN and/CCONJ Bo/PROPN Hart/PROPN met/VERB ./PUNCT",
                "Despite/ADP a/DET call/NOUN from/ADP hopeful/NOUN Lee/PROPN ,/PUNCT Hart/PROPN said/VERB Wednesday/PROPN that/SCONJ he/PRON would/AUX stay/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        assertEquals(chainOf(a, 2, "Hart"), chainOf(a, 2, "he"));
    }

    @Test
    void theLastTwoWordsOfACompoundNameAreThatPerson() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Rep./PROPN Maria/PROPN Lopez/PROPN Garcia/PROPN spoke/VERB first/ADV ./PUNCT",
                "Lopez/PROPN Garcia/PROPN later/ADV told/VERB reporters/NOUN she/PRON would/AUX run/VERB ./PUNCT",
                "Tom/PROPN Garcia/PROPN ,/PUNCT her/PRON cousin/NOUN ,/PUNCT agreed/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        int maria = chainOf(a, 1, "Maria Lopez Garcia");
        assertEquals(maria, chainOf(a, 2, "Lopez Garcia"));
        assertTrue(chainOf(a, 3, "Tom Garcia") != maria);
        // The part is no name of the person's own: the label stays the full name.
        assertEquals(List.of("Maria Lopez Garcia"), a.chains().get(maria).names());
    }

    @Test
    void thePresidentOfADatedArticleIsWhoeverHeldTheOfficeThatDay() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "President/PROPN Barack/PROPN Obama/PROPN signed/VERB the/DET law/NOUN ./PUNCT",
                "Donald/PROPN Trump/PROPN wants/VERB it/PRON gone/ADJ ./PUNCT",
                "The/DET president/NOUN said/VERB so/ADV ./PUNCT").published(java.time.LocalDate.of(2018, 3, 1));
        AnnotatedArticle a = link(t);
        assertEquals(chainOf(a, 2, "Donald Trump"), chainOf(a, 3, "president"));
        // Undated, the president is the one the article titles so.
        AnnotatedArticle undated = link(TaggedText.of("Headline/NOUN",
                "President/PROPN Barack/PROPN Obama/PROPN signed/VERB the/DET law/NOUN ./PUNCT",
                "Donald/PROPN Trump/PROPN wants/VERB it/PRON gone/ADJ ./PUNCT",
                "The/DET president/NOUN said/VERB so/ADV ./PUNCT"));
        assertEquals(chainOf(undated, 1, "Barack Obama"), chainOf(undated, 3, "president"));
    }

    @Test
    void theAttorneyGeneralIsNotAFormerOne() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "The/DET attorney/NOUN general/NOUN faced/VERB pressure/NOUN ./PUNCT",
                "Former/ADJ Attorney/PROPN General/PROPN Eric/PROPN Holder/PROPN spoke/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        assertTrue(description(a, 1, "attorney general").chain() < 0, "the one in office goes unnamed");
    }

    @Test
    void aFormerGovernorStillMakesTheGovernorAmbiguous() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Former/ADJ Gov./PROPN John/PROPN Hickenlooper/PROPN met/VERB Gov./PROPN Jay/PROPN Inslee/PROPN ./PUNCT",
                "The/DET governor/NOUN spoke/VERB ./PUNCT");
        AnnotatedArticle a = link(t);
        assertTrue(description(a, 2, "governor").chain() < 0, "either could be meant");
    }

    @Test
    void aCapitalThatStartsASentenceGivesNoFirstName() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "Multiple/ADJ Trump/ADJ officials/NOUN urged/VERB him/PRON ./PUNCT",
                "President/PROPN Trump/PROPN said/VERB no/INTJ ./PUNCT");
        AnnotatedArticle a = link(t);
        int trump = chainOf(a, 2, "Trump");
        // The finder takes the adjective off ("Trump" alone); the linker would not have let it be a first name either.
        assertEquals(trump, chainOf(a, 1, "Trump"));
        assertTrue(a.chains().get(trump).names().stream().allMatch("Trump"::equals), "no \"Multiple Trump\" to label him");
    }

    @Test
    void aSonNamedAfterHisFatherIsAnotherPersonAndKeepsHisSuffixOnlyBesideHim() {
        TaggedText t = TaggedText.of("Headline/NOUN",
                "President/PROPN Tom/PROPN Lee/PROPN spoke/VERB ./PUNCT",
                "Tom/PROPN Lee/PROPN Jr./PROPN slammed/VERB the/DET plan/NOUN ./PUNCT",
                "Lee/PROPN Jr./PROPN said/VERB more/ADJ ./PUNCT",
                "Lee/PROPN said/VERB less/ADJ ./PUNCT");
        AnnotatedArticle a = link(t);
        int father = chainOf(a, 1, "Tom Lee");
        int son = chainOf(a, 2, "Tom Lee Jr.");
        assertTrue(father != son);
        assertEquals(son, chainOf(a, 3, "Lee Jr."));
        assertEquals(father, chainOf(a, 4, "Lee"));
        assertEquals("Tom Lee Jr.", a.chains().get(son).names().get(0));

        AnnotatedArticle alone = link(TaggedText.of("Headline/NOUN", "Attorney/PROPN General/PROPN Eric/PROPN Holder/PROPN Jr./PROPN spoke/VERB ./PUNCT"));
        assertEquals(List.of("Eric Holder"), alone.chains().get(0).names(), "no namesake: the person of every other article");
    }
}
