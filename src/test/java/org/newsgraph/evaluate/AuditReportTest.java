package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;

class AuditReportTest {
    private static final String HEADER = "relation,subject,object,confidence,sentence,headline,outlet,date,article,statement,verdict,note\n";

    private static String row(String relation, double confidence, String verdict) {
        return relation + ",A,B," + confidence + ",\"A, said B.\",H,O,2020-01-01,a,s," + verdict + ",\n";
    }

    @Test
    void precisionPerRelationAndBand() throws IOException {
        String csv = HEADER + row("endorses", 0.95, "yes") + row("endorses", 0.92, "n") + row("endorses", 0.55, "Y")
                + row("criticizes", 0.72, "right") + row("criticizes", 0.75, "") + row("memberOf", 0.99, "1");
        AuditReport r = AuditReport.read(new StringReader(csv), "judged.csv");
        assertEquals(new AuditReport.Tally(2, 3), r.byRelation().get(Relation.ENDORSES));
        assertEquals(new AuditReport.Tally(1, 1), r.byRelation().get(Relation.CRITICIZES));
        assertEquals(new AuditReport.Tally(4, 5), r.total());
        assertEquals(1, r.unjudged());
        AuditReport.Band top = r.bands().get(r.bands().size() - 1);
        assertEquals(0.9, top.low());
        assertEquals(new AuditReport.Tally(2, 3), top.tally());
        assertEquals((0.95 + 0.92 + 0.99) / 3, top.meanConfidence(), 1e-9);
    }

    @Test
    void wilsonIntervalHoldsThePrecisionAndNarrowsWithMoreFacts() {
        double[] small = new AuditReport.Tally(9, 10).interval();
        double[] large = new AuditReport.Tally(90, 100).interval();
        assertTrue(small[0] < 0.9 && 0.9 < small[1]);
        assertTrue(large[1] - large[0] < small[1] - small[0]);
        // The textbook value for 90 of 100: [0.826, 0.945].
        assertEquals(0.826, large[0], 0.001);
        assertEquals(0.945, large[1], 0.001);
        assertEquals(1.0, new AuditReport.Tally(5, 5).interval()[1], 1e-9);
    }

    @Test
    void badVerdictNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuditReport.read(new StringReader(HEADER + row("endorses", 0.9, "y") + row("endorses", 0.9, "maybe")), "judged.csv"));
        assertTrue(e.getMessage().startsWith("judged.csv, line 3: verdict 'maybe'"), e.getMessage());
    }

    @Test
    void fileWithoutTheColumnsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuditReport.read(new StringReader("a,b\n1,2\n"), "other.csv"));
        assertTrue(e.getMessage().contains("no column 'relation'"), e.getMessage());
    }
}
