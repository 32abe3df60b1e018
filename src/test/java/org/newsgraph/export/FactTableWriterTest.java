package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

class FactTableWriterTest {
    /** A sentence with a comma, double quotes and a line break, which CSV must quote. */
    private static final String AWKWARD = "Alice Adams said \"yes, gladly\"\nand backed Bob Brown.";

    private static ResolvedArticle awkward() {
        String headline = "Adams, \"Brown\"";
        Article article = new Article("Awkward-Id", headline, headline + "\n\n" + AWKWARD, "", "https://example.com/a?x=1,2",
                "The \"Daily\", Inc.", LocalDate.of(2020, 3, 7), "awkward.txt");
        Entity alice = TestArticles.person("Alice Adams");
        Entity bob = TestArticles.person("Bob Brown");
        int start = article.text().indexOf(AWKWARD);
        ResolvedFact fact = new ResolvedFact(alice, Relation.ENDORSES, bob,
                new Evidence(0, AWKWARD, start, start + AWKWARD.length()), 0.85, Map.of());
        return new ResolvedArticle(article, List.of(alice, bob), List.of(fact), 1, 10);
    }

    private static ResolvedArticle holding() {
        Article article = TestArticles.article("h1", "Carol Clark is Senator.");
        return TestArticles.holding(article, "Carol Clark", "Senator", Map.of("officeStatus", "former", "endDate", "2018"));
    }

    private static List<CSVRecord> parse(String text, CSVFormat format) throws IOException {
        return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static String write(ArticleStore store, FactTableWriter.Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FactTableWriter(store).write(syntax, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerFactWithEveryColumnAndRfc4180Quoting() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(awkward(), 0.5);
            store.replace(holding(), 0.5);
            store.replace(TestArticles.endorsement("low", "Dan Day", "Eve Ellis", 0.3), 0.5);
            String csv = write(store, FactTableWriter.Syntax.CSV);
            assertTrue(csv.startsWith(String.join(",", Arrays.stream(FactColumn.values()).map(FactColumn::columnName).toList()) + "\r\n"), csv);
            // The sentence is one quoted field, quotes doubled, line break kept.
            assertTrue(csv.contains(",\"Alice Adams said \"\"yes, gladly\"\"\nand backed Bob Brown.\","), csv);

            List<CSVRecord> rows = parse(csv, CSVFormat.RFC4180);
            assertEquals(2, rows.size(), "the fact below --min-confidence is not in the store, so not in the table");
            CSVRecord endorsement = rows.stream().filter(r -> r.get("relation").equals("endorses")).findFirst().orElseThrow();
            assertEquals(NG.ID + "person/alice-adams", endorsement.get("subject"));
            assertEquals("Alice Adams", endorsement.get("subject_label"));
            assertEquals(NG.ID + "person/bob-brown", endorsement.get("object"));
            assertEquals("Bob Brown", endorsement.get("object_label"));
            assertEquals(0.85, Double.parseDouble(endorsement.get("confidence")));
            assertEquals(AWKWARD, endorsement.get("sentence"));
            int start = ("Adams, \"Brown\"" + "\n\n").length();
            assertEquals(Integer.toString(start), endorsement.get("sentence_start"));
            assertEquals(Integer.toString(start + AWKWARD.length()), endorsement.get("sentence_end"));
            assertEquals(NG.articleGraph("Awkward-Id").getURI(), endorsement.get("article"));
            assertEquals("Adams, \"Brown\"", endorsement.get("headline"));
            assertEquals("Awkward-Id", endorsement.get("source_id"));
            assertEquals("https://example.com/a?x=1,2", endorsement.get("url"));
            assertEquals("The \"Daily\", Inc.", endorsement.get("outlet"));
            assertEquals("2020-03-07", endorsement.get("published"));
            assertEquals("", endorsement.get("office_status"));

            CSVRecord holding = rows.stream().filter(r -> r.get("relation").equals("holdsOffice")).findFirst().orElseThrow();
            assertEquals("former", holding.get("office_status"));
            assertEquals("2018", holding.get("end_date"));
            assertEquals("", holding.get("start_date"));
            assertEquals("", holding.get("published"), "an article without a date has an empty date");
            assertEquals(Set.of("h1"), Set.of(holding.get("source_id")));
        }
    }

    @Test
    void tsvHoldsTheSameRows() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(awkward(), 0.5);
            store.replace(holding(), 0.5);
            List<CSVRecord> csv = parse(write(store, FactTableWriter.Syntax.CSV), CSVFormat.RFC4180);
            String tsvText = write(store, FactTableWriter.Syntax.TSV);
            assertTrue(tsvText.startsWith("subject\tsubject_label\trelation\t"), tsvText);
            List<CSVRecord> tsv = parse(tsvText, CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false).setTrim(false).get());
            assertEquals(csv.size(), tsv.size());
            for (int i = 0; i < csv.size(); i++)
                assertEquals(csv.get(i).toList(), tsv.get(i).toList());
        }
    }

    @Test
    void oneArticleGraphOnly() throws IOException {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(awkward(), 0.5);
            store.replace(holding(), 0.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FactTableWriter(store).writeGraph(NG.articleGraph("h1"), FactTableWriter.Syntax.CSV, out);
            List<CSVRecord> rows = parse(out.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180);
            assertEquals(List.of("holdsOffice"), rows.stream().map(r -> r.get("relation")).toList());
        }
    }

    @Test
    void columnNamesAreUniqueSnakeCase() {
        List<String> names = Arrays.stream(FactColumn.values()).map(FactColumn::columnName).toList();
        assertEquals(names.size(), Set.copyOf(names).size());
        names.forEach(n -> assertTrue(n.matches("[a-z]+(_[a-z]+)*"), n));
    }
}
