package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ElectionCalendarTest {
    private static Map<String, String> race(String office, String jurisdiction, String year, boolean fromDate) {
        Map<String, String> a = new HashMap<>();
        a.put("office", office);
        if (jurisdiction != null)
            a.put("jurisdiction", jurisdiction);
        a.put("year", year);
        if (fromDate)
            a.put(ElectionCalendar.YEAR_FROM_DATE, "true");
        return a;
    }

    @Test
    void aPresidentialRaceOfAnOffYearIsTheComingOrTheLastOneOrNone() {
        Map<String, String> before = race("President", null, "2015", true);
        ElectionCalendar.fit(before);
        assertEquals("2016", before.get("year"));
        Map<String, String> after = race("President", null, "2017", true);
        ElectionCalendar.fit(after);
        assertEquals("2016", after.get("year"));
        Map<String, String> midterm = race("President", null, "2018", true);
        ElectionCalendar.fit(midterm);
        assertNull(midterm.get("year"));
        Map<String, String> held = race("President", null, "2020", false);
        ElectionCalendar.fit(held);
        assertEquals("2020", held.get("year"));
    }

    @Test
    void governorsOfOddYearStatesKeepTheirYearOthersTakeTheComingOne() {
        assertTrue(ElectionCalendar.allowed("Governor", "Virginia", 2017));
        assertTrue(ElectionCalendar.allowed("Governor", "Kentucky", 2019));
        assertFalse(ElectionCalendar.allowed("Governor", "Georgia", 2017));
        Map<String, String> georgia = race("Governor", "Georgia", "2017", true);
        ElectionCalendar.fit(georgia);
        assertEquals("2018", georgia.get("year"));
        // A special election is held when it is called; a year the text wrote stays.
        Map<String, String> special = race("U.S. Senate", "Alabama", "2017", true);
        special.put("stage", "special");
        ElectionCalendar.fit(special);
        assertEquals("2017", special.get("year"));
        Map<String, String> written = race("U.S. Senate", "Alabama", "2017", false);
        ElectionCalendar.fit(written);
        assertEquals("2017", written.get("year"));
    }

    @Test
    void theElectionOfAPresidentialYearIsThePresidentialElection() {
        Map<String, String> a = new HashMap<>(Map.of("year", "2016"));
        ElectionCalendar.presidentialByYear("election", a);
        assertEquals("President", a.get("office"));
        Map<String, String> midterm = new HashMap<>(Map.of("year", "2018"));
        ElectionCalendar.presidentialByYear("election", midterm);
        assertNull(midterm.get("office"));
        Map<String, String> primary = new HashMap<>(Map.of("year", "2016"));
        ElectionCalendar.presidentialByYear("primary", primary);
        assertNull(primary.get("office"));
    }

    @Test
    void aGovernorsRaceOfNoStateIsMovedToTheEvenYearAndNeverFails() {
        Map<String, String> somewhere = race("Governor", null, "2015", true);
        ElectionCalendar.fit(somewhere);
        assertEquals("2016", somewhere.get("year"));
        assertTrue(ElectionCalendar.allowed("Governor", "Virginia", 2017));
        assertFalse(ElectionCalendar.allowed("Governor", null, 2017));
    }

    @Test
    void onlyAPresidentialYearOrTheCampaignYearBeforeItSaysWhichPresidentialRace() {
        assertTrue(ElectionCalendar.datesPresidential(2016));
        assertTrue(ElectionCalendar.datesPresidential(2007));
        assertFalse(ElectionCalendar.datesPresidential(2013));
        assertFalse(ElectionCalendar.datesPresidential(2018));
    }
}
