package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final LocalDate AUG_31 = LocalDate.of(2018, 8, 31);

    @ParameterizedTest
    @ValueSource(strings = {"2018-08-31", "2018-08-31T10:00:00Z", "2018-08-31T23:30:00-04:00", "2018-08-31 10:00:00",
            "2018-08-31T10:00:00.000+0000", "August 31, 2018", "Aug. 31, 2018", "Aug 31 2018", "8/31/2018", "8/31/18",
            "08-31-2018", "31/8/2018", "2018/08/31", "20180831", "31 August 2018", "31st August 2018",
            "Friday, August 31, 2018", "Fri, 31 Aug 2018 10:00:00 GMT", "Updated 10:05 AM ET, Fri August 31, 2018",
            " AUGUST 31, 2018 "})
    void fullDatesParse(String text) {
        assertEquals(AUG_31, DateParser.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "1/21", "August 2018", "2018", "yesterday", "2018-02-30", "13/13/2018", "0001-01-01",
            "May 5", "Sept. 41, 2018", "2018-08"})
    void partialOrInvalidDatesAreNull(String text) {
        assertNull(DateParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sept. 5, 2019", "5 Sep 2019", "9/5/2019"})
    void numericDatesAreMonthFirst(String text) {
        assertEquals(LocalDate.of(2019, 9, 5), DateParser.parse(text));
    }
}
