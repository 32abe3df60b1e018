package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** The line {@code newsgraph check} prints for a row of the contradictions query, for each kind of claim. */
class CheckCommandTest {
    private static QuerySolutionMap row(String kind, String claim, String codeState, String status) {
        QuerySolutionMap r = new QuerySolutionMap();
        r.add("kind", ResourceFactory.createPlainLiteral(kind));
        r.add("article", ResourceFactory.createResource("https://w3id.org/newsgraph/id/article/a1"));
        r.add("date", ResourceFactory.createPlainLiteral("2019-12-18"));
        r.add("personName", ResourceFactory.createPlainLiteral("Clay Higgins"));
        r.add("wikidata", ResourceFactory.createResource("http://www.wikidata.org/entity/Q25849505"));
        r.add("claimName", ResourceFactory.createPlainLiteral(claim));
        r.add("record", ResourceFactory.createPlainLiteral("us-representative Louisiana republican-party 2017-01-03..2027-01-03"));
        r.add("sentence", ResourceFactory.createPlainLiteral("said Rep. Clay Higgins of Alabama."));
        if (codeState != null)
            r.add("codeState", ResourceFactory.createPlainLiteral(codeState));
        if (status != null)
            r.add("status", ResourceFactory.createPlainLiteral(status));
        return r;
    }

    @Test
    void aStateIsHeldAgainstTheRecordForAPartyCodeOrASeat() {
        assertEquals("2019-12-18 a1: Clay Higgins (Q25849505): U.S. Representative for Alabama, a state the record never has "
                + "[record: us-representative Louisiana republican-party 2017-01-03..2027-01-03] \"said Rep. Clay Higgins of Alabama.\"",
                CheckCommand.line(row("state-never-held", "U.S. Representative", "Alabama", "current")));
        assertEquals("2019-12-18 a1: Clay Higgins (Q25849505): a party code for Alabama, a state the record never has "
                + "[record: us-representative Louisiana republican-party 2017-01-03..2027-01-03] \"said Rep. Clay Higgins of Alabama.\"",
                CheckCommand.line(row("state-never-held", "Republican Party", "Alabama", null)));
    }

    @Test
    void aChamberLeadersPostIsToldAsAPostOfAChamber() {
        assertEquals("2019-12-18 a1: Clay Higgins (Q25849505): current Senate Minority Leader, a post of a chamber the record never "
                + "has the person in [record: us-representative Louisiana republican-party 2017-01-03..2027-01-03] "
                + "\"said Rep. Clay Higgins of Alabama.\"", CheckCommand.line(row("office-never-held", "Senate Minority Leader", null, "current")));
        assertEquals("2019-12-18 a1: Clay Higgins (Q25849505): current U.S. Senator, an office the record never has "
                + "[record: us-representative Louisiana republican-party 2017-01-03..2027-01-03] \"said Rep. Clay Higgins of Alabama.\"",
                CheckCommand.line(row("office-never-held", "U.S. Senator", null, "current")));
    }
}
