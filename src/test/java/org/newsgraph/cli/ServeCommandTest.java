package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;

/** What {@code newsgraph serve} refuses before it opens anything. */
class ServeCommandTest {
    private static UsageException refused(Map<String, String> environment, String... args) throws ParseException {
        ServeCommand serve = new ServeCommand(environment::get);
        Options options = serve.options();
        OptionGroups.addGeneral(options);
        var line = new DefaultParser().parse(options, args);
        return assertThrows(UsageException.class, () -> serve.run(line, new Terminal(System.out, System.err, true)));
    }

    @Test
    void aBlankPasswordIsRefusedOnLoopbackAndOffIt() throws ParseException {
        for (String blank : new String[] {"", " ", "   ", "\t"}) {
            assertEquals("NEWSGRAPH_PASSWORD is set but blank: set a real password, or unset it",
                    refused(Map.of("NEWSGRAPH_PASSWORD", blank), "--update", "--store", "none").getMessage());
            assertEquals("NEWSGRAPH_PASSWORD is set but blank: set a real password, or unset it",
                    refused(Map.of("NEWSGRAPH_PASSWORD", blank), "--update", "--host", "0.0.0.0", "--store", "none").getMessage());
        }
        assertEquals("User name is blank", refused(Map.of("NEWSGRAPH_PASSWORD", "long secret"), "--update", "--user", " ",
                "--store", "none").getMessage());
    }

    @Test
    void aHeapSizeMustBeOneJavaTakes() throws ParseException {
        for (String bad : new String[] {"lots", "1t", "10m", "-1g", ""})
            assertEquals("--heap must be a size of at least 64m such as 512m or 2g, not '" + bad + "'",
                    refused(Map.of(), "--heap", bad, "--store", "none").getMessage());
        assertEquals(512L << 20, BoundedHeap.bytes("512m"));
        assertEquals(2L << 30, BoundedHeap.bytes("2G"));
        assertEquals(100_000_000L, BoundedHeap.bytes("100000000"));
    }
}
