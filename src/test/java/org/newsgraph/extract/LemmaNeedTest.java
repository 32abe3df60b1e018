package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which words make the NLP stage lemmatise a sentence. */
class LemmaNeedTest {
    @Test
    void inflectionSharesTheLemmasFirstFourLetters() {
        assertTrue(Extractor.mayInflect("beaten", Set.of("beat")));
        // An irregular form must be listed itself ("led" is a contest verb of its own).
        assertFalse(Extractor.mayInflect("led", Set.of("lead")));
        assertTrue(Extractor.mayInflect("fac", Set.of("face")));
        assertFalse(Extractor.mayInflect("bet", Set.of("beat")));
        assertFalse(Extractor.mayInflect("be", Set.of("beat")));
        assertFalse(Extractor.mayInflect("weather", Set.of("beat")));
    }

    @Test
    void criticismNeedsALemmaOnlyForWordsThatDoNotTriggerByThemselves() {
        CriticismExtractor e = new CriticismExtractor();
        assertTrue(e.mayReadLemma("critics"));
        assertFalse(e.mayReadLemma("criticized"));
        assertFalse(e.mayReadLemma("hammered"));
        assertFalse(e.mayReadLemma("senate"));
    }

    @Test
    void candidacyNeedsALemmaOnlyForWordsOutsideItsContestVerbs() {
        CandidacyExtractor e = new CandidacyExtractor();
        assertTrue(e.mayReadLemma("beaten"));
        assertTrue(e.mayReadLemma("ousts"));
        assertFalse(e.mayReadLemma("defeated"));
        assertFalse(e.mayReadLemma("governor"));
    }

    @Test
    void otherExtractorsReadNoLemmas() {
        assertFalse(new EndorsementExtractor().mayReadLemma("endorses"));
        assertFalse(new RecusalExtractor().mayReadLemma("recused"));
    }
}
