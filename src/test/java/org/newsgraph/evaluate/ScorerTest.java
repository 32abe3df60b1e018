package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ScorerTest {
    static final Path DIR = Path.of("src", "test", "resources", "evaluate");
    static final Path GRAPH = DIR.resolve("graph.ttl");
    static final Path GOLD_A = DIR.resolve("gold-a.gold.json");
    static final Path GOLD_B = DIR.resolve("gold-b.gold.json");

    static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(GRAPH).parse(g);
        return g;
    }

    @Test
    void scoresOneGoldFile() {
        ScoreReport r = Scorer.score(graph(), GoldStandard.read(List.of(GOLD_A)));
        assertEquals(7, r.goldFacts());
        assertEquals(5, r.truePositives());
        assertEquals(7, r.falsePositives());
        assertEquals(0.417, r.precision());
        assertEquals(0.714, r.recall());
        assertEquals(0.526, r.f1());
        assertEquals(8, r.personNodes());
        assertEquals(List.of(
                "missed:    mueller holdsOffice special_counsel",
                "missed:    trump endorses tuberville",
                "wrong:     beto o'rourke criticizes donald trump",
                "wrong:     beto o'rourke endorses Ted Cruz",
                "wrong:     http://example.org/nobody criticizes beto o'rourke",
                "wrong:     jeff sessions candidateIn 2017 alabama senate special election",
                "wrong:     jeff sessions holdsOffice deputy attorney general",
                "wrong:     jeff sessions memberOf republican party",
                "wrong:     mike pence endorses donald trump",
                "FORBIDDEN: jeff sessions holdsOffice deputy attorney general",
                "FORBIDDEN: mike pence endorses donald trump",
                "Person: 3/5 found; missing ['mueller', 'tuberville']; split ['trump']",
                "Office: 2/3 found; missing ['special_counsel']; split []",
                "Race: 1/1 found; missing []; split []",
                "spurious persons: [\"beto o'rourke\", 'http://example.org/nobody', 'sessionsville']",
                "noise persons: ['mike pence']",
                "facts P=0.417 R=0.714 F1=0.526 (5/7 found, 7 wrong, 2 forbidden); persons 3/5, 3 spurious, 1 noise"),
                r.lines());
    }

    @Test
    void mergesGoldFilesAsTheReferenceScorerDoes() {
        GoldStandard gold = GoldStandard.read(List.of(GOLD_A, GOLD_B));
        // First definition wins; a flag holds only where every file sets it; a fact anywhere is never optional.
        assertEquals("Person", gold.entities().get("trump").type());
        assertFalse(gold.entities().get("pence").noise());
        assertFalse(gold.entities().get("tuberville").optional());
        assertTrue(gold.entities().get("al_2017").optional());
        assertTrue(gold.facts().contains(new GoldFact("trump", "memberOf", "gop")));
        assertFalse(gold.optional().contains(new GoldFact("trump", "memberOf", "gop")));
        assertEquals(9, gold.facts().size());

        ScoreReport r = Scorer.score(graph(), gold);
        List<String> lines = r.lines();
        assertEquals("facts P=0.538 R=0.778 F1=0.636 (7/9 found, 6 wrong, 2 forbidden); persons 4/6, 3 spurious, 0 noise",
                lines.get(lines.size() - 1));
        assertEquals("noise persons: []", lines.get(lines.size() - 2));
        assertFalse(lines.contains("wrong:     jeff sessions memberOf republican party"));
    }

    @Test
    void symmetricFactsAreStoredInCanonicalOrder() {
        GoldStandard gold = GoldStandard.read(List.of(GOLD_A));
        assertTrue(gold.facts().contains(new GoldFact("sessions", "runsAgainst", "trump")));
        assertFalse(gold.facts().contains(new GoldFact("trump", "runsAgainst", "sessions")));
        assertEquals(new GoldFact("*", "runsAgainst", "a"), GoldFact.canon("*", "runsAgainst", "a"));
        assertEquals(new GoldFact("b", "endorses", "a"), GoldFact.canon("b", "endorses", "a"));
    }

    @Test
    void labelMatchingRules() {
        GoldEntity trump = new GoldEntity("trump", "Person", List.of("Donald Trump"), "Trump", List.of(), List.of(),
                List.of(), null, false, false);
        assertTrue(Scorer.labelMatches(trump, Scorer.norm("President Donald Trump's")));
        assertFalse(Scorer.labelMatches(trump, Scorer.norm("Donald Trumpet")));
        assertTrue(Scorer.labelMatches(trump, "trump"));
        assertFalse(Scorer.labelMatches(trump, "trump jr."));
        GoldEntity race = new GoldEntity("r", "Race", null, null, List.of("alabama"), List.of(), List.of("runoff"),
                Set.of(2020), false, false);
        assertTrue(Scorer.labelMatches(race, "alabama senate race"));
        assertTrue(Scorer.labelMatches(race, "2020 alabama senate race"));
        assertFalse(Scorer.labelMatches(race, "2017 alabama senate race"));
        assertTrue(Scorer.labelMatches(race, "2017 and 2020 alabama senate races"));
        assertFalse(Scorer.labelMatches(race, "2020 alabama runoff"));
        GoldEntity empty = new GoldEntity("e", "Race", null, null, List.of(), List.of(), List.of(), null, false, false);
        assertFalse(Scorer.labelMatches(empty, "anything"));
        assertTrue(Scorer.matches(race, Set.of("alabama race"), Set.of("CandidateContest")));
        assertFalse(Scorer.matches(race, Set.of("alabama race"), Set.of("Event")));
    }

    @Test
    void normFoldsLikePython() {
        assertEquals("jeff sessions' u.s. senate-race", Scorer.norm("  Jeff\tSessions' (U.S. Senate-race)! "));
        assertEquals("josé_2 ½", Scorer.norm("José_2 / ½"));
        assertEquals("", Scorer.norm("?!"));
    }

    @Test
    void pythonReprOfStrings() {
        assertEquals("['a', \"o'b\", 'say \"x\"', 'both \\' \"', 'tab\\t', 'é']",
                ScoreReport.pyList(List.of("a", "o'b", "say \"x\"", "both ' \"", "tab\t", "é")));
        assertEquals("[]", ScoreReport.pyList(List.of()));
        assertEquals("'\\x00\\u200b'", ScoreReport.pyRepr("\u0000\u200b"));
    }

    @Test
    void unreadableGoldFilesNameTheFileAndReason() {
        GoldFormatException json = assertThrows(GoldFormatException.class,
                () -> GoldStandard.read(List.of(GOLD_A, DIR.resolve("bad-json.gold.json"))));
        assertEquals(DIR.resolve("bad-json.gold.json"), json.file());
        assertTrue(json.reason().startsWith("not valid JSON"), json.reason());
        assertTrue(json.getMessage().startsWith(DIR.resolve("bad-json.gold.json") + ": "), json.getMessage());

        GoldFormatException fact = assertThrows(GoldFormatException.class,
                () -> GoldStandard.read(List.of(DIR.resolve("bad-fact.gold.json"))));
        assertTrue(fact.reason().contains("not [subject, predicate, object]"), fact.reason());

        GoldFormatException missing = assertThrows(GoldFormatException.class,
                () -> GoldStandard.read(List.of(DIR.resolve("no-such.gold.json"))));
        assertTrue(missing.reason().startsWith("cannot be read"), missing.reason());

        GoldFormatException turtle = assertThrows(GoldFormatException.class,
                () -> GoldStandard.read(List.of(DIR.resolve("graph.ttl"))));
        assertTrue(turtle.reason().startsWith("not valid JSON"), turtle.reason());

        GoldFormatException noEntities = assertThrows(GoldFormatException.class,
                () -> GoldStandard.read(List.of(DIR.resolve("no-entities.gold.json"))));
        assertEquals("no \"entities\" object", noEntities.reason());
    }

    @Test
    void roundsHalfToEvenAsPythonDoes() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(DIR.resolve("rounding.ttl")).parse(g);
        ScoreReport r = Scorer.score(g, GoldStandard.read(List.of(DIR.resolve("rounding.gold.json"))));
        assertEquals(0.062, r.precision());
        List<String> lines = r.lines();
        assertEquals("facts P=0.062 R=1.000 F1=0.118 (1/1 found, 15 wrong, 0 forbidden); persons 2/2, 15 spurious, 0 noise",
                lines.get(lines.size() - 1));
    }

    @Test
    void emptyGraphScoresZero() {
        ScoreReport r = Scorer.score(GraphFactory.createDefaultGraph(), GoldStandard.read(List.of(GOLD_A)));
        assertEquals(0.0, r.precision());
        assertEquals(0.0, r.recall());
        assertEquals(7, r.missed().size());
        assertEquals(new ScoreReport.EntityKind(1, 0, List.of("al_2020"), List.of()), r.entities().get("Race"));
    }
}
