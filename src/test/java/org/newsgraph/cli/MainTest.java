package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;



import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;

/** The command line without NLP models: exit codes, the one error line, help, and the store commands. */
class MainTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** A store on disk with two articles: Alice endorses Bob, Bob endorses Carol. */
    private Path store() {
        return TestArticles.store(tmp.resolve("store"),
                TestArticles.endorsement("a1", "Alice Adams", "Bob Brown"),
                TestArticles.endorsement("a2", "Bob Brown", "Carol Clark"));
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, Main.run());
        assertEquals("newsgraph: no command given (try `newsgraph --help`)\n", console.err());
        assertEquals("", console.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingTheCommands() {
        assertEquals(2, Main.run("frobnicate"));
        assertEquals("newsgraph: unknown command 'frobnicate' (commands: build, query, export, validate, stats, evaluate,"
                + " serve, push, remove, merges, check, show, load, sample, audit, train; try `newsgraph --help`)\n", console.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, Main.run("stats", "--bogus"));
        assertEquals("newsgraph: stats: Unrecognized option: --bogus (see `newsgraph stats --help`)\n", console.err());
    }

    @Test
    void helpListsEveryCommandWithOneLineAndAnExample() {
        assertEquals(0, Main.run("--help"));
        for (String command : List.of("build", "query", "export", "validate", "stats", "evaluate"))
            assertTrue(console.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), command);
        assertTrue(console.out().contains("example:\n  newsgraph build examples/articles\n"), console.out());
        assertEquals("", console.err());
    }

    @Test
    void commandHelpListsEveryOptionWithItsDefaultAndAnExample() {
        assertEquals(0, Main.run("build", "--help"));
        String help = console.out();
        assertTrue(help.startsWith("usage: newsgraph build FILES|DIRS..."), help);
        for (String option : List.of("--store DIR", "--out FILE", "--min-confidence X", "--threads N", "--ner-model FILE",
                "--compact", "-h, --help", "--debug", "-q, --quiet"))
            assertTrue(help.contains(option), option);
        assertTrue(help.contains("(default: output/store)"), help);
        assertTrue(help.contains("(default: output/graph.ttl)"), help);
        assertTrue(help.contains("(default: 0, every fact)"), help);
        assertTrue(help.replaceAll("\\s+", " ").contains("--compact compact the store at the end even if it has not grown much,"
                + " even when no article changed (default: only once its indexes have grown to 2 times their size after the"
                + " last compaction, and by at least 256 MiB)"), help);
        assertTrue(help.contains("example:\n  newsgraph build examples/articles"), help);
        assertEquals("", console.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("query", "export", "validate", "stats", "evaluate")) {
            console.reset();
            assertEquals(0, Main.run(command, "-h"), command);
            assertTrue(console.out().startsWith("usage: newsgraph " + command), console.out());
            assertTrue(console.out().contains("--store DIR"), command);
            assertTrue(console.out().contains("example:\n  newsgraph " + command), command);
        }
    }

    @Test
    void buildWithoutInputsSaysWhatToPass() {
        assertEquals(2, Main.run("build", "--store", tmp.resolve("s").toString()));
        assertEquals("newsgraph: build: no input given: pass article files or directories, e.g. `newsgraph build"
                + " examples/articles` (see `newsgraph build --help`)\n", console.err());
        assertFalse(Files.exists(tmp.resolve("s")));
    }

    @Test
    void buildOfAMissingFileNamesItAndCreatesNoStore() {
        Path missing = tmp.resolve("nope.txt");
        assertEquals(1, Main.run("build", missing.toString(), "--store", tmp.resolve("s").toString()));
        assertEquals("newsgraph: build: " + missing + ": no such file or directory\n", console.err());
        assertFalse(Files.exists(tmp.resolve("s")));
    }

    @Test
    void buildWatchOptionsAreCheckedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.txt"), "Headline\n\nBody.\n");
        Path store = tmp.resolve("s");
        String[][] misuses = {
                {"build", "--watch", file.toString(), "--store", store.toString()},
                {"build", "--watch", tmp.toString(), "--limit", "5", "--store", store.toString()},
                {"build", "--watch", tmp.toString(), "--poll", "0", "--store", store.toString()},
                {"build", tmp.toString(), "--poll", "1", "--store", store.toString()}};
        String[] said = {"--watch takes directories, and " + file + " is not one",
                "--watch cannot go with --limit",
                "--poll must be a number of seconds from 0.01 to 86400, not '0'",
                "--poll goes with --watch"};
        for (int i = 0; i < misuses.length; i++) {
            console.reset();
            assertEquals(2, Main.run(misuses[i]), String.join(" ", misuses[i]));
            assertEquals("newsgraph: build: " + said[i] + " (see `newsgraph build --help`)\n", console.err());
        }
        assertFalse(Files.exists(store), "no store is made");
    }

    @Test
    void buildRejectsABadConfidence() {
        assertEquals(2, Main.run("build", "x.txt", "--min-confidence", "high"));
        assertTrue(console.err().startsWith("newsgraph: build: --min-confidence must be a number from 0 to 1, not 'high'"), console.err());
        console.reset();
        assertEquals(2, Main.run("build", "x.txt", "--min-confidence", "2"));
        assertTrue(console.err().startsWith("newsgraph: build: minimum confidence must be between 0 and 1, not 2.0"), console.err());
    }

    @Test
    void badSparqlIsOneLineWithLineAndColumn() {
        Path store = store();
        assertEquals(1, Main.run("query", "SELECT ?s WHERE {\n  ?s ng:endorses \n}", "--store", store.toString()));
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(console.err().startsWith("newsgraph: query: bad SPARQL: "), console.err());
        assertTrue(console.err().contains("line 3, column 1"), console.err());
        assertEquals("", console.out());
    }

    @Test
    void aMissingStoreIsReportedAndNotCreated() {
        Path missing = tmp.resolve("no-store");
        for (String[] args : List.of(new String[] {"query", "ASK {}"}, new String[] {"export"},
                new String[] {"stats"}, new String[] {"validate"})) {
            console.reset();
            String[] withStore = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--store", missing.toString())).toArray(String[]::new);
            assertEquals(1, Main.run(withStore), args[0]);
            assertEquals("newsgraph: " + args[0] + ": no store at " + missing + ": run `newsgraph build` first\n", console.err());
            assertFalse(Files.exists(missing), args[0]);
        }
    }

    @Test
    void aBadFormatIsAUsageError() {
        Path store = store();
        assertEquals(2, Main.run("export", "--format", "n3", "--store", store.toString()));
        assertEquals("newsgraph: export: unknown format 'n3' (use one of: turtle, ntriples, nquads, trig, jsonld, rdfxml, csv, tsv)"
                + " (see `newsgraph export --help`)\n", console.err());
        console.reset();
        assertEquals(2, Main.run("query", "ASK {}", "--format", "xml", "--store", store.toString()));
        assertTrue(console.err().startsWith("newsgraph: query: unknown format 'xml' (use one of: table, csv, tsv, json)"), console.err());
    }

    @Test
    void queryPrintsResultsWithThePredeclaredPrefixes() {
        Path store = store();
        assertEquals(0, Main.run("query", "SELECT ?whom WHERE { ?who ng:endorses ?whom } ORDER BY ?whom",
                "--format", "csv", "--store", store.toString()));
        assertEquals("whom\r\nhttps://w3id.org/newsgraph/id/person/bob-brown\r\n"
                + "https://w3id.org/newsgraph/id/person/carol-clark\r\n", console.out());
        console.reset();
        assertEquals(0, Main.run("query", "ASK { ?who ng:endorses ?who }", "--store", store.toString()));
        assertEquals("no\n", console.out());
        assertEquals("", console.err());
    }

    @Test
    void everyCannedQueryRuns() throws Exception {
        Path store = store();
        List<Path> files;
        try (var list = Files.list(Path.of("ontology/queries"))) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            assertEquals(0, Main.run("query", "--file", file.toString(), "--store", store.toString()), file + ": " + console.err());
            assertEquals("", console.err());
        }
    }

    @Test
    void queryReadsAFileAndNamesAMissingOne() throws Exception {
        Path store = store();
        Path file = tmp.resolve("q.rq");
        Files.writeString(file, "SELECT (COUNT(*) AS ?n) WHERE { ?a ng:endorses ?b }");
        assertEquals(0, Main.run("query", "--file", file.toString(), "--format", "tsv", "--store", store.toString()));
        assertEquals("?n\n2\n", console.out());
        assertEquals(1, Main.run("query", "--file", tmp.resolve("none.rq").toString(), "--store", store.toString()));
        assertEquals("newsgraph: query: " + tmp.resolve("none.rq") + ": no such file\n", console.err());
    }

    @Test
    void exportWritesAFileThatParsesBack() {
        Path store = store();
        Path file = tmp.resolve("graph.nt");
        assertEquals(0, Main.run("export", "--format", "ntriples", "--out", file.toString(), "--store", store.toString()));
        Graph graph = RDFParser.source(file).toGraph();
        assertEquals(2, graph.stream(null, org.newsgraph.graph.NG.endorses, null).count());
        assertEquals("", console.out());
    }

    @Test
    void buildEndpointOptionsAreCheckedBeforeAnyWork() {
        Path store = tmp.resolve("store");
        assertEquals(2, Main.run("build", "examples/articles", "--user", "loader", "--store", store.toString()));
        assertEquals("newsgraph: build: --user is for --endpoint URL, which is missing (see `newsgraph build --help`)\n", console.err());
        console.reset();
        assertEquals(2, Main.run("build", "examples/articles", "--endpoint", "not a url"));
        assertTrue(console.err().startsWith("newsgraph: build: --endpoint: "), console.err());
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(Files.notExists(store));
    }

    @Test
    void buildEndpointWithALocalStoreOrFileIsAUsageErrorNamingTheConflict() {
        Path store = tmp.resolve("store");
        Path out = tmp.resolve("graph.ttl");
        // Port 1 on loopback: nothing listens, so any attempt to build would fail differently.
        String endpoint = "http://127.0.0.1:1/ds/data";
        assertEquals(2, Main.run("build", "examples/articles", "--endpoint", endpoint, "--store", store.toString()));
        assertEquals("newsgraph: build: --endpoint conflicts with --store: a build into a remote store writes no local"
                + " store or files (see `newsgraph build --help`)\n", console.err());
        console.reset();
        assertEquals(2, Main.run("build", "examples/articles", "--out", out.toString(), "--endpoint", endpoint));
        assertEquals("newsgraph: build: --endpoint conflicts with --out: a build into a remote store writes no local"
                + " store or files (see `newsgraph build --help`)\n", console.err());
        console.reset();
        assertEquals(2, Main.run("build", "examples/articles", "--endpoint", endpoint, "--store", store.toString(),
                "--out", out.toString()));
        assertTrue(console.err().startsWith("newsgraph: build: --endpoint conflicts with --store and --out: "), console.err());
        console.reset();
        assertEquals(2, Main.run("build", "examples/articles", "--endpoint", endpoint, "--compact"));
        assertEquals("newsgraph: build: --endpoint conflicts with --compact: a build into a remote store writes no local"
                + " store or files (see `newsgraph build --help`)\n", console.err());
        assertEquals("", console.out());
        assertTrue(Files.notExists(store));
        assertTrue(Files.notExists(out));
    }

    @Test
    void exportGraphWritesOneArticleByIdOrIri() {
        Path store = store();
        for (String article : List.of("a2", "https://w3id.org/newsgraph/id/article/a2")) {
            Path file = tmp.resolve("a2.nq");
            assertEquals(0, Main.run("export", "--graph", article, "--format", "nquads", "--out", file.toString(), "--store", store.toString()));
            var dataset = RDFParser.source(file).toDatasetGraph();
            assertEquals(List.of(org.newsgraph.graph.NG.articleGraph("a2")), org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes()));
            assertEquals(1, dataset.stream(null, null, org.newsgraph.graph.NG.endorses, null).count());
        }
        assertEquals("", console.err());
    }

    @Test
    void exportGraphOfAnUnknownArticleFailsWithOneLine() {
        Path store = store();
        Path file = tmp.resolve("none.ttl");
        assertEquals(1, Main.run("export", "--graph", "nope", "--out", file.toString(), "--store", store.toString()));
        assertEquals("newsgraph: export: no article nope in the store (looked for graph <https://w3id.org/newsgraph/id/article/nope>)\n", console.err());
        assertEquals("", console.out());
        assertTrue(Files.notExists(file));
    }

    @Test
    void statsCountsArticlesClassesAndRelations() {
        Path store = store();
        // A person named by surname only is the one full name of that surname: one node, and the graphs the store
        // derives (merges, reference) are no articles.
        try (ArticleStore s = ArticleStore.open(store)) {
            s.replace(TestArticles.endorsement("a3", "Carol Clark", "Brown"), 0.5);
            s.deriveGraphs();
            assertEquals(1L, (long) s.read(dsg -> dsg.stream(org.newsgraph.graph.NG.mergesGraph(), null, null, null)
                    .filter(q -> q.getPredicate().equals(org.newsgraph.graph.NG.mergedKey)).count()));
        }
        assertEquals(0, Main.run("stats", "--store", store.toString()));
        List<String> lines = console.out().lines().map(l -> l.strip().replaceAll(" +", " ")).toList();
        assertTrue(lines.contains("articles 3"), console.out());
        assertTrue(lines.contains("ng:Person 3"), console.out());
        assertTrue(lines.contains("ng:endorses 3"), console.out());
        assertTrue(lines.contains("ng:recusedFrom 0"), console.out());
    }

    @Test
    void validateListsViolationsOnePerLineAndFails() throws Exception {
        Path store = store();
        Path shapes = tmp.resolve("shapes.ttl");
        Files.writeString(shapes, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                [] a sh:NodeShape ; sh:targetClass ng:Person ;
                   sh:property [ sh:path ng:memberOf ; sh:minCount 1 ; sh:message "no party" ] .
                """);
        assertEquals(1, Main.run("validate", "--shapes", shapes.toString(), "--store", store.toString()));
        List<String> lines = console.out().lines().toList();
        assertEquals("<https://w3id.org/newsgraph/id/person/alice-adams> ng:memberOf: no party", lines.get(0));
        assertEquals(4, lines.size(), console.out());
        assertEquals("does not conform: 3 results", lines.get(3));
    }

    @Test
    void validateAcceptsWhatTheGraphWriterWrites() {
        Path store = store();
        assertEquals(0, Main.run("validate", "--store", store.toString()), console.out() + console.err());
        assertEquals("conforms: no violations\n", console.out());
    }

    @Test
    void evaluateScoresAGraphFileAndTheStoreAlike() throws Exception {
        Path store = store();
        Path gold = tmp.resolve("a.gold.json");
        Files.writeString(gold, """
                {"document": "a.txt",
                 "entities": {"alice": {"type": "Person", "names": ["Alice Adams"]},
                              "bob": {"type": "Person", "names": ["Bob Brown"]},
                              "carol": {"type": "Person", "names": ["Carol Clark"]}},
                 "facts": [["alice", "endorses", "bob"], ["carol", "endorses", "alice"]]}
                """);
        assertEquals(0, Main.run("evaluate", "--store", store.toString(), gold.toString()));
        String fromStore = console.out();
        assertTrue(fromStore.contains("facts P=0.500 R=0.500 F1=0.500 (1/2 found, 1 wrong, 0 forbidden)"), fromStore);
        Path file = tmp.resolve("graph.trig");
        assertEquals(0, Main.run("export", "--format", "trig", "--out", file.toString(), "--store", store.toString()));
        console.reset();
        assertEquals(0, Main.run("evaluate", file.toString(), gold.toString()));
        assertEquals(fromStore, console.out());
        assertEquals("", console.err());
    }

    @Test
    void debugAddsTheStackTrace() {
        assertEquals(1, Main.run("stats", "--store", tmp.resolve("none").toString(), "--debug"));
        assertTrue(console.err().lines().count() > 2, console.err());
        assertTrue(console.err().lines().skip(1).anyMatch(l -> l.contains("at org.newsgraph.graph.store.ArticleStore")), console.err());
    }

    @Test
    void sampleWritesAJudgeableFileThatAuditReadsBack() throws Exception {
        Path dir = store();
        Path sample = tmp.resolve("sample.csv");
        assertEquals(0, Main.run("sample", "--store", dir.toString(), "--per-relation", "5", "--seed", "3", "--out", sample.toString()));
        List<String> lines = Files.readAllLines(sample);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("relation,subject,object,confidence,sentence,headline"), lines.get(0));
        // Nothing judged yet: one line saying so, exit 1.
        console.reset();
        assertEquals(1, Main.run("audit", sample.toString()));
        assertTrue(console.err().contains("no fact has a verdict yet"), console.err());
        // The verdict is the last column but one: each row ends ",," until judged.
        Files.write(sample, List.of(lines.get(0), lines.get(1).replaceAll(",,$", ",yes,"), lines.get(2).replaceAll(",,$", ",no,")));
        console.reset();
        assertEquals(0, Main.run("audit", sample.toString()), console.err());
        assertTrue(console.out().contains("endorses          2      1     0.500"), console.out());
        console.reset();
        assertEquals(2, Main.run("sample", "--store", dir.toString(), "--seed", "x"));
        assertEquals("newsgraph: sample: --seed must be a whole number, not 'x' (see `newsgraph sample --help`)\n", console.err());
    }
}
