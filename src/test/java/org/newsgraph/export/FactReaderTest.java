package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SampleArticle;

/** The fact table's rows as article graphs give them: one per statement, with that graph's names and metadata. */
class FactReaderTest {
    private static final String PERSON = NG.ID + "person/";

    private static List<FactRow> rows(DatasetGraph dsg) {
        List<FactRow> rows = new ArrayList<>();
        FactReader.readAll(dsg, rows::add);
        rows.sort(Comparator.comparing(FactRow::article).thenComparing(FactRow::sentenceStart)
                .thenComparing(FactRow::relation).thenComparing(FactRow::subject));
        return rows;
    }

    @Test
    void eachStatementAtOrAboveTheThresholdIsOneRowWithItsSentenceAndArticle() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleGraphWriter.write(SampleArticle.resolved(), 0.5, StreamRDFLib.dataset(dsg));
        List<FactRow> rows = rows(dsg);
        // 11 facts: a 0.3 criticism is below the threshold, and the two readings of one runsAgainst are one statement.
        assertEquals(List.of("endorses", "holdsOffice", "candidateIn", "candidateIn", "holdsOffice", "runsAgainst",
                "memberOf", "recusedFrom", "criticizes"), rows.stream().map(FactRow::relation).toList());
        long s1 = SampleArticle.TEXT.indexOf(SampleArticle.S1);
        String article = NG.articleGraph(SampleArticle.ARTICLE.id()).getURI();
        assertEquals(new FactRow(PERSON + "donald-trump", "Donald Trump", "endorses", PERSON + "tommy-tuberville",
                "Tommy Tuberville", 0.9, SampleArticle.S1, s1, s1 + SampleArticle.S1.length(), article,
                SampleArticle.HEADLINE, SampleArticle.ARTICLE.id(), "https://example.com/2020/03/trump-tuberville",
                "Example News", "2020-03-07", null, null, null, null), rows.get(0));
        FactRow runsAgainst = rows.get(5);
        // A symmetric relation in its canonical order, at the more confident reading's confidence.
        assertEquals(List.of(PERSON + "jeff-sessions", PERSON + "tommy-tuberville", 0.85),
                List.of(runsAgainst.subject(), runsAgainst.object(), runsAgainst.confidence()));
        assertEquals(List.of("current", "former"), List.of(rows.get(1).officeStatus(), rows.get(4).officeStatus()));
        assertEquals("2018", rows.get(4).endDate());
    }

    @Test
    void anArticleWithoutMetadataHasEmptyCells() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleGraphWriter.write(SampleArticle.second(), 0.5, StreamRDFLib.dataset(dsg));
        List<FactRow> rows = rows(dsg);
        assertEquals(List.of("criticizes", "criticizes", "holdsOffice"), rows.stream().map(FactRow::relation).toList());
        FactRow first = rows.get(0);
        assertEquals(List.of(PERSON + "donald-trump", "Donald Trump", PERSON + "jeff-sessions", "Jeff Sessions"),
                List.of(first.subject(), first.subjectLabel(), first.object(), first.objectLabel()));
        assertEquals(SampleArticle.ARTICLE_2.id(), first.sourceId());
        assertNull(first.url());
        assertNull(first.outlet());
        assertNull(first.published());
        FactRow holding = rows.get(2);
        assertEquals(List.of("former", "1997", "2017", "Alabama"),
                List.of(holding.officeStatus(), holding.startDate(), holding.endDate(), holding.seat()));
    }

    @Test
    void readerCommentsGiveRowsOfTheirOwnGraph() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleGraphWriter.write(SampleArticle.resolved(), 0.5, StreamRDFLib.dataset(dsg));
        ArticleGraphWriter.writeComments(SampleArticle.comments(), 0.5, StreamRDFLib.dataset(dsg));
        List<FactRow> rows = rows(dsg);
        assertEquals(10, rows.size());
        FactRow comment = rows.get(9);
        long start = SampleArticle.COMMENTS.indexOf(SampleArticle.C2);
        assertEquals(new FactRow(PERSON + "barack-obama", "Barack Obama", "criticizes", PERSON + "jeff-sessions",
                "Jeff Sessions", 0.7, SampleArticle.C2, start, start + SampleArticle.C2.length(),
                NG.commentsGraph(SampleArticle.ARTICLE.id()).getURI(), null, SampleArticle.ARTICLE.id(), null, null, null,
                null, null, null, null), comment);
    }
}
