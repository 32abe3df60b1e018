package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The presidents' record is read from the bundled reference table of federal office-holders. */
class PresidentRecordTest {
    private static final PresidentRecord RECORD = Gazetteers.load().presidents();

    @Test
    void theHolderOnADateIsTheTablesHolderOfThatOffice() {
        assertEquals("Donald Trump", RECORD.holderOn("us-president", LocalDate.of(2018, 6, 1)).orElseThrow().name());
        assertEquals("Joe Biden", RECORD.holderOn("us-vice-president", LocalDate.of(2010, 6, 1)).orElseThrow().name());
        assertEquals("Barack Obama", RECORD.holderOn("us-president", LocalDate.of(2017, 1, 19)).orElseThrow().name());
        assertEquals("Donald Trump", RECORD.holderOn("us-president", LocalDate.of(2017, 1, 20)).orElseThrow().name());
        assertTrue(RECORD.holderOn("us-senator", LocalDate.of(2018, 6, 1)).isEmpty(), "not an office of this record");
    }

    @Test
    void termsAreSpansOfServiceInTimeOrder() {
        List<PresidentRecord.Term> cleveland = RECORD.termsOf("us-president", "Cleveland");
        assertEquals(2, cleveland.size(), "two terms four years apart");
        assertTrue(cleveland.get(0).end().isBefore(cleveland.get(1).start()));
        List<PresidentRecord.Term> obama = RECORD.termsOf("us-president", "obama");
        assertEquals(1, obama.size(), "two terms in a row are one span");
        assertEquals(LocalDate.of(2009, 1, 20), obama.get(0).start());
        assertEquals(LocalDate.of(2017, 1, 20), obama.get(0).end());
        PresidentRecord.Term biden = RECORD.termsOf("us-president", "Biden").get(0);
        assertEquals(List.of("joseph", "joe"), PresidentRecord.firstNames(biden));
    }

    @Test
    void aHolderWhoseEveryTermEndedBefore2011ServedOnlyBeforeTheWholeRecord() {
        assertTrue(RECORD.servedOnlyBeforeWholeRecord(RECORD.termsOf("us-president", "Cleveland").get(1)));
        assertTrue(RECORD.servedOnlyBeforeWholeRecord(RECORD.termsOf("us-president", "Reagan").get(0)));
        assertTrue(!RECORD.servedOnlyBeforeWholeRecord(RECORD.termsOf("us-president", "Obama").get(0)));
        assertTrue(!RECORD.servedOnlyBeforeWholeRecord(RECORD.termsOf("us-vice-president", "Biden").get(0)),
                "Biden's term as vice president reaches into 2011");
    }

    @Test
    void aBareSurnameNamesAPresidentOnlyWhereTheRecordDecides() {
        LocalDate mid2018 = LocalDate.of(2018, 6, 1);
        assertEquals("Donald Trump", RECORD.namedBySurname("Trump", mid2018).orElseThrow().name(), "in office");
        assertEquals("Mike Pence", RECORD.namedBySurname("Pence", mid2018).orElseThrow().name(), "in office, whoever shares the name");
        assertEquals("Barack Obama", RECORD.namedBySurname("Obama", mid2018).orElseThrow().name(), "before, and nobody else's name");
        assertEquals("Ronald Reagan", RECORD.namedBySurname("Reagan", mid2018).orElseThrow().name());
        assertTrue(RECORD.namedBySurname("Bush", mid2018).isEmpty(), "two presidents Bush");
        assertTrue(RECORD.namedBySurname("Trump", LocalDate.of(2012, 6, 1)).isEmpty(), "not yet in office");
        assertEquals("Donald Trump", RECORD.namedBySurname("Trump", null).orElseThrow().name(), "undated: the record's period");
        assertTrue(RECORD.namedBySurname("Pence", null).isEmpty(), "undated: a Pence sat in the House too");
        assertTrue(RECORD.namedBySurname("Reagan", null).isEmpty(), "undated: before the record's period");
        assertTrue(RECORD.namedBySurname("Springfield", mid2018).isEmpty());
    }
}
