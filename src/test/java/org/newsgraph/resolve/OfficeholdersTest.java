package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

class OfficeholdersTest {
    private static final Officeholders TABLE = Officeholders.load();

    @Test
    void theBundledTableHasEveryoneOfTheReference() {
        assertEquals(1122, TABLE.all().size());
        assertEquals(970, TABLE.all().stream().filter(p -> !p.wikidata().isEmpty()).count());
    }

    @Test
    void aPersonHasIdsNamesAndSpansOfService() {
        Officeholder sessions = TABLE.byId("300088").orElseThrow();
        assertEquals("Q358443", sessions.wikidata());
        assertEquals("http://www.wikidata.org/entity/Q358443", sessions.wikidataIri());
        assertEquals("Jeff Sessions", sessions.name());
        assertEquals("Jefferson", sessions.first());
        assertEquals("Jeff", sessions.nickname());
        assertEquals(List.of(new Officeholder.Service("us-senator", "Alabama", "republican-party", LocalDate.of(1997, 1, 7),
                LocalDate.of(2017, 2, 9))), sessions.service(), "his last term ends where Luther Strange's begins");
        assertTrue(sessions.held("us-senator"));
    }

    @Test
    void peopleAreFoundByTheirNamesAsNewsWritesThem() {
        Officeholder biden = TABLE.withNameKey("joe-biden").get(0);
        assertEquals(List.of(biden), TABLE.withNameKey("joseph-biden"));
        assertEquals("Joe Biden", biden.name());
        assertTrue(TABLE.withLastToken("schultz").stream().anyMatch(p -> p.name().equals("Debbie Wasserman Schultz")));
    }

    @Test
    void peopleOfOneNameGetTheirYearOfBirthInTheirNodeKey() {
        List<Officeholder> bushes = TABLE.withNameKey("george-bush");
        assertEquals(2, bushes.size());
        assertEquals(List.of("george-bush-1924", "george-bush-1946"), bushes.stream().map(TABLE::nodeKey).sorted().toList());
        assertEquals("jeff-sessions", TABLE.nodeKey(TABLE.byId("300088").orElseThrow()));
    }

    @Test
    void aBrokenTableIsAnErrorNamingTheLine() {
        String table = "# comment\n1\t\t\tA B\tA\t\t\tB\t\tM\t1950\tsen:Ohio:republican-party:2001-01-03:1999-01-03\n";
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> Officeholders.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    /** The shipped table is what the builder makes from the shared reference file, so it can be made again. */
    @Test
    void theShippedTableIsWhatTheBuilderMakes() throws IOException {
        assumeTrue(Files.exists(OfficeholderTableBuilder.DEFAULT_INPUT), "../shared/reference is absent: the table is not rebuilt");
        assertEquals(OfficeholderTableBuilder.table(OfficeholderTableBuilder.DEFAULT_INPUT),
                Files.readString(OfficeholderTableBuilder.TABLE, StandardCharsets.UTF_8));
    }
}
