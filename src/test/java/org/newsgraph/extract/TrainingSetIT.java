package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.SharedModels;
import org.newsgraph.resolve.TrainingSet;

/** The annotated articles as training reads them: statements count as the build would write them. */
class TrainingSetIT {
    private static final Path BENCH = Path.of("..", "shared", "bench", "articles-10000.jsonl.gz");

    @TempDir
    Path tmp;

    @Test
    void aHoldingWhoseSeatTheExtractorPlacedIsWrittenAsTheBuildWritesIt() throws IOException {
        Path annotations = Files.createDirectories(tmp.resolve("annotations"));
        Files.copy(Path.of("src", "train", "annotations", "Ucb2CBShSLJnQyj8.json"), annotations.resolve("Ucb2CBShSLJnQyj8.json"));
        List<String> warnings = new ArrayList<>();
        List<RelationModelTrainer.Labelled> read = TrainingSet.read(BENCH, annotations, null, SharedModels.get(), warnings::add).annotated();
        assertEquals(1, read.size(), warnings.toString());
        RelationModelTrainer.Labelled l = read.get(0);
        // "Sen. Elizabeth Warren (D-Mass.) appears to be growing her share": the office mention comes back with the state.
        List<Fact> holdings = new ArrayList<>();
        for (var s : l.article().sentences())
            for (Fact f : new OfficeExtractor().extract(l.article(), s))
                if (f.subject().text().equals("Elizabeth Warren") && "Massachusetts".equals(f.object().attribute("jurisdiction")))
                    holdings.add(f);
        assertTrue(!holdings.isEmpty());
        assertTrue(holdings.stream().allMatch(l::written), holdings.toString());
    }
}
