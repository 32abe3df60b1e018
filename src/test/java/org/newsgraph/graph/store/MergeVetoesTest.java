package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeVetoesTest {
    @Test
    void aVetoIsWrittenAsTheMergesCommandPrintsIt() {
        MergeVetoes vetoes = MergeVetoes.parse(List.of(
                "# Trump alone is Donald Trump in my corpus, but not in this one",
                "trump -> donald-trump",
                "https://w3id.org/newsgraph/id/person/obama -> https://w3id.org/newsgraph/id/person/barack-obama  # IRIs too",
                "jeff-sessions -> Q358443",
                "mike-rogers -> record:400341",
                ""), "vetoes.txt");
        assertEquals(List.of(), vetoes.problems());
        assertTrue(vetoes.blocks("trump", "donald-trump"));
        assertTrue(vetoes.blocks("obama", "barack-obama"));
        assertFalse(vetoes.blocks("donald-trump", "trump"), "a veto has a direction");
        assertTrue(vetoes.blocksRecord("jeff-sessions", "300088", "Q358443"));
        assertFalse(vetoes.blocksRecord("sessions", "300088", "Q358443"));
        assertTrue(vetoes.blocksRecord("mike-rogers", "400341", ""));
        assertTrue(vetoes.namesRecord("300088", "Q358443"));
    }

    @Test
    void aLineThatIsNoVetoIsAProblemNamingFileAndLineAndTheOthersCount() {
        MergeVetoes vetoes = MergeVetoes.parse(List.of("trump => donald-trump", "Donald Trump -> Trump", "obama -> barack-obama"),
                "store/merge-vetoes.txt");
        assertEquals(2, vetoes.problems().size());
        assertTrue(vetoes.problems().get(0).startsWith("store/merge-vetoes.txt:1: not a merge to veto: 'trump => donald-trump'"),
                vetoes.problems().get(0));
        assertTrue(vetoes.problems().get(1).startsWith("store/merge-vetoes.txt:2: "), vetoes.problems().get(1));
        assertTrue(vetoes.blocks("obama", "barack-obama"));
    }

    @Test
    void theFileIsReadFromTheStoreAndItsChangesShow(@TempDir Path store) throws IOException {
        assertTrue(MergeVetoes.read(store).isEmpty());
        assertEquals("", MergeVetoes.read(store).fingerprint());
        Files.writeString(store.resolve(MergeVetoes.FILE), "trump -> donald-trump\n");
        MergeVetoes first = MergeVetoes.read(store);
        assertTrue(first.blocks("trump", "donald-trump"));
        Files.writeString(store.resolve(MergeVetoes.FILE), "obama -> barack-obama\n");
        assertNotEquals(first.fingerprint(), MergeVetoes.read(store).fingerprint());
    }

    @Test
    void aFileThatIsNoTextIsOneProblem(@TempDir Path store) throws IOException {
        Files.write(store.resolve(MergeVetoes.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        MergeVetoes vetoes = MergeVetoes.read(store);
        assertEquals(1, vetoes.problems().size());
        assertTrue(vetoes.problems().get(0).endsWith("not UTF-8 text; no veto in it counts"), vetoes.problems().get(0));
    }
}
