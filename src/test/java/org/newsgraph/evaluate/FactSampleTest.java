package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.store.TestArticles;

class FactSampleTest {
    /** Forty one-sentence articles, each with one endorsement. */
    private static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 40; i++)
            ArticleGraphWriter.write(TestArticles.endorsement("a" + i, "Ann Lee" + (char) ('a' + i % 26), "Bo Kim", 0.5 + i / 100.0),
                    StreamRDFLib.dataset(dsg));
        return dsg;
    }

    @Test
    void sameSeedSameSampleOtherSeedOtherSample() {
        DatasetGraph dsg = store();
        List<FactSample.Fact> a = FactSample.draw(dsg, 10, 7);
        List<FactSample.Fact> b = FactSample.draw(dsg, 10, 7);
        List<FactSample.Fact> c = FactSample.draw(dsg, 10, 8);
        assertEquals(10, a.size());
        assertEquals(a, b);
        assertNotEquals(a.stream().map(FactSample.Fact::statement).collect(Collectors.toSet()),
                c.stream().map(FactSample.Fact::statement).collect(Collectors.toSet()));
        assertTrue(a.stream().allMatch(f -> f.relation() == Relation.ENDORSES));
    }

    @Test
    void fewerFactsThanAskedGivesAllOfThem() {
        List<FactSample.Fact> all = FactSample.draw(store(), 100, 1);
        assertEquals(40, all.size());
        assertEquals(40, all.stream().map(FactSample.Fact::statement).collect(Collectors.toSet()).size());
    }

    @Test
    void csvCarriesSentenceHeadlineAndEmptyVerdict() throws IOException {
        StringWriter out = new StringWriter();
        FactSample.write(FactSample.draw(store(), 3, 1), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(3, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals("endorses", row.get("relation"));
        assertEquals("Bo Kim", row.get("object"));
        assertTrue(row.get("sentence").endsWith(" endorsed Bo Kim."), row.get("sentence"));
        assertTrue(row.get("headline").startsWith("News a"), row.get("headline"));
        assertEquals("", row.get("verdict"));
        assertEquals(Set.copyOf(FactSample.COLUMNS), row.toMap().keySet());
    }
}
