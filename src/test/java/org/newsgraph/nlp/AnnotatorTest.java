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
    }

    @Test
    void aHyphenInsideAWordStays() {
        assertEquals(List.of("Cindy", "Hyde-Smith", "and", "a", "well-known", "-", "backer"),
                refined("Cindy Hyde-Smith and a well-known - backer"));
    }
}
