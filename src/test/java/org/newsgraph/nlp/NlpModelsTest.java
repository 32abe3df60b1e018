package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;

class NlpModelsTest {
    @Test
    void aMissingNameFinderModelIsNamedInTheError() {
        Path missing = Path.of("no-such-dir", "people.bin");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> NlpModels.load(List.of(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
