package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class AnnotatorTest {
    /** The tokens refineTokens makes of a sentence that the tokenizer cut at spaces only. */
    private static List<String> refined(String sentence) {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(sentence);
        while (m.find())
            spans.add(new Span(m.start(), m.end()));
        List<String> out = new ArrayList<>();
        for (Span span : Annotator.refineTokens(sentence, spans.toArray(new Span[0])))
            out.add(sentence.substring(span.getStart(), span.getEnd()));
        return out;
    }

    @Test
    void aDoubleHyphenGluedToWordsIsADashOfItsOwn() {
        assertEquals(List.of("Michael", "Flynn", "--", "who", "resigned", "--", "took", "it"),
                refined("Michael Flynn--who resigned --took it"));
        assertEquals(List.of("Rep.", "Ana", "Ruiz-Lopez", "--", "previously", "a", "nurse", "---", "won"),
                refined("Rep. Ana Ruiz-Lopez--previously a nurse --- won"));
        assertEquals(List.of("Mayor", "Greg", "Ballard", "\u2014", "an", "ally"), refined("Mayor Greg Ballard\u2014an ally"));
        assertEquals(List.of("Sen.", "Ron", "Wyden", "(D\u2013Ore.)"), refined("Sen. Ron Wyden (D\u2013Ore.)"),
                "an en dash may join a party code");
    }

    /** The sentences of a headline and one paragraph, as the reader sees them. */
    private static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        String text = "Headline\n" + paragraph;
        for (AnnotatedSentence s : SharedModels.get().newAnnotator().annotate(text))
            if (!s.isHeadline())
                out.add(text.substring(s.start(), s.end()));
        return out;
    }

    @Test
    void aMonthOrNoBeforeANumberEndsNoSentence() {
        assertEquals(List.of("Paul Ryan will face Ryan Solen in the Nov. 8 election.", "Sen. John Thune, the No. 2 Republican, agreed."),
                sentences("Paul Ryan will face Ryan Solen in the Nov. 8 election. Sen. John Thune, the No. 2 Republican, agreed."));
        // Before a capital, the dot may end the sentence.
        assertEquals(List.of("The vote was set for Jan.", "It was held in Feb."), sentences("The vote was set for Jan. It was held in Feb."));
    }

    @Test
    void aSentenceGluedToTheNextWithoutASpaceIsCutThere() {
        assertEquals(List.of("The ban was later overturned.", "In 2010, Arizona hotel owners sued.", "Reid said it was stalled.",
                        "\"The president insisted,\" he said.", "Republican Sen. Bob Corker agreed."),
                sentences("The ban was later overturned.In 2010, Arizona hotel owners sued. Reid said it was stalled.\"The president"
                        + " insisted,\" he said.Republican Sen. Bob Corker agreed."));
        assertEquals(List.of("It would make a bad experience worse.”", "And Floyd Williams agreed in 2012.", "The vote came."),
                sentences("It would make a bad experience worse.”And Floyd Williams agreed in 2012.The vote came."));
        // Initials, "U.S." and addresses are no sentence's end.
        assertEquals(List.of("Write to Chad Day at Chad.Day@wsj.com and to the U.S.Embassy about Sens.Ted Cruz today."),
                sentences("Write to Chad Day at Chad.Day@wsj.com and to the U.S.Embassy about Sens.Ted Cruz today."));
    }

    @Test
    void aHyphenInsideAWordStays() {
        assertEquals(List.of("Cindy", "Hyde-Smith", "and", "a", "well-known", "-", "backer"),
                refined("Cindy Hyde-Smith and a well-known - backer"));
    }
}
