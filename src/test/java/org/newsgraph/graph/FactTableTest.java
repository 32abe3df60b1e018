package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** One row per fact statement of each article graph, with the names and metadata of that article. */
class FactTableTest {
    private static final String ART = NG.ARTICLE_BASE + SampleArticle.ARTICLE.id();
    private static final String PERSON = NG.ID + "person/";

    private static List<FactTable.Row> rows(DatasetGraph dsg) {
        return FactTable.rows(dsg).stream()
                .sorted(Comparator.comparing(FactTable.Row::articleIri).thenComparing(FactTable.Row::evidenceStart)
                        .thenComparing(FactTable.Row::relation).thenComparing(FactTable.Row::subjectIri))
                .toList();
    }

    @Test
    void eachStatementAtOrAboveTheThresholdIsARowWithItsSentenceAndArticle() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleGraphWriter.write(SampleArticle.resolved(), 0.5, StreamRDFLib.dataset(dsg));
        List<FactTable.Row> rows = rows(dsg);
        // 11 facts: the 0.3 criticism is below the threshold and the two runsAgainst facts are one statement.
        assertEquals(9, rows.size(), rows.toString());
        int s1 = SampleArticle.TEXT.indexOf(SampleArticle.S1);
        assertEquals(new FactTable.Row(PERSON + "donald-trump", "Donald Trump", "endorses", PERSON + "tommy-tuberville",
                "Tommy Tuberville", 0.9, SampleArticle.S1, s1, s1 + SampleArticle.S1.length(), ART,
                SampleArticle.ARTICLE.id(), "https://example.com/2020/03/trump-tuberville", "Example News",
                LocalDate.of(2020, 3, 7)), rows.get(0));
        assertEquals(List.of("endorses", "holdsOffice", "candidateIn", "candidateIn", "holdsOffice", "runsAgainst",
                "memberOf", "recusedFrom", "criticizes"), rows.stream().map(FactTable.Row::relation).toList());
        assertEquals(0.85, rows.get(5).confidence());
    }

    @Test
    void anArticleWithoutMetadataHasNullsAndCommentsGiveNoRows() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ArticleGraphWriter.write(SampleArticle.second(), 0.5, StreamRDFLib.dataset(dsg));
        ArticleGraphWriter.writeComments(SampleArticle.comments(), 0.5, StreamRDFLib.dataset(dsg));
        List<FactTable.Row> rows = rows(dsg);
        assertEquals(3, rows.size(), rows.toString());
        FactTable.Row first = rows.get(0);
        assertEquals(List.of(PERSON + "donald-trump", "Donald Trump", "criticizes", PERSON + "jeff-sessions",
                "Jeff Sessions"), first.values().subList(0, 5));
        assertEquals(SampleArticle.ARTICLE_2.id(), first.sourceId());
        assertEquals(java.util.Arrays.asList(null, null, null), first.values().subList(11, 14));
        assertEquals(FactTable.COLUMNS.size(), first.values().size());
    }
}
